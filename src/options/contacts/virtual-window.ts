// Which rows of a long list to put in the DOM: the ones in view plus a few on each side, so a
// 50,000-row table costs what a 40-row one does. Pure arithmetic (unit-tested); the grid measures
// nothing per row: every row has the same height.

export interface WindowInput {
  /** Rows in the list. */
  count: number;
  /** Height of one row, in CSS pixels (the same for every row). */
  rowHeight: number;
  /** The scroll container's scrollTop. */
  scrollTop: number;
  /** The scroll container's visible height. */
  viewport: number;
  /** Extra rows rendered above and below the visible ones, so fast scrolling shows no gap. */
  overscan: number;
}

export interface RowWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive). */
  end: number;
  /** Height of the empty space above the rendered rows. */
  before: number;
  /** Height of the empty space below them. */
  after: number;
}

export function rowWindow({ count, rowHeight, scrollTop, viewport, overscan }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const total = count * rowHeight;
  // A scrollTop past the end (the list just got shorter) reads as the last screenful.
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, total - viewport));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight); // exclusive
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The scrollTop that brings row `index` fully into view, changing the current one as little as
 * possible (undefined when it already is): keyboard moves scroll one row at a time, like a list box.
 */
export function scrollToRow(index: number, rowHeight: number, scrollTop: number, viewport: number): number | undefined {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return undefined;
}

/** How many whole rows fit in the viewport (Page Up / Page Down move by this many). */
export function rowsPerPage(rowHeight: number, viewport: number): number {
  return Math.max(1, Math.floor(viewport / rowHeight));
}

/** What the table body holds, top to bottom: empty space of a height, or a run of rendered rows. */
export type Segment = { gap: number } | { from: number; to: number };

/**
 * The window's rows plus one pinned row outside it (the focused one, so scrolling it out of view
 * does not take it out of the DOM and drop focus to the page), with gaps of the right heights
 * around them. `pinned` inside the window, or undefined, changes nothing.
 */
export function segments(win: RowWindow, count: number, rowHeight: number, pinned?: number): Segment[] {
  const runs: Array<{ from: number; to: number }> = [];
  if (win.end > win.start) runs.push({ from: win.start, to: win.end });
  if (pinned !== undefined && pinned >= 0 && pinned < count && (pinned < win.start || pinned >= win.end)) {
    runs.push({ from: pinned, to: pinned + 1 });
    runs.sort((a, b) => a.from - b.from);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.from > at) out.push({ gap: (run.from - at) * rowHeight });
    out.push(run);
    at = run.to;
  }
  if (count > at) out.push({ gap: (count - at) * rowHeight });
  return out;
}
