// X / Twitter DOM selectors, each with where it was seen. Sources: ../shared/research/sites.md §1
// (Control Panel for Twitter = CPFT, insin/control-panel-for-twitter v4.24.0, 2026-08-17; Maskbook
// selector.ts; 2026 automation scripts). None was checked against the live site. X is renaming
// `tweet*` test ids to `post*`: both forms are listed where a rename is expected.
// Several fallbacks per purpose; test ids before classes, classes before (localized) labels.

/** Post editors: Draft.js puts data-testid="tweetTextarea_N" on its contenteditable (CPFT, Maskbook). */
const POST_EDITORS = [
  '.public-DraftEditor-content[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '.public-DraftEditor-content[data-testid^="postTextarea_"][contenteditable="true"]',
  // The wrappers CPFT keys on, in case the test id leaves the editable itself.
  '[data-testid^="tweetTextarea_"][data-testid$="RichTextInputContainer"] .public-DraftEditor-content[contenteditable="true"]',
  '[data-testid^="tweetTextarea_"][data-testid$="_label"] .public-DraftEditor-content[contenteditable="true"]',
  // Narrow / mobile web compose: a textarea in the same wrapper (CPFT tweakMobileComposeTweetPage).
  '[data-testid^="tweetTextarea_"] textarea',
  'textarea[data-testid^="tweetTextarea_"]',
  '[data-testid^="postTextarea_"] textarea',
];

/** X Chat (2026): a real textarea (public code samples, 2026). Legacy DMs: Draft in dmComposerTextInput (retired). */
const CHAT_EDITORS = [
  'textarea[data-testid="dm-composer-textarea"]',
  '[data-testid="dmComposerTextInput"] .public-DraftEditor-content[contenteditable="true"]',
  '.public-DraftEditor-content[data-testid="dmComposerTextInput"][contenteditable="true"]',
];

export const EDITORS = [...POST_EDITORS, ...CHAT_EDITORS].join(', ');
export const CHAT_EDITOR = CHAT_EDITORS.join(', ');
/** The DM drawer (CPFT; legacy DMs, L): a box inside it is a message box whatever its own test id. */
export const CHAT_SCOPE = '[data-testid="DMDrawer"], [data-testid="chat-drawer-root"]';

/** The compose modal in #layers (CPFT: aria-modal; aria-labelledby="modal-header"). */
export const MODAL = '[aria-modal="true"], [role="dialog"][aria-labelledby="modal-header"]';
/** The column that holds the inline home box and the inline reply box (CPFT observeDesktopHomeTimelineTweetBox). */
export const PRIMARY_COLUMN = '[data-testid="primaryColumn"]';
/** A post on the page (the replied-to post in the reply modal is one too: an inference, L). */
export const POST_ARTICLE = 'article[data-testid="tweet"], article[data-testid="post"]';

/**
 * Post / Reply / Send buttons: tweetButton (modal, reply dialog, /compose/post), tweetButtonInline
 * (home box, inline reply) per CPFT and Maskbook; post* forms for the rename in progress (L);
 * X Chat's send button (2026 samples); legacy DM send.
 */
export const SUBMIT_BUTTONS = [
  '[data-testid="tweetButton"]',
  '[data-testid="tweetButtonInline"]',
  '[data-testid="postButton"]',
  '[data-testid="postButtonInline"]',
  '[data-testid="dm-composer-send-button"]',
  '[data-testid="dmComposerSendButton"]',
].join(', ');

/**
 * "Who can reply": a button whose aria-label is the current value ("Everyone can reply", …), English
 * only (M). A 2026 source names data-testid="audienceSelector" (L, unverified).
 */
export const REPLY_SETTING = '[role="button"][aria-label$=" can reply"], button[aria-label$=" can reply"], [aria-label*="can reply"]';
/** "Choose audience" (Everyone / a Community; Circle is gone): its text is the current audience. */
export const AUDIENCE_BUTTON = '[aria-label="Choose audience"], [data-testid="audienceSelector"]';

/** The signed-in account: side-nav switcher (text has `@handle`, Maskbook) and the profile tab link (href `/<handle>`). */
export const ACCOUNT_SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
export const PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';
