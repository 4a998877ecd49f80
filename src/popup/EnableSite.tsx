import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AudienceKind } from '../core/types';
import { enableableOrigin, WEB_AUDIENCES, webAudience, webSiteKey, type WebSiteSettings } from '../core/web-sites';
import { injectIntoTab } from '../shared/messaging/page-client';
import { getSetting, setSetting } from '../shared/storage/settings';
import { applyChoice, readChoice } from './identity-choice';
import { usePopup } from './store';

// "Check drafts on forum.example.com" (issue 6 item 5): on a tab whose site Hatcheck does not
// cover, the user enables it with one click — the browser's permission for exactly that origin,
// asked from the click itself (no await before permissions.request: Firefox needs the gesture).
// The worker then registers the content script there and runs it in this tab at once. For an
// enabled site: who the user posts as and who reads it, and "Stop checking this site".

const AUDIENCE_WORDS: Record<AudienceKind, string> = { professional: 'Professional', public: 'Public', personal: 'Personal' };

/** The tab's URL: readable with activeTab (the toolbar click) or a host permission for its origin. */
async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
}

interface SiteState {
  origin: string;
  granted: boolean;
  settings: WebSiteSettings | undefined;
}

async function readSite(tabId: number): Promise<SiteState | undefined> {
  const origin = enableableOrigin(await tabUrl(tabId));
  if (!origin) return undefined;
  const [granted, sites] = await Promise.all([browser.permissions.contains({ origins: [`${origin}/*`] }), getSetting('webSites')]);
  return { origin, granted, settings: granted && Object.hasOwn(sites, origin) ? sites[origin] : undefined };
}

export function EnableSite() {
  const { tabId, tab, identities } = usePopup();
  const [site, setSite] = useState<SiteState | undefined>(undefined);
  const [identityId, setIdentityId] = useState<number | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const refresh = async () => {
    if (tabId === null) return;
    const next = await readSite(tabId).catch(() => undefined);
    setSite(next);
    if (next?.settings) {
      const choice = await readChoice(webSiteKey(next.origin));
      setIdentityId(choice.scope === 'everywhere' ? null : choice.identityId);
    }
  };
  useEffect(() => void refresh(), [tabId]);

  // A Mastodon instance whose compose boxes are being checked (enabled in the options page) is
  // Mastodon's, not a generic site.
  if (!site || tabId === null || (tab?.site === 'mastodon' && tab.composers.length > 0 && !site.settings)) return null;
  const host = new URL(site.origin).hostname;
  const key = webSiteKey(site.origin);

  function enable() {
    if (!site || tabId === null) return;
    // Synchronously inside the click: the browser asks only from a user gesture.
    browser.permissions.request({ origins: [`${site.origin}/*`] }).then(async (ok) => {
      if (!ok) {
        setStatus({ error: true, text: `Not enabled: the browser's permission for ${host} was not given.` });
        return;
      }
      const sites = { ...(await getSetting('webSites')) };
      sites[site.origin] = { audience: webAudience(sites, site.origin) };
      await setSetting('webSites', sites);
      const injected = await injectIntoTab(tabId).catch(() => false);
      setStatus({ error: false, text: injected ? `Hatcheck now checks drafts on ${host}.` : `Hatcheck will check drafts on ${host} from the next page load.` });
      await refresh();
    }, () => setStatus({ error: true, text: `The browser refused to ask for ${host}.` }));
  }

  async function setAudience(audience: AudienceKind) {
    if (!site) return;
    const sites = { ...(await getSetting('webSites')) };
    sites[site.origin] = { ...sites[site.origin], audience };
    await setSetting('webSites', sites);
    await refresh();
    await recheckTab(tabId);
  }

  async function setIdentity(value: string) {
    const chosen = value === '' ? null : Number(value);
    // This site only: a null choice drops the site's own entry (the choice for every site applies).
    const perSite = { ...(await getSetting('siteIdentity')) };
    if (chosen === null) {
      delete perSite[key];
      await setSetting('siteIdentity', perSite);
    } else {
      await applyChoice(key, { identityId: chosen, scope: 'site' });
    }
    setIdentityId(chosen);
    await recheckTab(tabId);
  }

  async function stop() {
    if (!site) return;
    // The setting first: the origin stops being a generic site at once, whatever the browser does
    // with the permission (a host the manifest itself lists cannot be removed).
    const sites = { ...(await getSetting('webSites')) };
    delete sites[site.origin];
    await setSetting('webSites', sites);
    const removed = await browser.permissions.remove({ origins: [`${site.origin}/*`] }).catch(() => false);
    setStatus({ error: false, text: `Hatcheck no longer checks drafts on ${host} (from the next page load).${removed ? '' : ' The browser kept its permission for this site.'}` });
    await refresh();
  }

  const statusLine = (
    <p class="status small" aria-live="polite">{status && (status.error ? <span class="error" role="alert">{status.text}</span> : status.text)}</p>
  );

  if (!site.settings) {
    return (
      <section class="enable-site" aria-labelledby="enable-site-title">
        <h2 id="enable-site-title">Check drafts on {host}</h2>
        <p class="small"><strong>Not protected on this page:</strong> Hatcheck does not cover {host} yet.</p>
        <p class="muted small"> Your browser will ask whether Hatcheck may read pages on {host} (and nowhere else).</p>
        <button class="primary" type="button" onClick={enable}>Check drafts on {host}</button>
        {statusLine}
      </section>
    );
  }
  return (
    <section class="enable-site" aria-labelledby="enable-site-title">
      <h2 id="enable-site-title">Checking drafts on {host}</h2>
      <label class="identity">
        Who reads what you write here{' '}
        <select value={site.settings.audience} onChange={(e) => void setAudience(e.currentTarget.value as AudienceKind)}>
          {WEB_AUDIENCES.map((a) => <option key={a} value={a}>{AUDIENCE_WORDS[a]}</option>)}
        </select>
      </label>
      <label class="identity">
        Post as on this site{' '}
        <select value={identityId === null ? '' : String(identityId)} onChange={(e) => void setIdentity(e.currentTarget.value)}>
          <option value="">As on every site</option>
          {identities.map((i) => <option key={i.id} value={String(i.id)}>{i.name} ({i.kind})</option>)}
        </select>
      </label>
      <button type="button" onClick={() => void stop()}>Stop checking this site</button>
      {statusLine}
    </section>
  );
}

async function recheckTab(tabId: number | null): Promise<void> {
  if (tabId === null) return;
  await browser.tabs.sendMessage(tabId, { hatcheck: 1, type: 'recheck' }).catch(() => undefined);
}
