// WordPress block editor (Gutenberg) selectors, each with where it was seen. Sources:
// ../shared/research/sites.md §14 (Gutenberg's own e2e utils and tests, Harper's editor detection,
// public plugin code; read for this adapter on 2026-11-23) and §15-19, and Gutenberg's components
// as published in WordPress's own source (class names `editor-post-status__toggle`,
// `edit-post-post-visibility`, `editor-post-publish-panel__toggle`). NONE was checked against a live
// WordPress. Gutenberg's class names are its public styling API (stable across releases, never
// localized); the labels are localized and are never used to find an element.

/**
 * The page is Gutenberg: `body.block-editor-page` (wp-admin), the editor root `#editor` with its
 * layout, or the iframed canvas (sites.md §0 Harper: `[data-testid="gutenberg-editor"],
 * .block-editor-iframe__body`; §14 "Editor canvas").
 */
export const GUTENBERG_PAGE = ['body.block-editor-page', '#editor .edit-post-layout', '#editor .editor-editor-interface', 'iframe[name="editor-canvas"]', '[data-testid="gutenberg-editor"]'];

/** The iframed canvas (sites.md §14, H): a same-origin iframe named `editor-canvas`. */
export const CANVAS_FRAME = 'iframe[name="editor-canvas"]';

/**
 * The post's writing area, the one composer per post: inside the canvas iframe its body
 * (`.block-editor-iframe__body`, also `.editor-styles-wrapper`); without the iframe (older
 * WordPress, or a block that forces the inline editor) `.editor-styles-wrapper` under `#editor`
 * (sites.md §14 "Editor canvas", H).
 */
export const CANVAS_ROOTS = ['body.block-editor-iframe__body', 'body.editor-styles-wrapper', '#editor .editor-styles-wrapper', '.edit-post-visual-editor .editor-styles-wrapper'];

/**
 * The title and the blocks' text (sites.md §14 "Blocks", H): the title `h1.editor-post-title__input`
 * (`.wp-block-post-title` in the iframe), each RichText `.block-editor-rich-text__editable`
 * (a contenteditable per paragraph, heading, list item, quote line, caption).
 */
export const TITLE = ['.editor-post-title__input', 'h1.wp-block-post-title[contenteditable]'];
export const RICH_TEXT = '.block-editor-rich-text__editable';
/** Any editable text of the post: what the reader keeps (everything else in the canvas is skipped). */
export const TEXT_PARTS = [...TITLE, RICH_TEXT].join(', ');

/**
 * Not the user's text inside a RichText: the placeholder span (`data-rich-text-placeholder`, painted
 * by CSS) and the padding <br> (`data-rich-text-padding`) that holds an empty last line open.
 */
export const NOT_TEXT = '[data-rich-text-placeholder], [data-rich-text-padding]';

/**
 * Publishing (sites.md §14 "Publish", H, Gutenberg e2e utils): the header's
 * `.editor-post-publish-panel__toggle` ("Publish…") only opens the pre-publish panel; the final
 * `.editor-post-publish-panel .editor-post-publish-button` publishes. A published post's header
 * button is `.editor-post-publish-button` itself ("Update" / "Save"), and so is the header's
 * button when the user turned pre-publish checks off. The toggle never carries
 * `.editor-post-publish-button` (only `.editor-post-publish-button__button`).
 */
export const FINAL_PUBLISH = ['.editor-post-publish-panel .editor-post-publish-button', '.editor-post-publish-panel__header-publish-button button.editor-post-publish-button__button'];
export const HEADER_PUBLISH = ['.editor-header .editor-post-publish-button', '.edit-post-header .editor-post-publish-button', '.editor-post-publish-button:not(.editor-post-publish-panel__toggle)'];

/**
 * Visibility, as the sidebar shows it (the data API in the MAIN world is the reliable source,
 * sites.md §14, and a content script cannot read it). WordPress ≤ 6.5: the "Visibility" row's
 * button (`.edit-post-post-visibility__toggle`, `.editor-post-visibility__toggle`: "Public" /
 * "Private" / "Password protected"). WordPress 6.6+: the "Status" row's button
 * (`.editor-post-status__toggle`: "Published" / "Draft" / "Scheduled" / "Pending" / "Private").
 * The pre-publish panel's own "Visibility" row is the last fallback.
 */
export const VISIBILITY = ['.editor-post-visibility__toggle', '.edit-post-post-visibility__toggle', '.editor-post-status__toggle', '.editor-post-publish-panel__prepublish .editor-post-visibility__toggle'];
/** WordPress 6.6+: a password is set when the status popover's or the summary's password control shows one (assumed). */
export const PASSWORD_SET = ['.editor-post-password input[type="text"]:not([value=""])', '.editor-post-status .editor-post-password'];

/**
 * Who writes: wp-admin's toolbar "Howdy, <name>" item `#wp-admin-bar-my-account .display-name`
 * (WordPress core's admin bar; the editor hides the bar but keeps it in the page in full-screen
 * mode, assumed), the Post Author panel's select (`.editor-post-author__select`, 6.5 and older),
 * else nothing. wp-admin also prints a REST nonce (`wpApiSettings.nonce`, `_wpnonce` fields) and
 * the login cookie: never read.
 */
export const DISPLAY_NAME = ['#wp-admin-bar-my-account .display-name', '#wp-admin-bar-my-account > a.ab-item'];
export const PROFILE_LINK = ['#wp-admin-bar-user-info .username', '#wp-admin-bar-my-account .username'];

/**
 * Settings fields, not posts: the textareas of the settings sidebar and the block inspector (an
 * image's alt text, the excerpt, a custom field) and of the pre-publish panel (Gutenberg's
 * `.interface-interface-skeleton__sidebar`, `.editor-sidebar`, `.block-editor-block-inspector`,
 * `.editor-post-publish-panel`). Typing there is not an unprotected post for the self-test.
 */
export const SETTINGS_PANELS = '.interface-interface-skeleton__sidebar, .editor-sidebar, .block-editor-block-inspector, .editor-post-publish-panel';
