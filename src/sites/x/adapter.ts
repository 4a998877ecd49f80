import { xHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isChat, isStatus, isX } from './urls';

/**
 * An @handle as X links it (twitter-text's rule, simplified): after a start or a character that
 * cannot end a word or an address, 1-15 letters, digits or underscores, not running on into more
 * of them, another @ or a URL. So `jane@acme.com` and `@this_name_is_far_too_long` are no mentions.
 */
const MENTION = /(?:^|[^A-Za-z0-9_!#$%&*@＠])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@＠]|:\/\/)/g;

function pageUrl(editor: HTMLElement): URL | null {
  const href = editor.ownerDocument.defaultView?.location.href;
  return href ? new URL(href) : null;
}

function isChatEditor(editor: HTMLElement): boolean {
  if (editor.matches(S.CHAT_EDITOR) || editor.closest(S.CHAT_SCOPE)) return true;
  const url = pageUrl(editor);
  // On a chat route, a box that is not a post box is the message box.
  return url !== null && isChat(url) && !editor.closest('[data-testid^="tweetTextarea_"]');
}

/**
 * The compose box around an editor: the nearest ancestor that holds a Post / Reply / Send button
 * (the inline box, the modal's compose area, the chat footer), never beyond the modal or the
 * primary column. Every post of a thread shares the modal's one button.
 */
function container(editor: HTMLElement): HTMLElement | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (el.querySelector(S.SUBMIT_BUTTONS)) return el;
    if (el.matches(S.MODAL) || el.matches(S.PRIMARY_COLUMN) || el === editor.ownerDocument.body) return el.matches(S.MODAL) ? el : null;
  }
  return null;
}

/** Whether a post on the page comes before the editor inside `scope`: the post being replied to. */
function postBefore(editor: HTMLElement, scope: Element | null): boolean {
  if (!scope) return false;
  return Array.from(scope.querySelectorAll(S.POST_ARTICLE)).some((post) => !post.contains(editor) && post.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** Leaf texts of an element (X puts the name and the @handle in separate spans). */
function leafTexts(el: Element): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) out.push(text);
  }
  return out;
}

export const x: SiteAdapter = {
  id: 'x',

  matchesUrl: isX,

  // X renders everything, #layers included, in the light DOM.
  roots: (doc) => [doc],

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
  },

  readText: readEditorText,

  // Draft.js renders a mention as plain text (the typeahead only adds an entity), so @handles are
  // read from the text the user sees, in order, once each.
  readMentions(editor) {
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const m of readEditorText(editor).matchAll(MENTION)) {
      const handle = xHandle(`@${m[1]}`);
      if (!handle || seen.has(handle)) continue;
      seen.add(handle);
      mentions.push({ name: `@${m[1]}`, handle });
    }
    return mentions;
  },

  readVisibility(editor) {
    if (isChatEditor(editor)) return 'Direct message';
    const box = container(editor);
    if (!box) return '';
    // A Community chosen in "Choose audience" is who the post goes to; "Everyone" says nothing more
    // than the reply setting. The reply setting limits replies, not readers (audience-sites.ts).
    const picker = box.querySelector(S.AUDIENCE_BUTTON);
    const audience = picker ? leafTexts(picker).join(' ') : '';
    if (audience && audience.toLowerCase() !== 'everyone') return audience;
    const reply = box.querySelector(S.REPLY_SETTING)?.getAttribute('aria-label')?.trim() ?? '';
    return reply || audience;
  },

  readProfile(editor): ActiveProfile {
    const doc = editor.ownerDocument;
    const switcher = doc.querySelector(S.ACCOUNT_SWITCHER);
    let name = '';
    let handle = '';
    if (switcher) {
      const texts = leafTexts(switcher);
      name = texts.find((t) => !t.startsWith('@')) ?? '';
      handle = xHandle(texts.find((t) => /^@[A-Za-z0-9_]{1,15}$/.test(t)) ?? /@[A-Za-z0-9_]{1,15}\b/.exec(switcher.textContent ?? '')?.[0] ?? '');
    }
    if (!handle) handle = xHandle(doc.querySelector(S.PROFILE_LINK)?.getAttribute('href') ?? '');
    return { name: name.slice(0, 200), handle, kind: 'unknown' };
  },

  composerBox(editor) {
    return container(editor) ?? editor;
  },

  composerKind(editor) {
    if (isChatEditor(editor)) return 'message';
    const modal = editor.closest(S.MODAL);
    if (modal) return postBefore(editor, modal) ? 'comment' : 'post';
    const url = pageUrl(editor);
    // The inline box on a post's page replies to it (the focal post sits above the box).
    return (url && isStatus(url)) || postBefore(editor, editor.closest(S.PRIMARY_COLUMN)) ? 'comment' : 'post';
  },

  submitButton(editor) {
    return container(editor)?.querySelector<HTMLElement>(S.SUBMIT_BUTTONS) ?? null;
  },

  // Posts: Ctrl/Cmd+Enter (sites.md §17). X Chat: Enter sends, Shift+Enter is a new line.
  submitKey(editor) {
    return isChatEditor(editor) ? 'enter' : 'mod+enter';
  },
};
