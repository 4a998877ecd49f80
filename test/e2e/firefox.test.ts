import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintAddon, unexplainedFindings, type LintReport } from '../support/addons-lint';
import { distDir } from '../support/dist';
import { FIXTURE_URLS } from '../support/fixtures';
import { X_URLS } from '../fixtures/x/pages';
import {
  ADDON_ID, accessibleInOverlay, accessibleInPage, addonTabIds, clickNode, describedByText, isFocused, launchFirefoxExtension, navigateAddonPage, newRoutedPage,
  openAddonPage, renderedText, type BidiNode, type LaunchedFirefox,
} from '../support/firefox';

// The Firefox build (dist/firefox): `web-ext lint`'s checks, then the add-on in Debian's
// firefox-esr over WebDriver BiDi on the offline LinkedIn and X replicas, with the same drafts and
// the same expectations as linkedin.test.ts, submit-guard.test.ts and x.test.ts in Chromium, read
// from Firefox's accessibility engine, and the popup page opened in a tab. One browser launch for
// the file; the linter (a child process) runs while Firefox starts.

import '../fixtures/linkedin/fixture-hook';
import '../fixtures/x/fixture-hook';

const EDITOR = '>>> [aria-label="Text editor for creating content"]';
let firefox: LaunchedFirefox;
let lint: Promise<LintReport>;

beforeAll(async () => {
  lint = lintAddon(distDir('firefox'));
  lint.catch(() => undefined); // reported by its own test, not as an unhandled rejection here
  firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
});

/** URLs outside the replicas that a tab asked for (aborted). */
const blocked: string[] = [];

async function openComposer(url: string): Promise<Page> {
  const page = await newRoutedPage(firefox.browser, (blockedUrl) => blocked.push(blockedUrl));
  await page.goto(url);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  return page;
}

/** The editor library's own text (Quill always ends it with one '\n' of its own). */
const composerText = async (page: Page) => (await page.evaluate(() => window.__fixture!.composerText())).replace(/\n$/, '');

describe('addons-linter (web-ext lint) on dist/firefox', () => {
  it('finds no error, no notice, and no warning but the explained one (Preact’s dangerouslySetInnerHTML branch)', async () => {
    const report = await lint;
    expect(unexplainedFindings(report, distDir('firefox'))).toEqual([]);
    // The explained warning is Preact's, once: a second one would be a second place to look at.
    expect(report.warnings.length).toBeLessThanOrEqual(1);
  });
});

