// What a Chromium performance trace says about the extension's share of a page's main thread: its
// script time (FunctionCall events whose script is chrome-extension://…, which covers its event
// listeners, observers, timers and animation frames), and the long tasks (≥ 50 ms) it ran in.
// The page's own PerformanceObserver cannot say this: Long Animation Frames leave extension
// scripts out, and 'longtask' attribution names only the frame. Pure: unit-tested.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number; // µs
  dur?: number; // µs
  /** The thread's CPU time in the event, µs: unlike `dur`, not stretched while the OS runs something else. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; functionName?: string; lineNumber?: number; columnNumber?: number; type?: string } };
}

export interface ExtensionShare {
  /** Extension script time on the main thread, ms (nested calls counted once). */
  scriptMs: number;
  /** The same in the thread's CPU time (`tdur`; `dur` where a trace has none), ms. */
  scriptCpuMs: number;
  /** Top-level tasks of ≥ 50 ms on the main thread. */
  longTasks: number;
  /** …in which the extension's script ran at all. */
  longTasksWithExtension: number;
  /**
   * …in which the extension's own script reached 50 ms of CPU time: long tasks it caused. CPU time,
   * not wall time: on a loaded machine the OS can stop the thread for 100 ms in the middle of any
   * call, which says nothing about whose code the task ran.
   */
  longTasksByExtension: number;
  /** The most extension script CPU time within one top-level task, ms. */
  maxInOneTaskMs: number;
  /** That task's longest extension calls, `name@line:column` in the built content script (the trace's own line and column). */
  worstCalls: string[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const LONG_TASK_US = 50_000;

/** Total length of the union of [start, end) intervals (µs). */
export function unionLength(intervals: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

export function extensionShare(events: readonly TraceEvent[], isExtensionUrl: (url: string) => boolean = (url) => url.startsWith('chrome-extension://')): ExtensionShare {
  // The page's main thread: where frame-attributed script runs (the most such calls).
  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.dur !== undefined);
  const perThread = new Map<number, number>();
  for (const c of calls) if (c.args?.data?.frame) perThread.set(c.tid, (perThread.get(c.tid) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined) return { scriptMs: 0, scriptCpuMs: 0, longTasks: 0, longTasksWithExtension: 0, longTasksByExtension: 0, maxInOneTaskMs: 0, worstCalls: [] };
  const ownCalls = calls.filter((c) => c.tid === main && isExtensionUrl(c.args?.data?.url ?? ''));
  const own: Array<readonly [number, number]> = ownCalls.map((c) => [c.ts, c.ts + c.dur!] as const);
  const tasks = events.filter((e) => e.tid === main && e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined);
  // Nested task events (a RunTask inside another) are one task: keep the outermost.
  tasks.sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  const outer: TraceEvent[] = [];
  let outerEnd = -Infinity;
  for (const task of tasks) {
    if (task.ts + task.dur! <= outerEnd) continue;
    outer.push(task);
    outerEnd = task.ts + task.dur!;
  }
  own.sort((x, y) => x[0] - y[0]);
  // CPU time of the outermost extension calls (a nested call's time is in its caller's).
  const outerCalls: Array<{ ts: number; end: number; cpu: number }> = [];
  for (const c of [...ownCalls].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = outerCalls.at(-1);
    if (last && c.ts + c.dur! <= last.end) continue;
    outerCalls.push({ ts: c.ts, end: c.ts + c.dur!, cpu: c.tdur ?? c.dur! });
  }
  let firstOuter = 0;
  let longTasks = 0;
  let withExtension = 0;
  let byExtension = 0;
  let maxInOne = 0;
  let worst: TraceEvent | undefined;
  let first = 0;
  for (const task of outer) {
    const end = task.ts + task.dur!;
    while (first < own.length && own[first]![0] < task.ts) first++;
    const inside: Array<readonly [number, number]> = [];
    for (let i = first; i < own.length && own[i]![0] < end; i++) if (own[i]![1] <= end) inside.push(own[i]!);
    const ownUs = unionLength(inside);
    while (firstOuter < outerCalls.length && outerCalls[firstOuter]!.ts < task.ts) firstOuter++;
    let cpuUs = 0;
    for (let i = firstOuter; i < outerCalls.length && outerCalls[i]!.ts < end; i++) if (outerCalls[i]!.end <= end) cpuUs += outerCalls[i]!.cpu;
    if (cpuUs > maxInOne) {
      maxInOne = cpuUs;
      worst = task;
    }
    if (task.dur! < LONG_TASK_US) continue;
    longTasks++;
    if (ownUs > 0) withExtension++;
    if (cpuUs >= LONG_TASK_US) byExtension++;
  }
  const worstCalls = worst
    ? ownCalls
        .filter((c) => c.ts >= worst.ts && c.ts + c.dur! <= worst.ts + worst.dur!)
        .sort((a, b) => (b.tdur ?? b.dur!) - (a.tdur ?? a.dur!))
        .slice(0, 3)
        .map((c) => `${c.args?.data?.functionName || '(anonymous)'}@${c.args?.data?.lineNumber}:${c.args?.data?.columnNumber} ${c.tdur === undefined ? `${(c.dur! / 1000).toFixed(1)} ms` : `${(c.tdur / 1000).toFixed(1)} ms CPU of ${(c.dur! / 1000).toFixed(1)} ms`}`)
    : [];
  return { scriptMs: unionLength(own) / 1000, scriptCpuMs: outerCalls.reduce((sum, c) => sum + c.cpu, 0) / 1000, longTasks, longTasksWithExtension: withExtension, longTasksByExtension: byExtension, maxInOneTaskMs: maxInOne / 1000, worstCalls };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'textInput', 'beforeinput', 'input']);

/**
 * Time the page's main thread spent dispatching each key's events, from a trace: per keydown, the
 * summed duration of the outermost key-event dispatches (keydown, keypress — which holds textInput,
 * beforeinput and input — and keyup) from that keydown to the next. Every listener and every
 * microtask checkpoint inside a dispatch is in it, as in Event Timing's processing time, but for
 * every key (Event Timing reports only events of 16 ms or more). Pure: unit-tested.
 */
export function keyDispatchPerKey(events: readonly TraceEvent[]): number[] {
  const dispatches = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.dur !== undefined && KEY_EVENTS.has(e.args?.data?.type ?? ''))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The thread that dispatched the keydowns (the page's main thread).
  const main = dispatches.find((d) => d.args?.data?.type === 'keydown')?.tid;
  const perKey: number[] = [];
  let end = -Infinity;
  for (const d of dispatches) {
    if (d.tid !== main) continue;
    if (d.ts + d.dur! <= end) continue; // nested in the dispatch before (beforeinput in keypress)
    end = d.ts + d.dur!;
    if (d.args?.data?.type === 'keydown') perKey.push(0);
    if (perKey.length) perKey[perKey.length - 1]! += d.dur! / 1000;
  }
  return perKey;
}
