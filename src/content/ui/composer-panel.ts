import { atLeast } from '../../core/levels';
import type { Verdict } from '../../core/types';
import type { OverlayLayer } from './overlay-root';
import { alertTitle, audienceLine, badgeLabel, badgeText } from './warning-text';

const GAP = 6;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * The badge and warning card for one compose box. Built with DOM calls and textContent only:
 * draft text and names never pass through an HTML parser. Drawn over the page, never inserted
 * into the editor: the site's editor DOM is not ours to touch. The badge sits in the editor's
 * bottom-right corner (where the text rarely reaches); the card sits outside the compose box, so
 * the Post button and the text stay usable while the warning is up.
 */
export class ComposerPanel {
  private readonly panel: HTMLDivElement;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLDivElement;
  private verdict: Verdict | undefined;
  /** The categories the user dismissed; a new category brings the card back. */
  private dismissedKey = '';
  private expanded = false;
  private frame = 0;
  private readonly resize: ResizeObserver;
  /** Unique within our shadow root, for aria-labelledby. */
  private readonly id = `hc${Math.random().toString(36).slice(2, 8)}`;

  constructor(private readonly layer: OverlayLayer, private readonly editor: HTMLElement, private readonly box: HTMLElement, signal: AbortSignal) {
    const doc = editor.ownerDocument;
    this.badge = el(doc, 'button', { type: 'button', className: 'badge' });
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.addEventListener('click', () => this.toggle(), { signal });
    this.card = el(doc, 'div', { className: 'card', hidden: true });
    this.panel = el(doc, 'div', { className: 'panel' }, this.badge, this.card);
    layer.shadow.append(this.panel);

    const win = doc.defaultView ?? window;
    const reposition = () => this.schedulePosition();
    win.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    win.addEventListener('resize', reposition, { passive: true, signal });
    this.resize = new ResizeObserver(reposition);
    this.resize.observe(editor);
    if (box !== editor) this.resize.observe(box);
    this.render();
  }

  /** Shows a verdict; `undefined` hides the panel (nothing typed yet). */
  update(verdict: Verdict | undefined): void {
    this.verdict = verdict;
    this.render();
  }

  remove(): void {
    cancelAnimationFrame(this.frame);
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
    this.dismissedKey = this.categoriesKey;
    this.expanded = false;
    this.render();
    this.badge.focus();
  }

  private render(): void {
    const verdict = this.verdict;
    const level = verdict?.level ?? 'unknown';
    this.badge.dataset.level = level;
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

  private fillCard(verdict: Verdict, loud: boolean): void {
    const doc = this.editor.ownerDocument;
    // role="alert" only at warn/confirm (contract): a notice opened by hand is not an interruption.
    if (loud) this.card.setAttribute('role', 'alert');
    else this.card.setAttribute('role', 'region');
    // Name and description point at the visible title and audience line, so what is announced is
    // what is shown: level and categories first, then who can see the post.
    this.card.setAttribute('aria-labelledby', `${this.id}-title`);
    this.card.setAttribute('aria-describedby', `${this.id}-who`);
    this.card.dataset.level = verdict.level;
    const items = verdict.findings.slice(0, 6).map((f) => el(doc, 'li', {}, el(doc, 'mark', { textContent: f.text }), ` — ${f.why}`));
    const more = verdict.findings.length > 6 ? [el(doc, 'li', { textContent: `and ${verdict.findings.length - 6} more` })] : [];
    const hide = el(doc, 'button', { type: 'button', textContent: 'Dismiss' });
    hide.addEventListener('click', () => this.dismiss());
    this.card.replaceChildren(
      el(doc, 'h2', { id: `${this.id}-title`, textContent: alertTitle(verdict) }),
      el(doc, 'p', { id: `${this.id}-who`, className: 'who', textContent: audienceLine(verdict) }),
      el(doc, 'ul', {}, ...items, ...more),
      el(doc, 'div', { className: 'actions' }, hide),
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

  private position(): void {
    if (!this.editor.isConnected) return;
    const rect = this.editor.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && this.verdict !== undefined;
    this.panel.hidden = !visible;
    if (!visible) return;
    const win = this.editor.ownerDocument.defaultView ?? window;
    // A transformed ancestor (a dialog) makes it, not the viewport, the box `position: fixed`
    // is measured from; the zero-size host sits at that box's origin.
    const origin = this.layer.host.getBoundingClientRect();
    const place = (node: HTMLElement, left: number, top: number) => {
      node.style.left = `${left - origin.left}px`;
      node.style.top = `${top - origin.top}px`;
    };
    const clampX = (left: number, width: number) => Math.max(GAP, Math.min(left, win.innerWidth - width - GAP));
    const clampY = (top: number, height: number) => Math.max(GAP, Math.min(top, win.innerHeight - height - GAP));

    const badge = { w: this.badge.offsetWidth, h: this.badge.offsetHeight };
    place(this.badge, clampX(rect.right - badge.w - GAP, badge.w), clampY(rect.bottom - badge.h - GAP, badge.h));

    if (this.card.hidden) return;
    const box = this.box.getBoundingClientRect();
    const card = { w: this.card.offsetWidth, h: this.card.offsetHeight };
    const below = box.bottom + GAP;
    const above = box.top - card.h - GAP;
    const top = below + card.h <= win.innerHeight ? below : above >= 0 ? above : win.innerHeight - card.h - GAP;
    place(this.card, clampX(box.right - card.w, card.w), clampY(top, card.h));
  }
}
