import { describe, expect, it } from 'vitest';
import { frameBreakdown, type TraceEvent } from '../../bench/browser/trace-summary';

type Ev = TraceEvent & { pid?: number };
const EXT = 'chrome-extension://abc/content.js';
const x = (name: string, ts: number, dur: number, args: object = {}, tid = 1, pid = 10, tdur?: number): Ev => ({ name, ph: 'X', ts, dur, tdur, tid, pid, args: args as TraceEvent['args'] });
const key = (ts: number, pid = 10) => x('EventDispatch', ts, 1_000, { data: { type: 'keydown' } }, 1, pid);
const mark = (name: string, ts: number): Ev => ({ name, ph: 'R', ts, tid: 1, pid: 10 });

describe('frameBreakdown: where a page’s frames go', () => {
  it('counts events by name per key on the process that dispatched the keys, and the forced style and layout by who forced them', () => {
    const events: Ev[] = [
      { name: 'thread_name', ph: 'M', ts: 0, tid: 2, pid: 10, args: { name: 'Compositor' } as TraceEvent['args'] },
      key(0), key(50_000),
      x('ProxyMain::BeginMainFrame', 10_000, 8_000, {}, 1, 10, 4_000),
      x('Layout', 11_000, 2_000, { beginData: { dirtyObjects: 150 } }),
      x('UpdateLayoutTree', 14_000, 1_000, { elementCount: 7 }),
      // A layout forced by the extension's script (a JS stack on the event).
      x('Layout', 60_000, 3_000, { beginData: { dirtyObjects: 10, stackTrace: [{ functionName: 'topRect', url: EXT, lineNumber: 7, columnNumber: 1 }] } }),
      // Begin/end pairs count too.
      { name: 'Paint', ph: 'B', ts: 20_000, tid: 1, pid: 10 }, { name: 'Paint', ph: 'E', ts: 21_500, tid: 1, pid: 10 },
      x('FunctionCall', 70_000, 500, { data: { url: EXT } }),
      x('RasterTask', 30_000, 4_000, {}, 2),
      // Another process (the browser, another tab): not this page.
      key(5_000, 99), x('Layout', 12_000, 9_000, {}, 1, 99),
    ];
    const b = frameBreakdown(events);
    expect(b.keys).toBe(2);
    expect(b.byName.get('Layout')).toEqual({ count: 2, ms: 5, cpuMs: 5 });
    expect(b.byName.get('ProxyMain::BeginMainFrame')).toEqual({ count: 1, ms: 8, cpuMs: 4 });
    expect(b.byName.get('Paint')?.ms).toBeCloseTo(1.5);
    expect(b.styleElements).toBe(7);
    expect(b.layoutObjects).toBe(160);
    expect([...b.forced]).toEqual([['Layout EXTENSION topRect@7:1', { count: 1, ms: 3, elements: 0 }]]);
    expect(b.extensionScriptMs).toBe(0.5);
    expect(b.threads.get('Compositor')).toBe(4);
  });

  it('reads only the marked turns when the bench marked them', () => {
    const events: Ev[] = [mark('hc-turn-start-a', 0), key(1_000), x('Paint', 2_000, 1_000), mark('hc-turn-end-a', 10_000), key(20_000), x('Paint', 21_000, 5_000)];
    const a = frameBreakdown(events, '-a');
    expect(a.keys).toBe(1);
    expect(a.byName.get('Paint')?.ms).toBe(1);
    expect(a.spanMs).toBe(10);
    // No marks of that name: the whole trace.
    expect(frameBreakdown(events, '-b').keys).toBe(2);
  });
});
