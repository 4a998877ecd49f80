// Gmail DOM selectors, each with where it was seen. Sources: ../shared/research/sites.md §10, which
// cites InboxSDK (InboxSDK/InboxSDK gmail-compose-view.ts, page-parser.ts, from-manager.ts,
// 2026-07) and gmail.js (KartikTalwar/gmail.js src/gmail.js, 2026-03): both maintained, both agree,
// confidence H unless marked. None was checked against the live site. Gmail's class names are
// obfuscated but have been stable for years; attribute and role selectors come first where they exist.

/**
 * One compose, whatever its form: the bottom-right dialog, its pop-out / full-screen form and the
 * inline reply or forward in a thread all have a `div.M9` root (gmail.js; inline: `.M9` inside `.AO`,
 * pop-out `div.AD`). Fallbacks: the dialog role the compose window has and the form the recipients
 * live in (InboxSDK's page parser walks `div[role=region] > table … form`).
 */
export const COMPOSE_ROOTS = ['div.M9', 'div.AD', '[role="dialog"]', 'div[role="region"]'];

/**
 * The message body: Gmail's own contenteditable. InboxSDK: `.Ap [g_editable=true]`; gmail.js:
 * `div[contenteditable=true]:not([id=subject])`; the aria-label "Message Body" is localized (§10
 * "Body"), so it is a fallback only, and the editable is required in every form.
 */
export const BODIES = [
  '.Ap [g_editable="true"][contenteditable="true"]',
  'div[g_editable="true"][contenteditable="true"]',
  'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]',
  'div.Am.editable[contenteditable="true"]',
].join(', ');

/**
 * The previous message Gmail quotes into a reply or forward. Sent Gmail mail carries it as
 * `<div class="gmail_quote"><div class="gmail_attr">On … wrote:</div><blockquote class="gmail_quote">`
 * (seen in many public mail archives of Gmail-sent HTML); a forward's "Forwarded message" block is a
 * `div.gmail_quote` too. Older drafts wrap it in `div.gmail_extra`... around the same quote.
 */
export const QUOTE = '.gmail_quote';

/**
 * Recipient chips, current "peoplekit" UI (2021+): `.anm[name=to|cc|bcc] [role=listbox]
 * [role=option][data-name]` with the address in `data-hovercard-id` (InboxSDK get-recipients.ts);
 * gmail.js: `div[name=to] div[data-hovercard-id]`. Classic UI: `.vR` chips holding a hidden input
 * whose value is the address (InboxSDK) and a `span.vN[email]` (public extension code, M).
 */
export const RECIPIENT_FIELDS = ['to', 'cc', 'bcc'] as const;
export const chipSelectors = (field: string): string => [
  `.anm[name="${field}"] [role="listbox"] [role="option"][data-hovercard-id]`,
  `div[name="${field}"] [data-hovercard-id]`,
  `div[name="${field}"] [email]`,
].join(', ');
/** Classic chips: the hidden input's value is "Name <address>" or the address (InboxSDK page-parser.ts). */
export const classicChipInputs = (field: string): string => `.vR > input[type="hidden"][name="${field}"]`;

/**
 * Where an address is still being typed: `div[name=to] input` (peoplekit, InboxSDK/gmail.js; the
 * input carries `peoplekit-id`), classic `textarea.vO[name=to]` / `input[name=to]`.
 */
export const recipientInputs = (field: string): string => [
  `div[name="${field}"] input:not([type="hidden"])`,
  `textarea.vO[name="${field}"]`,
  `input[name="${field}"]:not([type="hidden"])`,
].join(', ');

/**
 * The From address when the account has several send-as addresses: `input[name="from"]` (value =
 * the address; InboxSDK from-manager.ts). Its choices are `div[value][role=menuitem]` in the From
 * menu; the selected one is the fallback when the input is missing.
 */
export const FROM_INPUT = 'input[name="from"]';
export const FROM_CHOICES = 'div.J-M[role="menu"] div[value][role="menuitem"]';

/**
 * The account button in Gmail's header, aria-label "Google Account: Name (email)". The prefix is
 * localized ("Compte Google : …", "Google-Konto: …"), so after the English prefix, any link to
 * Google's account pages whose label ends in "(address)" (§10 "Active account"; public code, M).
 */
export const ACCOUNT_BUTTONS = [
  'a[aria-label^="Google Account:"]',
  'header a[href*="accounts.google.com/SignOutOptions"][aria-label]',
  '#gb a[aria-label*="@"]',
  'header [role="button"][aria-label*="@"], header a[aria-label*="@"]',
].join(', ');

/**
 * The Send button of one compose. InboxSDK: `.IZ .Up div > div[role=button]` that is not Send+Archive
 * (`.Uo`) nor the schedule-send arrow (`[aria-haspopup=true]`); gmail.js: `div.T-I.T-I-atl`; the class
 * `aoO` and the data-tooltip "Send ‪(Ctrl-Enter)‬" (localized, hence last) from extension code (M).
 */
export const SEND_BUTTONS = [
  '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  'div[role="button"].aoO:not(.Uo):not([aria-haspopup="true"])',
  'div[role="button"].T-I.T-I-atl:not(.Uo):not([aria-haspopup="true"])',
  'div[role="button"][data-tooltip^="Send"]:not(.Uo):not([aria-haspopup="true"])',
];
