// Where the badge and the card go, as pure geometry (viewport coordinates), so it can be tested
// without a browser and reasoned about in one place.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Point {
  left: number;
  top: number;
}

const GAP = 6;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const rectAt = (p: Point, s: Size): Rect => ({ left: p.left, top: p.top, right: p.left + s.width, bottom: p.top + s.height });

function clamp(p: Point, s: Size, viewport: Size): Point {
  return {
    left: Math.max(GAP, Math.min(p.left, viewport.width - s.width - GAP)),
    top: Math.max(GAP, Math.min(p.top, viewport.height - s.height - GAP)),
  };
}

export const placeNear = {
  /**
   * The badge: the editor's bottom-right corner, where text rarely reaches (above a one-line box's
   * right end instead); if that covers one of
   * the site's own controls (its Post button inside the box), the top-right corner, then the
   * bottom-left, then just outside the editor's bottom-right.
   */
  badge(editor: Rect, size: Size, avoid: readonly Rect[], viewport: Size): Point {
    // A one-line box (a comment field) has no free corner: the badge would sit on the text's end,
    // so it goes just above the box's right end first.
    const oneLine = editor.bottom - editor.top < size.height * 2 + GAP * 2;
    const candidates: Point[] = [
      ...(oneLine ? [{ left: editor.right - size.width, top: editor.top - size.height - GAP }] : []),
      { left: editor.right - size.width - GAP, top: editor.bottom - size.height - GAP },
      { left: editor.right - size.width - GAP, top: editor.top + GAP },
      { left: editor.left + GAP, top: editor.bottom - size.height - GAP },
      { left: editor.right - size.width, top: editor.bottom + GAP },
    ].map((p) => clamp(p, size, viewport));
    return candidates.find((p) => !avoid.some((r) => overlaps(rectAt(p, size), r))) ?? candidates[0]!;
  },

  /**
   * The card: below the whole compose box if it fits, else above it, else beside it (right, then
   * left: a tall dialog leaves no room above or below, and its Post button is at its foot), else at
   * the viewport's foot.
   */
  card(box: Rect, size: Size, viewport: Size): Point {
    const below = box.bottom + GAP;
    const above = box.top - size.height - GAP;
    if (below + size.height > viewport.height && above < 0) {
      const top = Math.max(GAP, Math.min(box.top, viewport.height - size.height - GAP));
      if (box.right + GAP + size.width + GAP <= viewport.width) return { left: box.right + GAP, top };
      if (box.left - GAP - size.width >= GAP) return { left: box.left - GAP - size.width, top };
    }
    const top = below + size.height <= viewport.height ? below : above >= 0 ? above : viewport.height - size.height - GAP;
    return clamp({ left: box.right - size.width, top }, size, viewport);
  },
};
