import { describe, expect, it } from 'vitest';
import { Debounce, type DebounceClock } from '../../src/content/debounce';

/** A hand-driven clock: time moves only by `advance`, which fires the timers that come due in order. */
function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let set = 0;
  const clock: DebounceClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      set++;
      timers.set(++nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size, timersSet: () => set };
}

describe('Debounce', () => {
  it('runs once, the delay after the last poke', () => {
    const { clock, advance } = fakeClock();
    const runs: number[] = [];
    const d = new Debounce(() => runs.push(clock.now()), clock);
    d.poke(300);
    advance(100);
    d.poke(300); // due at 400
    advance(100);
    d.poke(300); // due at 500
    advance(299);
    expect(runs).toEqual([]);
    advance(1);
    expect(runs).toEqual([500]);
    advance(1000);
    expect(runs).toEqual([500]);
  });

  it('sets no new timer for a poke that only pushes the run later (the hot path)', () => {
    const { clock, advance, timersSet } = fakeClock();
    let runs = 0;
    const d = new Debounce(() => runs++, clock);
    d.poke(300);
    for (let i = 0; i < 50; i++) {
      advance(5);
      d.poke(300);
    }
    expect(timersSet()).toBe(1);
    advance(300);
    expect(runs).toBe(1);
    // The first timer fired early and waited the rest once, then the run came: two timers in all.
    expect(timersSet()).toBe(2);
  });

  it('an earlier request replaces a later one (check now after a keystroke)', () => {
    const { clock, advance, pending } = fakeClock();
    const runs: number[] = [];
    const d = new Debounce(() => runs.push(clock.now()), clock);
    d.poke(300);
    advance(10);
    d.poke(0);
    expect(pending()).toBe(1);
    advance(0);
    expect(runs).toEqual([10]);
    advance(1000);
    expect(runs).toEqual([10]);
  });

  it('the last poke wins, even when it asks for a shorter wait than the one before', () => {
    const { clock, advance } = fakeClock();
    const runs: number[] = [];
    const d = new Debounce(() => runs.push(clock.now()), clock);
    d.poke(100); // fires at 100
    advance(50);
    d.poke(300); // due 350: later than the timer, noted
    advance(10);
    d.poke(200); // due 260: still later than the timer (100), and it replaces 350
    advance(1000);
    expect(runs).toEqual([260]);
  });

  it('cancel drops the pending run; a later poke arms again', () => {
    const { clock, advance, pending } = fakeClock();
    let runs = 0;
    const d = new Debounce(() => runs++, clock);
    d.poke(300);
    d.cancel();
    expect(pending()).toBe(0);
    advance(1000);
    expect(runs).toBe(0);
    d.poke(300);
    advance(300);
    expect(runs).toBe(1);
  });

  it('a poke from inside the run arms a new one', () => {
    const { clock, advance } = fakeClock();
    const runs: number[] = [];
    const d = new Debounce(() => {
      runs.push(clock.now());
      if (runs.length === 1) d.poke(100);
    }, clock);
    d.poke(300);
    advance(1000);
    expect(runs).toEqual([300, 400]);
  });
});
