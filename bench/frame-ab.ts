// Which part of Hatcheck's presence makes the feed's frames dearer (issue 10): one page with the
// extension, its turns of typing rotated between states set from the content script's world —
// everything as shipped; the custom highlights taken away; our overlay host hidden; both — and one
// page without the extension, all interleaved, so the machine's load falls on every state alike.
// Per state, from a CDP trace of each page: main-thread CPU per frame and per rendering phase, and
// the elements whose style was recalculated. A diagnostic, not part of `npm run bench`.
//
//   HATCHECK_DIST=/tmp/dist-x npx tsx bench/frame-ab.ts draft
import type { BrowserContext, Page } from 'playwright-core';
import { EDITABLE, PERF_URLS } from '../test/fixtures/perf/pages';
import { contentScriptWorld, pageSession, startTrace } from './browser/cdp';
import { distUnderTest, editorKindsFromArgs, enablePerfSite, launchPair, newPageAt } from './browser/setup';
import { frameBreakdown, type FrameBreakdown } from './browser/trace-summary';
import { percentile } from './stats';

const SENTENCE = 'Called in sick today but honestly I am at the beach, still hungover from last night. The boss has no idea and the quarterly report can wait. ';
const TEXT = SENTENCE.repeat(8).slice(0, Number(process.env.HATCHECK_FRAMES_CHARS ?? 600));
const CHUNK = 20;
const ALL_STATES = ['shipped', 'no-highlights', 'host-hidden', 'neither', 'bare', 'not-injected', 'without'] as const;
type State = (typeof ALL_STATES)[number];
/** HATCHECK_AB_STATES=shipped,bare,not-injected picks states. 'bare': neither, and our ::highlight sheet taken off the document too. */
const STATES = (process.env.HATCHECK_AB_STATES ? process.env.HATCHECK_AB_STATES.split(',') : ALL_STATES) as readonly State[];

const CATEGORIES = 'devtools.timeline,toplevel,blink,cc,benchmark,blink.user_timing,disabled-by-default-devtools.timeline';

/** In the content script's world: highlights on or off (kept aside, put back), our host shown or hidden. */
function setState(highlights: boolean, host: boolean, sheet: boolean): string {
  return `(() => {
    const highlights = ${highlights}, host = ${host}, sheet = ${sheet};
    const g = globalThis;
    const proto = HighlightRegistry.prototype;
    g.__abSet ??= proto.set;
    g.__abSaved ??= new Map();
    if (highlights) {
      proto.set = g.__abSet;
      for (const [k, v] of g.__abSaved) CSS.highlights.set(k, v);
      g.__abSaved.clear();
    } else {
      for (const [k, v] of CSS.highlights) g.__abSaved.set(k, v);
      CSS.highlights.clear();
      proto.set = function (k, v) { g.__abSaved.set(k, v); return this; };
    }
    g.__abSheets ??= [];
    if (sheet) {
      if (g.__abSheets.length) document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...g.__abSheets];
      g.__abSheets = [];
    } else {
      const ours = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(hc-')));
      g.__abSheets.push(...ours);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !ours.includes(s));
    }
    for (const el of document.documentElement.children) {
      if (!el.tagName.startsWith('HATCHECK-')) continue;
      if (host) el.style.removeProperty('display'); else el.style.setProperty('display', 'none', 'important');
    }
  })()`;
}

const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–').padStart(9);
const frames = (b: FrameBreakdown) => b.byName.get('ProxyMain::BeginMainFrame')?.count ?? 0;
const cpu = (b: FrameBreakdown, name: string) => (b.byName.get(name)?.cpuMs ?? 0) / frames(b);

