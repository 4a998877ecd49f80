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

  it('sends one wake per quiet spell, not one per key, and none while verdicts flow', () => {
    const { waker, wakes, advance } = setUp();
    waker.typing();
    // Keys 150 ms apart for just under the quiet spell: still the one wake.
    for (let t = 150; t < WAKE_AFTER_QUIET_MS; t += 150) {
      advance(150);
      waker.typing();
    }
    expect(wakes).toHaveLength(1);
    // A verdict went out: the worker is awake, typing after it within the spell sends nothing.
    waker.contacted();
    advance(WAKE_AFTER_QUIET_MS - 1);
    waker.typing();
    expect(wakes).toHaveLength(1);
  });

  it('keeps a worker alive through a long burst with no pause: one wake per quiet spell', () => {
    const { waker, wakes, advance } = setUp();
    // 15 s of keys 150 ms apart, never a pause long enough for a verdict: the browser would stop an
    // idle worker after 30 s, so a wake goes at the first key 5 s (WAKE_AFTER_QUIET_MS) after the last.
    for (let t = 0; t < 15_000; t += 150) {
      waker.typing();
      advance(150);
    }
    expect(wakes).toEqual([1_000, 6_100, 11_200]);
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
