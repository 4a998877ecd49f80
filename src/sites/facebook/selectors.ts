// Facebook DOM selectors, each with where it was seen. Sources: ../shared/research/sites.md §5
// (public automation scripts and extensions, 2025-2026; none checked against the live site).
// Class names are atomic and hashed (`x1n2onr6`), so nothing here uses them: roles, aria
// attributes and Lexical's own data attributes only. Aria-labels are localized (English here):
// each purpose that needs one also has a structural fallback in the adapter.
// Several fallbacks per purpose: the first that matches wins.

/**
 * Every Lexical editor: post dialog, comment and reply boxes, Messenger chat (§5 "Post editor",
 * "Comment box", "Messenger / chat": all Lexical; §0 "Generic editor-type detection", Harper
 * editorUtils.ts 2026-08). Lexical marks its root `data-lexical-editor="true"`.
 */
export const EDITORS = [
  '[contenteditable="true"][data-lexical-editor="true"]',
  // The same root when the attribute is missing (a build without it): a textbox that is editable.
  'div[role="textbox"][contenteditable="true"]',
].join(', ');

/** The "Create post" dialog (§5 "Compose dialog": Maskbook openComposeBox.ts; dsh-browser#84, 2026-09). */
export const DIALOG = '[role="dialog"]';
/** The post form inside it (§5 "Compose dialog", Maskbook: `[role="dialog"] form[method="post"]`). */
export const POST_FORM = 'form[method="post" i]';

/**
 * The post dialog's Post button (§5 "Post button": snorkel constants; public code sample).
 * `aria-disabled` while the draft is empty. A Page profile may show Next first (then Post in
 * "Post settings"): Next is the submit step of the first dialog then.
 */
export const POST_BUTTON = '[aria-label="Post"][role="button"], [aria-label="Next"][role="button"]';

/**
 * The audience (privacy) button: `div[role=button][aria-label^="Edit privacy. Sharing with "]`,
 * the suffix is the current value and ends with ". " ("Edit privacy. Sharing with Only me. ").
 * §5 "Audience (privacy)", several public code samples (2025-2026). English only.
 */
export const PRIVACY_BUTTON = '[role="button"][aria-label^="Edit privacy"]';
export const PRIVACY_LABEL = /^Edit privacy\.\s*Sharing with\s+(.+?)[.\s]*$/i;

/**
 * Comment and reply boxes (§5 "Comment box": "Write a comment…" with the Unicode ellipsis,
 * replies "Reply to <name>…"; Facebook auto-commenter copies, eboody/commgmt textBox.js).
 * Matched on the editor's own aria-label; English only (the structural fallback is "a Lexical
 * editor outside any post dialog and outside a chat").
 */
export const COMMENT_LABEL = /^(?:write a comment|write a public comment|reply to |comment as |submit your first comment)/i;

/** Its submit button (§5 "Comment box": `div[aria-label="Comment"][role="button"]`, or Enter). */
export const COMMENT_BUTTON = '[aria-label="Comment"][role="button"], [aria-label="Reply"][role="button"]';

/**
 * Messenger chat in facebook.com (§5 "Messenger / chat": `div[aria-label="Message"]`, Lexical,
 * Enter sends; public code sample, 2026). English only.
 */
export const MESSAGE_LABEL = /^message$/i;

/**
 * The chat's send button. Not in sites.md: "Press enter to send" is the label the replica gives
 * it (unverified against the live site); Enter is the submit path that matters in chat.
 */
export const SEND_BUTTON = '[aria-label="Press enter to send"][role="button"], [aria-label="Send"][role="button"]';

/**
 * Mentions inside an editor: Lexical mention nodes are links to the profile (§5 brief; the
 * replica renders them `<a href="https://www.facebook.com/<vanity>">Name</a>`).
 */
export const MENTIONS = 'a[href]';

/** Headings in a dialog ("Create post"): never the author's name. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Who is posting (§5 "Active profile vs Page"): the `c_user` cookie is the signed-in person's id,
 * `i_user` is present when switched into a Page profile (new Pages experience). Public code: FB
 * page auth ("checks for the presence of the 'i_user' cookie … page auth"), dienp/fb-tools.
 * Only these two cookies are ever parsed out of document.cookie; `xs`, `fr`, `datr` (session
 * secrets) are never read into any value.
 */
export const PERSON_COOKIE = 'c_user';
export const PAGE_COOKIE = 'i_user';
