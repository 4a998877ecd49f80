import { facebookHandle, facebookIdHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isFacebook } from './urls';

// Facebook renders every composer with Lexical. The Lexical instance (`__lexicalEditor`) lives in
// the page's MAIN world and is invisible to content scripts (sites.md §0), so everything here
// reads the DOM only.

type Kind = 'post' | 'comment' | 'message';

const label = (el: Element) => el.getAttribute('aria-label')?.trim() ?? '';
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const hasIcon = (el: Element) => el.querySelector('img, svg, i') !== null;

/** The nearest ancestor (at most `levels` up) that holds `selector`, or null. */
function nearestWith(el: HTMLElement, selector: string, levels: number): HTMLElement | null {
  let node = el.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

/**
 * The "Create post" dialog around an editor: a dialog that also holds the post form, the Post
 * button or the privacy button (a post viewer dialog with comment boxes has none of these).
 */
function postDialog(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest<HTMLElement>(S.DIALOG);
  if (!dialog) return null;
  const form = editor.closest(S.POST_FORM);
  if ((form && dialog.contains(form)) || dialog.querySelector(S.POST_BUTTON) || dialog.querySelector(S.PRIVACY_BUTTON)) return dialog;
  return null;
}

/**
 * A chat tab: from the nearest ancestor holding a send button, the largest ancestor (a few levels
 * up, never the body) that holds no other editor, so the header with the friend's name is in it.
 */
function chatBox(editor: HTMLElement): HTMLElement | null {
  let box = nearestWith(editor, S.SEND_BUTTON, 8);
  for (let i = 0; box && i < 6; i++) {
    const parent: HTMLElement | null = box.parentElement;
    if (!parent || parent === editor.ownerDocument.body || parent.matches(S.DIALOG) && !box.matches(S.DIALOG)) {
      if (parent?.matches(S.DIALOG)) box = parent;
      break;
    }
    if (Array.from(parent.querySelectorAll(S.EDITORS)).some((el) => el !== editor)) break;
    box = parent;
  }
  return box;
}

function kindOf(editor: HTMLElement): Kind {
  const own = label(editor);
  if (S.MESSAGE_LABEL.test(own)) return 'message';
  if (S.COMMENT_LABEL.test(own)) return 'comment';
  if (postDialog(editor)) return 'post';
  if (chatBox(editor)) return 'message';
  // A Lexical box in the page outside any post dialog or chat: a comment or reply box (the
  // feed's "What's on your mind" entry is a button that opens the dialog, not an editor).
  return 'comment';
}

/**
 * The privacy button of a post dialog: by its English aria-label, else by shape (the one button
 * before the editor with both an icon and text; the Close button has an icon only).
 */
function privacyButton(dialog: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const labelled = dialog.querySelector<HTMLElement>(S.PRIVACY_BUTTON);
  if (labelled) return labelled;
  return Array.from(dialog.querySelectorAll<HTMLElement>('[role="button"]')).find(
    (b) => follows(b, editor) && !b.contains(editor) && hasIcon(b) && text(b) !== '' && text(b).length <= 60,
  ) ?? null;
}

function privacyLabel(button: HTMLElement): string {
  const m = S.PRIVACY_LABEL.exec(label(button));
  return m?.[1]?.trim() || text(button);
}

/**
 * The author line of a post dialog: the last text before the privacy button that is neither a
 * heading ("Create post") nor inside a button. Language-independent.
 */
function authorName(dialog: HTMLElement, editor: HTMLElement): string {
  const privacy = privacyButton(dialog, editor);
  const end = privacy ?? editor;
  const walker = dialog.ownerDocument.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
  let last = '';
  for (let node = walker.nextNode(); node && follows(node, end); node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(S.HEADINGS) || parent.closest('[role="button"]') || parent.closest('[aria-hidden="true"]')) continue;
    const value = (node.nodeValue ?? '').trim();
    if (value) last = value;
  }
  return last.slice(0, 200);
}

/**
 * The signed-in person (`c_user`) and, when switched into a Page profile, the Page (`i_user`).
 * Only these two names are looked for; every other cookie (the `xs` session secret among them) is
 * skipped without its value ever being kept. Ids are digits or nothing.
 */
