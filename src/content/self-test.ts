// Self-test (issue 5 item 5): on a supported site, notice when the user types into a box that looks
// like a composer but that the adapter does not recognise — the site changed its page and our
// selectors drifted — and say so, instead of failing silently. Typing is the only signal that
// matters: a box nobody writes in costs nothing, and one the user writes in must be protected.

export type ProtectionProblem = 'unrecognised-editor' | 'read-failed';

export interface SelfTestDeps {
  /**
   * Whether the element is inside a compose box that already has a session: asked first, on every
   * key, so it must be cheap (DOM containment only, no style or layout).
   */
  inSession(el: Element): boolean;
  /** Whether the element is, or is inside, a compose box the adapter found (may scan the page). */
  isKnownComposer(el: Element): boolean;
  report(problem: ProtectionProblem): void;
  signal: AbortSignal;
}

/** Boxes a person writes posts or messages in; inputs (search, names, URLs) and pickers are not. */
// By tag and node type, not instanceof: a box in a same-origin iframe belongs to the iframe's realm.
function looksLikeComposer(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  if (!(el as HTMLElement).isContentEditable) return false;
  const role = el.closest('[role]')?.getAttribute('role');
  return role !== 'combobox' && role !== 'searchbox';
}

/** The element the user typed in, through open shadow roots (events are retargeted to the host). */
function typedIn(event: Event): Element | null {
  const first = event.composedPath()[0] as Node | undefined;
  if (!first || typeof first.nodeType !== 'number') return null;
  return first.nodeType === Node.ELEMENT_NODE ? (first as Element) : first.parentElement;
}

/** Watches typing on the page; reports an unrecognised compose box once per page. */
export function watchForUnrecognisedBoxes(doc: Document, deps: SelfTestDeps): void {
  let reported = false;
  /** Boxes already judged (not a composer, or one the adapter knows): never looked at again. */
  const cleared = new WeakSet<Element>();
  /** The box typed in since the last look; one look per burst of keys, after them. */
  let pending: Element | null = null;
  const look = () => {
    const el = pending;
    pending = null;
    if (!el || reported || deps.signal.aborted || !el.isConnected || deps.inSession(el)) return;
    if (!looksLikeComposer(el) || deps.isKnownComposer(el)) {
      cleared.add(el);
      return;
    }
    reported = true;
    deps.report('unrecognised-editor');
  };
  // On `beforeinput`, not `input`: a listener on `input` would pull a rich editor's own
  // MutationObserver work into that event's dispatch (see ComposerSession); the editors listen to
  // beforeinput themselves, and the target is the same box.
  doc.addEventListener('beforeinput', (event) => {
    if (reported) return;
    const el = typedIn(event);
    // Nearly every key lands in a box Hatcheck already watches: answer that by containment. The
    // rest (isContentEditable reads the style the editor's own DOM write has just made stale; the
    // adapter may scan the page) waits for a timer, outside the key's dispatch, and once per box.
    if (!el || cleared.has(el) || deps.inSession(el)) return;
    if (pending === null) setTimeout(look, 0);
    pending = el;
  }, { capture: true, passive: true, signal: deps.signal });
}
