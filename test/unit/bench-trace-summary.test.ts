import { describe, expect, it } from 'vitest';
import { extensionShare, unionLength, type TraceEvent } from '../../bench/browser/trace-summary';

const EXT = 'chrome-extension://abc/content.js';
const PAGE = 'https://perf.hatcheck.test/assets/index.js';
const call = (ts: number, dur: number, url: string, tid = 1, functionName = 'f'): TraceEvent => ({ name: 'FunctionCall', ph: 'X', ts, dur, tid, args: { data: { url, frame: 'F', functionName, lineNumber: 6, columnNumber: ts } } });
const task = (ts: number, dur: number, tid = 1): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tid });

describe('trace summary: the extension’s share of the main thread', () => {
  it('unionLength counts overlapping intervals once', () => {
    expect(unionLength([[0, 10], [5, 15], [20, 30]])).toBe(25);
    expect(unionLength([[0, 100], [10, 20]])).toBe(100);
    expect(unionLength([])).toBe(0);
  });

  it('a long task made long by the extension is counted as caused by it; one made long by the page is not', () => {
    const events = [
      // Task 1 (80 ms): the page's script 20 ms, the extension's 60 ms (nested calls counted once).
      task(0, 80_000), call(0, 20_000, PAGE), call(20_000, 60_000, EXT), call(30_000, 10_000, EXT),
      // Task 2 (120 ms): the page's script 110 ms, the extension's 5 ms.
      task(100_000, 120_000), call(100_000, 110_000, PAGE), call(210_000, 5_000, EXT),
      // Task 3 (10 ms, short): the extension's 8 ms; a nested RunTask inside it is the same task.
      task(300_000, 10_000), task(301_000, 2_000), call(300_000, 8_000, EXT),
      // Another thread (a worker): never counted.
      call(0, 90_000, EXT, 2), task(0, 90_000, 2),
    ];
    expect(extensionShare(events)).toEqual({
      scriptMs: 73, scriptCpuMs: 73, longTasks: 2, longTasksWithExtension: 2, longTasksByExtension: 1, maxInOneTaskMs: 60,
      // The worst task's extension calls, longest first, where they are in the built script.
      worstCalls: ['f@6:20000 60.0 ms', 'f@6:30000 10.0 ms'],
    });
  });

  it('a long task is caused by the extension by its CPU time, not by a call the OS stretched (tdur, not dur)', () => {
    const cpu = (ts: number, dur: number, tdur: number): TraceEvent => ({ ...call(ts, dur, EXT), tdur });
    const events = [
      // 140 ms of wall time in our call, but 4 ms on the CPU: the thread was preempted (load 20).
      task(0, 150_000), call(0, 5_000, PAGE), cpu(5_000, 140_000, 4_000),
      // 60 ms of our CPU in one task: caused by us.
      task(200_000, 70_000), cpu(200_000, 65_000, 60_000), cpu(210_000, 5_000, 5_000),
    ];
    const share = extensionShare(events);
    expect(share.longTasks).toBe(2);
    expect(share.longTasksWithExtension).toBe(2);
    expect(share.longTasksByExtension).toBe(1);
    expect(share.maxInOneTaskMs).toBe(60);
    expect(share.scriptCpuMs).toBe(64);
    expect(share.scriptMs).toBe(205);
    expect(share.worstCalls[0]).toBe('f@6:200000 60.0 ms CPU of 65.0 ms');
  });

  it('no page script at all: nothing to attribute', () => {
    expect(extensionShare([task(0, 60_000)]).longTasks).toBe(0);
  });
});
