// Discord web client (discord.com/app, /channels/…) DOM selectors, each with where it was seen.
// Sources: ../shared/research/sites.md §11 and §0 (ralyodio/defpromo `src/content/discord.js`, a 2026
// "Discord DOM Selectors Guide" code sample, Harper's editor detection 2026-08), plus public code read
// on 2026-11-23 for this adapter (a 2026 Discord client-skin script's selector table, automation
// scripts for Discord's message box, a login checker, a meeting-notes extension): NONE was checked
// against the live site. Discord's class names are hashed (`chatContent_f75fb0`): roles, aria
// attributes and data-list ids first, `[class*=…]` only as a last resort, localized labels last.

/**
 * Message editors: the channel / DM box is Slate, `div[role="textbox"][data-slate-editor="true"]`
 * (sites.md §11 "Message box", M; §0 Slate root, H). Automation scripts (2026) look for it with
 * `[data-slate-editor="true"][aria-label^="Message"]`, then `form [data-slate-editor="true"]`.
 */
export const EDITORS = [
  'div[role="textbox"][data-slate-editor="true"][contenteditable="true"]',
  '[data-slate-editor="true"][contenteditable="true"]',
].join(', ');

/**
 * Slate editors that are not message boxes: the channel header's search bar is a Slate editor too
 * (a 2026 client-skin script: `[class*="searchBar_"] [contenteditable="true"]`, `[role="searchbox"]`,
 * and a Slate editor whose aria-label is the localized "Search").
 */
export const NOT_COMPOSERS = [
  '[role="searchbox"]',
  '[class*="searchBar_"]',
  '[class*="searchBar-"]',
  '[data-slate-editor="true"][aria-label="Search"]',
].join(', ');

/**
 * The compose box around one editor, innermost first: the text area's container, then the form
 * (automation scripts: `form [data-slate-editor="true"]`; the client-skin script: `form, [class*="form_"]`).
 */
export const COMPOSER_BOXES = ['[class*="channelTextArea"]', 'form', '[class*="form_"]'];

/**
 * The server list (sites.md §11 "Server / channel", M): `nav[aria-label*='Servers']`, items
 * `[data-list-item-id^='guildsnav___']` whose aria-label names the server (the client-skin script
 * reads the label the same way; `[data-list-id="guildsnav"]` is the list).
 */
export const SERVER_LIST = ['[data-list-id="guildsnav"]', 'nav[aria-label*="Servers"]', 'nav[class*="guilds"]'];
export const SERVER_ITEM_ATTR = 'data-list-item-id';
export const SERVER_ITEM_PREFIX = 'guildsnav___';

/**
 * The server's name over its channel list: the channel sidebar `nav` is labelled "<server> (server)"
 * and its header holds the name in an h2. ASSUMED from memory of the client, backed only by the
 * client-skin script's `nav[aria-label="Channels"]` sidebar: a fallback after the server list.
 */
export const SERVER_HEADER = ['nav[aria-label$="(server)"] header h2', 'nav[aria-label$="(server)"] header'];

/**
 * A channel's sidebar link: `a[href="/channels/<guild>/<channel>"]` (the client-skin script selects
 * the current one with `a[href^="/channels/"]`), its name in `[class*="name_"]` / `[class*="channelName_"]`.
 */
export const CHANNEL_LINK = (guild: string, channel: string) => `a[href="/channels/${guild}/${channel}"]`;
export const CHANNEL_LINK_NAME = ['[class*="name_"]', '[class*="channelName"]'];

/**
 * A DM's sidebar link: `a[href="/channels/@me/<channel>"]` whose aria-label is "<name> (direct
 * message)" (a 2026 Discord automation script strips exactly that suffix); its avatar image is the
 * person's CDN avatar (assumed: the same `[class*="avatar"]` images as elsewhere).
 */
export const DM_LINK = (channel: string) => `a[href="/channels/@me/${channel}"]`;
export const DM_LINK_AVATAR = 'img[src*="/avatars/"]';
/** What Discord appends to a DM link's label (English; localized elsewhere). */
export const DIRECT_SUFFIX = /\s*\((direct message|group message)\)\s*$/i;

/**
 * The channel header (a 2026 client-skin script: `section[aria-label="Channel header"]`; the
 * skin's table also has `section[aria-label][class*="title_"]`); its name is the h1.
 */
export const CHANNEL_HEADER = ['section[aria-label="Channel header"]', 'section[aria-label][class*="title_"]'];
export const CHANNEL_HEADER_NAME = ['h1', '[class*="title_"]'];

/**
 * The signed-in user (sites.md §11 says "no verified selector, the user panel sits bottom-left"):
 * `section[aria-label="User area"]` in a 2026 login checker, a Discord client plugin and a notes
 * extension; its name in `[class*="panelTitleContainer"]` (a 2026 automation script), the avatar at
 * `[class*="avatarWrapper"] img[class*="avatar"]` (a meeting-notes extension). The avatar's URL is
 * `https://cdn.discordapp.com/avatars/<user id>/<hash>`: the user id is read from it, never from
 * localStorage (which holds the `token`, §19).
 */
export const USER_AREA = ['section[aria-label="User area"]', 'div[aria-label="User area"]', '[class*="panels_"]'];
export const USER_NAME = ['[class*="panelTitleContainer"]', '[class*="nameTag"] [class*="title"]'];
export const USER_AVATAR = ['[class*="avatarWrapper"] img[class*="avatar"]', 'img[src*="/avatars/"]'];

/**
 * A picked member inside the editor: an inline void Slate element. ASSUMED (no source gives its DOM):
 * a `span.mention` (Discord's rendered mentions use the `mention` class) carrying the user id.
 */
export const USER_MENTIONS = ['[data-user-id]', '.mention[data-id]'].join(', ');

/** The English aria-labels of the box: "Message #general", "Message @sam_rivera", "Message sam_rivera, lee.chen". */
export const MESSAGE_LABEL = /^Message\s+(.+)$/;
