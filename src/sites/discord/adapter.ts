import { discordHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { discordLocation, isDiscord } from './urls';

// Discord reads only the DOM and the URL. The web client keeps the session's `token` in localStorage
// (sites.md §19 for the pattern): nothing here reads storage, a page global or a script element. Who
// posts comes from the user area's avatar, where the message goes from the URL, the server list,
// the channel sidebar and the channel header.

type ConversationType = 'channel' | 'dm' | 'group' | '';

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

function location(editor: HTMLElement) {
  return discordLocation(new URL(editor.ownerDocument.location?.href ?? 'https://discord.com/app'));
}

/** What the box's own (English) aria-label names: "#general", "@sam_rivera", "sam_rivera, lee.chen"; '' otherwise. */
function labelTarget(editor: HTMLElement): string {
  return S.MESSAGE_LABEL.exec((editor.getAttribute('aria-label') ?? '').trim())?.[1]?.trim() ?? '';
}

/** The DM list's link to the open conversation, found by the URL's channel id. */
function dmLink(editor: HTMLElement, channel: string): Element | null {
  return channel ? editor.ownerDocument.querySelector(S.DM_LINK(channel)) : null;
}

function conversationType(editor: HTMLElement): ConversationType {
  const { guild, channel } = location(editor);
  if (!guild) return '';
  if (guild !== '@me') return 'channel';
  const suffix = S.DIRECT_SUFFIX.exec(dmLink(editor, channel)?.getAttribute('aria-label') ?? '')?.[1]?.toLowerCase();
  if (suffix) return suffix === 'group message' ? 'group' : 'dm';
  // "Message @sam_rivera" is one person; a group is named by its people (or the name its owner gave it).
  const target = labelTarget(editor);
  if (target.startsWith('@')) return 'dm';
  if (target) return 'group';
  // A direct message: one person or several, the page does not say.
  return 'dm';
}

/** A DM's name: the DM list's label without "(direct message)", its text, or the box's label. */
function dmName(editor: HTMLElement, channel: string): string {
  const link = dmLink(editor, channel);
  const label = (link?.getAttribute('aria-label') ?? '').replace(S.DIRECT_SUFFIX, '').trim();
  return label || textOf(link) || labelTarget(editor).replace(/^@/, '');
}

/** "#general": the sidebar's link to the URL's channel, the channel header, or the box's label. */
function channelName(editor: HTMLElement, guild: string, channel: string): string {
  const doc = editor.ownerDocument;
  const link = guild && channel ? doc.querySelector(S.CHANNEL_LINK(guild, channel)) : null;
  const header = first(doc, S.CHANNEL_HEADER);
  const shown = textOf(link ? first(link, S.CHANNEL_LINK_NAME) : null)
    || textOf(header ? first(header, S.CHANNEL_HEADER_NAME) : null)
    || labelTarget(editor);
  if (!shown) return '';
  return shown.startsWith('#') ? shown : `#${shown}`;
}

/** The server's name: its item in the server list (by the URL's id), else the channel sidebar's header. */
function serverName(doc: Document, guild: string): string {
  const list = first(doc, S.SERVER_LIST) ?? doc;
  const item = Array.from(list.querySelectorAll(`[${S.SERVER_ITEM_ATTR}^="${S.SERVER_ITEM_PREFIX}"]`))
    .find((el) => el.getAttribute(S.SERVER_ITEM_ATTR) === `${S.SERVER_ITEM_PREFIX}${guild}`);
  const label = (item?.getAttribute('aria-label') ?? '').trim()
    || (item?.querySelector('img[alt]')?.getAttribute('alt') ?? '').trim();
  return label || textOf(first(doc, S.SERVER_HEADER));
}

/** Who a direct message goes to: the person (handle from the DM list's avatar), or a group's names. */
function recipients(editor: HTMLElement, type: ConversationType): Mention[] {
  if (type !== 'dm' && type !== 'group') return [];
  const { channel } = location(editor);
  const name = dmName(editor, channel);
  if (!name) return [];
  if (type === 'dm') {
    const avatar = dmLink(editor, channel)?.querySelector(S.DM_LINK_AVATAR)?.getAttribute('src') ?? '';
    return [{ name: name.slice(0, 200), handle: discordHandle(avatar) }];
  }
  return name.split(',').map((n) => n.trim()).filter(Boolean).map((n) => ({ name: n.slice(0, 200), handle: '' }));
}

/** Picked members inside the editor (Slate inline voids carrying the user id). */
function editorMentions(editor: HTMLElement): Mention[] {
  const out: Mention[] = [];
  for (const el of Array.from(editor.querySelectorAll(S.USER_MENTIONS))) {
    const handle = discordHandle(el.getAttribute('data-user-id') ?? el.getAttribute('data-id') ?? '');
    if (!handle) continue;
    out.push({ name: textOf(el).replace(/^@/, '').trim().slice(0, 200), handle });
  }
  return out;
}

function isSearch(el: Element): boolean {
  return el.closest(S.NOT_COMPOSERS) !== null;
}

export const discord: SiteAdapter = {
  id: 'discord',

  matchesUrl: isDiscord,

  roots(doc) {
    return [doc];
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.EDITORS)).filter(
      (el) => !isSearch(el) && !el.parentElement?.closest('[contenteditable="true"]'),
    );
  },

  // The channel header's search bar is a Slate editor like the message box: typing a search there is
  // no unprotected message.
  isNotComposer: isSearch,

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
   * "Channel: #general in Acme Dev Community" (the members of that server who can see the channel),
   * "Direct message: sam_rivera", "Group message: sam_rivera, lee.chen". Which roles can see a
   * channel is not on the page: the label names the server and the channel.
   */
  readVisibility(editor) {
    const type = conversationType(editor);
    const { guild, channel } = location(editor);
    if (type === 'channel') {
      const name = channelName(editor, guild, channel);
      const server = serverName(editor.ownerDocument, guild);
      const where = [name, server && `in ${server}`].filter(Boolean).join(' ');
      return where ? `Channel: ${where}` : 'Channel';
    }
    if (type === 'dm' || type === 'group') {
      const kind = type === 'dm' ? 'Direct message' : 'Group message';
      const name = dmName(editor, channel);
      return name ? `${kind}: ${name}` : kind;
    }
    return '';
  },

  readProfile(editor): ActiveProfile {
    const area = first(editor.ownerDocument, S.USER_AREA);
    if (!area) return { name: '', handle: '', kind: 'unknown' };
    const nameEl = first(area, S.USER_NAME);
    const name = (nameEl instanceof HTMLElement ? nameEl.innerText || nameEl.textContent || '' : '').split('\n')[0]!.trim();
    const avatar = first(area, S.USER_AVATAR)?.getAttribute('src') ?? '';
    return { name: name.slice(0, 200), handle: discordHandle(avatar), kind: 'unknown' };
  },

  composerBox(editor) {
    for (const selector of S.COMPOSER_BOXES) {
      const found = editor.closest<HTMLElement>(selector);
      if (found) return found;
    }
    return editor;
  },

  // Every Discord box sends a message, in a server's channel, a thread or a DM.
  composerKind() {
    return 'message';
  },

  // No send button on desktop (sites.md §11 "Send"): Enter sends. The guard replays the key.
  submitButton() {
    return null;
  },

  // Enter sends, Shift+Enter is a new line (sites.md §11 "Send", M; §17 "Keys per site").
  submitKey() {
    return 'enter';
  },
};
