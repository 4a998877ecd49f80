import { redditHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { cleanEditorText } from '../../core/text';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isMessageCompose, isOldReddit, isReddit, subredditOf } from './urls';

// Reddit reads only the DOM. Old Reddit keeps the `modhash` (its CSRF token) in `r.config` beside
// `logged` (the user name) and in every form's hidden `uh` input; new Reddit's forms carry a hidden
// `csrf_token`. None of them is ever read: no page script, no hidden input, no /api/me.json — the
// user comes from the header's profile link, the audience from the URL and visible markup.

/**
 * `u/name` and `/u/name` as Reddit links them: not inside a word or a path (`reddit.com/u/x` is a
 * link, `menu/user` nothing), 3-20 name characters, not running on into more.
 */
const MENTION = /(?<![\w/])\/?u\/([A-Za-z0-9_-]{3,20})(?![\w-])/g;

function pageUrl(el: Element): URL | null {
  const href = el.ownerDocument.defaultView?.location.href;
  return href ? new URL(href) : null;
}

/** The web component a new-Reddit editor belongs to: the host it is slotted in, or the one whose shadowRoot holds it. */
function composerHost(editor: HTMLElement): Element | null {
  const slotted = editor.closest(S.COMPOSER_HOSTS);
  if (slotted) return slotted;
  const root = editor.getRootNode();
  return root instanceof ShadowRoot && root.host.matches(S.COMPOSER_HOSTS) ? root.host : null;
}

function isOld(editor: HTMLElement): boolean {
  return editor instanceof HTMLTextAreaElement;
}

function isPostBody(editor: HTMLElement): boolean {
  if (isOld(editor)) return editor.closest(S.OLD_SUBMIT_FORM) !== null || editor.closest('#text-field') !== null;
  return composerHost(editor)?.matches(S.POST_BODY_HOST) ?? false;
}

function isMessage(editor: HTMLElement): boolean {
  if (!isOld(editor)) return false;
  const url = pageUrl(editor);
  return editor.closest(S.OLD_MESSAGE_FORM) !== null || (url !== null && isMessageCompose(url));
}

/** The form a new post is written in: title, body, community picker and Post button. */
function postForm(editor: HTMLElement): Element | null {
  return composerHost(editor)?.closest(S.POST_FORM) ?? null;
}

/** The post's title as typed (new Reddit: the textarea in faceplate-textarea-input's shadowRoot). */
function titleText(editor: HTMLElement): string {
  if (isOld(editor)) {
    const form = editor.closest('form') ?? editor.ownerDocument;
    return cleanEditorText(form.querySelector<HTMLTextAreaElement>(S.OLD_TITLE)?.value ?? '');
  }
  const scope = postForm(editor) ?? editor.ownerDocument;
  const host = scope.querySelector(S.POST_TITLE_HOST);
  const field = host?.shadowRoot?.querySelector<HTMLTextAreaElement | HTMLInputElement>(S.POST_TITLE_FIELD) ?? host?.querySelector<HTMLTextAreaElement>(S.POST_TITLE_FIELD);
  return cleanEditorText(field?.value ?? '');
}

/**
 * A new post's title and body are both the user's words, posted together: the body's composer
 * reads them as one draft, title first, then an empty line, then the body. (The title is not a
 * composer of its own: one Post button must be judged on everything it posts.)
 */
function readDraft(editor: HTMLElement): string {
  const body = readEditorText(editor);
  if (!isPostBody(editor)) return body;
  const title = titleText(editor);
  if (!title) return body;
  return body ? `${title}\n\n${body}` : title;
}

