import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { activeTabId } from './extension';

// The warning panel's actions (issue 7), in the built extension on the LinkedIn replica: ignore a
// phrase for this identity, snooze the site, switch identity in the popup, dismiss. Each is
// checked by what the person then sees and hears (the accessibility tree).

import '../fixtures/linkedin/fixture-hook';

const EDITOR = '[aria-label="Text editor for creating content"]';
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function composer(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(FIXTURE_URLS.feedClassic);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  return page;
}

const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);
const statusText = async (page: Page) => (await accessibleNodes(context, page, ['status'])).map((s) => s.text).join(' ');

async function popupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await activeTabId(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

describe('warning panel actions', () => {
  it('lists each finding with its category and phrase, and names who can see the post', async () => {
    const page = await composer();
    await page.keyboard.type('Called in sick today, beach day and still hungover');
    // The verdict for the whole draft (a pause in typing can show one for its first words first).
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.endsWith('absence from work, alcohol')));
    expect(alert?.text).toMatch(/absence from work:\s+Called in sick\s+— Says you skipped work/);
    expect(alert?.text).toMatch(/alcohol:\s+hungover/);
    expect(alert?.description).toMatch(/^Who can see it: Anyone on or off LinkedIn/);
    const buttons = (await accessibleNodes(context, page, ['button'])).map((b) => b.name);
    expect(buttons).toEqual(expect.arrayContaining(['Edit', 'Switch identity', 'Snooze here for 1 hour', 'Dismiss warning', 'Ignore “Called in sick” for this identity', 'Ignore “hungover” for this identity']));
    await page.close();
  });

  it('"Ignore" stops warning about that phrase for this identity, on the next check and on other pages', async () => {
    const page = await composer();
    await page.keyboard.type('So hungover after the team dinner');
    await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.includes('alcohol')));
    await clickAccessible(context, page, 'button', (n) => n === 'Ignore “hungover” for this identity');
    await expect.poll(() => statusText(page)).toContain('Hatcheck will ignore “hungover” for Personal.');
    await expect.poll(async () => (await alerts(page)).filter((a) => a.name.includes('alcohol'))).toEqual([]);
    await page.close();

    const again = await composer();
    await again.keyboard.type('So hungover after the team dinner');
    await waitForAccessible(context, again, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck')));
    await again.waitForTimeout(600);
    expect((await alerts(again)).filter((a) => a.name.includes('alcohol'))).toEqual([]);
    await again.close();
  });

  it('"Dismiss" closes the warning until a new category appears', async () => {
    const page = await composer();
    await page.keyboard.type('Called in sick lol');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await clickAccessible(context, page, 'button', (n) => n === 'Dismiss warning');
    await expect.poll(() => alerts(page)).toEqual([]);
    await page.keyboard.type(', the layoffs are coming and nobody knows yet');
    await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.includes('confidential')));
    expect((await alerts(page)).map((a) => a.name).join()).toContain('confidential');
    await page.close();
  });

  it('switching identity in the popup changes the verdict of the same draft', async () => {
    const page = await composer();
    await page.keyboard.type('Called in sick, off to the beach');
    const [before] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(before?.description).toContain('Posting as Jane Doe');
    const popup = await popupFor(page);
    const work = await popup.getByLabel('Post as').locator('option', { hasText: 'Work' }).getAttribute('value');
    await popup.getByLabel('Post as').selectOption(work!);
    await popup.getByLabel('Where').selectOption({ label: 'On LinkedIn for the next hour' });
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/Until \d/);
    await page.bringToFront();
    const [after] = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('Posting as Work')));
    expect(after?.description).toContain('Posting as Work');
    // Back to the page's own account, for the tests that follow.
    await popup.getByLabel('Post as').selectOption('');
    await page.bringToFront();
    await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('Posting as Jane Doe')));
    await popup.close();
    await page.close();
  });

  it('"This account is …" links the page\'s account to an identity for every later draft', async () => {
    const page = await composer();
    await page.keyboard.type('Called in sick, off to the beach');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    const popup = await popupFor(page);
    const link = popup.getByLabel(/This LinkedIn account, Jane Doe, is/);
    const work = await link.locator('option', { hasText: 'Work' }).getAttribute('value');
    await link.selectOption(work!);
    await page.bringToFront();
    const [after] = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('Posting as Work')));
    expect(after?.description).toContain('Posting as Work');
    await link.selectOption('');
    await popup.close();
    await page.close();
  });

  it('"Snooze here for 1 hour" silences the site and the popup says until when, with a way back', async () => {
    const page = await composer();
    await page.keyboard.type('Called in sick, off to the beach');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await clickAccessible(context, page, 'button', (n) => n === 'Snooze here for 1 hour');
    await expect.poll(() => statusText(page)).toMatch(/Snoozed on this site until/);
    await expect.poll(() => alerts(page)).toEqual([]);
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('main').innerText()).toContain('Snoozed on this site until');
    await popup.getByRole('button', { name: 'Resume now' }).click();
    await page.bringToFront();
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect((await alerts(page)).length).toBe(1);
    await popup.close();
    await page.close();
  });
});
