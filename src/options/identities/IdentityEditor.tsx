import { useEffect, useRef, useState } from 'preact/hooks';
import type { IdentityKind } from '../../core/types';
import type { Identity } from '../../shared/storage/db';
import { AccountsEditor } from './AccountsEditor';
import { KIND_LABELS } from './labels';
import { PolicyTable } from './PolicyTable';
import { useIdentities } from './store';
import { TermList } from './TermList';

export function IdentityEditor({ identity }: { identity: Identity }) {
  const { update, remove, builtIn, accounts } = useIdentities();
  const id = identity.id!;
  const isBuiltIn = builtIn.includes(id);
  const [name, setName] = useState(identity.name);
  const [color, setColor] = useState(identity.color);
  const [kind, setKind] = useState<IdentityKind>(identity.kind);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const owned = accounts.filter((a) => a.identityId === id).length;

  // The confirm step takes focus, so keyboard and screen-reader users land on the question.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function save(event: Event) {
    event.preventDefault();
    setError((await update(id, { name, color, kind })) ?? '');
  }

  const listProps = (field: 'workDomains' | 'employers' | 'customTerms' | 'neverTerms') => ({
    items: identity[field],
    onSave: (items: string[]) => update(id, { [field]: items }, `Saved ${identity.name}.`),
  });

  return (
    <div class="identity-editor" role="region" aria-label={`Edit ${identity.name}`}>
      <form class="card identity-basics" onSubmit={save} aria-label={`Name, colour and kind of ${identity.name}`}>
        <label>
          <span>Name</span>
          <input name="name" value={name} autocomplete="off" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `identity-error-${id}` : undefined}
            onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          <span>Colour</span>
          <input type="color" name="color" value={color} onInput={(e) => setColor(e.currentTarget.value)} />
        </label>
        <label>
          <span>Kind</span>
          <select name="kind" aria-label="Kind" value={kind} disabled={isBuiltIn} aria-describedby={isBuiltIn ? `identity-kind-hint-${id}` : undefined}
            onChange={(e) => setKind(e.currentTarget.value as IdentityKind)}>
            {(Object.keys(KIND_LABELS) as IdentityKind[]).map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <button type="submit" class="primary">Save</button>
        {isBuiltIn && <p id={`identity-kind-hint-${id}`} class="muted hint">Built in: its kind stays {identity.kind} and it cannot be deleted.</p>}
        {error && <p id={`identity-error-${id}`} class="error" role="alert">{error}</p>}
      </form>

      <AccountsEditor identity={identity} />

      <div class="term-grid">
        <TermList label="Work e-mail domains" addLabel="Add domain" placeholder="acme.com" hint="Recipients and contacts on these domains count as work."
          {...listProps('workDomains')} />
        <TermList label="Employer names" addLabel="Add employer" placeholder="Acme Corp" hint="Contacts working here count as work." {...listProps('employers')} />
        <TermList label="Always warn about" addLabel="Add term" placeholder="Project Falcon" hint="Codenames, client names: warn wherever others can see." {...listProps('customTerms')} />
        <TermList label="Never warn about" addLabel="Add term" placeholder="Falcon Lager" hint="Words that are normal for this identity (your brewery's beers)." {...listProps('neverTerms')} />
      </div>

      <PolicyTable identity={identity} />

      {!isBuiltIn && (
        <div class="danger">
          {!confirming ? (
            <button ref={deleteRef} type="button" class="danger-button" onClick={() => setConfirming(true)}>Delete {identity.name}…</button>
          ) : (
            <div role="group" aria-labelledby={`delete-question-${id}`} class="confirm-delete">
              <p id={`delete-question-${id}`}>
                Delete {identity.name}?{' '}
                {owned ? `Its ${owned === 1 ? 'account goes' : `${owned} accounts go`} back to the suggestions. ` : ''}
                Contacts and past imports are not touched.
              </p>
              <button ref={confirmRef} type="button" class="danger-button" onClick={async () => {
                const problem = await remove(id);
                if (problem) {
                  setError(problem);
                  setConfirming(false);
                  return;
                }
                // This editor is gone with the identity: put focus on the identity now shown.
                requestAnimationFrame(() => document.querySelector<HTMLElement>('.identity-pick[aria-current="true"]')?.focus());
              }}>Delete {identity.name}</button>{' '}
              <button type="button" onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => deleteRef.current?.focus());
              }}>Cancel</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
