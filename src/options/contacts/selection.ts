// Selection in the contact table, by contact id (rows come and go as the list scrolls and filters;
// ids stay). Pure: each function returns a new Set, the store keeps it.

/** Adds or removes one id. */
export function toggle(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * Shift-click / Shift+Space: every row between the anchor and `index` (both included, in the list as
 * it is shown now) takes the state `select`, what the anchor row was given. Rows outside the range
 * keep theirs. An anchor no longer in the list (filtered out) makes the range just `index`.
 */
export function selectRange(selected: ReadonlySet<number>, ids: readonly number[], anchorId: number | undefined, index: number, select: boolean): Set<number> {
  const next = new Set(selected);
  const anchor = anchorId === undefined ? -1 : ids.indexOf(anchorId);
  const from = anchor < 0 ? index : Math.min(anchor, index);
  const to = anchor < 0 ? index : Math.max(anchor, index);
  for (let i = Math.max(0, from); i <= Math.min(ids.length - 1, to); i++) {
    if (select) next.add(ids[i]!);
    else next.delete(ids[i]!);
  }
  return next;
}

/** "Select all N matching": every id of the list as filtered. */
export function selectAll(ids: readonly number[]): Set<number> {
  return new Set(ids);
}

/** The selected ids that are still in the list (after a delete or a filter change). */
export function keepExisting(selected: ReadonlySet<number>, ids: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) if (selected.has(id)) out.add(id);
  return out;
}
