// YouTube (www.youtube.com) comment-box selectors, each with where it was seen. Sources:
// ../shared/research/sites.md §13 (public scripts, 2025-2026; read for this adapter on 2026-11-23)
// and §15-19. NONE was checked against the live site. YouTube's Polymer elements render into the
// light DOM (no shadow roots for these elements in 2026, per the same scripts, which query them from
// `document`); their tag names and ids are YouTube's own, not localized. Labels are the last resort.

/**
 * The comment editor: `#contenteditable-root[contenteditable="true"]` inside
 * `yt-formatted-string#contenteditable-textarea` in `ytd-commentbox` (sites.md §13 "Editor", M:
 * pika2uuu/yt-cliper and two public scripts). It is mounted only after a click on the collapsed
 * placeholder (`ytd-comment-simplebox-renderer #simplebox-placeholder`). Replies reuse the same
 * ids under the reply dialog, so ids are NOT unique: everything else is scoped to the box.
 */
export const EDITORS = [
  'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  'ytd-commentbox [contenteditable="true"]',
  // The collapsed simple box of some layouts mounts the editor directly in it (assumed fallback).
  'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="true"]',
  '#contenteditable-textarea [contenteditable="true"]',
].join(', ');

/** The compose box around one editor, innermost first (sites.md §13 "Submit": both hold the buttons). */
export const COMPOSER_BOXES = ['ytd-commentbox', 'ytd-comment-simplebox-renderer'];

/**
 * The submit button: `#submit-button button` inside the box (sites.md §13 "Submit", M: the YouTube
 * Comment Monitor content script). Its label is "Comment" in the main box and "Reply" in a reply
 * box (localized: never used to find it). Cancel is `#cancel-button` (not a submit).
 */
export const SUBMIT_BUTTONS = ['#submit-button button', '#submit-button yt-button-shape button', 'ytd-button-renderer#submit-button'];

/**
 * A reply box: the comment box YouTube opens under a comment when Reply is pressed, inside
 * `ytd-comment-reply-dialog-renderer` (in the comment's `#reply-dialog`). Assumed from the element
 * names YouTube's reply renderer uses in public scripts (sites.md §13 "Replies reuse the same id
 * under the reply renderer").
 */
export const REPLY_BOX = 'ytd-comment-reply-dialog-renderer, #reply-dialog';

/**
 * The comment a reply answers: its thread renderer and the comment's own renderer (the 2024+
 * `ytd-comment-view-model`, the older `ytd-comment-renderer`), and the author link in it
 * (`#author-text`, an `<a href="/@handle">`). Assumed names (public scripts that read comments).
 */
export const PARENT_COMMENT = ['ytd-comment-view-model', 'ytd-comment-renderer'];
export const THREAD = 'ytd-comment-thread-renderer';
export const COMMENT_AUTHOR = ['#author-text', 'a#author-text', '#header-author a[href^="/@"]'];

/**
 * The video the comments are under: the watch page's title (`ytd-watch-metadata #title h1`, the
 * older `h1.title` in `ytd-video-primary-info-renderer`). Assumed from the watch page's element names;
 * the document title ("<title> - YouTube") is the fallback.
 */
export const VIDEO_TITLE = ['ytd-watch-metadata #title h1', 'ytd-watch-metadata h1', 'ytd-video-primary-info-renderer h1.title', '#above-the-fold #title h1'];

/**
 * Who comments. sites.md §13 "Active channel": no reliable DOM source (one script fetches
 * `/getAccountSwitcherEndpoint`, which Hatcheck never does: no network). So only what the page
 * shows is read: the box's own avatar (`#author-thumbnail img`, its alt the channel's name when
 * YouTube fills it in) and the masthead's avatar button (`#avatar-btn img`). Both are assumed; an
 * empty alt gives an unknown profile.
 */
export const BOX_AVATAR = ['#author-thumbnail img[alt]', '#author-thumbnail yt-img-shadow img[alt]'];
export const MASTHEAD_AVATAR = ['ytd-masthead #avatar-btn img[alt]', 'ytd-topbar-menu-button-renderer #avatar-btn img[alt]', 'button#avatar-btn img[alt]'];

/** A mention YouTube links in the box (assumed: an `<a href="/@handle">`); typed `@handle` text is read too. */
export const MENTION_LINKS = 'a[href^="/@"], a[href^="https://www.youtube.com/@"]';
