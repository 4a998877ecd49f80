import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintAddon, unexplainedFindings, type LintReport } from '../support/addons-lint';
import { distDir } from '../support/dist';
import { FIXTURE_URLS } from '../support/fixtures';
import { ADDON_ID, accessibleInOverlay, describedByText, launchFirefoxExtension, newRoutedPage, type LaunchedFirefox } from '../support/firefox';

// The Firefox build (dist/firefox): `web-ext lint`'s checks, then the add-on in Debian's
// firefox-esr over WebDriver BiDi on the offline LinkedIn replica, with the same drafts and the same
// expectations as linkedin.test.ts in Chromium, read from Firefox's accessibility engine. One
// browser launch for the file; the linter (a child process) runs while Firefox starts.

import '../fixtures/linkedin/fixture-hook';

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
