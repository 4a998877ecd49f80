// Where a keystroke's event processing goes, with the extension and without (issue 10 item 1): a
// diagnostic, not part of `npm run bench`. Types into the perf fixture's editors on both sides and
// reads a CDP trace: every EventDispatch of a key's events (keydown, keypress, beforeinput, input,
// keyup…) on the page's main thread, and what ran inside it, by trace event name (script of the page
// or of the extension, microtasks, style recalculation, layout, mutation observers).
//
//   HATCHECK_DIST=/tmp/dist-x npx tsx bench/keystroke-breakdown.ts ckeditor prosemirror slate

const CATEGORIES = 'devtools.timeline,toplevel,v8.execute,disabled-by-default-devtools.timeline';
import { distUnderTest, editorKindsFromArgs, enablePerfSite, launchPair, tracedEditorPages } from './browser/setup';
import type { TraceEvent } from './browser/trace-summary';
import { percentile } from './stats';

const TEXT = 'Called in sick today but honestly I am at the beach, still hungover from last night. The boss has no idea and the quarterly report can wait. Drinks again tonight';
const CHUNK = 40;
const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup', 'textInput', 'compositionend']);

type Ev = TraceEvent & { args?: { data?: { type?: string; url?: string } } };

interface Breakdown {
  /** Per event type: total dispatch time, ms, and count. */
  dispatch: Map<string, { ms: number[] }>;
  /** Inside key dispatches: time by child name (extension script told apart), ms total. */
  inside: Map<string, number>;
  keys: number;
  /** All top-level tasks of the main thread over the run, ms per keydown (the feed's frames included). */
  busyPerKey: number;
  /** Microtask checkpoints outside any key dispatch, ms per keydown (where an editor's observer runs when no listener pulls it in). */
  microtasksOutsidePerKey: number;
}

function breakdown(events: readonly Ev[]): Breakdown {
  const calls = events.filter((e) => e.name === 'FunctionCall' && (e.args?.data as { frame?: string } | undefined)?.frame);
  const perThread = new Map<number, number>();
  for (const c of calls) perThread.set(c.tid, (perThread.get(c.tid) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]![0];
  const onMain = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const dispatches = onMain.filter((e) => e.name === 'EventDispatch' && KEY_EVENTS.has(e.args?.data?.type ?? ''));
  const keys = dispatches.filter((d) => d.args?.data?.type === 'keydown').length;
  let busy = 0;
  let taskEnd = -Infinity;
  for (const t of onMain) {
    if ((t.name !== 'RunTask' && t.name !== 'ThreadControllerImpl::RunTask') || t.ts + t.dur! <= taskEnd) continue;
    taskEnd = t.ts + t.dur!;
    busy += t.dur! / 1000;
  }
  const inDispatch = (e: Ev) => dispatches.some((d) => e.ts >= d.ts && e.ts < d.ts + d.dur!);
  const outside = onMain.filter((e) => e.name === 'RunMicrotasks' && !inDispatch(e)).reduce((sum, e) => sum + e.dur! / 1000, 0);
  const result: Breakdown = { dispatch: new Map(), inside: new Map(), keys, busyPerKey: busy / keys, microtasksOutsidePerKey: outside / keys };
  for (const d of dispatches) {
    const type = d.args!.data!.type!;
    const slot = result.dispatch.get(type) ?? { ms: [] };
    slot.ms.push(d.dur! / 1000);
    result.dispatch.set(type, slot);
    // Direct children of the dispatch only (nested ones are inside them), by name.
    const end = d.ts + d.dur!;
    let childEnd = -Infinity;
    for (const c of onMain) {
      if (c.ts < d.ts || c === d) continue;
      if (c.ts >= end) break;
      if (c.ts < childEnd || c.ts + c.dur! > end) continue;
      childEnd = c.ts + c.dur!;
      const url = c.args?.data?.url ?? '';
      const name = c.name === 'FunctionCall' ? `FunctionCall ${url.startsWith('chrome-extension://') ? 'extension' : 'page'}` : c.name;
      result.inside.set(`${type} > ${name}`, (result.inside.get(`${type} > ${name}`) ?? 0) + c.dur! / 1000);
    }
  }
  return result;
}


const kinds = editorKindsFromArgs(['ckeditor', 'prosemirror', 'slate']);
const pair = await launchPair(distUnderTest());
try {
  await enablePerfSite(pair);
  for (const kind of kinds) {
    const { pages, stops, activate } = await tracedEditorPages(pair, kind, CATEGORIES);
    for (let at = 0, turn = 0; at < TEXT.length; at += CHUNK, turn++) {
      for (const side of turn % 2 ? (['base', 'ext'] as const) : (['ext', 'base'] as const)) {
        await activate(pages[side]);
        await pages[side].keyboard.type(TEXT.slice(at, at + CHUNK));
        await pages[side].waitForTimeout(700); // the debounce and the verdict (badge, highlights)
      }
    }
    const result = { ext: breakdown(await stops.ext()), base: breakdown(await stops.base()) };
    console.log(`\n## ${kind} (${result.ext.keys} / ${result.base.keys} keydowns traced, with / without)`);
    console.log('event type      with: p50  p95  mean | without: p50  p95  mean   (dispatch ms)');
    for (const [type, { ms }] of result.ext.dispatch) {
      const b = result.base.dispatch.get(type)?.ms ?? [];
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
      console.log(`${type.padEnd(14)} ${[percentile(ms, 50), percentile(ms, 95), mean(ms)].map((x) => x.toFixed(2).padStart(6)).join('')} | ${[percentile(b, 50), percentile(b, 95), mean(b)].map((x) => x.toFixed(2).padStart(6)).join('')}`);
    }
    console.log(`main thread busy per key (all tasks): with ${result.ext.busyPerKey.toFixed(2)} | without ${result.base.busyPerKey.toFixed(2)} ms; microtasks outside key dispatches per key: with ${result.ext.microtasksOutsidePerKey.toFixed(2)} | without ${result.base.microtasksOutsidePerKey.toFixed(2)} ms`);
    console.log('inside key dispatches, ms per key (with | without):');
    const names = new Set([...result.ext.inside.keys(), ...result.base.inside.keys()]);
    for (const name of [...names].sort()) {
      const w = (result.ext.inside.get(name) ?? 0) / result.ext.keys;
      const wo = (result.base.inside.get(name) ?? 0) / result.base.keys;
      if (Math.max(w, wo) < 0.005) continue;
      console.log(`  ${name.padEnd(48)} ${w.toFixed(3).padStart(8)} | ${wo.toFixed(3).padStart(8)}`);
    }
    await Promise.all(Object.values(pages).map((p) => p.close()));
  }
} finally {
  await pair.close();
}
