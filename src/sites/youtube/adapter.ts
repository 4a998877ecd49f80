import { youtubeHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isYouTube } from './urls';

// YouTube reads only the DOM. The comment editor is a plain contenteditable (no editor library):
// Chrome's own <div> per line, read by the shared block reader. YouTube keeps its API key, ID token
// and session ids in `ytcfg` (a page global and inline scripts) beside the account's name: nothing
// here reads a script element, a page global, storage or a cookie.

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

/** The compose box around an editor (ids repeat across boxes: every lookup is scoped to it). */
function box(editor: HTMLElement): HTMLElement | null {
  for (const selector of S.COMPOSER_BOXES) {
    const found = editor.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The video the comment goes under, as its watch page titles it; '' when none is shown. */
function videoTitle(doc: Document): string {
  const heading = textOf(first(doc, S.VIDEO_TITLE));
  if (heading) return heading.slice(0, 200);
  // "Weekend brewery tour - YouTube"; a notification count "(3) " leads it at times.
  const title = doc.title.replace(/^\(\d+\+?\)\s*/, '').replace(/\s*-\s*YouTube$/, '').trim();
  return title === 'YouTube' ? '' : title.slice(0, 200);
}

/** The comment a reply box answers (its author is notified): the comment renderer around the box. */
function parentAuthor(editor: HTMLElement): Mention | null {
  const reply = editor.closest(S.REPLY_BOX);
  if (!reply) return null;
  let comment: Element | null = null;
  for (const selector of S.PARENT_COMMENT) {
    comment = reply.closest(selector);
    if (comment) break;
  }
  // The reply dialog may sit beside the comment, inside the same thread.
  if (!comment) {
    const thread = reply.closest(S.THREAD);
    comment = thread ? first(thread, S.PARENT_COMMENT) : null;
  }
  const author = comment ? first(comment, S.COMMENT_AUTHOR) : null;
  if (!author) return null;
  const name = textOf(author);
  const handle = youtubeHandle(author.getAttribute('href') ?? '') || youtubeHandle(name);
  return name || handle ? { name: name.slice(0, 200), handle } : null;
}

/** `@handle` as typed (YouTube's mention picker inserts the handle as text) and linked mentions. */
const TYPED_MENTION = /(?:^|[^\w@.])@([A-Za-z0-9._·-]{3,30})/g;

function editorMentions(editor: HTMLElement, text: string): Mention[] {
  const out: Mention[] = [];
  for (const link of Array.from(editor.querySelectorAll(S.MENTION_LINKS))) {
    const handle = youtubeHandle(link.getAttribute('href') ?? '');
    if (handle) out.push({ name: textOf(link).slice(0, 200) || `@${handle.slice('youtube:'.length)}`, handle });
  }
  for (const m of text.matchAll(TYPED_MENTION)) {
    // A handle cannot end with a dot or a hyphen: "@sam_rivera." ends a sentence.
    const raw = m[1]!.replace(/[.·-]+$/, '');
    const handle = youtubeHandle(raw);
    if (handle) out.push({ name: `@${raw}`, handle });
  }
  return out;
}

const GENERIC_ALT = /^(?:avatar(?: image)?|profile (?:picture|image)|image)$/i;

export const youtube: SiteAdapter = {
  id: 'youtube',

  matchesUrl: isYouTube,

  roots(doc) {
    return [doc];
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
  },

  readText: (editor) => readEditorText(editor),

  /** Who is notified: the author of the comment a reply answers, then each @handle in the draft. */
  readMentions(editor) {
    const seen = new Set<string>();
    const out: Mention[] = [];
    const parent = parentAuthor(editor);
    for (const m of [...(parent ? [parent] : []), ...editorMentions(editor, readEditorText(editor))]) {
      const key = m.handle || m.name.toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
    return out;
  },

  /**
   * Comments are public: "Public: <video title>" ("Public" alone where no title is shown). YouTube
   * shows no audience control on a comment; a private or unlisted video's comments are read by
   * whoever has the video, which the page does not say beside the box.
   */
  readVisibility(editor) {
    const title = videoTitle(editor.ownerDocument);
    return title ? `Public: ${title}` : 'Public';
  },

  /**
   * Only what the page shows (sites.md §13: no reliable DOM source): the box's avatar alt, else the
   * masthead avatar's. A handle only when that text is one ("@jane_doe"); kind stays unknown (a
   * brand account looks the same on the page).
   */
  readProfile(editor): ActiveProfile {
    const scope = box(editor) ?? editor.ownerDocument;
    const candidates = [first(scope, S.BOX_AVATAR), first(editor.ownerDocument, S.MASTHEAD_AVATAR)];
    // A generic alt ("Avatar image", the masthead's) names nobody: the next candidate may.
    const name = candidates.map((img) => (img?.getAttribute('alt') ?? '').trim()).find((alt) => alt && !GENERIC_ALT.test(alt))?.slice(0, 200) ?? '';
    return { name, handle: name.startsWith('@') ? youtubeHandle(name) : '', kind: 'unknown' };
  },

  composerBox(editor) {
    return box(editor) ?? editor;
  },

  composerKind() {
    return 'comment';
  },

  submitButton(editor) {
    const scope = box(editor);
    if (!scope) return null;
    const found = first(scope, S.SUBMIT_BUTTONS);
    if (!found) return null;
    // The renderer itself when YouTube renders no inner <button> (older layouts).
    return (found.matches('button') ? found : (found.querySelector('button') ?? found)) as HTMLElement;
  },

  // Only the Comment / Reply button posts: Enter is a new line, and no source names a shortcut.
  submitKey() {
    return 'none';
  },
};
