import { atLeast } from '../core/levels';
import type { ActiveProfile, Category, DraftSnapshot, Level, Verdict } from '../core/types';
import { checkDraft, clearDraft, type PhraseIgnored } from '../shared/messaging/content-client';
import { t } from '../shared/i18n';
import type { SiteAdapter } from '../sites/types';
import { Debounce } from './debounce';
import { readSnapshot } from './snapshot';
import type { GuardedComposer } from './submit-guard';
import { ComposerPanel } from './ui/composer-panel';
import { PhraseHighlights } from './ui/highlights';
import { HoldDialog } from './ui/hold-dialog';
import type { OverlayLayer } from './ui/overlay-root';
import type { WorkerWake } from './worker-wake';

/** Quiet time after the last keystroke before the draft is read (../shared/research/perf.md §1). */
export const DEBOUNCE_MS = 300;
const SNOOZE_MINUTES = 60;

/** What the panel's actions ask of the worker (shared/messaging/content-client). */
export interface SessionServices {
  ignorePhrase(phrase: string, profile: ActiveProfile): Promise<PhraseIgnored>;
  snoozeSite(minutes: number): Promise<{ until: number }>;
  openPopup(): Promise<void>;
  recordDecision(decision: 'posted-anyway' | 'edited' | 'dismissed', level: Level, categories: readonly Category[]): Promise<void>;
}

export interface SessionDeps {
  adapter: SiteAdapter;
  layer: OverlayLayer;
  signal: AbortSignal;
  services: SessionServices;
  guard<T>(promise: Promise<T>): Promise<T | undefined>;
  /** Shared by the page's sessions: starts a stopped worker when typing begins. */
  wake: WorkerWake;
  /** The adapter threw while reading this box: the page is not protected (self-test). */
  onReadFailed(): void;
}

let nextId = 0;

/** Whether a verdict holds the post: `confirm`, or `warn` when the user asked for that (the worker says). */
export function holds(verdict: Verdict | undefined): boolean {
  return verdict !== undefined && verdict.findings.length > 0 && (verdict.hold ?? verdict.level === 'confirm');
}

const categoriesOf = (verdict: Verdict) => [...new Set(verdict.findings.map((f) => f.category))];

/**
 * One compose box: reads it after typing pauses, asks the background for a verdict, shows it, and
 * answers the submit guard. What notices typing only moves a due time (Debounce), so a keystroke
 * costs the page next to nothing.
 */
export class ComposerSession implements GuardedComposer {
  readonly id = `c${++nextId}-${Math.random().toString(36).slice(2, 6)}`;
  private readonly panel: ComposerPanel;
  private readonly highlights: PhraseHighlights;
  private readonly controller = new AbortController();
  private readonly debounce = new Debounce(() => void this.check());
  /** Answers can arrive out of order; only the newest request's answer is shown. */
  private sequence = 0;
  /** The last snapshot answered and its verdict, so a keyup that changed nothing sends nothing. */
  private lastAnswered: string | undefined;
  private verdict: Verdict | undefined;
  /** The snapshot the person chose to post anyway: a retry of the same post is not asked again. */
  private approved: string | undefined;
  private dialog: HoldDialog | undefined;

