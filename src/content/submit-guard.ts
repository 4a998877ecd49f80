import type { SubmitKey } from '../sites/types';
import { replayClick, replayKey } from './replay-submit';

/** What the guard needs from one compose box (ComposerSession implements it). */
export interface GuardedComposer {
  readonly editor: HTMLElement;
  /** The site's own Post / Send button, looked up now: sites re-render it. */
  submitButton(): HTMLElement | null;
  submitKey(): SubmitKey;
  /**
   * Whether to hold a submit of the draft as it is now: 'hold' or 'pass' from the verdict for this
   * very text and audience, 'stale' when the last verdict is for something else (typed just now).
   */
  decide(): 'pass' | 'hold' | 'stale';
  /** Checks the draft now; resolves whether to hold. */
  checkNow(): Promise<boolean>;
  /** Shows the alertdialog; resolves with the person's choice. */
  ask(): Promise<'post' | 'edit'>;
  /** The user's send delay for this box in seconds (0: none). */
  sendDelay(): number;
  /** Counts the send delay down with an Undo button; resolves 'go' when it ran out. */
  countdown(seconds: number): Promise<'go' | 'undo'>;
}

const POINTER_TYPES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * Holds a post whose verdict says so, before the site sees it.
 *
 * Listeners sit on the window in the capture phase, which runs before any listener the site put
 * on the document or below (React's root, the button itself). A held gesture is swallowed whole —
 * pointer and mouse downs and ups too, since some sites post on mouseup — and the dialog opens.
 * "Post anyway" then replays the same kind of gesture through the site's own path (its button, or
 * its key), once, while `passing` lets it through. Nothing ever writes to the editor, so the text
 * posted is the text typed.
 */
export class SubmitGuard {
  /** True only while our own replay is being dispatched (synchronously). */
  private passing = false;
  /** A check or a dialog is under way: further submits wait for the person's answer. */
  private busy = false;

  private readonly watched = new WeakSet<Window>();

  constructor(private readonly composers: () => Iterable<GuardedComposer>, win: Window, private readonly signal: AbortSignal) {
    this.watch(win);
  }

  /** Listens in another window too: a compose box in a same-origin iframe sends its events there. */
  watch(win: Window): void {
    if (this.watched.has(win)) return;
    this.watched.add(win);
    const options = { capture: true, signal: this.signal };
    for (const type of POINTER_TYPES) win.addEventListener(type, (e) => this.onPointer(e as MouseEvent), options);
    win.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent), options);
    win.addEventListener('keyup', (e) => this.onKeyUp(e as KeyboardEvent), options);
    win.addEventListener('submit', (e) => this.onSubmit(e as SubmitEvent), options);
  }

  private find(path: EventTarget[], match: (c: GuardedComposer) => Element | null): GuardedComposer | undefined {
    for (const composer of this.composers()) {
      const target = match(composer);
      if (target && path.includes(target)) return composer;
    }
    return undefined;
  }

  private onPointer(event: MouseEvent): void {
    if (this.passing || event.button !== 0) return;
    const composer = this.find(event.composedPath(), (c) => c.submitButton());
    if (composer) this.intercept(event, composer, event.type === 'click', () => replayClick(composer));
  }

  private onKey(event: KeyboardEvent): void {
    const space = event.key === ' ';
    if (this.passing || (event.key !== 'Enter' && !space) || event.isComposing || event.keyCode === 229) return;
    const path = event.composedPath();
    // Typing in a box (every space between words) is not a press of a button: skip the lookup of
    // each composer's submit button, which is DOM queries, on that hot path.
    if (!isTextEntry(path[0])) {
      // Enter or Space on the site's focused Post button is a press of that button. (Gmail's buttons
      // act on Space's key-up without any click: its key-up is swallowed too, in onKeyUp.)
      const onButton = this.find(path, (c) => c.submitButton());
      if (onButton) return this.intercept(event, onButton, true, () => replayClick(onButton));
    }
    if (space) return;
    const composer = this.find(path, (c) => c.editor);
    if (!composer || !submits(composer.submitKey(), event)) return;
    this.intercept(event, composer, true, () => replayClick(composer) || replayKey(composer.editor, event));
  }

  /** The key-up of a held press on the site's button never reaches the site. */
  private onKeyUp(event: KeyboardEvent): void {
    if (this.passing || !this.busy || (event.key !== ' ' && event.key !== 'Enter')) return;
    if (!this.find(event.composedPath(), (c) => c.submitButton())) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.passing) return;
    const form = event.target as HTMLFormElement;
    const composer = [...this.composers()].find((c) => form.contains(c.editor));
    if (!composer) return;
    const submitter = event.submitter;
    this.intercept(event, composer, true, () => (form.isConnected ? (form.requestSubmit(submitter?.isConnected ? submitter : null), true) : false));
  }

  /**
   * Swallows the event if the draft must be (or may need to be) held; `starts` is false for the
   * parts of a gesture (downs, ups) that come before the one that acts (the click).
   */
  private intercept(event: Event, composer: GuardedComposer, starts: boolean, replay: () => boolean): void {
    const decision = this.busy ? 'hold' : composer.decide();
    if (decision === 'pass' && composer.sendDelay() <= 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!starts || this.busy) return;
    this.busy = true;
    void this.resolve(composer, decision, replay).finally(() => (this.busy = false));
  }

  private async resolve(composer: GuardedComposer, decision: 'pass' | 'hold' | 'stale', replay: () => boolean): Promise<void> {
    const hold = decision === 'hold' || (decision === 'stale' && (await composer.checkNow()));
    if (hold) {
      if ((await composer.ask()) !== 'post') return;
    } else {
      // Let through, after the user's send delay if they set one (an explicit "Post anyway" is not
      // delayed: it was a decision already).
      const delay = composer.sendDelay();
      if (delay > 0 && (await composer.countdown(delay)) !== 'go') return;
    }
    this.passing = true;
    try {
      replay();
    } finally {
      this.passing = false;
    }
  }
}

/** A text field or editable: where keys type. Duck-typed, since an iframe's elements have their own classes. */
function isTextEntry(target: EventTarget | undefined): boolean {
  const el = target as HTMLElement | undefined;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !['submit', 'button', 'image', 'reset', 'checkbox', 'radio'].includes((el as HTMLInputElement).type);
  return el.isContentEditable === true || el.tagName === 'TEXTAREA';
}

/** Whether this key press is the box's submit shortcut. Shift+Enter is always a new line. */
export function submits(key: SubmitKey, event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  if (key === 'mod+enter') return event.ctrlKey || event.metaKey;
  if (key === 'enter') return !event.ctrlKey && !event.metaKey;
  return false;
}