/** The signed-in user from the page header only. */
function currentUser(doc: Document, old: boolean): { name: string; handle: string } {
  if (old) {
    const link = doc.querySelector(S.OLD_USER_LINK);
    const handle = redditHandle(link?.getAttribute('href') ?? '') || redditHandle((link?.textContent ?? '').trim());
    return { name: handle ? (link?.textContent ?? '').trim() : '', handle };
  }
  for (const selector of S.USER_LINKS) {
    const href = doc.querySelector(selector)?.getAttribute('href') ?? '';
    const handle = redditHandle(href);
    if (handle) return { name: /^\/(?:u|user)\/([^/?#]+)/.exec(href)?.[1] ?? '', handle };
  }
  return { name: '', handle: '' };
}

/** The community a new post goes to, as the picker shows it (`r/cats`, `u/jane_doe`), or ''. */
function pickedCommunity(editor: HTMLElement): string {
  const scope = postForm(editor) ?? editor.ownerDocument;
  const picker = scope.querySelector(S.COMMUNITY_PICKER) ?? editor.ownerDocument.querySelector(S.COMMUNITY_PICKER);
  if (!picker) return '';
  const chosen = picker.querySelector(S.COMMUNITY_PICKER_VALUE)?.getAttribute('data-select-value') ?? picker.getAttribute('value') ?? '';
  const name = /^\/?(?:r|u)\/[A-Za-z0-9_-]{2,21}$/.exec(chosen.trim())?.[0];
  return name ? name.replace(/^\//, '') : '';
}

export const reddit: SiteAdapter = {
  id: 'reddit',

  matchesUrl: isReddit,

  roots(doc) {
    // Composer hosts can sit in the document or in another composer's shadow root.
    const roots: Array<Document | ShadowRoot> = [doc];
    for (let i = 0; i < roots.length && i < 200; i++) {
      for (const host of Array.from(roots[i]!.querySelectorAll(S.COMPOSER_HOSTS))) {
        if (host.shadowRoot && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
      }
    }
    return roots;
  },

  findComposers(root) {
    const shadowHost = root instanceof ShadowRoot ? root.host : null;
    const rich = Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      (el) => (el.closest(S.COMPOSER_HOSTS) !== null || shadowHost?.matches(S.COMPOSER_HOSTS)) && !el.parentElement?.closest('[contenteditable="true"]'),
    );
    const old = Array.from(root.querySelectorAll<HTMLElement>(S.OLD_EDITORS)).filter((el) => el instanceof HTMLTextAreaElement);
    return [...rich, ...old];
  },

  readText: readDraft,

  readMentions(editor) {
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    const add = (name: string) => {
      const handle = redditHandle(name);
      if (!handle || seen.has(handle)) return;
      seen.add(handle);
      mentions.push({ name: `u/${name.replace(/^\/?u\//i, '')}`, handle });
    };
    if (isMessage(editor)) {
      // The recipient of a private message is who reads it.
      const to = editor.closest('form')?.querySelector<HTMLInputElement>(S.OLD_MESSAGE_TO)?.value.trim() ?? '';
      if (to) add(to.replace(/^\/?u(?:ser)?\//i, ''));
    }
    for (const m of readDraft(editor).matchAll(MENTION)) add(m[1]!);
    return mentions;
  },

  readVisibility(editor) {
    if (isMessage(editor)) return 'Direct message';
    const url = pageUrl(editor);
    if (isPostBody(editor)) {
      if (isOld(editor)) {
        const sr = (editor.closest('form') ?? editor.ownerDocument).querySelector<HTMLInputElement>(S.OLD_SUBREDDIT_INPUT)?.value.trim() ?? '';
        if (/^[A-Za-z0-9_]{2,21}$/.test(sr)) return `r/${sr}`;
      } else {
        const picked = pickedCommunity(editor);
        if (picked) return picked;
      }
    }
    const fromUrl = url ? subredditOf(url) : '';
    if (fromUrl) return fromUrl;
    const post = editor.ownerDocument.querySelector(S.POST)?.getAttribute('subreddit-prefixed-name')?.trim() ?? '';
    return /^(?:r|u)\/[A-Za-z0-9_-]{2,21}$/.test(post) ? post : '';
  },

  readProfile(editor, url): ActiveProfile {
    const user = currentUser(editor.ownerDocument, isOldReddit(url) || isOld(editor));
    return { name: user.name.slice(0, 200), handle: user.handle, kind: 'unknown' };
  },

  composerBox(editor) {
    if (isOld(editor)) return editor.closest<HTMLElement>('form') ?? editor;
    if (isPostBody(editor)) return (postForm(editor) as HTMLElement | null) ?? (composerHost(editor) as HTMLElement | null) ?? editor;
    const host = composerHost(editor);
    return (host?.closest<HTMLElement>('faceplate-form') ?? (host as HTMLElement | null)) ?? editor;
  },

  composerKind(editor) {
    if (isMessage(editor)) return 'message';
    return isPostBody(editor) ? 'post' : 'comment';
  },

  submitButton(editor) {
    if (isOld(editor)) {
      const form = editor.closest('form');
      if (!form) return null;
      const selectors = isPostBody(editor) ? [S.OLD_SUBMIT_BUTTON, S.OLD_SAVE] : [S.OLD_SAVE, S.OLD_SUBMIT_BUTTON];
      for (const selector of [...selectors, 'button[type="submit"]']) {
        const found = form.querySelector<HTMLElement>(selector);
        if (found) return found;
      }
      return null;
    }
    if (isPostBody(editor)) {
      const scope = postForm(editor) ?? editor.ownerDocument;
      const host = scope.querySelector<HTMLElement>(S.POST_SUBMIT_HOST) ?? editor.ownerDocument.querySelector<HTMLElement>(S.POST_SUBMIT_HOST);
      // The real <button> is in the host's shadowRoot: it is what a press lands on and what posts.
      return host?.shadowRoot?.querySelector<HTMLElement>(S.POST_SUBMIT_INNER) ?? host ?? null;
    }
    const host = composerHost(editor);
    if (!host) return null;
    const root = editor.getRootNode();
    const inShadow = root instanceof ShadowRoot ? root.querySelector<HTMLElement>(S.COMMENT_SUBMIT_IN_SHADOW) : null;
    return inShadow ?? host.querySelector<HTMLElement>(S.COMMENT_SUBMIT) ?? host.shadowRoot?.querySelector<HTMLElement>(S.COMMENT_SUBMIT_IN_SHADOW) ?? null;
  },

  // A post's title is read with its body (readDraft), so it is no compose box of its own: typing
  // there must not make the self-test say the page is unprotected.
  isNotComposer(el) {
    if (!(el instanceof HTMLTextAreaElement)) return false;
    const root = el.getRootNode();
    if (root instanceof ShadowRoot) return root.host.matches(S.POST_TITLE_HOST);
    return el.matches(S.OLD_TITLE) && el.closest(S.OLD_SUBMIT_FORM) !== null;
  },

  // Ctrl/Cmd+Enter posts: old Reddit with RES (sites.md §17, RES commentTools); new Reddit's
  // composers too (low confidence: Xyphyn/photon#94, 2023, "on Reddit"). Enter is a new line.
  submitKey() {
    return 'mod+enter';
  },
};
