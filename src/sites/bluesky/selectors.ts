// Bluesky DOM selectors, each with where it was seen. Bluesky's web app is open source
// (bluesky-social/social-app, React Native Web: `testID` → `data-testid`, a Button's `label` →
// `aria-label`). Sources: ../shared/research/sites.md §2 (confidence H, code up to Aug 2026) and the
// social-app files named below, read 2026-11 in a public code index. None was checked on the live site.
// Several fallbacks per purpose: data-testid first, then structure, then (last) English labels.

/**
 * The composer: `ComposePost` (src/view/com/composer/Composer.tsx) renders
 * `KeyboardAvoidingView testID="composePostView"`; on web src/view/shell/Composer.web.tsx wraps it in
 * a Radix `DismissableLayer role="dialog" aria-modal`.
 */
export const COMPOSER_CONTAINERS = [
  '[data-testid="composePostView"]',
  '[role="dialog"][aria-modal="true"]:has(.ProseMirror)',
].join(', ');

/**
 * One TipTap editor per post box (a thread composer has several, one per `ComposerPost`).
 * RichTextInputWeb.tsx renders TipTap's `EditorContent`: `.ProseMirror[contenteditable=true]`
 * with a `ProseMirror-light` / `ProseMirror-dark` mode class (sites.md §2 "Editor", @07b53c1).
 * `composerTextInput` is native-only, so it is no web selector.
 */
export const POST_EDITORS = [
  '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
  '[role="dialog"][aria-modal="true"] .ProseMirror[contenteditable="true"]',
  '.ProseMirror.ProseMirror-light[contenteditable="true"]',
  '.ProseMirror.ProseMirror-dark[contenteditable="true"]',
].join(', ');

/**
 * Chat (DMs), at /messages/<convoId>: src/screens/Messages/components/MessageInput.web.tsx renders a
 * `react-textarea-autosize` <textarea> (placeholder "Write a message", localized) with no testID;
 * Enter sends, Shift+Enter is a new line. Not in sites.md: read from social-app @07d0069.
 */
export const CHAT_EDITORS = 'textarea';

/** Chat's send button: a `Pressable` with `accessibilityLabel="Send message"` (English only; MessageInput.web.tsx). */
export const CHAT_SEND_BUTTONS = '[aria-label="Send message"], button[type="submit"]';

/** `[data-testid="composerPublishBtn"]`, label "Publish post/reply/posts/replies" (Composer.tsx `ComposerTopBar`; sites.md §2 "Publish button"). */
export const PUBLISH_BUTTONS = [
  '[data-testid="composerPublishBtn"]',
  'button[aria-label^="Publish "]',
  '[role="button"][aria-label^="Publish "]',
].join(', ');

/**
 * The reply gate: ThreadgateBtn.tsx, `testID="openReplyGateButton"`, label "Anybody can interact" or
 * "Interaction limited" (sites.md §2 "Reply / quote settings"). It limits replies and quotes, never
 * readers: every Bluesky post is public (src/core/audience-sites.ts).
 */
export const REPLY_GATE_BUTTONS = [
  '[data-testid="openReplyGateButton"]',
  '[aria-label="Anybody can interact"]',
  '[aria-label="Interaction limited"]',
].join(', ');

/**
 * The post being replied to, shown above the reply box: ComposerReplyTo.tsx has no testID; its
 * Pressable's label is "Expand or collapse the full post you are replying to" (English only).
 * The Publish button's label says "reply" too (Composer.tsx): both are English-only signals.
 */
export const REPLY_TO = '[aria-label="Expand or collapse the full post you are replying to"]';
export const REPLY_PUBLISH_LABEL = /^publish repl/i;

/** Mentions: TipTap's Mention node with `HTMLAttributes: {class: 'mention'}` (RichTextInputWeb.tsx): `<span class="mention" data-type="mention" data-id="handle">@handle</span>`. */
export const MENTIONS = 'span[data-type="mention"], .mention';

/**
 * The signed-in account in the page: the desktop left nav's Profile tab (`NavItem
 * href=makeProfileLink(currentAccount)`, label "Profile") and its `ProfileCard` link ("My Profile"),
 * src/view/shell/desktop/LeftNav.tsx. The href is `/profile/<handle>` (or `/profile/<did>` when the
 * handle is invalid).
 */
export const OWN_PROFILE_LINKS = [
  'nav a[href^="/profile/"][aria-label="Profile"]',
  'a[role="tab"][href^="/profile/"][aria-label="Profile"]',
  'a[href^="/profile/"][aria-label="Profile"]',
  'a[href^="/profile/"][title="My Profile"]',
].join(', ');

/** The session store (sites.md §2, §19): JSON whose `session.currentAccount` holds did/handle beside access and refresh JWTs. */
export const SESSION_STORAGE_KEY = 'BSKY_STORAGE';
