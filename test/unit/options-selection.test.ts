import { describe, expect, it } from 'vitest';
import { keepExisting, selectAll, selectRange, toggle } from '../../src/options/contacts/selection';

const ids = [10, 20, 30, 40, 50, 60];

describe('selection', () => {
  it('toggles one id without changing the set it was given', () => {
    const before = new Set([10]);
    expect([...toggle(before, 20)]).toEqual([10, 20]);
    expect([...toggle(before, 10)]).toEqual([]);
    expect([...before]).toEqual([10]);
  });

  it('selects a range from the anchor in either direction, keeping what lies outside', () => {
    expect([...selectRange(new Set([60]), ids, 20, 4, true)].sort()).toEqual([20, 30, 40, 50, 60]);
    expect([...selectRange(new Set(), ids, 50, 1, true)].sort()).toEqual([20, 30, 40, 50]);
  });

  it('a range from an unselected anchor clears the range (Shift-click after unticking)', () => {
    expect([...selectRange(new Set(ids), ids, 30, 4, false)].sort()).toEqual([10, 20, 60]);
  });

  it('an anchor filtered out of the list makes the range just the clicked row', () => {
    expect([...selectRange(new Set(), ids, 999, 2, true)]).toEqual([30]);
    expect([...selectRange(new Set(), ids, undefined, 2, true)]).toEqual([30]);
  });

  it('selects all matching, and drops ids no longer listed', () => {
    expect(selectAll(ids).size).toBe(6);
    expect([...keepExisting(new Set([10, 30, 99]), ids)]).toEqual([10, 30]);
  });
});
