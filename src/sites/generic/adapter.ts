import type { ActiveProfile } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter, SubmitKey } from '../types';

// The generic adapter (issue 6 item 5): any site the user enabled from the popup (`web:<host>` in
// the worker). It knows nothing about the site, so it reads what any page has — visible, enabled
// <textarea>s and contenteditable roots — and leaves who posts and who reads to the user's choices
// in the popup (identity and audience for that site). The content script uses it only where the
// worker says the page is an enabled site (`page:site`), never by URL alone.

/** Words that make a box a search or filter field (its label, placeholder or name). */
const SEARCH_WORDS = /\b(search|find|filter|query|look ?up)\b|^q$/i;

/** A compose box is at least about two lines tall (or has grown since first seen): smaller ones are fields. */
const MIN_HEIGHT = 40;

/** First height each box was seen at: a one-line box that grows as the user types becomes a composer. */
const firstHeight = new WeakMap<Element, number>();

const POST_WORDS = /^(post|send|submit|reply|comment|publish|save comment|add comment|post comment|post reply)$/i;

function visible(el: HTMLElement): boolean {
  if (el.getClientRects().length === 0) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.visibility !== 'hidden' && style.display !== 'none');
}

function isSearchLike(el: Element): boolean {
  const within = el.closest('[role="search"], [role="searchbox"], [role="combobox"], search');
  if (within) return true;
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || el.getAttribute('type') === 'search') return true;
  const words = ['aria-label', 'placeholder', 'name', 'id', 'title', 'data-placeholder'].map((a) => el.getAttribute(a) ?? '').join(' ');
  return SEARCH_WORDS.test(words.trim()) || SEARCH_WORDS.test(el.closest('form')?.getAttribute('role') === 'search' ? 'search' : '');
}

function tallEnough(el: HTMLElement): boolean {
  const height = el.getBoundingClientRect().height;
  const first = firstHeight.get(el);
  if (first === undefined) firstHeight.set(el, height);
  if (height >= MIN_HEIGHT) return true;
  if (el.tagName === 'TEXTAREA' && (el as HTMLTextAreaElement).rows >= 2 && !el.style.height) return true;
  return first !== undefined && height > first + 4;
}

/** A contenteditable whose parent is not editable: the editor's root, not a paragraph inside it. */
function isEditableRoot(el: HTMLElement): boolean {
  if (!el.isContentEditable) return false;
  const parent = el.parentElement;
  return !parent || !parent.isContentEditable;
}

/** Whether an element is a compose box the generic adapter checks (exported for tests). */
export function isGenericComposer(el: HTMLElement): boolean {
  if (el.tagName === 'TEXTAREA') {
    const box = el as HTMLTextAreaElement;
    if (box.disabled || box.readOnly) return false;
  } else if (!isEditableRoot(el)) {
    return false;
  }
  return !isSearchLike(el) && visible(el) && tallEnough(el);
}

function textFields(form: HTMLFormElement): number {
  return Array.from(form.querySelectorAll('textarea, input:not([type]), input[type="text"], input[type="email"], input[type="url"], [contenteditable="true"], [contenteditable=""]')).length;
}

function buttonText(el: Element): string {
  return ((el as HTMLInputElement).value && el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The block around the editor when there is no form: its parent, or the parent's parent for a thin wrapper. */
function parentBlock(editor: HTMLElement): HTMLElement {
  const parent = editor.parentElement;
  if (!parent || parent === editor.ownerDocument.body) return editor;
  return parent.children.length === 1 && parent.parentElement && parent.parentElement !== editor.ownerDocument.body ? parent.parentElement : parent;
}

export const generic: SiteAdapter = {
  id: 'web',

  // Never chosen by URL: only when the worker says this page is an enabled site (registry.ts).
  matchesUrl: () => false,

  roots(doc) {
    // Open shadow roots one level below the body's children are cheap to find and common (web
    // components); deeper ones are not searched.
    const roots: Array<Document | ShadowRoot> = [doc];
    for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (roots.length > 20) break;
    }
    return roots;
  },

  findComposers(root) {
    const candidates = Array.from(root.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])'));
    return candidates.filter(isGenericComposer);
  },

  readText: (editor) => readEditorText(editor),

  // `@name` on a site Hatcheck knows nothing about names nobody in the user's contacts: none read.
  readMentions: () => [],

  // No visibility setting is read: the audience the user chose for the site decides (check-draft).
  readVisibility: () => '',

  // Who posts is unknown to the page: the identity chosen in the popup for this site decides.
  readProfile: (): ActiveProfile => ({ name: '', handle: '', kind: 'unknown' }),

  composerBox: (editor) => editor.closest<HTMLElement>('form') ?? parentBlock(editor),

  composerKind: () => 'post',

  submitButton(editor) {
    const form = editor.closest('form');
    if (!form) return null;
    const explicit = form.querySelector<HTMLElement>('button[type="submit"]:not([disabled]), input[type="submit"]:not([disabled])');
    if (explicit) return explicit;
    // A <button> without a type submits its form too; else the last enabled button named like posting.
    const buttons = Array.from(form.querySelectorAll<HTMLElement>('button:not([disabled]), [role="button"]:not([aria-disabled="true"])'));
    const implicit = buttons.find((b) => b.tagName === 'BUTTON' && !b.hasAttribute('type'));
    if (implicit && POST_WORDS.test(buttonText(implicit))) return implicit;
    return buttons.reverse().find((b) => POST_WORDS.test(buttonText(b))) ?? null;
  },

  submitKey(editor): SubmitKey {
    // A guess, documented in docs/decisions.md: a textarea's Enter is a new line, so only the button
    // posts — unless it is its form's one text field (a comment form), where Ctrl/Cmd+Enter often
    // posts. Contenteditable boxes (rich comment editors) commonly post on Ctrl/Cmd+Enter.
    if (editor.tagName !== 'TEXTAREA') return 'mod+enter';
    const form = editor.closest('form');
    return form && textFields(form) === 1 ? 'mod+enter' : 'none';
  },

  // What the generic adapter does not take (a search box, a one-line field) is not a compose box it
  // missed: the self-test stays quiet there. A box it takes is found by the self-test's own scan.
  isNotComposer(el) {
    if (el.nodeType !== Node.ELEMENT_NODE) return true;
    let box = el as HTMLElement;
    while (box.parentElement?.isContentEditable) box = box.parentElement;
    return !isGenericComposer(box);
  },
};
