import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { instanceOrigins, parseInstance } from '../core/mastodon-instances';
import { getSetting } from '../shared/storage/settings';

// "Mastodon instances": mastodon.social is built in; any other server is enabled here. The
// browser's permission prompt must come from the user's own click (a user gesture), so
// permissions.request is the first thing the submit handler calls, before any await. The
// background sees the grant (permissions.onAdded) and registers the content script for it.

async function granted(): Promise<string[]> {
  // Sites enabled from the popup for the generic adapter are listed under "Other sites".
  const [{ origins = [] }, webSites] = await Promise.all([browser.permissions.getAll(), getSetting('webSites')]);
  return instanceOrigins(origins).filter((o) => !Object.hasOwn(webSites, o));
}

export function MastodonInstances() {
  const [instances, setInstances] = useState<string[]>([]);
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const refresh = () => void granted().then(setInstances, () => setInstances([]));
  useEffect(() => {
    refresh();
    // Also granted or removed elsewhere (about:addons, Chrome's site access menu).
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  function enable(event: Event) {
    event.preventDefault();
    const parsed = parseInstance(domain);
    if (!parsed.ok) {
      setStatus({ error: true, text: parsed.reason });
      return;
    }
    // Synchronously inside the submit event: Firefox only prompts from a user gesture.
    browser.permissions.request({ origins: [parsed.pattern] }).then(
      (ok) => {
        setStatus(ok
          ? { error: false, text: `Hatcheck now checks compose boxes on ${parsed.host}. Reload its open tabs.` }
          : { error: true, text: `Not enabled: the browser's permission for ${parsed.host} was not given.` });
        if (ok) setDomain('');
        refresh();
      },
      () => setStatus({ error: true, text: `The browser refused to ask for ${parsed.host}.` }),
    );
  }

  function remove(origin: string) {
    const host = new URL(origin).hostname;
    browser.permissions.remove({ origins: [`${origin}/*`] }).then(
      () => {
        setStatus({ error: false, text: `Hatcheck no longer runs on ${host}.` });
        refresh();
      },
      () => setStatus({ error: true, text: `Could not remove ${host}.` }),
    );
  }

  return (
    <section aria-labelledby="mastodon-instances-title">
      <h2 id="mastodon-instances-title">Mastodon instances</h2>
      <p class="muted">Hatcheck works on mastodon.social. For your own server, type its domain: your browser asks whether Hatcheck may read pages there.</p>
      <ul aria-label="Mastodon instances Hatcheck works on">
        <li>mastodon.social <span class="muted">(built in)</span></li>
        {instances.map((origin) => {
          const host = new URL(origin).hostname;
          return (
            <li key={origin}>
              {host} <button type="button" onClick={() => remove(origin)} aria-label={`Remove ${host}`}>Remove</button>
            </li>
          );
        })}
      </ul>
      <form class="add" onSubmit={enable} aria-label="Enable a Mastodon instance">
        <label>
          <span>Server domain</span>
          <input name="mastodon-domain" value={domain} placeholder="hachyderm.io" onInput={(e) => setDomain(e.currentTarget.value)} autocomplete="off" />
        </label>
        <button class="primary" type="submit">Enable</button>
      </form>
      <p class="status" aria-live="polite">
        {status && (status.error ? <span class="error" role="alert">{status.text}</span> : status.text)}
      </p>
    </section>
  );
}
