import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../support/extension-launch';
import { FIXTURE_URLS } from '../support/fixtures';
import { waitForAccessible } from './a11y';
import { axeViolations } from './axe';
import { activeTabId } from './extension';
import '../fixtures/linkedin/fixture-hook';
import { isoWeek, isoWeekBefore } from '../../src/core/iso-week';

// axe-core (from npm, injected as its own source: nothing is fetched) finds no violations on the
// built extension's own pages, in the light and the dark colour scheme: the options page (with a
// contact, a restore preview, the History chart and the delete-everything confirm step open, so the
// parts shown only on demand are checked too) and the popup, for a tab with nothing and for a tab
// with a warning (the LinkedIn replica).

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

/** A backup with this week's and last week's decisions, so the History chart has bars. */
function backupWithHistory(): string {
  const now = Date.now();
  const weeks = [isoWeek(now), isoWeekBefore(now, 2)];
  return JSON.stringify({
    format: 'hatcheck-backup', version: 1, exportedAt: new Date(now).toISOString(),
    identities: [], accounts: [], settings: {}, imports: [],
    contacts: [{ name: 'Sam Rivera', handles: [], emails: ['sam@home.example'], tag: 'personal', tagSource: 'manual', sources: ['manual'], updatedAt: now }],
    decisionWeeks: weeks.flatMap((week) => [
      { week, site: 'linkedin', decision: 'edited', level: 'warn', count: 3, categories: { alcohol: 3 } },
      { week, site: 'x', decision: 'posted-anyway', level: 'confirm', count: 1, categories: { drugs: 1 } },
      { week, site: 'x', decision: 'dismissed', level: 'notice', count: 2, categories: { family: 2 } },
    ]),
  });
}

describe('axe-core on the extension pages', () => {
  it('finds no violations on the options page, in light and dark, with every part open', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByRole('form', { name: 'Add a contact' }).getByLabel('Name', { exact: true }).fill('Dana Whitfield');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.getByLabel('Tag for Dana Whitfield').count()).toBe(1);
    // A restore preview open, then the History chart with bars and the restore's summary.
    await page.getByLabel('Restore from a backup').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(backupWithHistory()) });
    await expect.poll(() => page.getByRole('group', { name: 'Restore history.json?' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText(/^Restored 1 contact/).count()).toBe(1);
    await expect.poll(() => page.locator('svg.history-chart rect').count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Yes, delete everything' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds no violations in the first-run guide: a step with fields, an error, and the import review', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html#welcome`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByLabel('Work e-mail domain').fill('not a domain');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByLabel('I post for a brand').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByLabel('Choose an export file').setInputFiles({ name: 'your_friends.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ friends_v2: [{ name: 'Sam Rivera', timestamp: 1696118400 }] })) });
    await expect.poll(() => page.getByRole('form', { name: 'Import your_friends.json?' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // Imported and the guide left: the settings page, now with the exposure report's chart.
    await page.getByRole('button', { name: 'Import 1 contact' }).click();
    await page.getByRole('button', { name: 'Skip the guide' }).click();
    await expect.poll(() => page.locator('svg.exposure-chart rect').count()).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: 'Work contacts in each personal audience' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds no violations on the popup opened for a tab', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=1`);
    await expect.poll(() => page.locator('main, body > *').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    // Paused: the "Not protected: warnings are paused" note (dark, then light), then back on.
    await page.getByLabel('Pause warnings').check();
    await expect.poll(() => page.getByRole('heading', { name: 'Not protected: warnings are paused' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Pause warnings').uncheck();
    await expect.poll(() => page.getByRole('heading', { name: 'Not protected: warnings are paused' }).count()).toBe(0);
    await page.close();
  });

  it('finds no violations on the popup for a tab with a warning', async () => {
    const site = await context.newPage();
    await site.goto(FIXTURE_URLS.feedClassic);
    await site.evaluate(() => window.__fixture!.openComposer());
    await site.locator('[aria-label="Text editor for creating content"]').click();
    await site.keyboard.type('Called in sick today, so wasted at the beach lol');
    await waitForAccessible(context, site, ['alert'], (n) => n.length > 0);
    await site.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/Confirm before posting|Warning/);
    // The tab summary and the quick settings, with the category switches open.
    await expect.poll(() => popup.getByRole('heading', { name: 'Quick settings for Personal' }).count()).toBe(1);
    await popup.getByText(/^Categories: \d+ of \d+ on$/).click();
    await expect.poll(() => popup.getByLabel('Alcohol', { exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await site.close();
  });
});
