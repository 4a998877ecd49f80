// Instagram web DOM selectors, each with where it was seen. Source: ../shared/research/sites.md §6
// (public code samples dated 2026-01-30 and 2026-04-08, Maskbook's instagram selector.ts, Harper
// #3563 of 2026-06-01); none was checked against the live site. Class names are hashed atomic
// classes (`x1n2onr6`) as on Facebook: nothing here uses them. Aria-labels and placeholders are
// localized (English here); each purpose that needs one also has a structural fallback.

/**
 * The comment box under a post: still a `textarea` (Jan 2026), inside a `form` with its Post
 * button. §6 "Comment box", "Instagram Selectors Reference" (2026-01-30).
 */
export const COMMENT_BOXES = [
  'textarea[aria-label*="comment" i]',
  'textarea[placeholder*="Add a comment" i]',
  // Any language: a textarea in a form under a post (the caption is in the Create dialog, not here).
  'article form textarea',
  'form textarea',
];

/**
 * The DM composer: Lexical `div[aria-label="Message"][contenteditable][role=textbox]`, Enter sends;
 * fallback a `textarea[placeholder*="Message"]` (§6 "DM composer", two public code samples 2026).
 * On a DM page any Lexical root is the message box (the aria-label is localized).
 */
export const MESSAGE_BOXES = [
  'div[aria-label="Message"][contenteditable="true"][role="textbox"]',
  'textarea[placeholder*="Message" i]',
];
export const LEXICAL = '[contenteditable="true"][data-lexical-editor="true"]';

/**
 * The new post's caption: `textarea[aria-label="Write a caption..."]` (three ASCII dots, 2026-04);
 * "may be Lexical in some builds" (§6 "New post", conf L), so a contenteditable with that label too.
 */
export const CAPTION_BOXES = [
  'textarea[aria-label="Write a caption..."]',
  'textarea[aria-label^="Write a caption" i]',
  '[contenteditable="true"][aria-label^="Write a caption" i]',
];

/** Every editable the adapter looks at; kindOf then tells them apart. */
export const EDITORS = [...new Set([...COMMENT_BOXES, ...MESSAGE_BOXES, ...CAPTION_BOXES, LEXICAL])].join(', ');

/** Dialogs: the Create flow is a `div[role=dialog]` ("Create new post" heading). */
export const DIALOG = '[role="dialog"]';

/**
 * The comment form's submit: button text "Post" / `form button[type=submit]` (§6 "Comment box").
 * Instagram renders it as a `div[role=button]` in some builds: both are looked for, by text.
 */
export const COMMENT_SUBMIT = ['button[type="submit"]', '[role="button"]', 'button'];
export const POST_TEXT = /^post$/i;

/** The Create dialog's "Share" button (§6 "New post": button text "Share", 2026-04-08). */
export const SHARE_TEXT = /^share$/i;

/**
 * A DM's Send button: "Send" as text on a `div[role=button]` once the box has text (not in
 * sites.md: the replica's assumption, unverified); Enter is the send path that matters.
 */
export const SEND_TEXT = /^send$/i;
export const SEND_BUTTONS = '[role="button"], button';

/**
 * The signed-in account: the nav link holding the account's avatar, whose alt is
 * "<username>'s profile picture" (§6 "Active account": Maskbook
 * `a[role=link]:has(img[alt$=" profile picture"])`), else the Profile nav item (`svg[aria-label="Profile"]`).
 */
export const ACCOUNT_LINKS = ['a[role="link"]:has(img[alt$=" profile picture"])', 'a:has(img[alt$=" profile picture"])', 'a[href]:has(svg[aria-label="Profile"])'];
export const NAV = 'nav, [role="navigation"], [role="tablist"]';
/** The page's content (feed posts, a DM thread, dialogs): never where the signed-in account's own link is. */
export const CONTENT = 'main, [role="main"], article, [role="dialog"]';
export const PROFILE_PICTURE_ALT = /^(.+?)['’]s profile picture$/;

/**
 * A DM thread's header: the link(s) to the other person's profile above the conversation (not in
 * sites.md: the replica's assumption that the header links each recipient's `/<username>/`).
 */
export const THREAD_HEADER_LINKS = 'a[href^="/"][role="link"], a[href^="https://www.instagram.com/"]';

/** `@username` in typed text: Instagram's username characters (letters, digits, `.` and `_`). */
export const MENTION_IN_TEXT = /(^|[^\w.@])@([A-Za-z0-9._]{1,30})/g;
