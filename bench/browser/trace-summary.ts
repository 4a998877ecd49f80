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

/** What `frameBreakdown` reads of a trace event's arguments (Chromium's own shapes, loosely). */
interface StackFrame { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number }
interface RenderArgs {
  elementCount?: number;
  data?: { elementCount?: number; type?: string; url?: string; frame?: string; stackTrace?: StackFrame[] };
  beginData?: { dirtyObjects?: number; stackTrace?: StackFrame[]; frame?: string };
  name?: string;
}

export interface FrameBreakdown {
  /** keydowns dispatched on the page's main thread. */
  keys: number;
  /** Main-thread frames begun (BeginMainThreadFrame). */
  frames: number;
  /** Per event name on the main thread: count and summed duration (ms). Nested events are counted under their own names. */
  byName: Map<string, { count: number; ms: number; cpuMs: number }>;
  /** Elements whose style was recalculated (UpdateLayoutTree's elementCount), summed. */
  styleElements: number;
  /** Layout objects laid out (Layout's dirtyObjects), summed. */
  layoutObjects: number;
  /**
   * Style recalculations and layouts with a JS stack: forced by a script reading style or layout
   * (or a script-driven style flush), by who is on top of the stack — the first extension frame
   * when there is one — with count, ms and elements recalculated.
   */
  forced: Map<string, { count: number; ms: number; elements: number }>;
  busyMs: number;
  busyCpuMs: number;
  extensionScriptMs: number;
  /** The length of the page's turns (or of the whole trace), ms. */
  spanMs: number;
  /** The renderer's other threads (compositor, raster…), by thread name: busy ms (union of their events). */
  threads: Map<string, number>;
  /** Every process in the trace, by its name and pid: busy ms of all its threads (union per thread, summed), and CPU ms where the trace has it. */
  processes: Map<string, { ms: number; cpuMs: number }>;
}

/**
 * Where a page's frames go (bench/frame-breakdown.ts): per event name on the renderer's main
 * thread, count and time; style recalculations and layouts, and which of them a script forced;
 * and the renderer's other threads. The trace may hold other processes (the browser's, other
 * tabs'): only the process whose main thread dispatched the keys is read. Pure: unit-tested.
 */
