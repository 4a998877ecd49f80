import { linkedinHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { companyAdminId, isLinkedIn } from './urls';

function lines(el: Element): string[] {
  // innerText follows layout and so gives the button's two visual lines; textContent as a fallback
  // for hidden buttons (innerText of a display:none element is its textContent).
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function container(editor: HTMLElement): Element | null {
  return editor.closest(S.COMPOSER_CONTAINERS);
}

function authorAudience(editor: HTMLElement): { author: string; audience: string } {
  const button = container(editor)?.querySelector(S.AUTHOR_AUDIENCE_BUTTON);
  if (!button) return { author: '', audience: '' };
  const [author = '', audience = ''] = lines(button);
  return { author, audience: audience.replace(/^post to\s+/i, '') };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',

  matchesUrl: isLinkedIn,

  roots(doc) {
    const roots: Array<Document | ShadowRoot> = [doc];
    for (const host of Array.from(doc.querySelectorAll(S.INTEROP_OUTLET))) {
      if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    return roots;
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      // TipTap nests: keep the outermost editable only.
      (el) => !el.parentElement?.closest('[contenteditable="true"]'),
    );
  },

  readText: readEditorText,

  readMentions(editor) {
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const el of Array.from(editor.querySelectorAll(S.MENTIONS))) {
      const name = (el.textContent ?? '').replace(/^@/, '').trim();
      const href = el.getAttribute('href') ?? el.getAttribute('data-href') ?? '';
      const handle = href ? linkedinHandle(href) : '';
      const key = handle || name.toLowerCase();
      if (!name || seen.has(key)) continue;
      seen.add(key);
      mentions.push({ name: name.slice(0, 200), handle });
    }
    return mentions;
  },

  readVisibility(editor) {
    if (editor.closest(S.MESSAGE_EDITOR_SCOPE)) return 'Message recipients';
    return authorAudience(editor).audience;
  },

  readProfile(editor, url): ActiveProfile {
    const { author } = authorAudience(editor);
    const company = companyAdminId(url);
    // The admin URL fixes the author before the composer opens: the most robust signal there is.
    if (company) return { name: author || 'your company Page', handle: `linkedin:company/${company.toLowerCase()}`, kind: 'brand' };
    const doc = editor.ownerDocument;
    const me = doc.querySelector(S.CURRENT_MEMBER_LINK)?.getAttribute('href') ?? '';
    return { name: author, handle: me ? linkedinHandle(me) : '', kind: 'unknown' };
  },

  composerBox(editor) {
    return (container(editor) as HTMLElement | null) ?? editor;
  },

  composerKind(editor) {
    if (editor.closest(S.MESSAGE_EDITOR_SCOPE)) return 'message';
    if (editor.closest(S.COMMENT_EDITOR_SCOPE)) return 'comment';
    return 'post';
  },

  submitButton(editor) {
    const box = container(editor);
    if (!box) return null;
    const known = box.querySelector<HTMLElement>(S.SUBMIT_BUTTONS);
    if (known) return known;
    // SDUI share dialog: the last enabled-or-not <button> whose content is text only (no icon, no
    // aria-label), after the editor in document order: the footer's Post button, in any language.
    const after = Array.from(box.querySelectorAll<HTMLButtonElement>('button')).filter(
      (b) => editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !b.hasAttribute('aria-label') && b.children.length === 0 && (b.textContent ?? '').trim() !== '',
    );
    return after.at(-1) ?? null;
  },

  // LinkedIn posts by button only; messaging sends on Enter (the default setting). §4 "Keyboard".
  submitKey(editor) {
    return editor.closest(S.MESSAGE_EDITOR_SCOPE) ? 'enter' : 'none';
  },
};
