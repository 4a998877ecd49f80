import { describe, expect, it } from 'vitest';
import { WAKE_AFTER_QUIET_MS, WorkerWake } from '../../src/content/worker-wake';

function setUp() {
  let clock = 1_000;
  const wakes: number[] = [];
  const waker = new WorkerWake(async () => void wakes.push(clock), () => clock);
  return { waker, wakes, advance: (ms: number) => (clock += ms) };
}

describe('WorkerWake', () => {
  it('wakes the worker at the first key of a page', () => {
    const { waker, wakes } = setUp();
    waker.typing();
    expect(wakes).toEqual([1_000]);
  });

  it('sends nothing more while keys keep coming or verdicts flow', () => {
    const { waker, wakes, advance } = setUp();
    waker.typing();
    for (let i = 0; i < 100; i++) {
      advance(150);
      waker.typing();
    }
    expect(wakes).toHaveLength(1);
    advance(WAKE_AFTER_QUIET_MS - 1);
    waker.contacted();
    advance(WAKE_AFTER_QUIET_MS - 1);
    waker.typing();
    expect(wakes).toHaveLength(1);
  });

  it('wakes again after a quiet spell, before the browser stops an idle worker (30 s)', () => {
    expect(WAKE_AFTER_QUIET_MS).toBeLessThan(30_000);
    const { waker, wakes, advance } = setUp();
    waker.contacted();
    advance(WAKE_AFTER_QUIET_MS);
    waker.typing();
    waker.typing();
    expect(wakes).toEqual([1_000 + WAKE_AFTER_QUIET_MS]);
  });

  it('a wake that fails (worker unreachable, extension reloaded) is quiet', async () => {
    const waker = new WorkerWake(() => Promise.reject(new Error('Could not establish connection')), () => 0);
    expect(() => waker.typing()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
