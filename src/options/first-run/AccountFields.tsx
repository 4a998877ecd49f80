import { ACCOUNT_SITES } from '../../shared/storage/identities';
import type { AccountInputs, AccountSite } from './setup';

// One optional field per site for the guide's account steps, with the site's own example.

const BRAND_LABELS: Partial<Record<AccountSite, string>> = { linkedin: 'LinkedIn company page', facebook: 'Facebook page' };
const PERSONAL_LABELS: Record<AccountSite, string> = { linkedin: 'LinkedIn profile', x: 'X (Twitter) handle', mastodon: 'Mastodon address', facebook: 'Facebook profile' };

export function AccountFields({ sites, values, onChange, idPrefix, brand = false }: { sites: AccountSite[]; values: AccountInputs; onChange: (next: AccountInputs) => void; idPrefix: string; brand?: boolean }) {
  return (
    <fieldset class="guide-fields">
      <legend>Accounts</legend>
      {sites.map((site) => {
        const example = ACCOUNT_SITES.find((s) => s.id === site)?.example ?? '';
        return (
          <label key={site}>
            <span>{(brand && BRAND_LABELS[site]) || PERSONAL_LABELS[site]}</span>
            <input name={`${idPrefix}-${site}`} value={values[site] ?? ''} placeholder={example.split(' or ')[0]} autocomplete="off" onInput={(e) => onChange({ ...values, [site]: e.currentTarget.value })} />
          </label>
        );
      })}
    </fieldset>
  );
}
