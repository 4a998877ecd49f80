import browser from 'webextension-polyfill';
import type messages from '../../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`; a typo does not compile. */
export type MessageKey = keyof typeof messages;

/**
 * A string for people, from the browser's i18n catalogue (`_locales/<lang>/messages.json`), so a
 * translation is a data file and never a code change. `$1`…`$9` in a message take `subs`.
 * The key itself comes back only if the catalogue lacks it: visible, but never an empty button.
 */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}
