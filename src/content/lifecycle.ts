import { ContextInvalidated } from '../shared/messaging/content-client';

/**
 * One AbortSignal for the whole life of this content script. When the extension is reloaded or
 * removed, the old script keeps running in the page with a dead runtime: the first failed message
 * aborts the signal, and every listener, observer and UI element registered with it goes away.
 */
export function createLifetime(): { signal: AbortSignal; end(): void; guard<T>(promise: Promise<T>): Promise<T | undefined> } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    end: () => controller.abort(),
    async guard(promise) {
      try {
        return await promise;
      } catch (error) {
        // "Extension context invalidated" is a quiet no-op for the page: stop, say nothing.
        if (error instanceof ContextInvalidated) controller.abort();
        return undefined;
      }
    },
  };
}
