import { atLeast } from '../../core/levels';
import type { Verdict } from '../../core/types';
import { t } from '../../shared/i18n';
import { el } from './dom';
import { placeNear, type Rect } from './placement';
import { isDarkAround } from './theme';
import { attached, topRect } from '../frames';
import type { OverlayLayer } from './overlay-root';
import { alertTitle, audienceLine, badgeLabel, badgeText, categoryText } from './warning-text';

/** What the panel's buttons do; the session owns the editor and the messaging. */
export interface PanelActions {
  /** Back to the editor, caret where it was. */
  edit(): void;
  switchIdentity(): Promise<void>;
  /** Resolves to the sentence to show ("Snoozed on this site until 14:05."). */
  snooze(): Promise<string>;
  ignore(phrase: string): Promise<string>;
  /** The user closed the warning without acting on it (counted in History, never with text). */
  dismissed(verdict: Verdict): void;
}

const MAX_LISTED = 6;

/**
 * The badge and warning card for one compose box. Built with DOM calls and textContent only:
 * draft text and names never pass through an HTML parser. Drawn over the page, never inserted
 * into the editor: the site's editor DOM is not ours to touch. The badge sits in a corner of the
 * editor clear of the site's Post button; the card sits outside the compose box, so the Post
 * button and the text stay usable while the warning is up.
 */
