import browser from 'webextension-polyfill';

/**
 * The tab this popup describes: `?tabId=N` when given (so the popup can be opened in a normal tab,
 * for keyboard users and tests), else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
