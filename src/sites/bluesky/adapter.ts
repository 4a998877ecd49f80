import { blueskyHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isBluesky, isChatConversation } from './urls';

/** Chat boxes are textareas on a conversation page, outside the post composer (its alt-text dialogs have textareas too). */
function isChatBox(el: HTMLElement): boolean {
  return el instanceof HTMLTextAreaElement && !el.closest(S.COMPOSER_CONTAINERS) && !el.closest('[role="dialog"]');
}

function pageUrl(node: Node): URL | null {
  const href = node.ownerDocument?.location?.href ?? (node as Document).location?.href;
  try {
    return href ? new URL(href) : null;
  } catch {
    return null;
  }
}

function container(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>(S.COMPOSER_CONTAINERS);
}

/** The chat input's row: the nearest ancestor (at most 4 up) that also holds the send button. */
function chatRow(editor: HTMLElement): HTMLElement | null {
  let el = editor.parentElement;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    if (el.querySelector(S.CHAT_SEND_BUTTONS)) return el;
  }
  return null;
}

function isReply(editor: HTMLElement): boolean {
  const box = container(editor);
  if (!box) return false;
  if (box.querySelector(S.REPLY_TO)) return true;
  const label = box.querySelector(S.PUBLISH_BUTTONS)?.getAttribute('aria-label') ?? '';
  return S.REPLY_PUBLISH_LABEL.test(label);
}

/** The handle of a `/profile/<handle>` link in the page (the signed-in account's own nav links). */
function handleFromDom(doc: Document): string {
  for (const link of Array.from(doc.querySelectorAll(S.OWN_PROFILE_LINKS))) {
    const handle = blueskyHandle(link.getAttribute('href') ?? '');
    if (handle) return handle;
  }
  return '';
}

/**
 * The current account from the session store, reading only `session.currentAccount.handle` and
 * `.did`. The same JSON holds access and refresh JWTs (sites.md §19): nothing else of it is kept,
 * returned or logged, and a value that is not a well-formed handle or DID is dropped.
 */
function handleFromSessionStore(doc: Document): string {
  let raw: string | null = null;
  try {
    raw = doc.defaultView?.localStorage.getItem(S.SESSION_STORAGE_KEY) ?? null;
  } catch {
    return ''; // storage blocked
  }
  if (!raw) return '';
  let handle: unknown;
  let did: unknown;
  try {
    const account = (JSON.parse(raw) as { session?: { currentAccount?: { handle?: unknown; did?: unknown } } })?.session?.currentAccount;
    handle = account?.handle;
    did = account?.did;
  } catch {
    return '';
  }
  return identityField(handle) || identityField(did);
}

/**
 * A handle or DID from the store, or ''. blueskyHandle accepts only handle or DID syntax, but a short
 * JWT (`eyJ….….…`, base64url of `{"`) is also valid domain syntax: JWT-shaped values are dropped first,
 * so a token in the wrong field never gets through.
 */
function identityField(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300 || /^eyJ/.test(value.trim())) return '';
  return blueskyHandle(value);
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',

  matchesUrl: isBluesky,

  roots(doc) {
    return [doc];
  },

  findComposers(root) {
    const posts = Array.from(root.querySelectorAll<HTMLElement>(S.POST_EDITORS)).filter(
      // ProseMirror never nests editables, but a node view could: keep the outermost.
      (el) => !el.parentElement?.closest('[contenteditable="true"]'),
    );
    const url = pageUrl(root);
    const chats = url && isChatConversation(url)
      ? Array.from(root.querySelectorAll<HTMLElement>(S.CHAT_EDITORS)).filter(isChatBox)
      : [];
    return [...posts, ...chats];
  },

  readText: readEditorText,

  readMentions(editor) {
    if (isChatBox(editor)) return [];
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const el of Array.from(editor.querySelectorAll(S.MENTIONS))) {
      // TipTap's Mention: data-id is the handle Bluesky inserted; the text is "@handle".
      const text = (el.textContent ?? '').trim();
      const handle = blueskyHandle(el.getAttribute('data-id') ?? '') || blueskyHandle(text);
      if (!handle || seen.has(handle)) continue;
      seen.add(handle);
      mentions.push({ name: `@${handle.slice('bluesky:'.length)}`, handle });
    }
    return mentions;
  },

  // The reply gate's own label ("Anybody can interact", "Interaction limited"): it limits replies
  // and quotes, never who reads the post (core/audience-sites.ts reads every Bluesky label as public).
  readVisibility(editor) {
    if (isChatBox(editor)) return 'Direct message';
    const button = container(editor)?.querySelector(S.REPLY_GATE_BUTTONS);
    if (!button) return '';
    return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
  },

  readProfile(editor): ActiveProfile {
    const doc = editor.ownerDocument;
    const handle = handleFromDom(doc) || handleFromSessionStore(doc);
    return { name: handle ? `@${handle.slice('bluesky:'.length)}` : '', handle, kind: 'unknown' };
  },

  composerBox(editor) {
    return (isChatBox(editor) ? chatRow(editor) : container(editor)) ?? editor;
  },

  composerKind(editor) {
    if (isChatBox(editor)) return 'message';
    return isReply(editor) ? 'comment' : 'post';
  },

  submitButton(editor) {
    if (isChatBox(editor)) return chatRow(editor)?.querySelector<HTMLElement>(S.CHAT_SEND_BUTTONS) ?? null;
    // One Publish button for every post box of a thread (Composer.tsx ComposerTopBar).
    return container(editor)?.querySelector<HTMLElement>(S.PUBLISH_BUTTONS) ?? null;
  },

  // RichTextInputWeb.tsx: Cmd/Ctrl+Enter (event.code === 'Enter') publishes; MessageInput.web.tsx:
  // Enter sends, Shift+Enter is a new line.
  submitKey(editor) {
    return isChatBox(editor) ? 'enter' : 'mod+enter';
  },
};
