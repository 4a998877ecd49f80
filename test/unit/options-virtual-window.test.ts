import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsPerPage, rowWindow, scrollToRow, segments } from '../../src/options/contacts/virtual-window';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, and spacers for the rest', () => {
    // 50,000 rows of 40 px, a 480 px viewport scrolled to row 1,000.
    const w = rowWindow({ count: 50_000, rowHeight: 40, scrollTop: 40_000, viewport: 480, overscan: 8 });
    expect(w).toEqual({ start: 992, end: 1020, before: 992 * 40, after: (50_000 - 1020) * 40 });
  });

  it('clamps at the top, at the end, and when the list shrank under the scroll position', () => {
    expect(rowWindow({ count: 100, rowHeight: 40, scrollTop: 0, viewport: 400, overscan: 5 })).toMatchObject({ start: 0, end: 15, before: 0 });
    expect(rowWindow({ count: 100, rowHeight: 40, scrollTop: 3600, viewport: 400, overscan: 5 })).toMatchObject({ start: 85, end: 100, after: 0 });
    // Scrolled to row 40,000 of a list that is now 3 rows long: those 3 rows, not an empty table.
    expect(rowWindow({ count: 3, rowHeight: 40, scrollTop: 1_600_000, viewport: 400, overscan: 5 })).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(rowWindow({ count: 0, rowHeight: 40, scrollTop: 0, viewport: 400, overscan: 5 })).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('always covers the viewport, never renders more than a screenful plus overscan, and keeps the total height', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 20 }),
      (count, rowHeight, scrollTop, viewport, overscan) => {
        const w = rowWindow({ count, rowHeight, scrollTop, viewport, overscan });
        expect(w.before + (w.end - w.start) * rowHeight + w.after).toBe(count * rowHeight);
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(count);
        expect(w.end).toBeGreaterThan(w.start);
        expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / rowHeight) + 1 + 2 * overscan);
        // Every row intersecting the (clamped) viewport is rendered.
        const top = Math.min(scrollTop, Math.max(0, count * rowHeight - viewport));
        const firstVisible = Math.floor(top / rowHeight);
        const lastVisible = Math.min(count - 1, Math.ceil((top + viewport) / rowHeight) - 1);
        expect(w.start).toBeLessThanOrEqual(firstVisible);
        expect(w.end).toBeGreaterThan(lastVisible);
      },
    ));
  });
});

describe('scrollToRow', () => {
  it('scrolls only as far as needed to show the row whole', () => {
    expect(scrollToRow(5, 40, 0, 400)).toBeUndefined(); // rows 0–9 in view
    expect(scrollToRow(10, 40, 0, 400)).toBe(40); // one row down: row 10 at the bottom
    expect(scrollToRow(2, 40, 200, 400)).toBe(80); // above the view: row 2 at the top
    expect(scrollToRow(0, 40, 37, 400)).toBe(0);
  });

  it('counts whole rows per page, at least one', () => {
    expect(rowsPerPage(40, 450)).toBe(11);
    expect(rowsPerPage(40, 10)).toBe(1);
  });
});

describe('segments', () => {
  const win = rowWindow({ count: 50_000, rowHeight: 40, scrollTop: 40_000, viewport: 480, overscan: 8 }); // rows 992–1019

  it('is the window between two gaps when nothing is pinned or the pinned row is in it', () => {
    const plain = [{ gap: 992 * 40 }, { from: 992, to: 1020 }, { gap: (50_000 - 1020) * 40 }];
    expect(segments(win, 50_000, 40)).toEqual(plain);
    expect(segments(win, 50_000, 40, 1000)).toEqual(plain);
  });

  it('keeps a focused row scrolled out of view in the DOM, above or below the window', () => {
    expect(segments(win, 50_000, 40, 3)).toEqual([{ gap: 3 * 40 }, { from: 3, to: 4 }, { gap: (992 - 4) * 40 }, { from: 992, to: 1020 }, { gap: (50_000 - 1020) * 40 }]);
    expect(segments(win, 50_000, 40, 1020)).toEqual([{ gap: 992 * 40 }, { from: 992, to: 1020 }, { from: 1020, to: 1021 }, { gap: (50_000 - 1021) * 40 }]);
    expect(segments(win, 50_000, 40, 49_999)).toEqual([{ gap: 992 * 40 }, { from: 992, to: 1020 }, { gap: (49_999 - 1020) * 40 }, { from: 49_999, to: 50_000 }]);
  });

  it('always adds up to the whole list, in order, with the pinned row rendered exactly once', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 250_000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -2, max: 5_002 }),
      (count, scrollTop, viewport, pinned) => {
        const w = rowWindow({ count, rowHeight: 40, scrollTop, viewport, overscan: 4 });
        const body = segments(w, count, 40, pinned);
        let height = 0;
        const rows: number[] = [];
        for (const s of body) {
          if ('gap' in s) { expect(s.gap).toBeGreaterThan(0); height += s.gap; } else for (let r = s.from; r < s.to; r++) { rows.push(r); height += 40; }
        }
        expect(height).toBe(count * 40);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
        expect(new Set(rows).size).toBe(rows.length);
        if (pinned >= 0 && pinned < count) expect(rows).toContain(pinned);
        expect(rows.length).toBeLessThanOrEqual(w.end - w.start + 1);
      },
    ));
  });
});
