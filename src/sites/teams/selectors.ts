// Microsoft Teams web (teams.microsoft.com, teams.cloud.microsoft, teams.live.com) DOM selectors,
// each with where it was seen. Sources: ../shared/research/sites.md §12 (public code samples from
// 2025-2026 extensions and automation scripts; read for this adapter on 2026-11-23) and §15-19.
// NONE was checked against the live site, and sites.md calls the conversation-type and tenant
// signals a gap: the ones marked "assumed" are this adapter's guesses, reproduced in the replica
// (test/fixtures/teams/README.md) and kept behind the URL's thread id, which is documented.
// data-tid attributes first (Teams' own test ids, not localized), roles second, labels last.

/**
 * The message box: `div[data-tid="ckeditor"][contenteditable="true"]`, a CKEditor 5 editable
 * (`.ck-editor__editable`, role=textbox, aria-label "Type a message") — sites.md §12 "Compose box"
 * (four public code samples, M). The same box writes chats, channel posts and channel replies.
 */
export const EDITORS = [
  'div[data-tid="ckeditor"][contenteditable="true"]',
  '[data-tid="ckeditor"] .ck-editor__editable[contenteditable="true"]',
  // A 2026 multi-site script's fallbacks for a renamed data-tid (sites.md §12 sources).
  '.ck-editor__editable[contenteditable="true"][role="textbox"]',
  '[data-tid="chat-input"] [contenteditable="true"]',
].join(', ');

/**
 * The send button (sites.md §12 "Send", L–M): `[data-tid="sendMessageCommands-send"]`; other
 * builds seen in the wild name it `sendMessageButton` / `send-message-button`.
 */
export const SEND_BUTTONS = [
  '[data-tid="sendMessageCommands-send"]',
  '[data-tid="sendMessageButton"]',
  '[data-tid="send-message-button"]',
  'button[name="send"]',
];

/**
 * The compose box around one editor, innermost first: the box the send button shares with the
 * editor. `[data-tid="message-pane-footer"]` / `[data-tid="chat-pane-compose"]` are assumed names;
 * a reply box is assumed to be `[data-tid="channel-pane-reply"]` under its post.
 */
export const COMPOSER_BOXES = [
  '[data-tid="channel-pane-reply"]',
  '[data-tid="channel-new-post"]',
  '[data-tid="chat-pane-compose"]',
  '[data-tid="message-pane-footer"]',
  'form',
];

/** A reply under a channel post (assumed): the box sits inside the post it answers. */
export const REPLY_BOX = '[data-tid="channel-pane-reply"], [data-tid="reply-message-box"]';

/**
 * A chat's messages are `[data-tid="chat-pane-message"]` (sites.md §12 "Messages", M); the pane
 * that holds them (`[data-tid="chat-pane"]`) and the channel's (`[data-tid="channel-pane"]`,
 * `[data-tid="channel-pane-message"]`) are assumed names.
 */
export const CHAT_PANE = '[data-tid="chat-pane"], [data-tid="chat-pane-message"]';
export const CHANNEL_PANE = '[data-tid="channel-pane"], [data-tid="channel-pane-message"], [data-tid="channel-name"]';

/** A chat's title: its person, or the group's name or members (assumed, with a heading fallback). */
export const CHAT_TITLE = ['[data-tid="chat-title"]', '[data-tid="chat-header-title"]', '[data-tid="chat-header"] h2'];

/** A channel's name and its team's (assumed, with a heading fallback). */
export const CHANNEL_NAME = ['[data-tid="channel-name"]', '[data-tid="channel-header-title"]', '[data-tid="channel-header"] h2'];
export const TEAM_NAME = ['[data-tid="team-name"]', '[data-tid="channel-header-team-name"]'];

/**
 * The signed-in person: `[data-tid="me-control-avatar"] img` (sites.md §12 "Messages / me", M).
 * The name is the image's alt or the element's aria-label (assumed: an avatar's accessible name).
 * MSAL keeps the account beside its tokens in localStorage/sessionStorage: never read there (§19).
 */
export const ME_AVATAR = ['[data-tid="me-control-avatar"]', '[data-tid="me-control-avatar-trigger"]'];

/**
 * A picked person inside the editor. CKEditor 5's mention plugin renders
 * `<span class="mention" data-mention="@Name">` and apps add their own id attribute to it (CKEditor's
 * "customizing the output" guide uses `data-user-id`); that Teams uses it, with its `8:orgid:<guid>`
 * user ids, is ASSUMED. `[data-tid="mention"]` / `[itemtype$="/Mention"]` are fallbacks.
 */
export const MENTIONS = ['span.mention[data-mention]', '[data-mention]', '[data-tid="mention"]', '[itemtype$="/Mention"]'].join(', ');
export const MENTION_ID_ATTRS = ['data-user-id', 'data-mri', 'data-itemid', 'data-id'];
