// Compose boxes inside same-origin iframes (WordPress's editor canvas): their geometry is in the
// iframe's viewport, their events stay in the iframe's window, and a removed iframe leaves its
// document behind with every node still "connected" to it. These helpers translate.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The element's rectangle in the viewport of the window that runs this script. */
export function topRect(el: Element): Box {
  const r = el.getBoundingClientRect();
  let { left, top } = r;
  for (let frame = frameOf(el); frame; frame = frameOf(frame)) {
    const f = frame.getBoundingClientRect();
    // The frame's content starts inside its border.
    left += f.left + frame.clientLeft;
    top += f.top + frame.clientTop;
  }
  return { left, top, right: left + r.width, bottom: top + r.height, width: r.width, height: r.height };
}

/** The element itself, or the iframe (in this script's document) that holds it. */
export function outermost(el: Element): Element {
  let node = el;
  for (let frame = frameOf(node); frame; frame = frameOf(node)) node = frame;
  return node;
}

/** Still on the page: connected, and every iframe around it still in its parent. */
export function attached(el: Element): boolean {
  if (!el.isConnected || !el.ownerDocument.defaultView) return false;
  const frame = frameOf(el);
  return frame ? attached(frame) : true;
}

/** The iframe element holding `el`'s document, when that document is not this script's own. */
function frameOf(el: Element): Element | null {
  const win = el.ownerDocument.defaultView;
  if (!win || win === window) return null;
  try {
    return win.frameElement;
  } catch {
    // Cross-origin: not ours to reach (such frames run their own copy of the content script).
    return null;
  }
}
