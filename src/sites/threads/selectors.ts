// Threads web DOM selectors, each with where it was seen. Source: ../shared/research/sites.md §7
// ("Threads Selectors Reference" public code sample 2026-01-30; official5ETa/ThreadsAutoComment
// src/share/threadsQs.ts; other public code samples); none was checked against the live site.
// Class names are hashed atomic classes (`x1n2onr6`): nothing here uses them. Aria-labels are
// localized (English here); each purpose that needs one also has a structural fallback.

/**
 * The composer: Meta's Lexical, `div[role="textbox"][contenteditable="true"]` (one extension adds
 * `:has(p)`), `[aria-label*="Empty text field"]`, inside `div[role="dialog"]` (§7 "Composer").
 */
export const EDITORS = [
  'div[role="textbox"][contenteditable="true"]',
  '[contenteditable="true"][data-lexical-editor="true"]',
  '[contenteditable="true"][aria-label*="Empty text field" i]',
].join(', ');

/** The composer dialog (§7 "Composer": inside `div[role="dialog"]`). */
export const DIALOG = '[role="dialog"]';

/** Buttons are `div[role=button]` (§7 "Submit": `[role=button]` with text "Post"). */
export const BUTTONS = '[role="button"], button';
export const POST_TEXT = /^post$/i;

/**
 * For replies, the submit is the **second** `svg[aria-label="Reply"]` in the open composer (§7
 * "Submit", public code sample, conf L): the first is the replied-to post's own Reply icon. The
 * adapter takes the Reply icon button that comes after the editor.
 */
export const REPLY_ICON = 'svg[aria-label="Reply"]';

/** Posts are `[data-pressable-container="true"]`, not `<article>` (§7 "Posts"). */
export const POSTS = '[data-pressable-container="true"]';

/** User links `a[href*="/@"]` (§7 "Posts"): profile links, and mentions inside the editor. */
export const USER_LINKS = 'a[href*="/@"]';

/**
 * The signed-in account: the Profile item of the side navigation, a link to `/@<username>` around
 * `svg[aria-label="Profile"]` (§7 names the icon-label convention — `svg[aria-label="Create"]`; the
 * Profile icon's label is the replica's assumption, unverified).
 */
export const PROFILE_LINKS = ['a[href*="/@"]:has(svg[aria-label="Profile"])', 'nav a[href*="/@"]', '[role="navigation"] a[href*="/@"]'];

/** A reply box's placeholder: "Reply to priya.shah..." (replica's assumption; English only). */
export const REPLY_PLACEHOLDER = /^reply to\b/i;

/** `@username` in typed text: Threads uses Instagram usernames (letters, digits, `.` and `_`). */
export const MENTION_IN_TEXT = /(^|[^\w.@])@([A-Za-z0-9._]{1,30})/g;