  constructor(readonly editor: HTMLElement, private readonly deps: SessionDeps) {
    const signal = AbortSignal.any([deps.signal, this.controller.signal]);
    const box = deps.adapter.composerBox(editor);
    this.highlights = new PhraseHighlights(editor);
    this.panel = new ComposerPanel(deps.layer, editor, box, this.panelActions(), () => [this.submitButton()], signal);
    const schedule = () => this.schedule();
    const formField = editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT';
    // Changes are noticed without any `input` listener on a rich editor. A listener there, however
    // cheap, makes the browser run every pending microtask as soon as it returns: the editor's own
    // MutationObserver (CKEditor, ProseMirror, Quill all keep one) then runs *inside* the input
    // event's dispatch instead of after it, which the page's Event Timing counts against the key
    // (+2 to +7 ms processing per key measured; bench/keystroke-breakdown.ts). A MutationObserver of
    // ours runs in the same checkpoint as theirs, wherever that falls, and only moves a due time.
    // It also sees a mention the site's own menu inserts, which fires no input event. A textarea's
    // value is no DOM change: there the `input` event is the signal (and `keyup` for a value the
    // site sets from its mention menu).
    if (formField) {
      editor.addEventListener('input', schedule, { signal, passive: true });
      editor.addEventListener('keyup', schedule, { signal, passive: true });
    }
    editor.addEventListener('focusin', schedule, { signal, passive: true });
    if (box !== editor) {
      // Who sees the post changes outside the editor: a recipient chip added in Gmail's To field, an
      // audience button clicked, a mention picked from a menu. Each only re-arms the timer, and a
      // snapshot that did not change is never sent (lastAnswered). Keys typed in a recipient field
      // are seen by their key-up (not `input`, for the reason above); a chip is a mutation.
      for (const type of ['change', 'click', 'keyup'] as const) box.addEventListener(type, schedule, { signal, passive: true });
    }
    const observer = new MutationObserver(schedule);
    const watched = box !== editor && box.contains(editor) ? box : editor;
    if (!formField || watched !== editor) observer.observe(watched, { childList: true, subtree: true, characterData: !formField });
    if (box !== editor && watched !== box) observer.observe(box, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    this.schedule(0);
  }

  // --- GuardedComposer -------------------------------------------------------------------------

  submitButton(): HTMLElement | null {
    try {
      return this.deps.adapter.submitButton(this.editor);
    } catch {
      return null;
    }
  }

  submitKey() {
    try {
      return this.deps.adapter.submitKey(this.editor);
    } catch {
      return 'none' as const;
    }
  }

  decide(): 'pass' | 'hold' | 'stale' {
    const snapshot = this.read();
    if (!snapshot || !snapshot.text.trim()) return 'pass';
    const key = JSON.stringify(snapshot);
    if (key === this.approved) return 'pass';
    if (key !== this.lastAnswered) return 'stale';
    return holds(this.verdict) ? 'hold' : 'pass';
  }

  async checkNow(): Promise<boolean> {
    this.debounce.cancel();
    await this.check(true);
    const key = this.key();
    // No answer (the worker is restarting, the extension was updated): decide on what we had.
    // "Post anyway" must always work, so without any verdict the post goes through.
    return key !== this.approved && holds(this.verdict);
  }

  async ask(): Promise<'post' | 'edit'> {
    const verdict = this.verdict;
    if (!verdict) return 'post';
    const kind = this.kindOf();
    this.dialog = new HoldDialog(this.deps.layer, this.editor, verdict, kind);
    this.panel.suspend(true);
    const choice = await this.dialog.choice;
    this.dialog = undefined;
    this.panel.suspend(false);
    // The box went away while asking (dispose): nothing to post, and not a decision to count.
    if (this.controller.signal.aborted) return 'edit';
    void this.deps.guard(this.deps.services.recordDecision(choice === 'post' ? 'posted-anyway' : 'edited', verdict.level, categoriesOf(verdict)));
    if (choice === 'post') this.approved = this.key();
    else this.focusEditor();
    return choice;
  }

  /** A setting changed in the popup (identity, pause, snooze): the same draft may get another verdict. */
  recheck(): void {
    this.lastAnswered = undefined;
    this.schedule(0);
  }

  sendDelay(): number {
    return this.verdict?.sendDelaySeconds ?? 0;
  }

  countdown(seconds: number): Promise<'go' | 'undo'> {
    return this.panel.countdown(seconds, this.kindOf());
  }

  // --- checking --------------------------------------------------------------------------------

  private kindOf(): 'post' | 'comment' | 'message' {
    try {
      return this.deps.adapter.composerKind(this.editor);
    } catch {
      return 'post';
    }
  }

  private read(): DraftSnapshot | undefined {
    try {
      return readSnapshot(this.deps.adapter, this.editor, this.id, new URL(location.href));
    } catch {
      // The site changed its markup under the adapter: stay quiet in the page rather than break
      // it, and let the popup say this page is not protected.
      this.deps.onReadFailed();
      return undefined;
    }
  }

  private key(): string | undefined {
    const snapshot = this.read();
    return snapshot ? JSON.stringify(snapshot) : undefined;
  }

  private schedule(delay = DEBOUNCE_MS): void {
    // A check due now is itself the message that wakes the worker.
    if (delay > 0) this.deps.wake.typing();
    this.debounce.poke(delay);
  }

  private async check(force = false): Promise<void> {
    if (this.controller.signal.aborted || this.deps.signal.aborted || !this.editor.isConnected) return;
    const snapshot = this.read();
    if (!snapshot) return;
    const key = JSON.stringify(snapshot);
    if (key === this.lastAnswered && !force) return;
    const sequence = ++this.sequence;
    this.deps.wake.contacted();
    const verdict: Verdict | undefined = await this.deps.guard(checkDraft(snapshot));
    if (!verdict || sequence !== this.sequence || this.controller.signal.aborted) return;
    // Only an answered snapshot counts: after a failed send the next keystroke tries again.
    this.lastAnswered = key;
    this.show(snapshot.text.trim() ? verdict : undefined);
  }

  private show(verdict: Verdict | undefined): void {
    this.verdict = verdict;
    // An empty box gets no badge: a feed full of comment boxes should not be a feed full of badges.
    this.panel.update(verdict);
    if (verdict && atLeast(verdict.level, 'warn')) this.highlights.show(verdict.findings);
    else this.highlights.clear();
    // Edited while the dialog is open: if it no longer needs holding, the dialog goes (nothing is
    // posted; the next press posts); if it still does, it shows what the draft says now.
    if (this.dialog) {
      if (verdict && holds(verdict)) this.dialog.show(verdict);
      else this.dialog.close('edit');
    }
  }

  // --- the panel's actions ---------------------------------------------------------------------

  private focusEditor(): void {
    if (this.editor.isConnected) this.editor.focus({ preventScroll: true });
  }

  private panelActions() {
    const { services } = this.deps;
    return {
      edit: () => this.focusEditor(),
      switchIdentity: () => services.openPopup(),
      snooze: async () => {
        const { until } = await services.snoozeSite(SNOOZE_MINUTES);
        this.schedule(0);
        this.lastAnswered = undefined;
        return t('status_snoozed', new Date(until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      },
      ignore: async (phrase: string) => {
        const snapshot = this.read();
        if (!snapshot) throw new Error('unreadable');
        const { identityName, result } = await services.ignorePhrase(phrase, snapshot.profile);
        if (result === 'always-warn') return t('status_always_warn', phrase, identityName);
        if (result === 'list-full') return t('status_list_full', identityName);
        if (result !== 'added' && result !== 'already-ignored') return t('status_failed');
        this.lastAnswered = undefined;
        this.schedule(0);
        return t('status_ignored', phrase, identityName);
      },
      dismissed: (verdict: Verdict) => void this.deps.guard(services.recordDecision('dismissed', verdict.level, categoriesOf(verdict))),
    };
  }

  /** The compose box left the page (posted, closed, or re-rendered by the site). */
  dispose(): void {
    this.debounce.cancel();
    this.controller.abort();
    // Nothing to post any more: the site's box is gone. Not a decision, so nothing is recorded.
    this.dialog?.close('edit');
    this.highlights.clear();
    this.panel.remove();
    if (!this.deps.signal.aborted) void this.deps.guard(clearDraft(this.id));
  }
}