const kinds = editorKindsFromArgs(['draft']);
const pair = await launchPair(distUnderTest());
try {
  await enablePerfSite(pair);
  for (const kind of kinds) {
    const url = PERF_URLS.page(kind);
    // 'not-injected': the same browser, with the extension, on a host Hatcheck is not enabled on (no content script).
    const pages = { ext: await newPageAt(pair.ext, url), plain: await newPageAt(pair.ext, PERF_URLS.unsupported(kind)), base: await newPageAt(pair.base, url) };
    const sessions = { ext: await pageSession(pair.ext, pages.ext), plain: await pageSession(pair.ext, pages.plain), base: await pageSession(pair.base as BrowserContext, pages.base) };
    const world = await contentScriptWorld(sessions.ext);
    for (const p of Object.values(pages)) await p.click(EDITABLE[kind]);
    // A trace is browser-wide: the extension's browser's one holds both of its pages (each its own renderer).
    const stops = { ext: await startTrace(sessions.ext.cdp, CATEGORIES), base: await startTrace(sessions.base.cdp, CATEGORIES) };
    const activate = async (page: Page) => {
      for (const p of Object.values(pages)) await p.evaluate((on) => window.__perfPage!.setActive(on), p === page);
    };
    const k2f = new Map<State, number[]>(STATES.map((s) => [s, []]));
    for (let at = 0, turn = 0; at < TEXT.length; at += CHUNK, turn++) {
      const state = STATES[turn % STATES.length]!;
      const page = state === 'without' ? pages.base : state === 'not-injected' ? pages.plain : pages.ext;
      if (state !== 'without' && state !== 'not-injected') {
        const expression = setState(state === 'shipped' || state === 'host-hidden', state === 'shipped' || state === 'no-highlights', state !== 'bare');
        const { exceptionDetails } = (await sessions.ext.cdp.send('Runtime.evaluate', { contextId: world, expression })) as { exceptionDetails?: unknown };
        if (exceptionDetails) throw new Error(`setting the state failed: ${JSON.stringify(exceptionDetails)}`);
      }
      await activate(page);
      // Two tabs in one browser: the one typed in must be the visible one (a hidden tab's frames are throttled).
      await page.bringToFront();
      await page.evaluate((s) => {
        (window as unknown as { __perfProbe: { reset(): void } }).__perfProbe.reset();
        performance.mark(`hc-turn-start-${s}`);
      }, state);
      await page.keyboard.type(TEXT.slice(at, at + CHUNK));
      await page.waitForTimeout(700);
      await page.evaluate((s) => void performance.mark(`hc-turn-end-${s}`), state);
      k2f.get(state)!.push(...(await page.evaluate(() => (window as unknown as { __perfProbe: { take(): { k2f: number[] } } }).__perfProbe.take().k2f)));
    }
    const traces = { ext: await stops.ext(), base: await stops.base() };
    console.log(`\n## ${kind}: ${TEXT.length} characters in ${Math.ceil(TEXT.length / CHUNK)} turns rotated over ${STATES.length} states`);
    console.log(`${'state'.padEnd(14)}${['keys', 'frames/s', 'k2f p50', 'CPU/frame', 'style', 'layout', 'prepaint', 'cmpInputs', 'paint', 'hittest', 'commit', 'styleEls', 'layoutObj'].map((h) => h.padStart(10)).join('')}`);
    for (const state of STATES) {
      const b = frameBreakdown(state === 'without' ? traces.base : traces.ext, `-${state}`);
      const n = frames(b);
      console.log(`${state.padEnd(14)}${[b.keys, n / b.spanMs * 1000, percentile(k2f.get(state)!, 50), cpu(b, 'ProxyMain::BeginMainFrame'), cpu(b, 'UpdateLayoutTree'), cpu(b, 'Layout'), cpu(b, 'PrePaint'), cpu(b, 'LocalFrameView::RunCompositingInputsLifecyclePhase'), cpu(b, 'Paint'), cpu(b, 'LayoutView::HitTest'), cpu(b, 'Commit'), b.styleElements / n, b.layoutObjects / n].map((x, i) => f(x, i === 0 ? 0 : i < 3 ? 1 : 3).padStart(10)).join('')}`);
    }
    await Promise.all(Object.values(sessions).map((s) => s.detach()));
    await Promise.all(Object.values(pages).map((p) => p.close()));
  }
} finally {
  await pair.close();
}
