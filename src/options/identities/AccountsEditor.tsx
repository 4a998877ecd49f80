import { useState } from 'preact/hooks';
import type { Identity } from '../../shared/storage/db';
import { ACCOUNT_SITES } from '../../shared/storage/identities';
import { useIdentities } from './store';

const siteLabel = (site: string) => ACCOUNT_SITES.find((s) => s.id === site)?.label ?? site;

/** The profiles that belong to an identity: typed in, or picked from the ones Hatcheck saw. */
export function AccountsEditor({ identity }: { identity: Identity }) {
  const { accounts, suggestions, addAccount, removeAccount, assign, dismiss } = useIdentities();
  const id = identity.id!;
  const own = accounts.filter((a) => a.identityId === id);
  const [site, setSite] = useState<string>(ACCOUNT_SITES[0].id);
  const [handle, setHandle] = useState('');
  const [error, setError] = useState('');
  const example = ACCOUNT_SITES.find((s) => s.id === site)?.example ?? '';

  async function submit(event: Event) {
    event.preventDefault();
    const problem = await addAccount(id, { site, handle });
    setError(problem ?? '');
    if (!problem) setHandle('');
  }

  return (
    <div class="card accounts">
      <h3 id={`accounts-${id}`}>Accounts</h3>
      {own.length > 0 ? (
        <ul class="rows" aria-labelledby={`accounts-${id}`}>
          {own.map((a) => (
            <li key={a.id}>
              <span><strong>{siteLabel(a.site)}</strong> <code>{a.handle}</code>{a.name && !a.handle.endsWith(a.name) ? <span class="muted"> · {a.name}</span> : null}</span>
              <button type="button" aria-label={`Remove the account ${a.handle} from ${identity.name}`} onClick={async () => setError((await removeAccount(a.id!)) ?? '')}>Remove</button>
            </li>
          ))}
        </ul>
      ) : <p class="muted none">No accounts yet: Hatcheck tells this identity by the accounts you link here.</p>}
      <form class="inline-add" onSubmit={submit} aria-label={`Add an account to ${identity.name}`}>
        <label>
          <span>Site</span>
          <select name="account-site" aria-label="Site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            {ACCOUNT_SITES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </label>
        <label class="grow">
          <span>Handle or profile link</span>
          <input name="account-handle" value={handle} placeholder={example} autocomplete="off"
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `account-error-${id}` : undefined}
            onInput={(e) => setHandle(e.currentTarget.value)} />
        </label>
        <button type="submit">Add account</button>
      </form>
      {error && <p id={`account-error-${id}`} class="error" role="alert">{error}</p>}

      {suggestions.length > 0 && (
        <div class="suggestions">
          <h4 id={`suggested-${id}`}>Seen while you posted, not linked yet</h4>
          <ul class="rows" aria-labelledby={`suggested-${id}`}>
            {suggestions.map((p) => (
              <li key={`${p.site} ${p.handle}`}>
                <span><strong>{p.name}</strong> <code>{p.handle}</code>{p.kind === 'brand' ? <span class="muted"> · a page you manage</span> : null}</span>
                <span class="actions">
                  <button type="button" onClick={async () => setError((await assign(p, id)) ?? '')} aria-label={`Add ${p.name} (${p.handle}) to ${identity.name}`}>Add to {identity.name}</button>
                  <button type="button" onClick={async () => setError((await dismiss(p)) ?? '')} aria-label={`Do not suggest ${p.handle} again`}>Ignore</button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
