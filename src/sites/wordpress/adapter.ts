import type { ActiveProfile } from '../../core/types';
import { readEditor } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isWordPress } from './urls';

// One post is one composer. Gutenberg renders a post as many contenteditables (the title and one
// RichText per block), but the person writes ONE post and publishes it with one button. So the
// composer is the post's writing area: the canvas iframe's <body> (or the inline
// `.editor-styles-wrapper`), and its text is the title and every block's text in order, one block
// per line (an empty paragraph block is an empty line); everything in the canvas that is not a
// title or RichText (images, embeds, the block appender's "Type / to choose a block", toolbars) is
// skipped. Typing in any block is typing in that composer: its input events bubble to the body.
//
// The canvas is a same-origin iframe (sites.md §14): `roots(doc)` names its document, as the Teams
// adapter does, and the Publish button stays in the top document. Nothing here writes to a block:
// sites.md §14 warns that touching block DOM can make Gutenberg discard autosaves.

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

/** The top document a canvas belongs to (the iframe's parent), or the editor's own document. */
function editorPage(editor: HTMLElement): Document {
  const doc = editor.ownerDocument;
  try {
    const parent = doc.defaultView?.parent;
    if (parent && parent !== doc.defaultView && parent.document?.querySelector(S.CANVAS_FRAME)) return parent.document;
  } catch {
    // A cross-origin parent is not ours to read: the canvas is all there is.
  }
  return doc;
}

function isGutenberg(doc: Document): boolean {
  return S.GUTENBERG_PAGE.some((selector) => doc.querySelector(selector) !== null);
}

/** The canvas iframes' documents (same-origin only; a cross-origin frame gives null or throws). */
function canvasDocuments(doc: Document): Document[] {
  const out: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>(S.CANVAS_FRAME))) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) out.push(inner);
    } catch {
      // Not reachable from here.
    }
  }
  return out;
}

/** Reader option: keep the title and RichText blocks (and what is inside them); skip the rest. */
function skipNonText(el: Element): boolean {
  if (el.matches(S.NOT_TEXT)) return true;
  if (el.matches(S.TEXT_PARTS) || el.closest(S.TEXT_PARTS)) return false;
  return el.querySelector(S.TEXT_PARTS) === null;
}

/** Visibility words as the sidebar shows them, mapped to the audience table's labels. */
function visibilityLabel(page: Document): string {
  const button = first(page, S.VISIBILITY);
  const label = textOf(button);
  if (!label) return '';
  // 6.6+: the Status row says "Private" for a private post; a password-protected one is still
  // "Published" there, with the password control shown beside it (assumed).
  if (button?.matches('.editor-post-status__toggle') && !/private/i.test(label) && first(page, S.PASSWORD_SET)) return 'Password protected';
  return label.slice(0, 100);
}

export const wordpress: SiteAdapter = {
  id: 'wordpress',

  matchesUrl: isWordPress,

  roots(doc) {
    return [doc, ...canvasDocuments(doc)];
  },

  findComposers(root) {
    // Only Gutenberg pages: wp-admin's classic editor and other screens are not read here.
    if (root.nodeType !== Node.DOCUMENT_NODE) return [];
    const doc = root as Document;
    const inFrame = doc.querySelector(S.CANVAS_FRAME) === null && doc.body?.matches('.block-editor-iframe__body, .editor-styles-wrapper');
    if (!inFrame && !isGutenberg(doc)) return [];
    for (const selector of S.CANVAS_ROOTS) {
      const canvas = doc.querySelector<HTMLElement>(selector);
      // The canvas only counts once the post's title or a block is in it (not while it loads).
      if (canvas && canvas.querySelector(S.TEXT_PARTS)) return [canvas];
    }
    return [];
  },

  /** "Title\nfirst block\n…": the title line only when there is a title (never its "Add title" placeholder). */
  readText(editor) {
    const titleEl = editor.querySelector<HTMLElement>(S.TITLE.join(', '));
    const title = titleEl ? readEditor(titleEl, { skip: (el) => el.matches(S.NOT_TEXT) }).text : '';
    const body = readEditor(editor, { skip: (el) => (titleEl !== null && el === titleEl) || skipNonText(el) }).text;
    return title && body ? `${title}\n${body}` : title || body;
  },

  // A post has no recipients; @-mentions are plain text on a blog.
  readMentions() {
    return [];
  },

  readVisibility(editor) {
    return visibilityLabel(editorPage(editor));
  },

  /**
   * The display name the admin bar greets ("Howdy, Jane Doe"); the handle is the login name
   * where the bar's user-info shows it (`wordpress:<site>/<login>`: logins are per site).
   */
  readProfile(editor, url): ActiveProfile {
    const page = editorPage(editor);
    const name = textOf(first(page, S.DISPLAY_NAME)).replace(/^Howdy,\s*/i, '').slice(0, 200);
    const login = textOf(first(page, S.PROFILE_LINK)).replace(/^@/, '');
    const handle = login && /^[\w.@+-]{1,60}$/.test(login) ? `wordpress:${url.hostname.toLowerCase()}/${login.toLowerCase()}` : '';
    return { name, handle, kind: 'unknown' };
  },

  // The whole canvas is the post: the warning belongs beside it (frames.ts places it in the top viewport).
  composerBox(editor) {
    return editor;
  },

  composerKind() {
    return 'post';
  },

  /** The button that publishes now: the pre-publish panel's final Publish, else a header Publish/Update. Never the panel toggle. */
  submitButton(editor) {
    const page = editorPage(editor);
    const button = first(page, S.FINAL_PUBLISH) ?? first(page, S.HEADER_PUBLISH);
    if (!button || button.matches('.editor-post-publish-panel__toggle')) return null;
    return button as HTMLElement;
  },

  // No key publishes (Ctrl/Cmd+S saves; on a published post that updates it: see the README's limits).
  submitKey() {
    return 'none';
  },

  /** The sidebar's and inspector's textareas (alt text, excerpt) are settings, not the post. */
  isNotComposer(el) {
    return el.tagName === 'TEXTAREA' && el.closest(S.SETTINGS_PANELS) !== null;
  },
};
