// LinkedIn DOM selectors, each with where it was seen. Sources: ../shared/research/sites.md §4
// (public recon notes and automation scripts, 2025-2026; none checked against the live site).
// LinkedIn serves two UIs at once: classic (Ember, Quill) and the newer React "SDUI" (TipTap).
// Several fallbacks per purpose: the first that matches wins.

/** Hosts the classic share modal and some dialogs in an open shadow root ("April 2026"). */
export const INTEROP_OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';

/** Post, comment and message editors. */
export const EDITORS = [
  // Classic share box, Quill (recon 2026-08-08).
  '.ql-editor[contenteditable="true"]',
  '[data-test-ql-editor-contenteditable="true"]',
  '[role="textbox"][aria-label="Text editor for creating content"]',
  // SDUI share box, TipTap (2025-26 rollout).
  '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
  '.ProseMirror[contenteditable="true"]',
  '.tiptap[contenteditable="true"]',
  // Messaging (classic).
  '.msg-form__contenteditable[contenteditable="true"]',
].join(', ');

/** The container that holds one composer and its author/audience controls. */
export const COMPOSER_CONTAINERS = [
  '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
  '.share-box-v2__modal',
  '[data-test-modal-id="sharebox"]',
  'dialog',
  'form.comments-comment-box__form',
  '[componentkey^="commentBox-"]',
  'div[data-view-name="comment-box"]',
  '.msg-form',
].join(', ');

/** Classic: line 1 of its text is the author, line 2 the audience ("Post to Anyone"). Seen live 2026-08-08. */
export const AUTHOR_AUDIENCE_BUTTON = '.share-unified-settings-entry-button';

export const COMMENT_EDITOR_SCOPE = 'form.comments-comment-box__form, [componentkey^="commentBox-"], div[data-view-name="comment-box"]';
export const MESSAGE_EDITOR_SCOPE = '.msg-form';

/** The signed-in member's own profile link (low confidence: single source). */
export const CURRENT_MEMBER_LINK = ".global-nav__me a[href*='/in/'], [aria-label='Sidebar'] a[href*='/in/']";

/** Mentions inside an editor: Quill's mention blot and TipTap's mention node, or a profile link. */
export const MENTIONS = '.ql-mention, [data-type="mention"], .mention, a[href*="/in/"], a[href*="/company/"]';

/**
 * The Post / Comment / Send button inside a composer container. Classic share box: disabled until
 * there is text; comments: its text is "Comment"; messaging: may be inside #interop-outlet. SDUI's
 * share dialog has only a text-only, class-less <button> in its footer (label localized): found by
 * shape in the adapter, not by selector. (§4, "Post button", "Comments", "Messaging".)
 */
export const SUBMIT_BUTTONS = [
  'button.share-actions__primary-action',
  'button.comments-comment-box__submit-button',
  '[componentkey*="commentButtonSection"] button',
  'button.msg-form__send-button',
].join(', ');
