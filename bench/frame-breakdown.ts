// Where the frames go, with the extension and without (issue 10: keydown → next frame added ~20 ms
// while the extension's own script per key is under 1 ms). A diagnostic, not part of `npm run bench`.
// Types into the perf fixture's editors on both sides, in turns, with a pause after each so the
// badge is drawn, and reads a CDP trace of each page: on the renderer's main thread, per typed key,
// the count and time of every trace event by name (Layout, UpdateLayoutTree with its element count,
// Paint, PrePaint, Layerize, animation frames, timers, observers…), the forced layouts and style
// recalculations (those with a JS stack) and whose script forced them; and the other threads' busy
// time (compositor, raster), which on a 2-core machine competes with the main thread too.
//
//   HATCHECK_DIST=/tmp/dist-x npx tsx bench/frame-breakdown.ts draft lexical quill
//   HATCHECK_FRAMES_TOP=40 … prints more names
import { distUnderTest, editorKindsFromArgs, enablePerfSite, launchPair, tracedEditorPages } from './browser/setup';
import { frameBreakdown, type FrameBreakdown, type TraceEvent } from './browser/trace-summary';
import { percentile } from './stats';

const FULL = 'Called in sick today but honestly I am at the beach, still hungover from last night. The boss has no idea and the quarterly report can wait. Drinks again tonight';
/** HATCHECK_FRAMES_CHARS=80 types fewer characters (a quicker look). */
const TEXT = FULL.slice(0, Number(process.env.HATCHECK_FRAMES_CHARS ?? FULL.length));
const CHUNK = 20;
const TOP = Number(process.env.HATCHECK_FRAMES_TOP ?? 28);

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink', 'cc', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-devtools.timeline.frame', 'benchmark', 'blink.user_timing', ...(process.env.HATCHECK_FRAMES_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])].join(',');

const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–').padStart(9);

