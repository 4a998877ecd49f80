import { useState } from 'preact/hooks';
import { categoryLabel } from '../../core/labels';
import { DEFAULT_POLICY } from '../../core/policy';
import { LEVELS, type AudienceKind, type Category, type Level } from '../../core/types';
import type { Identity } from '../../shared/storage/db';
import { effectivePolicy } from '../../shared/storage/identities';
import { AUDIENCE_LABELS, POLICY_LEVEL_LABELS } from './labels';
import { useIdentities } from './store';

const AUDIENCES: AudienceKind[] = ['professional', 'public', 'personal'];
/** In the order of the architecture's default table: the strictest first. */
const ORDER: Category[] = [
  'drugs', 'sexual', 'absence', 'job-search', 'confidential', 'alcohol', 'profanity', 'work-complaint', 'health', 'money',
  'personal-info', 'family', 'politics', 'religion', 'custom',
];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The identity's policy: every category × audience cell, the default marked, overrides resettable. */
export function PolicyTable({ identity }: { identity: Identity }) {
  const { setLevel, reset } = useIdentities();
  const [error, setError] = useState('');
  const id = identity.id!;
  const policy = effectivePolicy(identity);
  const overridden = (category: Category) => identity.policy?.[category] !== undefined;
  const anyOverride = ORDER.some(overridden);

  return (
    <div class="card policy">
      <h3 id={`policy-${id}`}>Policy</h3>
      <p class="muted hint">
        How Hatcheck reacts to each kind of content, by who can see the post. <strong>Ignore</strong>: nothing; <strong>Notice</strong>: a quiet badge;{' '}
        <strong>Warn</strong>: a warning beside the compose box; <strong>Confirm</strong>: the post waits until you confirm. Changed cells are marked ●.
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      <table class="policy-table" aria-labelledby={`policy-${id}`}>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {AUDIENCES.map((a) => <th key={a} scope="col">{AUDIENCE_LABELS[a]}</th>)}
            <th scope="col"><span class="visually-hidden">Reset</span></th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((category) => (
            <tr key={category}>
              <th scope="row">{capital(categoryLabel(category))}</th>
              {AUDIENCES.map((audience) => {
                const level = policy[category][audience];
                const base = DEFAULT_POLICY[category][audience];
                const changed = level !== base;
                return (
                  <td key={audience} class={changed ? 'changed' : undefined} data-level={level}>
                    <select aria-label={`${capital(categoryLabel(category))}, ${AUDIENCE_LABELS[audience].toLowerCase()}${changed ? ` (default ${POLICY_LEVEL_LABELS[base]})` : ''}`}
                      value={level} onChange={async (e) => setError((await setLevel(id, category, audience, e.currentTarget.value as Level)) ?? '')}>
                      {LEVELS.map((l) => <option key={l} value={l}>{POLICY_LEVEL_LABELS[l]}{l === base ? ' (default)' : ''}</option>)}
                    </select>
                    {changed && <span class="changed-mark" aria-hidden="true" title={`Default: ${POLICY_LEVEL_LABELS[base]}`}>●</span>}
                  </td>
                );
              })}
              <td>
                {overridden(category) && (
                  <button type="button" class="small" aria-label={`Reset ${categoryLabel(category)} to the default`}
                    onClick={async () => setError((await reset(id, category)) ?? '')}>Reset</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" disabled={!anyOverride} onClick={async () => setError((await reset(id)) ?? '')}>Reset all to default</button>
      </p>
    </div>
  );
}