export function profileIds(doc: Document): { person: string; page: string } {
  let jar = '';
  try {
    jar = doc.cookie;
  } catch {
    return { person: '', page: '' }; // sandboxed or cookie-less documents throw
  }
  const ids = { person: '', page: '' };
  for (const pair of jar.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name !== S.PERSON_COOKIE && name !== S.PAGE_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    if (!/^\d{1,20}$/.test(value)) continue;
    if (name === S.PERSON_COOKIE) ids.person = value;
    else ids.page = value;
  }
  return ids;
}

function box(editor: HTMLElement, kind: Kind): HTMLElement {
  if (kind === 'post') return postDialog(editor) ?? editor;
  if (kind === 'message') return chatBox(editor) ?? editor.closest<HTMLElement>(S.DIALOG) ?? editor;
  return editor.closest<HTMLElement>('form') ?? nearestWith(editor, S.COMMENT_BUTTON, 4) ?? editor.parentElement ?? editor;
}

function mentionsIn(links: Element[]): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const handle = facebookHandle(link.getAttribute('href') ?? '');
    const name = text(link).replace(/^@/, '');
    // A mention node always links a profile; hashtags and other links are no one.
    if (!handle || !name || seen.has(handle)) continue;
    seen.add(handle);
    mentions.push({ name: name.slice(0, 200), handle });
  }
  return mentions;
}

export const facebook: SiteAdapter = {
  id: 'facebook',

  matchesUrl: isFacebook,

  roots: (doc) => [doc],

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      (el) => !el.parentElement?.closest('[contenteditable="true"]'),
    );
  },

  readText: readEditorText,

  readMentions(editor) {
    const mentions = mentionsIn(Array.from(editor.querySelectorAll(S.MENTIONS)));
    if (kindOf(editor) !== 'message') return mentions;
    // A chat's recipients: the profile links of its header (outside the editor). Replica-only shape.
    const chat = box(editor, 'message');
    const header = Array.from(chat.querySelectorAll(S.MENTIONS)).filter((a) => !editor.contains(a));
    const recipients = mentionsIn(header).filter((r) => !mentions.some((m) => m.handle === r.handle));
    return [...mentions, ...recipients];
  },

  readVisibility(editor) {
    const kind = kindOf(editor);
    if (kind === 'message') return 'Direct message';
    if (kind !== 'post') return ''; // a comment is seen by the post's audience, which the box does not show
    const dialog = postDialog(editor);
    const button = dialog && privacyButton(dialog, editor);
    return button ? privacyLabel(button).slice(0, 200) : '';
  },

  readProfile(editor): ActiveProfile {
    const { person, page } = profileIds(editor.ownerDocument);
    const dialog = kindOf(editor) === 'post' ? postDialog(editor) : null;
    const name = dialog ? authorName(dialog, editor) : '';
    if (page) return { name, handle: facebookIdHandle(page), kind: 'brand' };
    if (person) return { name, handle: facebookIdHandle(person), kind: 'personal' };
    return { name, handle: '', kind: 'unknown' };
  },

  composerBox(editor) {
    return box(editor, kindOf(editor));
  },

  composerKind: kindOf,

  submitButton(editor) {
    const kind = kindOf(editor);
    const container = box(editor, kind);
    if (kind === 'message') return container.querySelector<HTMLElement>(S.SEND_BUTTON);
    if (kind === 'comment') return container.querySelector<HTMLElement>(S.COMMENT_BUTTON);
    const buttons = Array.from(container.querySelectorAll<HTMLElement>(S.POST_BUTTON));
    const known = buttons.find((b) => label(b) === 'Post') ?? buttons[0];
    if (known) return known;
    // Any language: the last text-only button after the editor (the footer's Post).
    const after = Array.from(container.querySelectorAll<HTMLElement>('[role="button"]')).filter(
      (b) => follows(editor, b) && !hasIcon(b) && text(b) !== '',
    );
    return after.at(-1) ?? null;
  },

  // Comments, replies and chat submit on Enter (Shift+Enter is a new line); the post dialog posts
  // by its button only (§5 "Comment box", "Messenger / chat", "Post button").
  submitKey(editor) {
    return kindOf(editor) === 'post' ? 'none' : 'enter';
  },
};
