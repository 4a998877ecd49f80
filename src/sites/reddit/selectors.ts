// Reddit DOM selectors, each with where it was seen. Sources: ../shared/research/sites.md §8
// (public automation scripts, Selenium page objects, RES and Harper, 2025-2026; none checked
// against the live site) and §17 (keys). New Reddit ("shreddit") is built from web components,
// several with open shadow roots; old Reddit is plain HTML forms. Several fallbacks per purpose.

// --- new Reddit (www.reddit.com) ------------------------------------------------------------

/**
 * Composer hosts. `shreddit-composer` (Harper's editorUtils.ts @1f6cac2, 2026-08-22) keeps its
 * editor in the light DOM, slotted; `shreddit-simple-composer` and `shreddit-comment-composer`
 * keep it in their shadowRoot (public code sample, 2026). The adapter's roots() are these hosts'
 * shadow roots, plus the ones they sit in.
 */
export const COMPOSER_HOSTS = 'shreddit-composer, shreddit-simple-composer, shreddit-comment-composer';

/**
 * The editable itself, inside a host (light DOM, slotted) or its shadowRoot:
 * `shreddit-composer > div[role="textbox"][contenteditable="true"]` (sites.md §8 "Editor", two
 * public code samples); Lexical's root marker `[data-lexical-editor="true"]` (a public Reddit
 * comment-box helper that finds `shreddit-composer [data-lexical-editor="true"]`, undated).
 */
export const EDITORS = [
  'div[role="textbox"][contenteditable="true"]',
  '[data-lexical-editor="true"][contenteditable="true"]',
  '[contenteditable="true"][slot="rte"]',
].join(', ');

/** The new-post body: `shreddit-composer#post-composer_bodytext` (Selenium page object, 2025-26). */
export const POST_BODY_HOST = '#post-composer_bodytext, shreddit-composer[name="body"]';

/**
 * The new-post title: `faceplate-textarea-input[name="title"]`, whose real <textarea> is in its
 * shadowRoot (same page object). Read together with the body: both are the user's words.
 */
export const POST_TITLE_HOST = 'faceplate-textarea-input[name="title"], faceplate-textarea-input#post-composer__title';
export const POST_TITLE_FIELD = 'textarea, input[type="text"]';

/** The new-post form that holds title, body, community picker and the Post button (assumed; see README). */
export const POST_FORM = 'shreddit-post-composer, r-post-composer-form, #post-composer, faceplate-form[action*="submit"], form';

/**
 * New-post submit: `#submit-post-button` is a shadow host, the real button is
 * `#inner-post-submit-button` in its shadowRoot (Reddit "site knowledge" doc in public code, 2026).
 */
export const POST_SUBMIT_HOST = '#submit-post-button, r-post-form-submit-button';
export const POST_SUBMIT_INNER = '#inner-post-submit-button, button[type="submit"]';

/** Community picker on the new-post page: `#post-submit-community-picker` (page object, 2025-26). */
export const COMMUNITY_PICKER = '#post-submit-community-picker';
/** What it shows as chosen: an `r/…` or `u/…` name (assumed markup: its value attribute, then its text). */
export const COMMUNITY_PICKER_VALUE = '[data-select-value][aria-selected="true"], [data-select-value][selected]';

/**
 * Comment submit: `shreddit-composer > button[type="submit"][slot="submit-button"]` (two public
 * code samples); in hosts that keep the editor in their shadowRoot, a submit button there.
 */
export const COMMENT_SUBMIT = 'button[type="submit"][slot="submit-button"], button[slot="submit-button"]';
export const COMMENT_SUBMIT_IN_SHADOW = 'button[type="submit"], button[slot="submit-button"]';

/**
 * The comment form around a composer: `comment-composer-host … faceplate-form shreddit-composer`
 * (sites.md §8 "Reply to a comment"); a reply sits inside `shreddit-comment-action-row` under
 * the `shreddit-comment` it answers.
 */
export const COMMENT_FORM = 'faceplate-form, comment-composer-host';
export const REPLY_SCOPE = 'shreddit-comment-action-row, shreddit-comment';

/** The post the page is about: `shreddit-post[subreddit-prefixed-name="r/x"]` (many 2025-26 parsers). */
export const POST = 'shreddit-post';

/**
 * The signed-in user, from the page header only (no /api/me.json: no network from the adapter).
 * Assumed markup (no source gives it, see README): the user-menu button `#expand-user-drawer-button`
 * and a `faceplate-tracker` around the avatar's profile link `/user/<name>/` in the header.
 */
export const USER_LINKS = [
  'reddit-header-large faceplate-tracker[noun="avatar"] a[href^="/user/"]',
  'header faceplate-tracker[noun="avatar"] a[href^="/user/"]',
  '#user-drawer-content a[href^="/user/"]',
  'reddit-header-large a[href^="/user/"][aria-label]',
];
/** The user-menu button: its avatar's alt text or aria-label can carry the name (assumed). */
export const USER_MENU_BUTTON = '#expand-user-drawer-button';

// --- old Reddit (old.reddit.com) -------------------------------------------------------------

/**
 * Comment, reply, self-post text and message boxes: `.usertext-edit textarea[name="text"]`
 * (RES commentTools; public code samples). The submit page's text is `#text-field textarea`.
 */
export const OLD_EDITORS = '.usertext-edit textarea[name="text"], #text-field textarea, form.usertext textarea[name="text"]';
/** Save / submit: `.usertext-buttons button.save`, `.usertext-edit .save`; submit page `.spacer .btn` (RES). */
export const OLD_SAVE = '.usertext-buttons button.save, .usertext-edit .save, button[type="submit"].save';
export const OLD_SUBMIT_FORM = 'form#newlink, form.submit';
export const OLD_SUBMIT_BUTTON = '.spacer button[name="submit"], .spacer .btn[type="submit"], .spacer .btn';
/** Submit page title: `#title-field textarea` / `textarea[name="title"]` (RES). */
export const OLD_TITLE = '#title-field textarea, textarea[name="title"]';
/** Subreddit field on the submit page: `#sr-autocomplete` (RES). */
export const OLD_SUBREDDIT_INPUT = '#sr-autocomplete, input[name="sr"]';
/** Old Reddit's header user link: `.user a` (codebutler-style identifyUser; sites.md §8). */
export const OLD_USER_LINK = '#header-bottom-right .user a, .user a[href*="/user/"]';
/** The private-message form (`/message/compose/`): recipient `input[name="to"]` (assumed, see README). */
export const OLD_MESSAGE_FORM = 'form#compose-message, form[action*="compose"]';
export const OLD_MESSAGE_TO = 'input[name="to"]';
