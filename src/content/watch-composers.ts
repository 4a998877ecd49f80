import type { SiteAdapter } from '../sites/types';
import { attached } from './frames';

export interface ComposerEvents {
  found(editor: HTMLElement): void;
  gone(editor: HTMLElement): void;
  /** Each root the adapter names, on every scan (a same-origin iframe's document arrives late). */
  root?(root: Document | ShadowRoot): void;
}

const RESCAN_DELAY_MS = 150;
/** The longest a due scan waits for an idle moment on a page that is never idle. */
const IDLE_TIMEOUT_MS = 300;

/**
 * What can be or hold a compose box, or a place compose boxes live in: every adapter's composers
 * are textareas or contenteditable roots; iframes and custom elements (which may carry a shadow
 * root) can hold them. Anything else a page adds — a feed's posts, its text churn — cannot.
 */
const MAY_HOLD = 'textarea, [contenteditable], iframe';
const mayHoldComposer = (el: Element) => el.matches(MAY_HOLD) || el.tagName.includes('-') || el.shadowRoot !== null || el.querySelector(MAY_HOLD) !== null;

/**
 * Whether a batch of mutations could have mounted or unmounted a compose box, so a scan is due.
 * Text and plain elements added outside compose boxes are not; an element removed is when a known
 * box is no longer attached (it went with it); a `contenteditable` switched is. Records
 * inside a known box are the user typing. Exported for the unit test.
 */
export function scanDue(records: readonly MutationRecord[], known: ReadonlySet<HTMLElement>): boolean {
  const insideKnown = (node: Node) => {
    for (const editor of known) if (editor.contains(node)) return true;
    return false;
  };
  const element = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
  return records.some((r) => {
    if (insideKnown(r.target)) return false;
    if (r.type === 'attributes') return true;
    for (const node of Array.from(r.addedNodes)) if (element(node) && mayHoldComposer(node)) return true;
    return Array.from(r.removedNodes).some(element) && [...known].some((editor) => !attached(editor));
  });
}

/**
 * Finds compose boxes as the site mounts and unmounts them. The observer callback only decides
 * whether a scan is due (scanDue) and schedules one (one at a time): LinkedIn mutates its DOM
 * constantly, a feed adds posts all the time, and the callback runs before paint. The scan runs
 * at the next idle moment after a short delay: there, the page's layout is already up to date, so
 * the adapter's size checks (getBoundingClientRect) do not force a layout of a page that just
 * changed. MutationObservers do not cross shadow boundaries, so each shadow root the adapter
 * names is observed too.
 */
export function watchComposers(adapter: SiteAdapter, doc: Document, signal: AbortSignal, events: ComposerEvents): void {
  const known = new Set<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const win = doc.defaultView ?? window;

  /** A whole scan is due (a mutation, an iframe); else only the boxes in `lookAt` are looked at. */
  let full = false;
  const lookAt = new Set<Element>();

  function schedule(box?: Element): void {
    if (box) lookAt.add(box);
    else full = true;
    if (timer !== undefined || idle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof win.requestIdleCallback !== 'function') return due();
      idle = win.requestIdleCallback(() => {
        idle = undefined;
        due();
      }, { timeout: IDLE_TIMEOUT_MS });
    }, RESCAN_DELAY_MS);
  }

  function due(): void {
    const boxes = [...lookAt];
    lookAt.clear();
    if (full) {
      full = false;
      return scan();
    }
    look(boxes);
  }

  /**
   * A box focused or typed in that is not known yet: asks the adapter about the root it is in only,
   * not every root of the page. A whole scan walks every element for shadow roots (the generic
   * adapter): 30–150 ms on the 5,000-node bench feed, and a box that stays too small to be a
   * composer (a one-line Slate box) is typed in again and again.
   */
  function look(boxes: readonly Element[]): void {
    if (signal.aborted) return;
    for (const box of boxes) {
      if (!box.isConnected) continue;
      const root = box.getRootNode() as Document | ShadowRoot;
      // A root never seen (a shadow root the page just made, an iframe's document): the whole scan.
      if (!observedRoots.has(root === doc ? (doc.body ?? doc.documentElement) : root)) return scan();
      for (const editor of adapter.findComposers(root)) {
        if (known.has(editor) || !(editor === box || editor.contains(box))) continue;
        known.add(editor);
        events.found(editor);
      }
    }
  }

  // Typing changes the editor's own DOM on every keystroke; that can neither add nor remove a
  // compose box, so it schedules no scan (the session listens to the editor itself).
  const observer = new MutationObserver((records) => {
    if ((full && (timer !== undefined || idle !== undefined)) || !scanDue(records, known)) return;
    schedule();
  });

  function observe(root: Node): void {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  // A box the site reveals (a class or style change, which scanDue does not see), or one that grows
  // into a compose box as the user types (the generic adapter wants two lines): focusing it or
  // typing in it is the moment it matters, so look then. Inside a known box this is a containment
  // check per key, nothing more.
  const onEdit = (event: Event) => {
    if (full && (timer !== undefined || idle !== undefined)) return;
    // By node type, not instanceof: a box in a same-origin iframe belongs to the iframe's realm.
    const el = event.composedPath()[0] as Element | undefined;
    if (el?.nodeType !== Node.ELEMENT_NODE || !el.matches(MAY_HOLD)) return;
    for (const editor of known) if (editor === el || editor.contains(el)) return;
    schedule(el);
  };
  doc.addEventListener('focusin', onEdit, { capture: true, passive: true, signal });
  // `beforeinput`, not `input`: every rich editor listens to beforeinput itself, so the browser
  // runs pending microtasks after it anyway, and before the edit there are none of the editor's
  // own; a listener on `input` would pull the editor's MutationObserver work into that event's
  // dispatch (see ComposerSession). Typing, pasting, dropping and deleting all fire both.
  doc.addEventListener('beforeinput', onEdit, { capture: true, passive: true, signal });

  function scan(): void {
    if (signal.aborted) return;
    for (const root of adapter.roots(doc)) {
      observe(root === doc ? (doc.body ?? doc.documentElement) : root);
      events.root?.(root);
      for (const editor of adapter.findComposers(root)) {
        if (known.has(editor)) continue;
        known.add(editor);
        events.found(editor);
      }
    }
    for (const editor of known) {
      if (attached(editor)) continue;
      known.delete(editor);
      events.gone(editor);
    }
  }

  // An iframe's document arrives after the iframe itself (WordPress's editor canvas): its load
  // event does not bubble, but a capturing listener on the document sees it.
  const onLoad = (event: Event) => {
    if (event.target instanceof HTMLIFrameElement) schedule();
  };
  doc.addEventListener('load', onLoad, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback(idle);
    for (const editor of known) events.gone(editor);
    known.clear();
  });
  scan();
}
