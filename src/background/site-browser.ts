import browser from 'webextension-polyfill';
import type { InjectBrowser } from './mastodon-instances';

// The browser APIs the granted-origin code needs (mastodon-instances.ts), from the real browser.
export const siteBrowser: InjectBrowser = {
  permissions: browser.permissions,
  scripting: browser.scripting as unknown as InjectBrowser['scripting'],
  tabs: browser.tabs,
  contentScriptFiles: () => browser.runtime.getManifest().content_scripts?.[0]?.js ?? [],
};
