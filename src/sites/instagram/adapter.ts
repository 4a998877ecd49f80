import { instagramHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isDirect, isInstagram } from './urls';

// Instagram web: the comment box is a textarea, the DM box is Lexical, the new post's caption a
// textarea (Lexical in some builds). Only the DOM and the URL are read: the page's inline data
// (`csrf_token`, `fb_dtsg`, `lsd` beside `viewerId`) and the cookies (`sessionid`, `csrftoken`,
// `ds_user_id`) are never looked at. Who posts comes from the nav's own profile link.

type Kind = 'post' | 'comment' | 'message';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (el: Element) => el.getAttribute('aria-label')?.trim() ?? '';
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const matchesAny = (el: Element, selectors: readonly string[]) => selectors.some((s) => el.matches(s));

function buttonsIn(root: ParentNode, selector = S.SEND_BUTTONS): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector));
}

/** The Create dialog around a caption: a dialog with a Share button (any dialog holding a caption box). */
function createDialog(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest<HTMLElement>(S.DIALOG);
  if (!dialog) return null;
  if (matchesAny(editor, S.CAPTION_BOXES) || buttonsIn(dialog).some((b) => S.SHARE_TEXT.test(text(b)))) return dialog;
  return null;
}

function kindOf(editor: HTMLElement): Kind {
  if (matchesAny(editor, S.CAPTION_BOXES)) return 'post';
  if (matchesAny(editor, S.MESSAGE_BOXES)) return 'message';
  if (editor.isContentEditable && isDirect(new URL(editor.ownerDocument.location?.href ?? 'https://www.instagram.com/'))) return 'message';
  if (createDialog(editor)) return 'post';
  return 'comment';
}

/** The row a DM box sits in: the nearest ancestor (a few levels up) holding a button besides the editor. */
function messageRow(editor: HTMLElement): HTMLElement {
  let node = editor.parentElement;
  for (let i = 0; node && i < 4; i++, node = node.parentElement) {
    if (node.matches(S.DIALOG) || node === editor.ownerDocument.body) break;
    if (buttonsIn(node).some((b) => !b.contains(editor) && !editor.contains(b))) return node;
  }
  return editor.parentElement ?? editor;
}

function box(editor: HTMLElement, kind: Kind): HTMLElement {
  if (kind === 'post') return createDialog(editor) ?? editor.parentElement ?? editor;
  if (kind === 'message') return messageRow(editor);
  return editor.closest<HTMLElement>('form') ?? editor.parentElement ?? editor;
}

/** The signed-in account's nav link: by its avatar's alt, else the Profile nav item. */
function accountLink(doc: Document): HTMLAnchorElement | null {
  for (const selector of S.ACCOUNT_LINKS) {
    const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>(selector)).filter((a) => instagramHandle(a.getAttribute('href') ?? ''));
    // The nav's own link first, else one outside the page's content: posts in the feed, a DM's
    // header and the Create dialog link other people with avatars too.
    const own = links.find((a) => a.closest(S.NAV) && !a.closest(S.CONTENT)) ?? links.find((a) => !a.closest(S.CONTENT));
    if (own) return own;
  }
  return null;
}

function account(doc: Document): { name: string; handle: string } {
  const link = accountLink(doc);
  if (!link) return { name: '', handle: '' };
  const handle = instagramHandle(link.getAttribute('href') ?? '');
  const alt = link.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  const name = S.PROFILE_PICTURE_ALT.exec(alt)?.[1]?.trim() ?? handle.replace(/^instagram:/, '');
  return { name: name.slice(0, 200), handle };
}

/** `@name`s typed in the draft (Instagram has no mention nodes: the text is the mention). */
function typedMentions(draft: string): Mention[] {
  const out: Mention[] = [];
  for (const m of draft.matchAll(S.MENTION_IN_TEXT)) {
    const name = m[2]!.replace(/\.+$/, '');
    const handle = instagramHandle(`@${name}`);
    if (handle) out.push({ name, handle });
  }
  return out;
}

/**
 * Who a DM goes to: the profile links of the conversation above the box (its header), never the
 * nav's and never the signed-in account. Replica's assumption (sites.md has no header selector).
 */
function recipients(editor: HTMLElement): Mention[] {
  const doc = editor.ownerDocument;
  const scope = editor.closest('[role="main"], [role="dialog"]') ?? doc.body;
  const own = account(doc).handle;
  // Handle → shown name; the avatar link has no text, the name link beside it does.
  const found = new Map<string, string>();
  for (const link of Array.from(scope.querySelectorAll<HTMLAnchorElement>(S.THREAD_HEADER_LINKS))) {
    if (link.closest(S.NAV) || editor.contains(link) || !follows(link, editor)) continue;
    const handle = instagramHandle(link.getAttribute('href') ?? '');
    if (!handle || handle === own) continue;
    if (!found.get(handle)) found.set(handle, text(link));
  }
  return [...found].map(([handle, name]) => ({ name: (name || handle.replace(/^instagram:/, '')).slice(0, 200), handle }));
}

function unique(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.handle) ? false : (seen.add(m.handle), true)));
}

function submitButton(editor: HTMLElement): HTMLElement | null {
  const kind = kindOf(editor);
  const container = box(editor, kind);
  if (kind === 'post') {
    const buttons = buttonsIn(container);
    return buttons.find((b) => S.SHARE_TEXT.test(text(b)))
      // Any language: the first text-only button before the caption (the header's Share; Back is an icon).
      ?? buttons.find((b) => follows(b, editor) && text(b) !== '' && !b.querySelector('svg, img') && !b.closest('h1, h2, [role="heading"]'))
      ?? null;
  }
  if (kind === 'message') {
    return buttonsIn(container).find((b) => S.SEND_TEXT.test(text(b)) || /^send$/i.test(label(b))) ?? null;
  }
  for (const selector of S.COMMENT_SUBMIT) {
    const found = buttonsIn(container, selector).find((b) => S.POST_TEXT.test(text(b)));
    if (found) return found;
  }
  // Any language: the form's submit button, else its last text-only button after the box.
  return container.querySelector<HTMLElement>('button[type="submit"]')
    ?? buttonsIn(container).filter((b) => follows(editor, b) && text(b) !== '' && !b.querySelector('svg, img')).at(-1)
    ?? null;
}

export const instagram: SiteAdapter = {
  id: 'instagram',

  matchesUrl: isInstagram,

  roots: (doc) => [doc],

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      (el) => !el.parentElement?.closest('[contenteditable="true"]') && !(el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)),
    );
  },

  readText: readEditorText,

  readMentions(editor) {
    const typed = typedMentions(readEditorText(editor));
    return unique(kindOf(editor) === 'message' ? [...typed, ...recipients(editor)] : typed);
  },

  // A DM is its conversation. A post or comment shows no audience: public for a public account,
  // its followers for a private one, which the composer never tells (audience-sites' fallback
  // says "Anyone on Instagram").
  readVisibility(editor) {
    return kindOf(editor) === 'message' ? 'Direct message' : '';
  },

  readProfile(editor): ActiveProfile {
    const { name, handle } = account(editor.ownerDocument);
    // Personal, business and creator accounts look alike in the page: the kind is not told.
    return { name, handle, kind: 'unknown' };
  },

  composerBox(editor) {
    return box(editor, kindOf(editor));
  },

  composerKind: kindOf,

  submitButton,

  // Comments and DMs go on Enter (Shift+Enter is a new line); a caption only by Share.
  submitKey(editor) {
    return kindOf(editor) === 'post' ? 'none' : 'enter';
  },
};
