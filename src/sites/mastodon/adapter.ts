import { mastodonHandle } from '../../core/import/handles-social';
import { SUPPORTED_SITES } from '../../core/sites';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import { readInitialIdentity } from './initial-state';
import * as S from './selectors';
import { mayBeMastodon } from './urls';

// Mastodon's compose box is a React-controlled <textarea> (../shared/research/sites.md §3).
// Posts, replies (the same form with a reply indicator) and direct messages (a post whose
// visibility is "Specific people") all use one form.

/** Mastodon's account mention (app/lib/account.rb MENTION_RE): @user or @user@domain, not inside a word or URL. */
const MENTION = /(?<![=/\p{L}\p{N}_])@([\p{L}\p{N}_]+(?:[\p{L}\p{N}_.-]+[\p{L}\p{N}_]+)?)(?:@([\p{L}\p{N}_.-]+[\p{L}\p{N}_]+))?/gu;

const otherSiteOrigins = (): string[] => SUPPORTED_SITES.filter((s) => s.id !== 'mastodon').flatMap((s) => s.origins);

function form(editor: HTMLElement): HTMLFormElement | null {
  return editor.closest<HTMLFormElement>(S.COMPOSE_FORM);
}

/** A Mastodon app page on any domain: its React root or body class, recognised from the DOM. */
export function isMastodonApp(doc: Document): boolean {
  return doc.querySelector(S.APP_ROOT) !== null;
}

/** The instance's own domain: `#initial-state` meta.domain, else the host the page is on. */
function localDomain(doc: Document): string {
  return readInitialIdentity(doc.querySelector(S.INITIAL_STATE))?.domain || doc.location?.hostname || '';
}

/** The content warning while it is on (an enabled, shown input); '' otherwise. */
function contentWarning(editor: HTMLElement): string {
  const input = form(editor)?.querySelector<HTMLInputElement>(S.SPOILER_INPUT);
  if (!input || input.disabled || input.closest('[aria-hidden="true"]')) return '';
  return readEditorText(input).trim() ? readEditorText(input) : '';
}

function bodyText(editor: HTMLElement): string {
  return readEditorText(editor);
}

function visibilityIcon(button: Element): string {
  for (const svg of Array.from(button.querySelectorAll('svg, i, span.icon'))) {
    for (const cls of Array.from(svg.classList)) {
      if (Object.hasOwn(S.VISIBILITY_ICONS, cls)) return S.VISIBILITY_ICONS[cls]!;
    }
  }
  return '';
}

function visibility(editor: HTMLElement): string {
  const button = form(editor)?.querySelector(S.VISIBILITY_BUTTON);
  if (!button) return '';
  return visibilityIcon(button) || (button.querySelector(S.VISIBILITY_LABEL)?.textContent ?? '').trim();
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',

  matchesUrl: (url) => mayBeMastodon(url, otherSiteOrigins()),

  roots: (doc) => [doc],

  findComposers(root) {
    // Not recognised by host: a page with no Mastodon app root has no Mastodon composer.
    const doc = root instanceof Document ? root : root.ownerDocument;
    if (!isMastodonApp(doc)) return [];
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS));
  },

  /**
   * The body exactly as typed, then the content warning after an empty line when the CW is on.
   * The CW is shown to everyone the post reaches, unhidden, so it is part of what the audience
   * reads; putting it after the body keeps the body's offsets what they are in the textarea.
   */
  readText(editor) {
    const body = bodyText(editor);
    const cw = contentWarning(editor);
    if (!cw) return body;
    return body ? `${body}\n\n${cw}` : cw;
  },

  readMentions(editor) {
    const domain = localDomain(editor.ownerDocument);
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const m of bodyText(editor).matchAll(MENTION)) {
      const [typed, user, host] = m as unknown as [string, string, string | undefined];
      const handle = mastodonHandle(`${user}@${host ?? domain}`);
      const key = handle || typed.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ name: typed.slice(0, 200), handle });
    }
    return mentions;
  },

  readVisibility: visibility,

  readProfile(editor): ActiveProfile {
    const doc = editor.ownerDocument;
    const domain = localDomain(doc);
    const link = doc.querySelector<HTMLAnchorElement>(S.ACCOUNT_LINK);
    if (link) {
      const path = /\/@([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
      let acct = '';
      try {
        acct = decodeURIComponent(path);
      } catch {
        acct = '';
      }
      const name = (link.querySelector(S.ACCOUNT_NAME)?.textContent ?? '').trim();
      const handle = acct ? mastodonHandle(acct.includes('@') ? acct : `${acct}@${domain}`) : '';
      if (handle || name) return { name: name.slice(0, 200), handle, kind: 'unknown' };
    }
    // No navigation bar (a modal composer, a fork): the identity fields of #initial-state.
    const initial = readInitialIdentity(doc.querySelector(S.INITIAL_STATE));
    if (initial?.acct) {
      const handle = mastodonHandle(initial.acct.includes('@') ? initial.acct : `${initial.acct}@${domain}`);
      return { name: initial.displayName, handle, kind: 'unknown' };
    }
    return { name: '', handle: '', kind: 'unknown' };
  },

  composerBox(editor) {
    return form(editor) ?? editor;
  },

  composerKind(editor) {
    if (visibility(editor) === 'Specific people') return 'message';
    if (form(editor)?.querySelector(S.REPLY_INDICATOR)) return 'comment';
    return 'post';
  },

  submitButton(editor) {
    return form(editor)?.querySelector<HTMLElement>(S.SUBMIT_BUTTONS) ?? null;
  },

  // compose_form.jsx handleKeyDown: keyCode 13 with ctrlKey or metaKey submits.
  submitKey: () => 'mod+enter',
};
