import { describe, expect, it } from 'vitest';
import { keyDispatchPerKey, type TraceEvent } from '../../bench/browser/trace-summary';

const dispatch = (type: string, ts: number, dur: number, tid = 1): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts, dur, tid, args: { data: { type } } });

describe('keyDispatchPerKey', () => {
  it('sums the outermost key-event dispatches of each key, nested ones (input inside keypress) once', () => {
    const events = [
      // Key 1: keydown 1 ms; keypress 5 ms holding textInput 4 ms, beforeinput 1 ms, input 2 ms; keyup 0.5 ms.
      dispatch('keydown', 0, 1_000),
      dispatch('keypress', 2_000, 5_000), dispatch('textInput', 2_500, 4_000), dispatch('beforeinput', 2_600, 1_000), dispatch('input', 4_000, 2_000),
      dispatch('keyup', 10_000, 500),
      // Not a key event, between keys: not counted.
      dispatch('mousemove', 12_000, 9_000),
      // Key 2: keydown only (a key the editor swallowed).
      dispatch('keydown', 30_000, 2_000),
      // Another thread (an iframe's renderer or a worker): not this page's keys.
      dispatch('keydown', 31_000, 50_000, 2),
    ];
    expect(keyDispatchPerKey(events)).toEqual([6.5, 2]);
  });

  it('counts from the first keydown, in time order whatever the order of the events', () => {
    const events = [dispatch('keyup', 40_000, 1_000), dispatch('keydown', 30_000, 2_000), dispatch('keyup', 5_000, 1_000)];
    // The key-up before any keydown (a key pressed before the trace began) belongs to no key.
    expect(keyDispatchPerKey(events)).toEqual([3]);
    expect(keyDispatchPerKey([])).toEqual([]);
  });
});
