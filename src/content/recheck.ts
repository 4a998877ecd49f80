import browser from 'webextension-polyfill';

/**
 * The popup's "check again" (after the user switched identity, paused, or resumed): the only
 * message a content script listens for. Only our own extension can send it (runtime messages
 * never come from web pages), and it carries nothing but its type.
 */
export function onRecheck(run: () => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as { hatcheck?: unknown; type?: unknown } | null;
    if (m?.hatcheck === 1 && m.type === 'recheck') run();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
