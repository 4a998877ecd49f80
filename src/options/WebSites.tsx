import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { instanceOrigins } from '../core/mastodon-instances';
import type { AudienceKind } from '../core/types';
import { getSetting, setSetting } from '../shared/storage/settings';

// "Other sites": the sites the user enabled from the popup (any textarea or contenteditable is
// checked there, with the audience chosen for the site). Enabling happens in the popup, on the
// site's own tab; here they are listed and removed (the permission goes, so does the script).

const AUDIENCE_WORDS: Record<AudienceKind, string> = { professional: 'professional', public: 'public', personal: 'personal' };

/** Enabled sites that are still granted, with their audience. */
export async function enabledWebSites(): Promise<Array<{ origin: string; audience: AudienceKind }>> {
  const [{ origins = [] }, sites] = await Promise.all([browser.permissions.getAll(), getSetting('webSites')]);
  return instanceOrigins(origins).filter((o) => Object.hasOwn(sites, o)).map((origin) => ({ origin, audience: sites[origin]!.audience }));
}

export function WebSites() {
  const [sites, setSites] = useState<Array<{ origin: string; audience: AudienceKind }>>([]);
  const [status, setStatus] = useState('');
  const refresh = () => void enabledWebSites().then(setSites, () => setSites([]));
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  function remove(origin: string) {
    const host = new URL(origin).hostname;
    browser.permissions.remove({ origins: [`${origin}/*`] }).then(async () => {
      const stored = { ...(await getSetting('webSites')) };
      delete stored[origin];
      await setSetting('webSites', stored);
      setStatus(`Hatcheck no longer checks drafts on ${host}.`);
      refresh();
    }, () => setStatus(`Could not remove ${host}.`));
  }

  return (
    <section aria-labelledby="web-sites-title">
      <h2 id="web-sites-title">Other sites</h2>
      <p class="muted">Any other site can be checked too: open it, click Hatcheck in the toolbar and choose <em>Check drafts on …</em>. Hatcheck then reads its text boxes and uses the audience you chose for it.</p>
      {sites.length === 0 ? <p class="muted">None enabled.</p> : (
        <ul aria-label="Other sites Hatcheck checks">
          {sites.map(({ origin, audience }) => {
            const host = new URL(origin).hostname;
            return (
              <li key={origin}>
                {host} <span class="muted">({AUDIENCE_WORDS[audience]} audience)</span>{' '}
                <button type="button" onClick={() => remove(origin)} aria-label={`Remove ${host}`}>Remove</button>
              </li>
            );
          })}
        </ul>
      )}
      <p class="status" aria-live="polite">{status}</p>
    </section>
  );
}