describe('Firefox ESR, LinkedIn classic share box', () => {
  it('installs the unpacked build as a temporary add-on over BiDi webExtension.install', () => {
    expect(firefox.addonId).toBe(ADDON_ID);
  });

  it('raises an alert naming the level, the categories and who can see the post', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    const draft = 'Called in sick today 😎\n\nBeach day, still hungover from last night';
    await page.keyboard.type('Called in sick today 😎');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beach day, still hungover from last night');
    // A first verdict for the first line can arrive before the rest is typed: wait for the whole.
    const expected = 'Hatcheck: check before posting: absence from work, alcohol';
    await expect.poll(async () => (await accessibleInOverlay(page, 'alert', expected)).length, { timeout: 15_000 }).toBe(1);
    // Exactly one alert on the page, and it is the one with that name.
    const alerts = await accessibleInOverlay(page, 'alert');
    expect(alerts).toHaveLength(1);
    const [alert] = await accessibleInOverlay(page, 'alert', expected);
    expect(alerts[0]!.sharedId).toBe(alert!.sharedId);
    const description = await describedByText(page, alert!);
    expect(description).toContain('Who can see it: Anyone on or off LinkedIn');
    expect(description).toContain('Posting as Jane Doe');
    // Hatcheck never writes to the editor: the site's own model still has exactly what was typed.
    expect(await composerText(page)).toBe(draft);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('stays quiet on a professional draft: one badge, no alert', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('Proud of our team for shipping the Q3 release. Thanks to everyone who helped!');
    const quiet = 'Hatcheck: nothing personal found. Who can see it: Anyone on or off LinkedIn.';
    await expect.poll(async () => (await accessibleInOverlay(page, 'button', quiet)).length, { timeout: 15_000 }).toBe(1);
    // One badge: the post box. The feed's empty comment box shows none.
    const badges = (await accessibleInOverlay(page, 'button')).filter((b) => b.value?.attributes?.class?.split(' ').includes('badge'));
    expect(badges).toHaveLength(1);
    expect(await accessibleInOverlay(page, 'alert')).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});

// Issue 7's submit guard, as submit-guard.test.ts checks it in Chromium: a draft at `confirm` is
// held when the site's Post button is pressed; "Post anyway" posts it exactly once through the
// site's own button, with the text as typed; Edit and Escape give the editor back and post nothing.
describe('Firefox ESR, submit guard on LinkedIn (Post button)', () => {
  const RISKY = 'Called in sick today, beach day and still hungover';
  const ALERT = 'Hatcheck: check before posting: absence from work, alcohol';
  const DIALOG = 'Check before posting: absence from work, alcohol';
  /** Posts in the replica's feed whose text starts with `text` (the site's own count of submissions). */
  const postsOf = (page: Page, text: string) =>
    page.evaluate((t) => [...document.querySelectorAll('.feed-shared-update-v2__description')].filter((p) => (p.textContent ?? '').startsWith(t)).length, text);
  const pressPost = (page: Page) => page.locator('>>> .share-actions__primary-action').click();
  const dialogs = (page: Page) => accessibleInOverlay(page, 'alertdialog');
  const button = async (page: Page, name: string): Promise<BidiNode | undefined> => (await accessibleInOverlay(page, 'button', name))[0];

  async function typeRisky(page: Page): Promise<void> {
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await accessibleInOverlay(page, 'alert', ALERT)).length, { timeout: 15_000 }).toBe(1);
  }

  /** Presses the site's Post button and waits for the hold dialog; returns it. */
  async function pressPostAndHold(page: Page): Promise<BidiNode> {
    await pressPost(page);
    await expect.poll(async () => (await accessibleInOverlay(page, 'alertdialog', DIALOG)).length, { timeout: 5_000 }).toBe(1);
    return (await accessibleInOverlay(page, 'alertdialog', DIALOG))[0]!;
  }

  it('holds the post behind an alertdialog; Edit (Enter on the focused button) returns to the editor with the text intact', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await typeRisky(page);
    const dialog = await pressPostAndHold(page);
    expect(await dialogs(page)).toHaveLength(1);
    expect(await describedByText(page, dialog)).toContain('Who can see it: Anyone on or off LinkedIn');
    const edit = await button(page, 'Edit');
    expect(edit).toBeTruthy();
    expect(await button(page, 'Post anyway')).toBeTruthy();
    // The least harmful answer has the focus.
    expect(await isFocused(page, edit!)).toBe(true);
    expect(await postsOf(page, 'Called in sick')).toBe(0);

    await page.keyboard.press('Enter');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    // Focus is back in the editor: typing goes on where it was, and nothing was changed.
    await page.keyboard.type(' indeed');
    await expect.poll(() => composerText(page)).toBe(`${RISKY} indeed`);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('Escape posts nothing; "Post anyway" then posts exactly once, through the site\'s button, with the text as typed', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await typeRisky(page);
    await pressPostAndHold(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    expect(await composerText(page)).toBe(RISKY);

    await pressPostAndHold(page);
    // Tab moves between the two buttons and never leaves the dialog.
    await page.keyboard.press('Tab');
    expect(await isFocused(page, (await button(page, 'Post anyway'))!)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page, (await button(page, 'Edit'))!)).toBe(true);
    // "Post anyway" is disarmed for a moment after the dialog shows (aria-disabled): wait as a person would.
    await expect.poll(async () => (await button(page, 'Post anyway'))?.value?.attributes?.['aria-disabled'] ?? 'armed').toBe('armed');
    await clickNode(page, (await button(page, 'Post anyway'))!);
    await expect.poll(() => postsOf(page, 'Called in sick')).toBe(1);
    expect(await page.evaluate(() => document.querySelector('.feed-shared-update-v2__description')?.textContent)).toBe(RISKY);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await postsOf(page, 'Called in sick')).toBe(1);
    expect(await dialogs(page)).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});

describe('Firefox ESR, X home timeline box (Draft.js)', () => {
  const HOME_BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  // On X the audience is public (unknown people): absence warns, alcohol alone would be a notice.
  const EXPECTED = 'Hatcheck warning: absence from work, alcohol';

  it('warns on a personal draft and stays quiet on a professional one', async () => {
    const page = await newRoutedPage(firefox.browser, (blockedUrl) => blocked.push(blockedUrl));
    await page.goto(X_URLS.home);
    await page.locator(HOME_BOX).click();
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Back on the beach tomorrow');
    const draft = 'Called in sick, so hungover 🍺\n\nBack on the beach tomorrow';
    await expect.poll(async () => (await accessibleInOverlay(page, 'alert', EXPECTED)).length, { timeout: 15_000 }).toBe(1);
    expect(await accessibleInOverlay(page, 'alert')).toHaveLength(1);
    const [alert] = await accessibleInOverlay(page, 'alert', EXPECTED);
    expect(await describedByText(page, alert!)).toContain('Who can see it: Anyone on X');
    // Hatcheck never writes to the editor: Draft.js still holds exactly what was typed.
    expect(await page.evaluate(() => window.__xFixture!.composerText('home:0'))).toBe(draft);

    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Proud of our team for shipping the Q3 release. Thanks to everyone who helped!');
    const quiet = 'Hatcheck: nothing personal found. Who can see it: Anyone on X.';
    await expect.poll(async () => (await accessibleInOverlay(page, 'button', quiet)).length, { timeout: 15_000 }).toBe(1);
    const badges = (await accessibleInOverlay(page, 'button')).filter((b) => b.value?.attributes?.class?.split(' ').includes('badge'));
    expect(badges).toHaveLength(1);
    expect(await accessibleInOverlay(page, 'alert')).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});

// The popup page opened in a tab for another tab (?tabId=), as linkedin.test.ts does in Chromium.
describe('Firefox ESR, popup (moz-extension page in a tab)', () => {
  it('shows the tab’s verdict, and never the draft text', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('So wasted at the office party lol');
    await expect.poll(async () => (await accessibleInOverlay(page, 'alert')).length, { timeout: 15_000 }).toBe(1);
    // The LinkedIn tab's id, asked from the add-on's own page (the one tab at that URL).
    const popup = await openAddonPage(firefox.browser, 'src/popup/index.html');
    const tabIds = await addonTabIds(popup, 'https://www.linkedin.com/*');
    expect(tabIds).toHaveLength(1);
    await navigateAddonPage(popup, `src/popup/index.html?tabId=${tabIds[0]}`);
    // The tab's draft check, as the accessibility engine names it.
    await expect.poll(async () => (await accessibleInPage(popup, 'region', 'Draft check: Warning')).length, { timeout: 5_000 }).toBe(1);
    expect(await accessibleInPage(popup, 'region', 'This tab')).toHaveLength(1);
    const text = await renderedText(popup, 'main');
    expect(text).toMatch(/Warning\s+alcohol/);
    expect(text).toMatch(/Site\s+LinkedIn/);
    expect(text).toContain('Anyone on or off LinkedIn');
    expect(text).not.toContain('wasted'); // the popup never holds draft text
    expect(text).not.toContain('Not protected');
    await popup.close();
    await page.close();
  });
});
