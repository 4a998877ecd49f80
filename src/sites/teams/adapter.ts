import { teamsHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isTeams, urlConversationKind, type ConversationKind } from './urls';

// Teams reads only the DOM and the URL. MSAL keeps the signed-in account next to its access and
// refresh tokens in localStorage/sessionStorage (sites.md §19): nothing here reads storage, a page
// global or a script element. Who posts comes from the avatar in the app bar.
//
// Teams renders parts of itself in iframes (sites.md §12). This adapter reaches compose boxes in
// SAME-ORIGIN iframes from the top frame (`roots` names their documents; src/content/frames.ts and
// the submit guard follow editors into their own window), so the manifest keeps one entry with no
// `all_frames`. A cross-origin frame is not reached: see the replica's README.

/** How deep same-origin iframes are followed (Teams nests the app in one or two). */
const MAX_FRAME_DEPTH = 3;

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The documents of the same-origin iframes under `doc`, nested ones too. */
function frameDocuments(doc: Document, depth: number): Document[] {
  if (depth >= MAX_FRAME_DEPTH) return [];
  const out: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    let inner: Document | null = null;
    try {
      // null for a cross-origin frame; some browsers throw instead.
      inner = frame.contentDocument;
    } catch {
      inner = null;
    }
    if (!inner || !inner.documentElement) continue;
    out.push(inner, ...frameDocuments(inner, depth + 1));
  }
  return out;
}

/** The editor's document, then each same-origin document around it up to the top. */
function documentsUp(editor: HTMLElement): Document[] {
  const out: Document[] = [editor.ownerDocument];
  let win: Window | null = editor.ownerDocument.defaultView;
  while (win && win.parent && win.parent !== win && out.length <= MAX_FRAME_DEPTH) {
    try {
      const doc = win.parent.document;
      if (!doc) break;
      out.push(doc);
    } catch {
      // A cross-origin parent: what it shows is not ours to read.
      break;
    }
    win = win.parent;
  }
  return out;
}

function firstUp(editor: HTMLElement, selectors: readonly string[]): Element | null {
  for (const doc of documentsUp(editor)) {
    const found = first(doc, selectors);
    if (found) return found;
  }
  return null;
}

/** Chat or channel: the pane around the box first, then the thread id in a URL (frame, then top). */
function conversationKind(editor: HTMLElement): ConversationKind {
  if (editor.closest(S.CHANNEL_PANE)) return 'channel';
  if (editor.closest(S.CHAT_PANE)) return 'chat';
  for (const doc of documentsUp(editor)) {
    const href = doc.location?.href;
    if (!href || !href.startsWith('http')) continue;
    const kind = urlConversationKind(new URL(href));
    if (kind) return kind;
  }
  // The pane's markers anywhere in the editor's document (a box outside the pane's element).
  if (editor.ownerDocument.querySelector(S.CHANNEL_PANE)) return 'channel';
  if (editor.ownerDocument.querySelector(S.CHAT_PANE)) return 'chat';
  return '';
}

function box(editor: HTMLElement): HTMLElement | null {
  for (const selector of S.COMPOSER_BOXES) {
    const found = editor.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** A chat's title: "Sam Rivera", or a group's "Sam Rivera, Lee Chen". */
function chatTitle(editor: HTMLElement): string {
  return textOf(firstUp(editor, S.CHAT_TITLE)).slice(0, 200);
}

/** "Acme Corp › General", or the channel alone when the team's name is not shown. */
function channelPlace(editor: HTMLElement): string {
  const channel = textOf(firstUp(editor, S.CHANNEL_NAME));
  const team = textOf(firstUp(editor, S.TEAM_NAME));
  return [team, channel].filter(Boolean).join(' › ').slice(0, 200);
}

/** Picked people inside the editor, with a `teams:` handle where the mention carries a user id. */
function editorMentions(editor: HTMLElement): Mention[] {
  const out: Mention[] = [];
  for (const el of Array.from(editor.querySelectorAll(S.MENTIONS))) {
    const id = S.MENTION_ID_ATTRS.map((a) => el.getAttribute(a) ?? '').find(Boolean) ?? '';
    const name = (textOf(el) || (el.getAttribute('data-mention') ?? '')).replace(/^@/, '').trim();
    if (!name && !id) continue;
    out.push({ name: name.slice(0, 200), handle: teamsHandle(id) });
  }
  return out;
}

/** The people of a chat as its title names them (no ids: the title shows names only). */
function chatMembers(editor: HTMLElement): Mention[] {
  return chatTitle(editor).split(',').map((n) => n.trim()).filter(Boolean).map((name) => ({ name, handle: '' }));
}

export const teams: SiteAdapter = {
  id: 'teams',

  matchesUrl: isTeams,

  roots(doc) {
    return [doc, ...frameDocuments(doc, 0)];
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
  },

  readText: (editor) => readEditorText(editor),

  readMentions(editor) {
    const seen = new Set<string>();
    const out: Mention[] = [];
    // In a chat its people are the audience; a mention in a channel notifies its person.
    const members = conversationKind(editor) === 'chat' ? chatMembers(editor) : [];
    for (const m of [...members, ...editorMentions(editor)]) {
      const key = m.handle || m.name.toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
    return out;
  },

  /**
   * "Chat: Sam Rivera", "Chat: Sam Rivera, Lee Chen" (a group chat), "Channel: Acme Corp › General"
   * (a post or a reply in a channel); "" when neither the page nor the URL tells.
   */
  readVisibility(editor) {
    const kind = conversationKind(editor);
    if (kind === 'chat') {
      const title = chatTitle(editor);
      return title ? `Chat: ${title}` : 'Chat';
    }
    if (kind === 'channel') {
      const place = channelPlace(editor);
      return place ? `Channel: ${place}` : 'Channel';
    }
    return '';
  },

  readProfile(editor): ActiveProfile {
    const avatar = firstUp(editor, S.ME_AVATAR);
    if (!avatar) return { name: '', handle: '', kind: 'unknown' };
    const img = avatar.matches('img') ? avatar : avatar.querySelector('img');
    const name = (img?.getAttribute('alt') ?? '').trim() || (avatar.getAttribute('aria-label') ?? '').trim();
    return { name: name.slice(0, 200), handle: '', kind: 'unknown' };
  },

  composerBox(editor) {
    return box(editor) ?? editor;
  },

  // A chat box sends a message; in a channel the bottom box starts a post and a box under a post replies.
  composerKind(editor) {
    if (editor.closest(S.REPLY_BOX)) return 'comment';
    return conversationKind(editor) === 'channel' ? 'post' : 'message';
  },

  submitButton(editor) {
    for (const selector of S.COMPOSER_BOXES) {
      const scope = editor.closest(selector);
      if (!scope) continue;
      const button = first(scope, S.SEND_BUTTONS);
      if (button && button.nodeType === 1) return button as HTMLElement;
    }
    return null;
  },

  // Enter sends, Shift+Enter is a new line (sites.md §12 "Send", §17 "Keys per site").
  submitKey() {
    return 'enter';
  },
};
