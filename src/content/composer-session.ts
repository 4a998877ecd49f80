import type { Verdict } from '../core/types';
import { checkDraft, clearDraft } from '../shared/messaging/content-client';
import type { SiteAdapter } from '../sites/types';
import { readSnapshot } from './snapshot';
import { ComposerPanel } from './ui/composer-panel';
import type { OverlayLayer } from './ui/overlay-root';

/** Quiet time after the last keystroke before the draft is read (../shared/research/perf.md §1). */
export const DEBOUNCE_MS = 300;

export interface SessionDeps {
  adapter: SiteAdapter;
  layer: OverlayLayer;
  signal: AbortSignal;
  guard<T>(promise: Promise<T>): Promise<T | undefined>;
  /** The adapter threw while reading this box: the page is not protected (self-test). */
  onReadFailed(): void;
}

let nextId = 0;

/**
 * One compose box: reads it after typing pauses, asks the background for a verdict, shows it.
 * The input handler only re-arms a timer, so a keystroke costs the page next to nothing.
 */
export class ComposerSession {
  readonly id = `c${++nextId}-${Math.random().toString(36).slice(2, 6)}`;
  private readonly panel: ComposerPanel;
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers can arrive out of order; only the newest request's answer is shown. */
  private sequence = 0;
  /** The last snapshot answered, so a keyup that changed nothing sends nothing. */
  private lastAnswered: string | undefined;

  constructor(private readonly editor: HTMLElement, private readonly deps: SessionDeps) {
    const signal = AbortSignal.any([deps.signal, this.controller.signal]);
    const box = deps.adapter.composerBox(editor);
    this.panel = new ComposerPanel(deps.layer, editor, box, signal);
    const schedule = () => this.schedule();
    editor.addEventListener('input', schedule, { signal, passive: true });
    // Mentions are often inserted by the site's own menu without an input event on the editor.
    editor.addEventListener('keyup', schedule, { signal, passive: true });
    editor.addEventListener('focusin', schedule, { signal, passive: true });
    if (box !== editor) {
      // Who sees the post changes outside the editor: a recipient chip added in Gmail's To field, an
      // audience button clicked, a mention picked from a menu. Each only re-arms the timer, and a
      // snapshot that did not change is never sent (lastAnswered).
      for (const type of ['input', 'change', 'click'] as const) box.addEventListener(type, schedule, { signal, passive: true });
      const observer = new MutationObserver(schedule);
      observer.observe(box, { childList: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    this.schedule(0);
  }

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  private async check(): Promise<void> {
    if (this.controller.signal.aborted || this.deps.signal.aborted || !this.editor.isConnected) return;
    let snapshot;
    try {
      snapshot = readSnapshot(this.deps.adapter, this.editor, this.id, new URL(location.href));
    } catch {
      // The site changed its markup under the adapter: stay quiet in the page rather than break
      // it, and let the popup say this page is not protected.
      this.deps.onReadFailed();
      return;
    }
    const key = JSON.stringify(snapshot);
    if (key === this.lastAnswered) return;
    const sequence = ++this.sequence;
    const verdict: Verdict | undefined = await this.deps.guard(checkDraft(snapshot));
    if (!verdict || sequence !== this.sequence || this.controller.signal.aborted) return;
    // Only an answered snapshot counts: after a failed send the next keystroke tries again.
    this.lastAnswered = key;
    // An empty box gets no badge: a feed full of comment boxes should not be a feed full of badges.
    this.panel.update(snapshot.text.trim() ? verdict : undefined);
  }

  /** The compose box left the page (posted, closed, or re-rendered by the site). */
  dispose(): void {
    clearTimeout(this.timer);
    this.controller.abort();
    this.panel.remove();
    if (!this.deps.signal.aborted) void this.deps.guard(clearDraft(this.id));
  }
}
