// Chrome DevTools Protocol helpers for the browser bench: the content script's execution context
// (its isolated world), heap and script-time metrics, and the extension's service worker.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { pageScript } from './probes';

interface ContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface PageSession {
  cdp: CDPSession;
  /** Execution contexts of the page seen so far (Runtime.enable reports the existing ones too). */
  contexts: ContextDescription[];
  detach(): Promise<void>;
}

export async function pageSession(context: BrowserContext, page: Page): Promise<PageSession> {
  const cdp = await context.newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created as ContextDescription));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    const at = contexts.findIndex((c) => c.id === executionContextId);
    if (at >= 0) contexts.splice(at, 1);
  });
  cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
  await cdp.send('Runtime.enable');
  return { cdp, contexts, detach: () => cdp.detach().catch(() => undefined) };
}

/** The isolated worlds an extension runs in on this page: its content scripts (0 where none was injected). */
export function extensionWorlds(session: PageSession): ContextDescription[] {
  return session.contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
}

/** Waits for the content script's world (it is injected at document_idle). */
export async function contentScriptWorld(session: PageSession, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const world = extensionWorlds(session)[0];
    if (world) return world.id;
    if (Date.now() > until) throw new Error('the content script was not injected (no extension isolated world on the page)');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `fn` (no closures) in an execution context and returns its JSON result. */
export async function evaluateIn<T>(session: PageSession, contextId: number, fn: () => unknown): Promise<T> {
  const { result, exceptionDetails } = (await session.cdp.send('Runtime.evaluate', { contextId, expression: pageScript(fn), returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (exceptionDetails) throw new Error(`in-page evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

/** Used JS heap of the page's renderer after a full garbage collection, bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Chromium's main-thread metrics for the page (Performance.getMetrics), ms for the durations. */
export async function scriptMs(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

interface TargetInfo { targetId: string; type: string; url: string }

/** The extension's service worker target, if it is running. */
export async function workerTarget(cdp: CDPSession): Promise<TargetInfo | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
}

/**
 * Heap of the extension's service worker after a garbage collection. Playwright's CDP sessions are
 * for pages only, so this attaches to the worker target through the page's session and talks to it
 * with Target.sendMessageToTarget (non-flat attachment).
 */
export async function workerHeapAfterGc(cdp: CDPSession): Promise<number> {
  const target = await workerTarget(cdp);
  if (!target) throw new Error('the extension service worker is not running');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  const pending = new Map<number, (message: { result?: Record<string, unknown>; error?: { message: string } }) => void>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  let nextId = 0;
  const call = (method: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result ?? {})));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject);
  });
  try {
    await call('HeapProfiler.collectGarbage');
    return Number((await call('Runtime.getHeapUsage')).usedSize);
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** Starts a performance trace of the page (timeline + top-level tasks unless told); the returned function ends it. */
export async function startTrace(cdp: CDPSession, categories = 'devtools.timeline,toplevel'): Promise<() => Promise<import('./trace-summary').TraceEvent[]>> {
  const events: import('./trace-summary').TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as import('./trace-summary').TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** A trace of a page over its own DevTools session, detached when the trace ends (the diagnostics' traces). */
export async function tracePage(context: BrowserContext, page: Page, categories: string): Promise<() => Promise<import('./trace-summary').TraceEvent[]>> {
  const session = await pageSession(context, page);
  const stop = await startTrace(session.cdp, categories);
  return async () => {
    const events = await stop();
    await session.detach();
    return events;
  };
}
