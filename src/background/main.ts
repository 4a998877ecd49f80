// First: the database's open and the detector's warm-up, before the extension APIs (first.ts).
import './first';
import browser from 'webextension-polyfill';
import { createListener } from '../shared/messaging/server';
import { forgetTab } from '../shared/storage/tab-state';
import { contentHandlers, pageHandlers } from './handlers';
import { getSetting, setSetting } from '../shared/storage/settings';
import { grantedSiteFor, syncInstanceScripts } from './mastodon-instances';
import { siteBrowser as instances } from './site-browser';
import { inOrder } from './after-reply';

// MV3 kills this worker whenever it idles: every listener is registered here, synchronously, at
// top level, and no state lives in module variables (per-tab facts are in storage.session).

// Origins the user granted (Mastodon instances, sites enabled from the popup): their content
// scripts are registered here (mastodon-instances.ts).

browser.runtime.onMessage.addListener(
  createListener(contentHandlers, pageHandlers, { id: browser.runtime.id, origin: browser.runtime.getURL('') }, (url) => grantedSiteFor(instances, url, () => getSetting('webSites'))),
);

const syncInstances = () => void syncInstanceScripts(instances).catch(() => undefined);
browser.permissions.onAdded.addListener(syncInstances);
browser.permissions.onRemoved.addListener(syncInstances);
// A site whose permission went (popup, options, the browser's own menu) is no longer enabled.
browser.permissions.onRemoved.addListener(({ origins = [] }) => {
  void (async () => {
    const sites = { ...(await getSetting('webSites')) };
    const gone = origins.map((p) => p.replace(/\/\*$/, '')).filter((o) => Object.hasOwn(sites, o));
    for (const origin of gone) delete sites[origin];
    if (gone.length) await setSetting('webSites', sites);
  })().catch(() => undefined);
});
browser.runtime.onInstalled.addListener(syncInstances);
// A new install opens the first-run guide (options page, #welcome); an update or a reload does not.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#welcome') }).catch(() => undefined);
});
browser.runtime.onStartup.addListener(syncInstances);

browser.tabs.onRemoved.addListener((tabId) => {
  void inOrder(() => forgetTab(tabId)).catch(() => undefined);
});

// A page load starts a new set of compose boxes: the old verdicts no longer describe the tab.
// (Should an SPA navigation report 'loading' too, the next keystroke records the verdict again.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void inOrder(() => forgetTab(tabId)).catch(() => undefined);
});
