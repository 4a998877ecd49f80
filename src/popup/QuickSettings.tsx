import { categoryLabel } from '../core/labels';
import { offCategories, SENSITIVITIES, SENSITIVITY_LABELS, sensitivityOf, type Sensitivity } from '../core/sensitivity';
import { CATEGORIES } from '../core/types';
import { effectivePolicy } from '../shared/storage/identities';
import { accountOf } from './account';
import { activeIdentity } from './active-identity';
import { usePopup } from './store';

// The active identity's quick settings: how loud Hatcheck is, and which categories it looks for.
// Written into the identity's policy (storage/quick-settings.ts); the tab's drafts are checked again
// at once, so the change shows in the next verdict. The full table stays in the options page.

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function QuickSettings() {
  const { identities, choice, linkedId, tab, setSensitivity, setCategory, status, error } = usePopup();
  const active = activeIdentity(identities, choice, linkedId, tab);
  const account = accountOf(tab);
  const accountName = account ? account.name || account.handle : '';
  if (!active) {
    return (
      <section class="quick" aria-labelledby="quick-title">
        <h2 id="quick-title">Quick settings</h2>
        <p class="muted small">{accountName ? `${accountName} is a brand account no identity claims yet: ` : ''}choose which identity this account is above to change its settings.</p>
      </section>
    );
  }
  const policy = effectivePolicy(active);
  const sensitivity = sensitivityOf(policy);
  const off = offCategories(policy);
  const on = CATEGORIES.length - off.size;
  return (
    <section class="quick" aria-labelledby="quick-title">
      <h2 id="quick-title">Quick settings for {active.name}</h2>
      <label class="identity">
        Sensitivity{' '}
        <select value={sensitivity} onChange={(e) => void setSensitivity(e.currentTarget.value as Sensitivity)}>
          {SENSITIVITIES.map((s) => <option key={s} value={s}>{SENSITIVITY_LABELS[s]}</option>)}
          {sensitivity === 'custom' && <option value="custom" disabled>Custom (set in the options page)</option>}
        </select>
      </label>
      <details class="categories">
        <summary>Categories: {on} of {CATEGORIES.length} on</summary>
        <fieldset>
          <legend class="visually-hidden">Categories {active.name} is warned about</legend>
          {CATEGORIES.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={!off.has(c)} onChange={(e) => void setCategory(c, e.currentTarget.checked)} /> {capitalise(categoryLabel(c))}
            </label>
          ))}
        </fieldset>
      </details>
      {/* A write that failed (the identity was deleted meanwhile): said, not swallowed. */}
      {status === 'ready' && error && <p class="error small" role="alert">{error}</p>}
    </section>
  );
}
