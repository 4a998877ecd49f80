import { slackHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isSlack, slackLocation } from './urls';

// Slack reads only the DOM and the URL. The web client keeps the signed-in user next to its `xoxc-`
// token in `boot_data` and `localStorage.localConfig_v2` (sites.md §19): nothing here reads a page
// global, a script element or storage. Who posts comes from the avatar button, where the workspace
// from the URL and the sidebar header.

/** What kind of conversation the box writes to, in Slack's own sidebar words. */
type ConversationType = 'channel' | 'private' | 'im' | 'mpim' | '';

const LABELS: Record<Exclude<ConversationType, ''>, string> = {
  channel: 'Channel',
  private: 'Private channel',
  im: 'Direct message',
  mpim: 'Group message',
};

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

/** The compose box around an editor, innermost first. */
function box(editor: HTMLElement): HTMLElement | null {
  for (const selector of S.COMPOSER_BOXES) {
    const found = editor.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function conversationId(editor: HTMLElement): string {
  return slackLocation(new URL(editor.ownerDocument.location?.href ?? 'https://app.slack.com/')).conversation;
}

/** The sidebar row of the open conversation: the URL's id first, the row Slack marks selected second. */
function sidebarRow(doc: Document, id: string): Element | null {
  if (id) {
    const byId = Array.from(doc.querySelectorAll(`[${S.SIDEBAR_ID_ATTR}]`)).find((row) => row.getAttribute(S.SIDEBAR_ID_ATTR) === id);
    if (byId) return byId;
  }
  return doc.querySelector(`${S.SIDEBAR_SELECTED}[${S.SIDEBAR_TYPE_ATTR}]`);
}

function conversationType(editor: HTMLElement): ConversationType {
  const doc = editor.ownerDocument;
  const id = conversationId(editor);
  const type = sidebarRow(doc, id)?.getAttribute(S.SIDEBAR_TYPE_ATTR) ?? '';
  if (type === 'channel' || type === 'private' || type === 'im' || type === 'mpim') return type;
  const header = doc.querySelector(S.VIEW_HEADER) ?? doc;
  if (header.querySelector(S.HEADER_MPDM)) return 'mpim';
  if (header.querySelector(S.HEADER_DM)) return 'im';
  const icon = header.querySelector(S.HEADER_TYPE_ICON)?.getAttribute('data-inline-channel-type-icon') ?? '';
  if (icon.startsWith('lock')) return 'private';
  if (icon === 'channel') return 'channel';
  // A `D…` id is a direct message whatever the page shows; `C…` and `G…` can be either kind of channel.
  return id.startsWith('D') ? 'im' : '';
}

/** "#general", or a DM's person: from the view's header, else the sidebar row of the open conversation. */
function conversationName(editor: HTMLElement, type: ConversationType): string {
  const doc = editor.ownerDocument;
  const header = doc.querySelector(S.VIEW_HEADER) ?? doc;
  const dm = type === 'im' || type === 'mpim';
  const shown = textOf(first(header, dm ? [...S.DM_NAME, ...S.CHANNEL_NAME] : S.CHANNEL_NAME))
    || textOf(sidebarRow(doc, conversationId(editor)));
  if (!shown) return '';
  return dm || shown.startsWith('#') ? shown : `#${shown}`;
}

function workspaceName(doc: Document): string {
  return textOf(first(doc, S.TEAM_NAME));
}

/** Who a direct message goes to: the header's avatars (handles) or, for a group, its names. */
function recipients(editor: HTMLElement, type: ConversationType): Mention[] {
  if (type !== 'im' && type !== 'mpim') return [];
  const doc = editor.ownerDocument;
  const header = doc.querySelector(S.VIEW_HEADER);
  const name = conversationName(editor, type);
  const handles = header ? Array.from(header.querySelectorAll(S.HEADER_AVATARS)).map((img) => slackHandle(img.getAttribute('src') ?? '')).filter(Boolean) : [];
  if (type === 'im') return name ? [{ name: name.slice(0, 200), handle: handles[0] ?? '' }] : [];
  // A group's header lists the names ("Sam Rivera, Lee Chen"); avatars, when shown, follow the same order.
  const names = name.split(',').map((n) => n.trim()).filter(Boolean);
  return names.map((n, i) => ({ name: n.slice(0, 200), handle: names.length === handles.length ? handles[i]! : '' }));
}

/** Picked members inside the editor (never channel entities, user groups or @here). */
function editorMentions(editor: HTMLElement): Mention[] {
  const out: Mention[] = [];
  for (const el of Array.from(editor.querySelectorAll(S.USER_MENTIONS))) {
    if (el.closest(S.CHANNEL_ENTITY)) continue;
    const id = el.getAttribute('data-id') ?? el.getAttribute('data-member-id') ?? el.getAttribute('data-user-id') ?? '';
    const handle = slackHandle(id);
    if (!handle) continue;
    const name = (el.getAttribute('data-label') ?? '').trim() || textOf(el);
    out.push({ name: name.replace(/^@/, '').trim().slice(0, 200), handle });
  }
  return out;
}

/** "User menu: Jane Doe" → "Jane Doe"; a label with no colon (other languages) names no one. */
function userName(button: Element): string {
  const label = button.getAttribute('aria-label') ?? '';
  const i = label.search(/[:：]/);
  return i >= 0 ? label.slice(i + 1).trim() : '';
}

export const slack: SiteAdapter = {
  id: 'slack',

  matchesUrl: isSlack,

  roots(doc) {
    return [doc];
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      (el) => !el.matches(S.NOT_COMPOSERS) && !el.closest(S.NOT_COMPOSERS) && !el.parentElement?.closest('[contenteditable="true"]'),
    );
  },

  // The "Jump to…" query box is texty too: typing a search there is no unprotected message.
  isNotComposer(el) {
    return el.closest(S.NOT_COMPOSERS) !== null;
  },

  readText: (editor) => readEditorText(editor),

  readMentions(editor) {
    const seen = new Set<string>();
    const out: Mention[] = [];
    // In a DM the people in it are the audience; an @mention in a channel notifies its person.
    for (const m of [...recipients(editor, conversationType(editor)), ...editorMentions(editor)]) {
      const key = m.handle || m.name.toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
    return out;
  },

  /**
   * "Channel: #general in Acme Corp", "Private channel: #leadership in Acme Corp", "Direct message:
   * Sam Rivera in Acme Corp", "Group message: Sam Rivera, Lee Chen in Acme Corp"; a thread reply goes
   * to the thread's channel. Whether a channel is shared with other organisations (Slack Connect) is
   * not read: no DOM signal for it was found (sites.md §9).
   */
  readVisibility(editor) {
    const type = conversationType(editor);
    const name = conversationName(editor, type);
    const team = workspaceName(editor.ownerDocument);
    const where = [name, team && `in ${team}`].filter(Boolean).join(' ');
    const kind = LABELS[type || 'channel'];
    return where ? `${kind}: ${where}` : type ? kind : '';
  },

  readProfile(editor): ActiveProfile {
    const button = first(editor.ownerDocument, S.USER_BUTTON);
    if (!button) return { name: '', handle: '', kind: 'unknown' };
    const avatar = Array.from(button.querySelectorAll('img')).map((img) => slackHandle(img.getAttribute('src') ?? '')).find(Boolean) ?? '';
    return { name: userName(button).slice(0, 200), handle: avatar, kind: 'unknown' };
  },

  composerBox(editor) {
    return box(editor) ?? editor;
  },

  // Every Slack box sends a message ("Send message"), in a channel, a DM or a thread.
  composerKind() {
    return 'message';
  },

  submitButton(editor) {
    // The nearest box that holds a send button: the button sits beside the editor, inside
    // [data-qa="message_input"] or its .c-wysiwyg_container.
    // Editing a sent message: only that editor's own buttons count, never the message box below.
    const editing = editor.closest(S.MESSAGE_EDITOR);
    for (const selector of S.COMPOSER_BOXES) {
      const scope = editor.closest(selector);
      if (editing && scope && !editing.contains(scope)) break;
      if (!scope) continue;
      const button = first(scope, S.SEND_BUTTONS);
      if (button instanceof HTMLElement) return button;
    }
    return null;
  },

  // Enter sends, Shift+Enter is a new line (sites.md §9 "Keyboard"). Slack's "Ctrl+Enter to send"
  // preference would swap them; the page shows no sign of it, so it is not read.
  submitKey() {
    return 'enter';
  },
};
