import type { BrowserContext, Page } from 'playwright-core';
import { accessibleNodes, waitForAccessible } from './a11y';
import { activeTabId } from './extension';

// What every site's end-to-end file does with Hatcheck's own UI: the hold dialog, the popup's
// switches, the popup's text for a tab. One copy, so a change of wording is one change.

export const dialogs = (context: BrowserContext, page: Page) => accessibleNodes(context, page, ['alertdialog']);

export const waitForDialog = (context: BrowserContext, page: Page) => waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);

/** "Post anyway" (or "Send anyway") is disarmed for a moment after the dialog shows: wait as a person would. */
export const waitUntilArmed = (context: BrowserContext, page: Page, name = 'Post anyway') =>
  waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === name && !b.disabled));

/**
 * Changes a popup setting and waits until a fresh popup reads it back. The write is asynchronous: a
 * fresh popup (never a reload of the one that wrote it, which could cut the write short) must read it
 * back before tests rely on it.
 */
export async function setInPopup(
  context: BrowserContext,
  extensionId: string,
  change: (popup: Page) => Promise<void>,
  isSet: (popup: Page) => Promise<boolean>,
): Promise<void> {
  const url = `chrome-extension://${extensionId}/src/popup/index.html?tabId=1`;
  const popup = await context.newPage();
  await popup.goto(url);
  await change(popup);
  for (let attempt = 0; ; attempt++) {
    const fresh = await context.newPage();
    await fresh.goto(url);
    // The popup shows its defaults until its settings load: let the page settle first.
    await fresh.getByText('Contacts and settings').waitFor();
    await fresh.waitForLoadState('networkidle');
    const done = await isSet(fresh);
    await fresh.close();
    if (done) break;
    if (attempt >= 40) throw new Error('the popup setting never read back');
    await popup.waitForTimeout(250);
  }
  await popup.close();
}

/**
 * Turns on the popup's "Ask before posting at warnings too" (where the default policy only warns:
 * public posts, direct messages).
 */
export function askAtWarnToo(context: BrowserContext, extensionId: string): Promise<void> {
  const label = 'Ask before posting at warnings too';
  return setInPopup(context, extensionId, (p) => p.getByLabel(label).check(), (p) => p.getByLabel(label).isChecked());
}

/** What the popup opened for `page`'s tab says. */
export async function popupText(context: BrowserContext, extensionId: string, page: Page): Promise<string> {
  await page.bringToFront();
  const tabId = await activeTabId(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('main').waitFor();
  await popup.getByText('Contacts and settings').waitFor();
  const text = await popup.locator('main').innerText();
  await popup.close();
  return text;
}

/**
 * Picks an export file in the options page's import panel and imports it as the review proposes
 * (the format's own tag). A CSV that needs a column mapping stops at its mapping form instead.
 */
export async function importContactsFile(page: Page, files: Parameters<import('playwright-core').Locator['setInputFiles']>[0]): Promise<void> {
  await page.getByLabel('Choose an export file').setInputFiles(files);
  await page.getByRole('button', { name: /^Import [\d,]+ contacts?$/ }).click();
}

/** The import's summary line ("Connections.csv (LinkedIn Connections.csv): 12 added, 0 merged, 0 skipped (already in your list)."). */
export const IMPORT_SUMMARY = /\d+ added, \d+ merged, \d+ skipped \(already in your list\)/;
