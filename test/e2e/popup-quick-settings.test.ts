import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../support/extension-launch';
import { FIXTURE_URLS } from '../support/fixtures';
import { accessibleNodes, waitForAccessible } from './a11y';
import { activeTabId } from './extension';
import '../fixtures/linkedin/fixture-hook';

// The popup for a LinkedIn tab (the replica, at its real URL): the tab at a glance, then the active
// identity's quick settings and the identity switch, each changing the NEXT verdict of the same
// draft in the page (the in-page alert, read from the accessibility tree) and in the popup.

// HATCHECK_SCREENSHOTS=1 saves the README's screenshots (docs/screenshots/).
const screenshots = Boolean(process.env.HATCHECK_SCREENSHOTS);
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const EDITOR = '[aria-label="Text editor for creating content"]';
const alertNames = async (page: Page) => (await accessibleNodes(context, page, ['alert'])).map((a) => `${a.name} | ${a.description}`);

describe('popup quick settings and identity switch', () => {
  it('changes the next verdict: a category off, a stricter sensitivity, posting as a brand, pausing the site', async () => {
    // A brand identity to switch to, made where people make one.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.getByLabel('New brand identity').fill('Acme Corp');
    await options.getByLabel('New brand identity').press('Enter');
    await expect.poll(() => options.getByRole('button', { name: /Acme Corp/ }).count()).toBeGreaterThan(0);
    await options.close();

    const site = await context.newPage();
    await site.goto(FIXTURE_URLS.feedClassic);
    await site.evaluate(() => window.__fixture!.openComposer());
    await site.locator(EDITOR).click();
    await site.keyboard.type('I am so hungover after the party last night');
    await waitForAccessible(context, site, ['alert'], (n) => n.some((a) => a.name.includes('alcohol')));
    await site.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    const main = popup.locator('main');
    await expect.poll(() => main.innerText()).toMatch(/Warning/);
    const glance = await popup.getByRole('region', { name: 'This tab' }).innerText();
    expect(glance).toMatch(/Site\s+LinkedIn/);
    expect(glance).toMatch(/Account\s+Jane Doe/);
    expect(glance).toMatch(/Checked as\s+Personal \(personal\)/);

    // Alcohol off for Personal: the same draft, checked again, is no longer a warning, in the page and here.
    await popup.getByText(/^Categories: 15 of 15 on$/).click();
    await popup.getByLabel('Alcohol', { exact: true }).uncheck();
    await expect.poll(() => popup.getByText(/^Categories: 14 of 15 on$/).count()).toBe(1);
    await expect.poll(async () => (await alertNames(site)).filter((a) => a.includes('alcohol'))).toEqual([]);
    await expect.poll(() => main.innerText()).toMatch(/No warning/);
    await popup.getByLabel('Alcohol', { exact: true }).check();
    await expect.poll(() => main.innerText()).toMatch(/Warning\s+alcohol/);

    // Strict: alcohol before a professional audience asks before posting.
    await popup.getByLabel('Sensitivity').selectOption('strict');
    await expect.poll(() => main.innerText()).toMatch(/Confirm before posting\s+alcohol/);
    await expect.poll(() => alertNames(site)).toEqual([expect.stringMatching(/alcohol/)]);
    if (screenshots) await mkdir('docs/screenshots', { recursive: true });
    if (screenshots) await popup.setViewportSize({ width: 380, height: 900 });
    if (screenshots) await popup.screenshot({ path: 'docs/screenshots/popup-quick-settings.png', fullPage: true });
    await popup.getByLabel('Sensitivity').selectOption('standard');
    await expect.poll(() => main.innerText()).toMatch(/Warning\s+alcohol/);

    // Post as the brand: first-person drinking from Acme Corp's account needs a confirmation...
    const acme = await popup.getByLabel('Post as').locator('option', { hasText: 'Acme Corp' }).getAttribute('value');
    await popup.getByLabel('Post as').selectOption(acme!);
    await expect.poll(async () => (await alertNames(site)).join()).toMatch(/posting as Acme Corp/i);
    await expect.poll(() => main.innerText()).toMatch(/Confirm before posting\s+alcohol/);
    expect(await popup.getByRole('heading', { name: 'Quick settings for Acme Corp' }).count()).toBe(1);
    // ...until alcohol is off for Acme Corp (Personal keeps it).
    await popup.getByLabel('Alcohol', { exact: true }).uncheck();
    await expect.poll(() => main.innerText()).toMatch(/No warning/);
    await expect.poll(async () => (await alertNames(site)).filter((a) => a.includes('alcohol'))).toEqual([]);
    await popup.getByLabel('Post as').selectOption('');
    await expect.poll(() => main.innerText()).toMatch(/Warning\s+alcohol/);
    expect(await popup.getByRole('heading', { name: 'Quick settings for Personal' }).count()).toBe(1);

    // Pause on this site: the same snooze as the page's panel, with Resume now.
    await popup.getByRole('button', { name: 'Pause on LinkedIn for 1 hour' }).click();
    await expect.poll(() => main.innerText()).toMatch(/Snoozed on this site until \d/);
    await expect.poll(async () => (await alertNames(site)).filter((a) => a.includes('alcohol'))).toEqual([]);
    await popup.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(() => main.innerText()).toMatch(/Warning\s+alcohol/);
    await expect.poll(async () => (await alertNames(site)).filter((a) => a.includes('alcohol')).length).toBe(1);
    await popup.close();
    await site.close();
  });
});
