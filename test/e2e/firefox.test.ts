import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { ADDON_ID, accessibleInOverlay, describedByText, launchFirefoxExtension, newRoutedPage, type LaunchedFirefox } from '../support/firefox';

// The Firefox build (dist/firefox) in Debian's firefox-esr over WebDriver BiDi, on the offline
// LinkedIn replica: the same drafts and the same expectations as linkedin.test.ts in Chromium,
// read from Firefox's accessibility engine. One browser launch for the file.

import '../fixtures/linkedin/fixture-hook';

const EDITOR = '>>> [aria-label="Text editor for creating content"]';
let firefox: LaunchedFirefox;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
});

async function openComposer(url: string): Promise<Page> {
  const page = await newRoutedPage(firefox.browser);
  await page.goto(url);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  return page;
}

/** The editor library's own text (Quill always ends it with one '\n' of its own). */
const composerText = async (page: Page) => (await page.evaluate(() => window.__fixture!.composerText())).replace(/\n$/, '');

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
    await page.close();
  });

  it('stays quiet on a professional draft: one badge, no alert', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('Proud of our team for shipping the Q3 release. Thanks to everyone who helped!');
    const quiet = 'Hatcheck: nothing personal found. Who can see it: Anyone on or off LinkedIn.';
    await expect.poll(async () => (await accessibleInOverlay(page, 'button', quiet)).length, { timeout: 15_000 }).toBe(1);
    expect(await accessibleInOverlay(page, 'alert')).toEqual([]);
    await page.close();
  });
});
