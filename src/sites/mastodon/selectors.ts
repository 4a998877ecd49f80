// Mastodon web UI selectors, each with where it was seen. Source: ../shared/research/sites.md §3,
// Mastodon's own open-source code (mastodon/mastodon app/javascript/mastodon, 4.2 @002065f and
// 4.3+ as of 2026; high confidence, never checked against a live instance). Glitch-soc and other
// forks keep these class names. Several fallbacks per purpose: the first that matches wins.

/**
 * The app itself, on any domain (not every server is mastodon.*): the React root `div#mastodon`
 * (layouts/application.html.haml, home/index) and `body.app-body`. Either one will do.
 */
export const APP_ROOT = '#mastodon, body.app-body';

/** Server-rendered JSON (initial_state.ts). Holds meta.access_token beside the identity: read identity fields only. */
export const INITIAL_STATE = 'script#initial-state[type="application/json"], script#initial-state';

/** The compose form (compose_form.jsx `<form className='compose-form' onSubmit>`), in a column or a modal. */
export const COMPOSE_FORM = 'form.compose-form';

/** The text box: AutosuggestTextarea's plain <textarea>, controlled by React (compose_form.jsx). */
export const EDITORS = [
  'form.compose-form textarea.autosuggest-textarea__textarea',
  'form.compose-form textarea[aria-autocomplete="list"]',
  'form.compose-form .compose-form__highlightable textarea',
].join(', ');

/** Content warning: AutosuggestInput id='cw-spoiler-input' className='spoiler-input__input' (compose_form.jsx). */
export const SPOILER_INPUT = '#cw-spoiler-input, input.spoiler-input__input, .spoiler-input input';

/** A reply in progress: ReplyIndicatorContainer inside the form (reply_indicator.jsx). */
export const REPLY_INDICATOR = '.reply-indicator';

/**
 * The visibility button: privacy_dropdown.tsx and, on `outgoing_quotes` servers, visibility_button.tsx
 * (opens the COMPOSE_PRIVACY modal). Same `dropdown-button` class; `title` is localized, so it comes last.
 */
export const VISIBILITY_BUTTON = [
  '.compose-form__dropdowns button.dropdown-button',
  '.compose-form__buttons button.dropdown-button',
  '.privacy-dropdown button.dropdown-button',
  'button.dropdown-button[title="Change post privacy"]',
].join(', ');

/** Language-independent: components/icon.tsx renders `svg.icon.icon-${id}`; ids from visibility_button.tsx. */
export const VISIBILITY_ICONS: Readonly<Record<string, string>> = {
  'icon-globe': 'Public',
  'icon-unlock': 'Quiet public',
  'icon-lock': 'Followers',
  'icon-at': 'Specific people',
};

/** The visibility's localized label: only when no icon is known. */
export const VISIBILITY_LABEL = '.dropdown-button__label';

/**
 * Publish: 4.3+ `.compose-form__submit` Button type='submit'; 4.2 and forks
 * `.compose-form__publish .compose-form__publish-button-wrapper` (label Post / Reply / Save changes, localized).
 */
export const SUBMIT_BUTTONS = [
  '.compose-form__submit button[type="submit"]',
  '.compose-form__publish-button-wrapper button',
  '.compose-form__publish button',
  'button[type="submit"]',
].join(', ');

/**
 * The signed-in account: the compose panel's navigation bar renders <Account id={me} minimal />
 * (navigation_bar.tsx), a link to `/@acct` with `.display-name__html` (the display name).
 */
export const ACCOUNT_LINK = [
  '.navigation-bar a.account__display-name[href*="/@"]',
  '.navigation-bar .account a[href*="/@"]',
  '.navigation-bar a[href*="/@"]',
].join(', ');
export const ACCOUNT_NAME = '.display-name__html';
