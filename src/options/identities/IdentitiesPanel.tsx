import { useEffect, useState } from 'preact/hooks';
import { useIdentities } from './store';
import { IdentityEditor } from './IdentityEditor';
import { KIND_LABELS } from './labels';

/** Who you post as: the built-in Personal and Work identities and the brands you add. */
export function IdentitiesPanel() {
  const { status, identities, selectedId, select, add, message, error, load } = useIdentities();
  const [name, setName] = useState('');
  const [addError, setAddError] = useState('');
  useEffect(() => void load(), [load]);
  const selected = identities.find((i) => i.id === selectedId);

  async function submit(event: Event) {
    event.preventDefault();
    const problem = await add({ name, kind: 'brand' });
    setAddError(problem ?? '');
    if (!problem) setName('');
  }

  return (
    <section aria-labelledby="identities-title" class="identities">
      <h2 id="identities-title">Identities</h2>
      <p class="muted">
        Who you post as. Link your accounts to an identity, and its policy decides how loudly Hatcheck warns. Brands are accounts you post
        for (a company page, a product's X account): personal content there always needs a confirmation.
      </p>
      {status === 'loading' && <p class="muted">Loading identities…</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {status === 'ready' && (
        <div class="identity-layout">
          <nav aria-label="Identities">
            <ul class="identity-list">
              {identities.map((i) => (
                <li key={i.id}>
                  <button type="button" class="identity-pick" aria-current={i.id === selectedId ? 'true' : undefined} onClick={() => select(i.id!)}>
                    <span class="swatch" style={{ background: i.color }} aria-hidden="true" />
                    <span>{i.name}</span>
                    {i.name !== KIND_LABELS[i.kind] && <span class="muted kind">{KIND_LABELS[i.kind]}</span>}
                  </button>
                </li>
              ))}
            </ul>
            <form class="add-identity" onSubmit={submit} aria-label="Add a brand identity">
              <label>
                <span>New brand identity</span>
                <input name="identity-name" value={name} placeholder="Acme Corp" autocomplete="off"
                  aria-invalid={addError ? 'true' : undefined} aria-describedby={addError ? 'add-identity-error' : undefined}
                  onInput={(e) => setName(e.currentTarget.value)} />
              </label>
              <button type="submit">Add brand</button>
              {addError && <p id="add-identity-error" class="error" role="alert">{addError}</p>}
            </form>
          </nav>
          {selected && <IdentityEditor key={selected.id} identity={selected} />}
        </div>
      )}
      <p class="status" aria-live="polite">{message}</p>
    </section>
  );
}
