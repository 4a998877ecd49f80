import browser from 'webextension-polyfill';

/** The popup page as built (manifest.json's action.default_popup; `?tabId=N` picks the tab, src/popup/tab-id.ts). */
export const POPUP_PATH = 'src/popup/index.html';

/**
 * Opens the popup for a tab in a small window of its own (the panel's "switch identity"). A window
 * with `?tabId=N` shows the tab that asked, whichever window has focus, in Chrome and Firefox
 * alike; windows.create needs no permission.
 */
export async function openPopupWindow(tabId: number): Promise<void> {
  await browser.windows.create({ url: `${browser.runtime.getURL(POPUP_PATH)}?tabId=${tabId}`, type: 'popup', width: 380, height: 600 });
}
