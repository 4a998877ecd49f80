import { threadsHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isThreads } from './urls';

// Threads web: every composer is Meta's Lexical, in a dialog (new thread, reply). Only the DOM and
// the URL are read: the page's inline data (`fb_dtsg`, `lsd` beside the viewer) and the cookies
// (`sessionid`, `csrftoken`) are never looked at. Everything on Threads is public: the reply
// controls ("Anyone can reply") limit who replies, not who reads, and are not read.

type Kind = 'post' | 'comment';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const buttonsIn = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>(S.BUTTONS));

/** A Post button: `[role=button]` whose text is "Post". */
const isPostButton = (b: Element) => S.POST_TEXT.test(text(b));

/**
 * The box around an editor: its dialog, else (an inline box) the nearest ancestor a few levels up
 * holding a Post button or a Reply icon button after the editor.
 */
function box(editor: HTMLElement): HTMLElement {
  const dialog = editor.closest<HTMLElement>(S.DIALOG);
  if (dialog) return dialog;
  let node = editor.parentElement;
  for (let i = 0; node && i < 6; i++, node = node.parentElement) {
    if (node === editor.ownerDocument.body) break;
    if (buttonsIn(node).some((b) => follows(editor, b) && (isPostButton(b) || b.querySelector(S.REPLY_ICON)))) return node;
  }
  return editor.parentElement ?? editor;
}

/** The post a reply box answers: a post shown before the editor in its box. */
function repliedTo(editor: HTMLElement): HTMLElement | null {
  const posts = Array.from(box(editor).querySelectorAll<HTMLElement>(S.POSTS)).filter((p) => !p.contains(editor) && follows(p, editor));
  return posts.at(-1) ?? null;
}

function kindOf(editor: HTMLElement): Kind {
  const placeholder = editor.getAttribute('aria-placeholder') ?? editor.getAttribute('aria-label') ?? '';
  if (S.REPLY_PLACEHOLDER.test(placeholder.trim())) return 'comment';
  return repliedTo(editor) ? 'comment' : 'post';
}

function submitButton(editor: HTMLElement): HTMLElement | null {
  const after = buttonsIn(box(editor)).filter((b) => follows(editor, b) && !editor.contains(b));
  return after.find(isPostButton)
    // A reply's submit: the Reply icon button after the editor (the replied-to post's is before it).
    ?? after.find((b) => b.querySelector(S.REPLY_ICON) !== null)
    // Any language: the last text-only button after the editor (the footer's Post).
    ?? after.filter((b) => text(b) !== '' && !b.querySelector('svg, img')).at(-1)
    ?? null;
}

/** The signed-in account: the Profile item of the side navigation. */
function account(doc: Document): string {
  for (const selector of S.PROFILE_LINKS) {
    for (const link of Array.from(doc.querySelectorAll(selector))) {
      if (link.closest(S.POSTS) || link.closest(S.DIALOG)) continue;
      const handle = threadsHandle(link.getAttribute('href') ?? '');
      if (handle) return handle;
    }
  }
  return '';
}

function mentions(editor: HTMLElement): Mention[] {
  const found = new Map<string, string>();
  // Mention nodes: links to the profile inside the editor.
  for (const link of Array.from(editor.querySelectorAll(S.USER_LINKS))) {
    const handle = threadsHandle(link.getAttribute('href') ?? '');
    if (handle && !found.has(handle)) found.set(handle, text(link).replace(/^@/, ''));
  }
  // Typed `@name`s (a mention before the typeahead turned it into a node).
  for (const m of readEditorText(editor).matchAll(S.MENTION_IN_TEXT)) {
    const name = m[2]!.replace(/\.+$/, '');
    const handle = threadsHandle(`@${name}`);
    if (handle && !found.has(handle)) found.set(handle, name);
  }
  return [...found].map(([handle, name]) => ({ name: (name || handle.replace(/^threads:/, '')).slice(0, 200), handle }));
}

export const threads: SiteAdapter = {
  id: 'threads',

  matchesUrl: isThreads,

  roots: (doc) => [doc],

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
  },

  readText: readEditorText,

  readMentions: mentions,

  // Public, whatever the reply controls say: audience-sites' fallback says "Anyone on Threads".
  readVisibility: () => '',

  readProfile(editor): ActiveProfile {
    const handle = account(editor.ownerDocument);
    // Threads shows the username only; personal and business accounts look alike.
    return { name: handle.replace(/^threads:/, ''), handle, kind: 'unknown' };
  },

  composerBox: box,

  composerKind: kindOf,

  submitButton,

  // Ctrl/Cmd+Enter posts from the composer; Enter is a new paragraph (the replica's assumption:
  // sites.md §7 names no submit key).
  submitKey: () => 'mod+enter',
};
