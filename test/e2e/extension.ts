import type { BrowserContext, Worker } from 'playwright-core';

/** The extension's service worker (started again if MV3 stopped it). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The tab id of the page last brought to front. Hatcheck has no `tabs` permission, so the worker
 * cannot look tabs up by URL; the active tab is the one the test just opened.
 */
export async function activeTabId(context: BrowserContext): Promise<number> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

export async function sessionState(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => chrome.storage.session.get(null));
}

/**
 * Stops the extension's service worker the way Chrome does when it idles. Playwright's attachment
 * keeps an idle worker alive (../shared/research/security.md §5), so waiting would not do it.
 */
export async function stopServiceWorker(context: BrowserContext, page: import('playwright-core').Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('no extension service worker to stop');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.detach();
  }
}
