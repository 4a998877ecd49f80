import browser from 'webextension-polyfill';
import { createListener } from '../shared/messaging/server';
import { forgetTab } from '../shared/storage/tab-state';
import { contentHandlers, pageHandlers } from './handlers';
import { grantedInstanceSite, syncInstanceScripts, type InstanceBrowser } from './mastodon-instances';

// MV3 kills this worker whenever it idles: every listener is registered here, synchronously, at
// top level, and no state lives in module variables (per-tab facts are in storage.session).

// Mastodon instances the user granted (options page): their content scripts are registered here.
const instances: InstanceBrowser = {
  permissions: browser.permissions,
  scripting: browser.scripting as unknown as InstanceBrowser['scripting'],
  contentScriptFiles: () => browser.runtime.getManifest().content_scripts?.[0]?.js ?? [],
};

browser.runtime.onMessage.addListener(
  createListener(contentHandlers, pageHandlers, { id: browser.runtime.id, origin: browser.runtime.getURL('') }, (url) => grantedInstanceSite(instances, url)),
);

const syncInstances = () => void syncInstanceScripts(instances).catch(() => undefined);
browser.permissions.onAdded.addListener(syncInstances);
browser.permissions.onRemoved.addListener(syncInstances);
browser.runtime.onInstalled.addListener(syncInstances);
browser.runtime.onStartup.addListener(syncInstances);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A page load starts a new set of compose boxes: the old verdicts no longer describe the tab.
// (Should an SPA navigation report 'loading' too, the next keystroke records the verdict again.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});