export function frameBreakdown(events: readonly TraceEvent[], turn = '', isExtensionUrl: (url: string) => boolean = (url) => url.startsWith('chrome-extension://')): FrameBreakdown {
  type Ev = TraceEvent & { pid?: number; args?: RenderArgs };
  // Only the page's own turns when the bench marked them (performance.mark `hc-turn-start${turn}` /
  // `hc-turn-end${turn}`): between them the other side types, and this page idles.
  const starts = events.filter((e) => e.name === `hc-turn-start${turn}`).map((e) => e.ts).sort((a, b) => a - b);
  const ends = events.filter((e) => e.name === `hc-turn-end${turn}`).map((e) => e.ts).sort((a, b) => a - b);
  const windows = starts.map((s) => [s, ends.find((e) => e > s) ?? Infinity] as const);
  const inTurn = (e: TraceEvent) => windows.length === 0 || e.ph === 'M' || windows.some(([s, end]) => e.ts >= s && e.ts < end);
  const all = (events as readonly Ev[]).filter(inTurn);
  const keydowns = all.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const votes = new Map<string, number>();
  for (const k of keydowns) votes.set(`${k.pid}:${k.tid}`, (votes.get(`${k.pid}:${k.tid}`) ?? 0) + 1);
  const top = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const empty: FrameBreakdown = { keys: 0, frames: 0, byName: new Map(), styleElements: 0, layoutObjects: 0, forced: new Map(), busyMs: 0, busyCpuMs: 0, extensionScriptMs: 0, spanMs: 0, threads: new Map(), processes: new Map() };
  if (!top) return empty;
  const [pid, tid] = top.split(':').map(Number) as [number, number];
  const result = { ...empty, byName: new Map(), forced: new Map(), threads: new Map(), processes: new Map() } as FrameBreakdown;
  const processNames = new Map<number, string>();
  for (const e of all) if (e.ph === 'M' && e.name === 'process_name') processNames.set(e.pid ?? 0, String((e.args as { name?: string } | undefined)?.name ?? ''));
  const perPidThread = new Map<string, { spans: Array<readonly [number, number]>; cpu: number; end: number }>();
  for (const e of [...all].filter((x) => x.ph === 'X' && x.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const key = `${e.pid}:${e.tid}`;
    const slot = perPidThread.get(key) ?? { spans: [], cpu: 0, end: -Infinity };
    slot.spans.push([e.ts, e.ts + e.dur!] as const);
    // CPU of outermost events only (nested ones are inside them).
    if (e.ts >= slot.end) {
      slot.cpu += (e.tdur ?? 0);
      slot.end = e.ts + e.dur!;
    }
    perPidThread.set(key, slot);
  }
  for (const [key, slot] of perPidThread) {
    const p = Number(key.split(':')[0]);
    const name = `${processNames.get(p) ?? '?'} ${p === pid ? '(this page)' : p}`;
    const entry = result.processes.get(name) ?? { ms: 0, cpuMs: 0 };
    entry.ms += unionLength(slot.spans) / 1000;
    entry.cpuMs += slot.cpu / 1000;
    result.processes.set(name, entry);
  }
  const timed = all.filter((e) => e.ph !== 'M');
  result.spanMs = windows.length ? windows.reduce((sum, [s, e]) => sum + (Number.isFinite(e) ? e - s : 0), 0) / 1000 : (Math.max(...timed.map((e) => e.ts)) - Math.min(...timed.map((e) => e.ts))) / 1000;
  const names = new Map<number, string>();
  for (const e of all) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid) names.set(e.tid, String((e.args as { name?: string } | undefined)?.name ?? e.tid));
  const mine = all.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
  // Begin/end pairs become complete events (per thread and name, nested in order).
  const open = new Map<string, Ev[]>();
  const complete: Ev[] = [];
  for (const e of mine) {
    if (e.ph === 'X' && e.dur !== undefined) complete.push(e);
    else if (e.ph === 'B') {
      const key = `${e.tid}:${e.name}`;
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
    } else if (e.ph === 'E') {
      const stack = open.get(`${e.tid}:${e.name}`);
      const begin = stack?.pop();
      if (begin) complete.push({ ...begin, ph: 'X', dur: e.ts - begin.ts, args: { ...begin.args, ...(e.args ?? {}), beginData: begin.args?.beginData } });
    }
  }
  complete.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const onMain = complete.filter((e) => e.tid === tid);
  result.keys = keydowns.filter((k) => k.pid === pid && k.tid === tid).length;
  for (const e of onMain) {
    const slot = result.byName.get(e.name) ?? { count: 0, ms: 0, cpuMs: 0 };
    slot.count++;
    slot.ms += e.dur! / 1000;
    slot.cpuMs += (e.tdur ?? e.dur!) / 1000;
    result.byName.set(e.name, slot);
    if (e.name === 'BeginMainThreadFrame') result.frames++;
    const elements = e.name === 'UpdateLayoutTree' ? Number(e.args?.elementCount ?? e.args?.data?.elementCount ?? 0) : 0;
    result.styleElements += elements;
    if (e.name === 'Layout') result.layoutObjects += Number(e.args?.beginData?.dirtyObjects ?? 0);
    if (e.name === 'UpdateLayoutTree' || e.name === 'Layout' || e.name === 'RecalculateStyles') {
      const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
      if (stack?.length) {
        const frame = stack.find((s) => isExtensionUrl(s.url ?? '')) ?? stack[0]!;
        const who = `${e.name} ${isExtensionUrl(frame.url ?? '') ? 'EXTENSION' : 'page'} ${frame.functionName || '(anonymous)'}@${frame.lineNumber}:${frame.columnNumber}`;
        const f = result.forced.get(who) ?? { count: 0, ms: 0, elements: 0 };
        f.count++;
        f.ms += e.dur! / 1000;
        f.elements += elements;
        result.forced.set(who, f);
      }
    }
  }
  let end = -Infinity;
  for (const t of onMain) {
    if (!TASK_NAMES.has(t.name) || t.ts + t.dur! <= end) continue;
    end = t.ts + t.dur!;
    result.busyMs += t.dur! / 1000;
    result.busyCpuMs += (t.tdur ?? t.dur!) / 1000;
  }
  result.extensionScriptMs = unionLength(onMain.filter((c) => c.name === 'FunctionCall' && isExtensionUrl(c.args?.data?.url ?? '')).map((c) => [c.ts, c.ts + c.dur!] as const)) / 1000;
  const perThread = new Map<number, Array<readonly [number, number]>>();
  for (const e of complete) {
    if (e.tid === tid) continue;
    const spans = perThread.get(e.tid) ?? [];
    spans.push([e.ts, e.ts + e.dur!] as const);
    perThread.set(e.tid, spans);
  }
  for (const [t, spans] of perThread) {
    const name = names.get(t) ?? String(t);
    result.threads.set(name, (result.threads.get(name) ?? 0) + unionLength(spans) / 1000);
  }
  return result;
}
