// What the browser bench runs inside the pages. Both are plain functions serialised into the page,
// so they must not close over anything.

/**
 * A function's source as a script to run in a page. tsx compiles with keepNames, which wraps named
 * functions in a `__name(…)` helper that exists only in this process: the page gets a stand-in.
 */
export function pageScript(fn: () => unknown): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(); })()`;
}

export interface KeystrokeRecord {
  /** keydown → the frame after it (rAF, then a MessageChannel task), ms. */
  k2f: number[];
  /** Event Timing entries (durationThreshold 16, the smallest allowed), grouped by keystroke. */
  events: Array<{ name: string; start: number; duration: number; processing: number }>;
  keydowns: number[];
  /** PerformanceObserver 'longtask' (≥ 50 ms). Its attribution names the frame only, never a script. */
  longTasks: Array<{ start: number; duration: number; attribution: string }>;
}

/**
 * Main world, before any page script (context.addInitScript), identical with and without the
 * extension. `window.__perfProbe.take()` returns what was recorded since `reset()`.
 */
export function installPageProbe(): void {
  const w = window as unknown as { __perfProbe?: unknown };
  if (w.__perfProbe) return;
  let since = 0;
  const fresh = () => ({ k2f: [] as number[], events: [] as unknown[], keydowns: [] as number[], longTasks: [] as unknown[] });
  let record = fresh();
  // The finer probe: Event Timing rounds durations to 8 ms, this does not.
  addEventListener('keydown', (event) => {
    const t0 = event.timeStamp;
    record.keydowns.push(t0);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record.k2f.push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }, true);
  const observe = (type: string, options: Record<string, unknown>, take: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => e.startTime >= since && take(e))).observe({ type, buffered: true, ...options } as PerformanceObserverInit);
    } catch {
      // An entry type this browser lacks leaves its list empty; the bench reports the count.
    }
  };
  observe('event', { durationThreshold: 16 }, (e) => {
    const entry = e as PerformanceEventTiming;
    record.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, processing: entry.processingEnd - entry.processingStart });
  });
  observe('longtask', {}, (e) => {
    const attribution = (e as PerformanceEntry & { attribution?: Array<{ containerType: string; containerName: string; containerSrc: string }> }).attribution ?? [];
    record.longTasks.push({ start: e.startTime, duration: e.duration, attribution: attribution.map((a) => `${a.containerType}:${a.containerName || a.containerSrc || '-'}`).join(',') });
  });
  w.__perfProbe = {
    reset() {
      since = performance.now();
      record = fresh();
    },
    take: () => record,
  };
}

export interface MessageRecord {
  type: string;
  /** performance.now() in the page's timeline (isolated worlds share the document's clock). */
  start: number;
  end?: number;
  ok?: boolean;
  /** The verdict's level, for draft:check answers. */
  level?: string;
  /** The frame after the answer was handled (the badge is drawn by then). */
  frame?: number;
  /** The last keydown before the message was sent. */
  lastKey?: number;
}

/**
 * The content script's isolated world (CDP Runtime.evaluate in its context): wraps
 * runtime.sendMessage, the one way the content script reaches the worker, to time each message,
 * and notes keydowns, so the bench can tell pause → verdict → next frame. Chrome 156 has a native
 * `browser` beside `chrome`; the polyfill uses whichever is there, so both are wrapped.
 */
export function installMessageProbe(): void {
  const g = globalThis as unknown as { __hatcheckBench?: { sends: MessageRecord[]; lastKey: number }; chrome?: { runtime?: Record<string, unknown> }; browser?: { runtime?: Record<string, unknown> } };
  if (g.__hatcheckBench) return;
  const log = { sends: [] as MessageRecord[], lastKey: NaN };
  g.__hatcheckBench = log;
  addEventListener('keydown', (event) => { log.lastKey = event.timeStamp; }, true);
  const wrapped = new Set<unknown>();
  for (const runtime of [g.chrome?.runtime, g.browser?.runtime]) {
    if (!runtime || wrapped.has(runtime)) continue;
    wrapped.add(runtime);
    const original = runtime.sendMessage as (...args: unknown[]) => unknown;
    runtime.sendMessage = function (this: unknown, ...args: unknown[]) {
      const record: MessageRecord = { type: String((args[0] as { type?: unknown } | undefined)?.type), start: performance.now(), lastKey: log.lastKey };
      log.sends.push(record);
      const done = (ok: boolean, value: unknown) => {
        record.end = performance.now();
        record.ok = ok;
        const level = (value as { level?: unknown } | undefined)?.level;
        if (typeof level === 'string') record.level = level;
        // The content script handles the answer in microtasks of this same task (it draws the
        // badge synchronously), so the next animation frame is the one that paints it.
        requestAnimationFrame(() => { record.frame = performance.now(); });
      };
      const callback = args.findIndex((a) => typeof a === 'function');
      if (callback >= 0) {
        const reply = args[callback] as (...a: unknown[]) => unknown;
        args[callback] = function (this: unknown, ...replyArgs: unknown[]) {
          done(!(g.chrome?.runtime as { lastError?: unknown } | undefined)?.lastError, replyArgs[0]);
          return reply.apply(this, replyArgs);
        };
        return original.apply(this, args);
      }
      const answer = original.apply(this, args) as Promise<unknown>;
      answer.then((value) => done(true, value), () => done(false, undefined));
      return answer;
    };
  }
}
