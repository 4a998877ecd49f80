type Handler = (event: Event) => void;

/**
 * Every event type a person can cause on our UI. Each one, aimed at one of our hosts, is stopped
 * at the window in the capture phase, before the page's own listeners (which, registered on the
 * document or below, always run later) can see it.
 */
const TYPES = [
  'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'touchstart', 'touchend',
] as const;
// Not `input` nor `beforeinput`: nothing in our UI is editable (buttons and text only), so a
// person can cause neither on our hosts. A window listener for `input` would cost every keystroke
// in the site's editor: the browser runs pending microtasks after any listener returns, which
// pulls the editor's own MutationObserver work into the input event's dispatch (ComposerSession).
export type UiEventType = (typeof TYPES)[number];

/**
 * Events inside Hatcheck's UI never reach the page.
 *
 * Why: a click on our warning is, to the site, a click *outside its compose modal* (the host sits
 * on <html>), and many sites close the modal on that, losing the draft; an Escape in our dialog
 * would close the site's modal; a focus trap would pull focus back from our dialog. So events on
 * our hosts stop at the window, and this class delivers them to our own elements itself: it finds
 * the element inside the closed shadow root (the pointer's position, or the focused element for
 * keys) and calls the handlers registered on it and its ancestors, innermost first.
 *
 * Untrusted events (a page script's dispatchEvent or el.click() on our host) are dropped: nothing
 * in our UI can be pressed by the page.
 */
export class UiEvents {
  private readonly layers = new Map<Element, ShadowRoot>();
  private readonly handlers = new WeakMap<Node, Map<string, Handler[]>>();

  constructor(win: Window, signal: AbortSignal) {
    const route = (event: Event) => this.route(event);
    for (const type of TYPES) win.addEventListener(type, route, { capture: true, signal });
  }

  /** Routes events aimed at `host` into `shadow`. */
  adopt(host: Element, shadow: ShadowRoot): void {
    this.layers.set(host, shadow);
  }

  release(host: Element): void {
    this.layers.delete(host);
  }

  on(node: Node, type: UiEventType, handler: Handler): void {
    let byType = this.handlers.get(node);
    if (!byType) this.handlers.set(node, (byType = new Map()));
    byType.set(type, [...(byType.get(type) ?? []), handler]);
  }

  private route(event: Event): void {
    const host = event.target as Element | null;
    const shadow = host ? this.layers.get(host) : undefined;
    if (!shadow) return;
    event.stopImmediatePropagation();
    if (!event.isTrusted) {
      event.preventDefault();
      return;
    }
    for (let node: Node | null = innerTarget(event, shadow); node && node !== shadow; node = node.parentNode) {
      for (const handler of this.handlers.get(node)?.get(event.type) ?? []) handler(event);
    }
  }
}

/** The element of ours the event is about: under the pointer, or focused for keys and key-made clicks. */
function innerTarget(event: Event, shadow: ShadowRoot): Element | null {
  const pointer = event instanceof MouseEvent && !(event.type === 'click' && event.detail === 0);
  if (pointer) return shadow.elementFromPoint(event.clientX, event.clientY);
  // Desktop Firefox has no TouchEvent constructor to test against.
  if ('changedTouches' in event) {
    const touch = (event as TouchEvent).changedTouches[0];
    return touch ? shadow.elementFromPoint(touch.clientX, touch.clientY) : null;
  }
  return shadow.activeElement;
}