export class ComposerPanel {
  private readonly panel: HTMLDivElement;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLDivElement;
  /** What an action did ("Hatcheck will ignore …"): outlives the card, which the next verdict may close. */
  private readonly toast: HTMLParagraphElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelCountdown: (() => void) | undefined;
  private verdict: Verdict | undefined;
  /** The categories the user dismissed; a new category brings the card back. */
  private dismissedKey = '';
  private expanded = false;
  /** Out of the way while the hold dialog asks: one question at a time. */
  private suspended = false;
  private frame = 0;
  /** A look at the boxes waiting for the frame after next to be drawn (afterFrame). */
  private settling = false;
  private resized = false;
  private removed = false;
  private lastAt = { left: Number.NaN, top: Number.NaN };
  private readonly resize: ResizeObserver;
  /** Unique within our shadow root, for aria-labelledby. */
  private readonly id = `hc${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly layer: OverlayLayer,
    private readonly editor: HTMLElement,
    private readonly box: HTMLElement,
    private readonly actions: PanelActions,
    /** The site's own controls the badge must not cover (its Post button). */
    private readonly avoid: () => Array<Element | null>,
    signal: AbortSignal,
  ) {
    const doc = editor.ownerDocument;
    this.badge = el(doc, 'button', { type: 'button', className: 'badge' });
    this.badge.setAttribute('aria-expanded', 'false');
    layer.events.on(this.badge, 'click', () => this.toggle());
    this.card = el(doc, 'div', { className: 'card', hidden: true });
    // A live region that is always there, so screen readers announce what is put into it.
    this.toast = el(doc, 'p', { className: 'toast', role: 'status' });
    this.panel = el(doc, 'div', { className: 'panel' }, this.badge, this.card, this.toast);
    // A press on the panel must not take the caret out of the editor: people read the warning
    // and keep typing. Keyboard users still reach every button with Tab.
    layer.events.on(this.panel, 'mousedown', (event) => event.preventDefault());
    layer.shadow.append(this.panel);

    const reposition = () => this.schedulePosition();
    // The editor's own window (an iframe's, for WordPress's canvas) scrolls on its own.
    for (const win of new Set([window, doc.defaultView ?? window])) {
      win.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
      win.addEventListener('resize', reposition, { passive: true, signal });
    }
    // A size change is not urgent (unlike a scroll, where the badge must move with the page): it is
    // placed just after a frame, when reading the boxes forces no layout of a changing page.
    this.resize = new ResizeObserver(() => this.settle(true));
    this.resize.observe(editor);
    if (box !== editor) this.resize.observe(box);
    // The site moves the box without resizing it or scrolling (a post prepended to the feed above
    // it, a banner closing): nothing fires for that, so look a few times a second while shown.
    // One getBoundingClientRect per tick, read just after a frame (settle); nothing at all while
    // the box is empty.
    const drift = setInterval(() => {
      if (this.verdict !== undefined) this.settle(false);
    }, 250);
    signal.addEventListener('abort', () => clearInterval(drift), { once: true });
    this.render();
  }

  /** Shows a verdict; `undefined` hides the panel (nothing typed yet). */
  update(verdict: Verdict | undefined): void {
    this.verdict = verdict;
    this.render();
  }

  suspend(suspended: boolean): void {
    this.suspended = suspended;
    this.schedulePosition();
    // Hidden at once, not at the next frame: the dialog must be the only thing announced.
    if (suspended) this.panel.hidden = true;
  }

  /**
   * The send delay: "Posting in 5 s" with Undo, counting down beside the badge. Resolves 'go' when
   * the time is up, 'undo' on Undo or when the panel goes away.
   */
  countdown(seconds: number, kind: 'post' | 'comment' | 'message'): Promise<'go' | 'undo'> {
    const doc = this.editor.ownerDocument;
    const key = kind === 'message' ? 'countdown_send' : 'countdown_post';
    const label = el(doc, 'span', { textContent: t(key, seconds) });
    const undo = el(doc, 'button', { type: 'button', textContent: t('countdown_undo') });
    this.cancelCountdown?.();
    return new Promise((resolve) => {
      let left = seconds;
      const tick = setInterval(() => {
        left -= 1;
        if (left <= 0) return finish('go');
        label.textContent = t(key, left);
      }, 1000);
      const finish = (how: 'go' | 'undo') => {
        clearInterval(tick);
        this.cancelCountdown = undefined;
        this.toast.replaceChildren();
        if (how === 'undo') this.say(t('countdown_undone'));
        this.schedulePosition();
        resolve(how);
      };
      this.cancelCountdown = () => finish('undo');
      this.layer.events.on(undo, 'click', () => finish('undo'));
      clearTimeout(this.toastTimer);
      this.toast.replaceChildren(label, ' ', undo);
      this.schedulePosition();
    });
  }

  remove(): void {
    this.cancelCountdown?.();
    clearTimeout(this.toastTimer);
    cancelAnimationFrame(this.frame);
    this.removed = true;
    this.resize.disconnect();
    this.panel.remove();
  }

  private get categoriesKey(): string {
    return [...new Set(this.verdict?.findings.map((f) => f.category))].sort().join(',');
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    if (this.expanded) this.dismissedKey = '';
    this.render();
  }

  private dismiss(): void {
    if (this.verdict) this.actions.dismissed(this.verdict);
    // Focus moves to the badge only if it was on the card that is going away (a keyboard user);
    // a mouse press leaves the caret in the editor, where the person was typing.
    const focusWasOnCard = this.card.contains(this.layer.shadow.activeElement);
    this.dismissedKey = this.categoriesKey;
    this.expanded = false;
    this.render();
    if (focusWasOnCard) this.badge.focus();
  }

  private async act(run: () => Promise<string>): Promise<void> {
    let said: string;
    try {
      said = await run();
    } catch {
      said = t('status_failed');
    }
    if (said) this.say(said);
  }

  private say(said: string): void {
    this.toast.textContent = said;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toast.textContent = '';
      this.schedulePosition();
    }, 8_000);
    this.schedulePosition();
  }

  private render(): void {
    const verdict = this.verdict;
    this.panel.classList.toggle('dark', isDarkAround(this.editor));
    const level = verdict?.level ?? 'unknown';
    this.badge.dataset.level = level;
    // The identity's own colour as the badge's edge: who is posting, at a glance. Checked to be a
    // plain #rrggbb before it reaches a style (it comes from our own storage, but costs nothing).
    const color = verdict?.identity.color;
    this.badge.style.borderLeft = color && /^#[0-9a-f]{6}$/i.test(color) ? `4px solid ${color}` : '';
    this.badge.setAttribute('aria-label', badgeLabel(verdict));
    this.badge.replaceChildren(el(this.editor.ownerDocument, 'span', { className: 'dot' }), badgeText(verdict));

    const loud = verdict !== undefined && atLeast(verdict.level, 'warn') && this.dismissedKey !== this.categoriesKey;
    const show = verdict !== undefined && verdict.findings.length > 0 && (loud || this.expanded);
    this.badge.setAttribute('aria-expanded', String(show));
    if (!show || !verdict) {
      this.card.hidden = true;
      this.card.removeAttribute('role');
      this.card.replaceChildren();
    } else {
      this.fillCard(verdict, loud);
    }
    this.schedulePosition();
  }

  private button(label: string, run: () => void, aria?: string): HTMLButtonElement {
    const button = el(this.editor.ownerDocument, 'button', { type: 'button', textContent: label });
    if (aria) button.setAttribute('aria-label', aria);
    this.layer.events.on(button, 'click', run);
    return button;
  }

  private fillCard(verdict: Verdict, loud: boolean): void {
    const doc = this.editor.ownerDocument;
    // role="alert" only at warn/confirm (contract): a notice opened by hand is not an interruption.
    this.card.setAttribute('role', loud ? 'alert' : 'region');
    // Name and description point at the visible title and audience line, so what is announced is
    // what is shown: level and categories first, then who can see the post.
    this.card.setAttribute('aria-labelledby', `${this.id}-title`);
    this.card.setAttribute('aria-describedby', `${this.id}-who`);
    this.card.dataset.level = verdict.level;
    const items = verdict.findings.slice(0, MAX_LISTED).map((f) =>
      el(doc, 'li', {},
        el(doc, 'span', { className: 'category', textContent: `${categoryText(f.category)}: ` }),
        el(doc, 'mark', { textContent: f.text }),
        ` — ${f.why} `,
        this.button(t('action_ignore'), () => void this.act(() => this.actions.ignore(f.text)), t('action_ignore_label', f.text))));
    const more = verdict.findings.length > MAX_LISTED ? [el(doc, 'li', { textContent: t('findings_more', verdict.findings.length - MAX_LISTED) })] : [];
    const hint = verdict.audience.kind === 'personal' ? [] : [el(doc, 'p', { className: 'hint', textContent: t('audience_hint') })];
    this.card.replaceChildren(
      el(doc, 'h2', { id: `${this.id}-title`, textContent: alertTitle(verdict) }),
      el(doc, 'p', { id: `${this.id}-who`, className: 'who', textContent: audienceLine(verdict) }),
      el(doc, 'ul', {}, ...items, ...more),
      ...hint,
      el(doc, 'div', { className: 'actions' },
        this.button(t('action_edit'), () => this.actions.edit()),
        this.button(t('action_switch_identity'), () => void this.act(async () => (await this.actions.switchIdentity(), ''))),
        this.button(t('action_snooze'), () => void this.act(() => this.actions.snooze())),
        this.button(t('action_dismiss'), () => this.dismiss())),
    );
    this.card.hidden = false;
  }

  private schedulePosition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /**
   * Looks at the editor just after the next frame is drawn and places the panel if it moved. A feed
   * that writes its DOM every frame leaves the layout stale everywhere else: a read in a timer or
   * in our animation-frame callback then lays out the whole page in our task (72 ms in one task on
   * the bench's feed). Right after a frame the layout is the one just drawn, so the read is cheap.
   */
  private settle(resized: boolean): void {
    this.resized ||= resized;
    if (this.settling || this.frame) return;
    this.settling = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.settling = false;
      if (this.removed || this.frame) return;
      const { left, top } = topRect(this.editor);
      const resized = this.resized;
      this.resized = false;
      if (resized || left !== this.lastAt.left || top !== this.lastAt.top) this.position();
    }, 0));
  }

  private position(): void {
    const rect = topRect(this.editor);
    this.lastAt = { left: rect.left, top: rect.top };
    const visible = attached(this.editor) && rect.width > 0 && rect.height > 0 && this.verdict !== undefined && !this.suspended;
    this.panel.hidden = !visible;
    if (!visible) return;
    const win = window;
    // A transformed ancestor (a dialog) makes it, not the viewport, the box `position: fixed`
    // is measured from; the zero-size host sits at that box's origin.
    const origin = this.layer.host.getBoundingClientRect();
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const place = (node: HTMLElement, at: { left: number; top: number }) => {
      node.style.left = `${at.left - origin.left}px`;
      node.style.top = `${at.top - origin.top}px`;
    };
    const avoid: Rect[] = this.avoid().filter((e): e is Element => !!e?.isConnected).map((e) => topRect(e));
    const badgeAt = placeNear.badge(rect, { width: this.badge.offsetWidth, height: this.badge.offsetHeight }, avoid, viewport);
    place(this.badge, badgeAt);
    if (this.toast.textContent) {
      const size = { width: this.toast.offsetWidth, height: this.toast.offsetHeight };
      place(this.toast, placeNear.card({ left: badgeAt.left, top: badgeAt.top, right: badgeAt.left + this.badge.offsetWidth, bottom: badgeAt.top + this.badge.offsetHeight }, size, viewport));
    }
    if (this.card.hidden) return;
    // The card goes beside the compose box *and* the site's buttons, wherever the site put them.
    const around = [topRect(this.box), ...avoid].reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }));
    place(this.card, placeNear.card(around, { width: this.card.offsetWidth, height: this.card.offsetHeight }, viewport));
  }
}
