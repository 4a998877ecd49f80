import browser from 'webextension-polyfill';
import { createListener } from '../shared/messaging/server';
import { forgetTab } from '../shared/storage/tab-state';
import { contentHandlers, pageHandlers } from './handlers';

// MV3 kills this worker whenever it idles: every listener is registered here, synchronously, at
// top level, and no state lives in module variables (per-tab facts are in storage.session).

browser.runtime.onMessage.addListener(
  createListener(contentHandlers, pageHandlers, { id: browser.runtime.id, origin: browser.runtime.getURL('') }),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A page load starts a new set of compose boxes: the old verdicts no longer describe the tab.
// (Should an SPA navigation report 'loading' too, the next keystroke records the verdict again.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});
