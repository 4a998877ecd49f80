// Slack web client (app.slack.com) DOM selectors, each with where it was seen. Sources:
// ../shared/research/sites.md §9 and §19 (Harper's content script 2026-08, public automation and
// extension code 2025-2026), plus public code read on 2026-11-23 for this adapter (a Slack send
// confirmer's content script, a Slack tab-automation note, a Slack UI clone): NONE was checked
// against the live site. Slack's message box is its Quill-based "texty" editor.
// Several fallbacks per purpose: the first that matches wins. data-qa attributes first (Slack's own
// test ids, not localized), classes second, localized labels last.

/**
 * Message editors: the channel/DM box and the thread reply box are the same texty editor.
 * `.ql-editor` with role=textbox, spellcheck=false (Harper skips spellcheck=false editables except
 * Quill and Lexical because of Slack: sites.md §0, §9). `data-qa="texty_input"` is on the
 * `.ql-editor` itself (send confirmer script, 2026: `.ql-editor[data-qa="texty_input"]`; a 2026
 * automation note: "`[role=textbox]` … class `ql-editor ql-blank`, `data-qa="texty_input"`").
 */
export const EDITORS = [
  '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
  '.ql-editor[data-qa="texty_input"][contenteditable="true"]',
  '[data-qa="texty_input"][contenteditable="true"][role="textbox"]',
  '.p-message_input .ql-editor[contenteditable="true"]',
  '[data-qa="threads_flexpane"] .ql-editor[contenteditable="true"]',
  // Huddle thread (sites.md §9, "Thread composer", M).
  '[data-qa="huddle_thread"] [role="textbox"][contenteditable="true"]',
].join(', ');

/**
 * Texty boxes that are not messages: the "Jump to…" / search query box is the same texty editor
 * (`[data-qa="texty_input"][aria-label="Query"]` in `[role="dialog"][aria-label="Jump to…"]`, 2026
 * automation notes) and the top bar's search. Matched on data-qa first; the aria-label is English.
 */
export const NOT_COMPOSERS = [
  '[data-qa="texty_input"][aria-label="Query"]',
  '[role="dialog"][aria-label="Jump to…"]',
  // The top bar's search button (Slack UI clone and automation scripts, 2026) and what it holds.
  '[data-qa="top_nav_search"]',
].join(', ');

/**
 * The compose box around one editor, innermost first: `[data-qa="message_input"]` wraps the editor
 * and the send button (the send confirmer finds the button with `closest('[data-qa="message_input"]')`),
 * inside `.c-wysiwyg_container` / `.p-message_input__input_container_unstyled` (same script).
 */
export const COMPOSER_BOXES = [
  '[data-qa="message_input"]',
  '.c-wysiwyg_container',
  '.p-message_input__input_container_unstyled',
  '.p-message_input',
  'form',
];

/** Editing a message already sent (`[data-qa="message_editor"]`, send confirmer script 2026). */
export const MESSAGE_EDITOR = '[data-qa="message_editor"]';

/** The thread side pane (sites.md §9 "Thread composer"; a 2026 note scopes its send button to it). */
export const THREAD_PANE = '[data-qa="threads_flexpane"], [data-qa="huddle_thread"], .p-threads_flexpane';

/**
 * The send button (sites.md §9 "Send", M): `button[data-qa="texty_send_button"]`, aria-label
 * "Send message" (English), class `c-texty_input__button--send`, disabled while empty.
 */
export const SEND_BUTTONS = [
  'button[data-qa="texty_send_button"]',
  'button.c-texty_input__button--send',
  '[data-qa="texty_send_button"]',
  'button[aria-label="Send message"]',
];

/** Where the view's conversation is shown: the main view (not the thread pane). */
export const VIEW_HEADER = '[data-qa="channel_header"], .p-view_header';

/**
 * The open channel's name (sites.md §9 "Channel name", M): `[data-qa="channel_name"]` holding
 * `.p-view_header__channel_title`; `[data-qa="channel_name_button"]`; a DM's
 * `.p-view_header__member_name`.
 */
export const CHANNEL_NAME = [
  '[data-qa="channel_name"] .p-view_header__channel_title',
  '[data-qa="channel_name"]',
  '[data-qa="channel_name_button"]',
  '.p-view_header__channel_title',
];
export const DM_NAME = ['.p-view_header__member_name', '[data-qa="channel_name"] .p-view_header__member_name'];

/**
 * Channel type (sites.md §9 "Channel type", M): sidebar rows carry
 * `data-qa-channel-sidebar-channel-type` = channel / private / im / mpim with
 * `data-qa-channel-sidebar-channel-id` and `…-is-selected` (Taut streamer mode source); the header's
 * icon `[data-inline-channel-type-icon]` = `channel` or `lock…` (private); header button classes
 * `p-view_header__big_button--dm` / `--mpdm`.
 */
export const SIDEBAR_TYPE_ATTR = 'data-qa-channel-sidebar-channel-type';
export const SIDEBAR_ID_ATTR = 'data-qa-channel-sidebar-channel-id';
export const SIDEBAR_SELECTED = '[data-qa-channel-sidebar-is-selected="true"]';
export const HEADER_TYPE_ICON = '[data-inline-channel-type-icon]';
export const HEADER_DM = '.p-view_header__big_button--dm';
export const HEADER_MPDM = '.p-view_header__big_button--mpdm';

/**
 * Workspace name (sites.md §9 "Workspace / team", M): `.p-ia4_home_header_menu__team_name`,
 * `[data-qa="team-menu-trigger"]`.
 */
export const TEAM_NAME = ['.p-ia4_home_header_menu__team_name', '[data-qa="team-menu-trigger"] .p-ia4_home_header_menu__team_name', '[data-qa="team-menu-trigger"]', '.p-team_sidebar__team_name'];

/**
 * The signed-in user: the avatar button `[data-qa="user-button"]` (Slack UI clone and a BetterSlack
 * fixture, both 2026; an extension's test fixture has aria-label "User menu: <name>"). Its avatar
 * image is `https://ca.slack-edge.com/<team>-<user>-<hash>-<size>` (both sources): the user id is read
 * from that URL, never from `boot_data` / `localConfig_v2`, which hold the `xoxc-` token (§19).
 */
export const USER_BUTTON = ['[data-qa="user-button"]', 'button.p-ia__nav__user__button'];

/**
 * User mentions inside the editor: texty renders a picked member as
 * `<ts-mention data-id="U…" data-label="@name" class="c-member_slug c-member_slug--link ts_tip_texty">@name</ts-mention>`
 * (a 2020s Slack userscript that writes exactly this into texty). Assumed still current; the other
 * forms are fallbacks for a renamed element.
 */
export const USER_MENTIONS = ['ts-mention[data-id]', '.c-member_slug[data-id]', '[data-member-id]', '[data-user-id]'].join(', ');

/** Channel entities are not people (sites.md §9 "Mentions", L). */
export const CHANNEL_ENTITY = '[data-qa="inline_channel_entity"], [data-channel-id]';

/** Avatars in a DM's header: who the message goes to (assumed: the same avatar URL form as the user button). */
export const HEADER_AVATARS = '.p-view_header__member_avatar img, [data-qa="channel_header"] img.c-base_icon, .p-view_header img.c-base_icon';