function print(kind: string, r: { ext: FrameBreakdown; base: FrameBreakdown }, k2f: { ext: number[]; base: number[] }): void {
  const { ext, base } = r;
  console.log(`\n## ${kind}: ${ext.keys} / ${base.keys} keydowns traced (with / without), ${ext.frames} / ${base.frames} main-thread frames`);
  console.log(`keydown → next frame (page probe) p50 ${f(percentile(k2f.ext, 50), 1)} | ${f(percentile(k2f.base, 50), 1)} ms, p95 ${f(percentile(k2f.ext, 95), 1)} | ${f(percentile(k2f.base, 95), 1)} ms`);
  const frames = (b: FrameBreakdown) => b.byName.get('ProxyMain::BeginMainFrame')?.count ?? 0;
  console.log(`turns ${f(ext.spanMs / 1000, 1)} | ${f(base.spanMs / 1000, 1)} s; main-thread frames per second of turn ${f(frames(ext) / ext.spanMs * 1000, 1)} | ${f(frames(base) / base.spanMs * 1000, 1)}; main thread busy per frame ${f(ext.busyMs / frames(ext))} | ${f(base.busyMs / frames(base))} ms, CPU ${f(ext.busyCpuMs / frames(ext))} | ${f(base.busyCpuMs / frames(base))} ms`);
  console.log('per main-thread frame, CPU ms (tdur) with | without, and per event of that name:');
  for (const name of ['ProxyMain::BeginMainFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'LocalFrameView::RunCompositingInputsLifecyclePhase', 'Paint', 'Commit', 'LayoutView::HitTest', 'FireAnimationFrame', 'InlineNode::ShapeTextIncludingFirstLine']) {
    const w = ext.byName.get(name) ?? { count: 0, ms: 0, cpuMs: 0 };
    const wo = base.byName.get(name) ?? { count: 0, ms: 0, cpuMs: 0 };
    console.log(`  ${name.slice(0, 40).padEnd(40)} per frame ${f(w.cpuMs / frames(ext), 3)} ${f(wo.cpuMs / frames(base), 3)}   per event ${f(w.cpuMs / w.count, 3)} ${f(wo.cpuMs / wo.count, 3)}   events per frame ${f(w.count / frames(ext))} ${f(wo.count / frames(base))}`);
  }
  console.log(`  style elements per frame ${f(ext.styleElements / frames(ext), 1)} ${f(base.styleElements / frames(base), 1)}; layout objects per frame ${f(ext.layoutObjects / frames(ext), 1)} ${f(base.layoutObjects / frames(base), 1)}`);
  console.log(`main thread busy per key (top-level tasks): ${f(ext.busyMs / ext.keys)} | ${f(base.busyMs / base.keys)} ms; CPU ${f(ext.busyCpuMs / ext.keys)} | ${f(base.busyCpuMs / base.keys)} ms`);
  console.log(`extension script per key: ${f(ext.extensionScriptMs / ext.keys)} ms`);
  console.log('\nper key, with | without:               count             ms (sum of dur)        CPU ms (sum of tdur)');
  const names = new Set([...ext.byName.keys(), ...base.byName.keys()]);
  const rows = [...names].map((name) => {
    const w = ext.byName.get(name) ?? { count: 0, ms: 0, cpuMs: 0 };
    const wo = base.byName.get(name) ?? { count: 0, ms: 0, cpuMs: 0 };
    return { name, wc: w.count / ext.keys, woc: wo.count / base.keys, wms: w.ms / ext.keys, woms: wo.ms / base.keys, wcpu: w.cpuMs / ext.keys, wocpu: wo.cpuMs / base.keys };
  });
  rows.sort((a, b) => Math.abs(b.wms - b.woms) - Math.abs(a.wms - a.woms));
  for (const row of rows.slice(0, TOP)) console.log(`  ${row.name.slice(0, 40).padEnd(40)} ${f(row.wc)} ${f(row.woc)}   ${f(row.wms, 3)} ${f(row.woms, 3)}   ${f(row.wcpu, 3)} ${f(row.wocpu, 3)}`);
  console.log('\nstyle and layout per key, with | without:');
  for (const [label, w, wo] of [
    ['UpdateLayoutTree elements', ext.styleElements, base.styleElements],
    ['Layout objects laid out (dirty)', ext.layoutObjects, base.layoutObjects],
  ] as const) console.log(`  ${label.padEnd(40)} ${f(w / ext.keys, 1)} ${f(wo / base.keys, 1)}`);
  console.log('\nforced (with a JS stack) Layout / UpdateLayoutTree, by the script on top of the stack:');
  for (const [side, b] of [['with', ext], ['without', base]] as const) {
    const list = [...b.forced].sort((x, y) => y[1].ms - x[1].ms).slice(0, 10);
    if (!list.length) console.log(`  ${side}: none`);
    for (const [who, v] of list) console.log(`  ${side.padEnd(8)} ${who.slice(0, 90).padEnd(90)} ${f(v.count / b.keys, 3)}/key ${f(v.ms / b.keys, 3)} ms/key (${v.count}, elements ${v.elements})`);
  }
  console.log('\nother threads, busy ms per key (with | without):');
  const threads = new Set([...ext.threads.keys(), ...base.threads.keys()]);
  for (const t of [...threads].sort()) {
    const w = (ext.threads.get(t) ?? 0) / ext.keys;
    const wo = (base.threads.get(t) ?? 0) / base.keys;
    if (Math.max(w, wo) >= 0.05) console.log(`  ${t.padEnd(40)} ${f(w)} ${f(wo)}`);
  }
}

/** HATCHECK_FRAMES_INVALIDATIONS=1: what was invalidated (style, layout, paint), by node and reason, in each page's turns. */
function printInvalidations(ext: readonly TraceEvent[], base: readonly TraceEvent[]): void {
  for (const [side, events] of [['with', ext], ['without', base]] as const) {
    const windows: Array<[number, number]> = [];
    const starts = events.filter((e) => e.name === 'hc-turn-start').map((e) => e.ts).sort((a, b) => a - b);
    const ends = events.filter((e) => e.name === 'hc-turn-end').map((e) => e.ts).sort((a, b) => a - b);
    for (const s of starts) windows.push([s, ends.find((e) => e > s) ?? Infinity]);
    const counts = new Map<string, number>();
    for (const e of events) {
      if (!/Invalidation/.test(e.name) || !windows.some(([s, end]) => e.ts >= s && e.ts < end)) continue;
      const d = (e.args as { data?: Record<string, unknown> } | undefined)?.data ?? {};
      const key = `${e.name} ${String(d.nodeName ?? '')} ${String(d.reason ?? d.invalidationSet ?? '')} ${d.stackTrace ? 'JS' : ''}`.slice(0, 120);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(`\ninvalidations in the ${side} turns (top 25):`);
    for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(7)}  ${key}`);
  }
}

function printProcesses(r: { ext: FrameBreakdown; base: FrameBreakdown }): void {
  for (const [side, b] of [['with', r.ext], ['without', r.base]] as const) {
    console.log(`\nprocesses in the ${side} trace, busy / CPU ms per second of turn:`);
    for (const [name, v] of [...b.processes].sort((x, y) => y[1].ms - x[1].ms)) if (v.ms / b.spanMs * 1000 >= 1) console.log(`  ${name.padEnd(40)} ${f(v.ms / b.spanMs * 1000, 1)} ${f(v.cpuMs / b.spanMs * 1000, 1)}`);
  }
}

const kinds = editorKindsFromArgs(['draft', 'lexical', 'quill']);
const pair = await launchPair(distUnderTest());
try {
  await enablePerfSite(pair);
  for (const kind of kinds) {
    const { pages, stops, activate } = await tracedEditorPages(pair, kind, CATEGORIES);
    const k2f = { ext: [] as number[], base: [] as number[] };
    for (let at = 0, turn = 0; at < TEXT.length; at += CHUNK, turn++) {
      for (const side of turn % 2 ? (['base', 'ext'] as const) : (['ext', 'base'] as const)) {
        const page = pages[side];
        await activate(page);
        await page.evaluate(() => {
          (window as unknown as { __perfProbe: { reset(): void } }).__perfProbe.reset();
          performance.mark('hc-turn-start');
        });
        await page.keyboard.type(TEXT.slice(at, at + CHUNK));
        await page.waitForTimeout(700); // the debounce and the verdict (badge, highlights)
        await page.evaluate(() => void performance.mark('hc-turn-end'));
        k2f[side].push(...(await page.evaluate(() => (window as unknown as { __perfProbe: { take(): { k2f: number[] } } }).__perfProbe.take().k2f)));
      }
    }
    const [extEvents, baseEvents] = [await stops.ext(), await stops.base()];
    const result = { ext: frameBreakdown(extEvents), base: frameBreakdown(baseEvents) };
    print(kind, result, k2f);
    if (process.env.HATCHECK_FRAMES_INVALIDATIONS) printInvalidations(extEvents, baseEvents);
    printProcesses(result);
    await Promise.all(Object.values(pages).map((p) => p.close()));
  }
} finally {
  await pair.close();
}
