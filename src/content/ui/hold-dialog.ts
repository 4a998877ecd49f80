import type { Verdict } from '../../core/types';
import { t } from '../../shared/i18n';
import { el } from './dom';
import type { OverlayLayer } from './overlay-root';
import { isDarkAround } from './theme';
import { audienceLine, categoryText, dialogTitle } from './warning-text';

export type HoldChoice = 'post' | 'edit';

/** "Post anyway" stays disarmed this long after the dialog appears (or reappears): a click meant
 * for whatever was under the pointer a moment ago must not post (clickjacking). */
export const ARM_DELAY_MS = 600;

/**
 * The held submit's alertdialog: "Post anyway" (or "Send anyway") and "Edit", focus trapped inside
 * until one is chosen. Escape means Edit. The page cannot press either button: events on our host
 * are routed by UiEvents, which drops untrusted ones and only sees presses that hit our host (so
 * nothing of the page's covered it at that point); and "Post anyway" ignores presses while the
 * dialog is transparent or hidden, or was shown less than ARM_DELAY_MS ago.
 *
 * Not used: IntersectionObserver v2 (trackVisibility), which would also catch a click-through
 * overlay painted over the dialog. In headless Chromium it reported the button occluded with
 * nothing over it, for seconds on end, which would have disarmed "Post anyway" (2026-11-23).
 */
export class HoldDialog {
  private readonly root: HTMLDivElement;
  private readonly post: HTMLButtonElement;
  private readonly edit: HTMLButtonElement;
  private readonly title: HTMLHeadingElement;
  private readonly who: HTMLParagraphElement;
  private readonly list: HTMLUListElement;
  private armedAt = Number.POSITIVE_INFINITY;
  private armTimer: ReturnType<typeof setTimeout> | undefined;
  private settle: ((choice: HoldChoice) => void) | undefined;
  private readonly controller = new AbortController();
  readonly choice: Promise<HoldChoice>;

  constructor(private readonly layer: OverlayLayer, editor: Element, verdict: Verdict, private readonly kind: 'post' | 'comment' | 'message', now: () => number = () => performance.now()) {
    const doc = layer.host.ownerDocument;
    const id = `hc${Math.random().toString(36).slice(2, 8)}`;
    this.title = el(doc, 'h2', { id: `${id}-title` });
    this.who = el(doc, 'p', { id: `${id}-who`, className: 'who' });
    this.list = el(doc, 'ul', {});
    this.edit = el(doc, 'button', { type: 'button', className: 'primary', textContent: t('dialog_edit') });
    this.post = el(doc, 'button', { type: 'button', textContent: t(kind === 'message' ? 'dialog_send_anyway' : 'dialog_post_anyway') });
    const dialog = el(doc, 'div', { className: 'dialog', role: 'alertdialog' },
      this.title, this.who, el(doc, 'p', { className: 'found', textContent: t('dialog_found') }), this.list,
      el(doc, 'div', { className: 'actions' }, this.post, this.edit));
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', `${id}-title`);
    dialog.setAttribute('aria-describedby', `${id}-who`);
    this.root = el(doc, 'div', { className: isDarkAround(editor) ? 'backdrop dark' : 'backdrop' }, dialog);
    this.choice = new Promise((resolve) => (this.settle = resolve));
    this.show(verdict);

    const { events } = layer;
    events.on(this.edit, 'click', () => this.close('edit'));
    events.on(this.post, 'click', () => this.tryPost(now()));
    events.on(dialog, 'keydown', (event) => this.onKey(event as KeyboardEvent));
    layer.shadow.append(this.root);
    this.controller.signal.addEventListener('abort', () => clearTimeout(this.armTimer));
    this.arm(now(), now() + ARM_DELAY_MS);
    // Keep focus with us while open: a site's focus trap may pull it back to its own modal. Our
    // refocusing is invisible to the site (UiEvents stops focus events aimed at our host).
    doc.defaultView?.addEventListener('focusin', (event) => {
      if (event.target !== layer.host) this.edit.focus();
    }, { capture: true, signal: this.controller.signal });
    this.edit.focus();
  }

  /** The draft changed while the dialog is open and still needs holding: show what it says now. */
  show(verdict: Verdict): void {
    const doc = this.layer.host.ownerDocument;
    this.title.textContent = dialogTitle(verdict, this.kind);
    this.who.textContent = audienceLine(verdict);
    this.list.replaceChildren(...verdict.findings.slice(0, 6).map((f) =>
      el(doc, 'li', {}, `${categoryText(f.category)}: `, el(doc, 'mark', { textContent: f.text }))));
  }

  get isOpen(): boolean {
    return this.settle !== undefined;
  }

  close(choice: HoldChoice): void {
    const settle = this.settle;
    if (!settle) return;
    this.settle = undefined;
    this.controller.abort();
    this.root.remove();
    settle(choice);
  }

  /** "Post anyway" counts presses from `at` on; until then it says so (aria-disabled). */
  private arm(now: number, at: number): void {
    this.armedAt = at;
    clearTimeout(this.armTimer);
    this.post.setAttribute('aria-disabled', 'true');
    this.armTimer = setTimeout(() => this.post.removeAttribute('aria-disabled'), Math.max(0, at - now));
  }

  private tryPost(at: number): void {
    // A press that comes too early or on a see-through dialog is not a decision: ignore it quietly.
    if (at < this.armedAt || !plainlyVisible(this.layer.host)) return;
    this.close('post');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close('edit');
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab go back and forth between them and never leave.
      event.preventDefault();
      (this.layer.shadow.activeElement === this.edit ? this.post : this.edit).focus();
    }
  }
}

/** Our host and every ancestor are drawn: not hidden, not (nearly) transparent. */
function plainlyVisible(host: Element): boolean {
  const win = host.ownerDocument.defaultView;
  if (!win) return false;
  for (let node: Element | null = host; node; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (Number(style.opacity) < 0.9 || style.visibility === 'hidden' || style.display === 'none') return false;
  }
  return true;
}
