import browser from 'webextension-polyfill';
import type { Envelope, RequestPayload, RequestType, Responses } from './protocol';

/** The extension was reloaded or removed under this page; the content script must stop quietly. */
export class ContextInvalidated extends Error {
  constructor() {
    super('Extension context invalidated');
    this.name = 'ContextInvalidated';
  }
}

const RETRY_DELAYS_MS = [50, 100, 200, 400, 800];

function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|extension context/i.test(message) || !browser.runtime?.id;
}

/**
 * "Receiving end does not exist" while the MV3 worker starts, or the channel closing because MV3
 * stopped the worker while it handled the request: worth another try (every request is safe to
 * repeat: decision:record carries an id the worker counts once).
 */
function isWorkerWaking(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection|message port closed|message channel closed/i.test(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one typed request, retrying while the service worker wakes. */
export async function send<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<Responses[T]> {
  const envelope: Envelope<T> = { hatcheck: 1, type, payload };
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage(envelope)) as Responses[T] | undefined;
      // Every request is answered, with null at least. Nothing at all means no listener answered:
      // the polyfill turns Chrome's "message port closed before a response" into undefined, which
      // is also what a worker stopped mid-request looks like. Ask again, the same message.
      const delay = RETRY_DELAYS_MS[attempt];
      if (answer === undefined && delay !== undefined) {
        await sleep(delay);
        continue;
      }
      return answer as Responses[T];
    } catch (error) {
      if (isContextInvalidated(error)) throw new ContextInvalidated();
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isWorkerWaking(error)) throw error;
      await sleep(delay);
    }
  }
}
