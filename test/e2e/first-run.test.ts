import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/dist';
import { IMPORT_SUMMARY } from './extension-ui';

// The first-run guide on the built extension: it opens by itself on install, is done with the
// keyboard alone (focus moves to each step's heading; Tab, typing, Space and Enter), saves each step
// into the identities, resumes where it was closed, imports a first file, and can be skipped.

// HATCHECK_SCREENSHOTS=1 saves the README's screenshots (docs/screenshots/).
const screenshots = Boolean(process.env.HATCHECK_SCREENSHOTS);
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const launched = await launchChromium({ extensionPath: distDir('chrome'), keepFirstRunGuide: true });
  ({ context, close } = launched);
  extensionId = launched.extensionId!;
});

afterAll(async () => {
  await close?.();
});

const guideUrl = () => `chrome-extension://${extensionId}/src/options/index.html#welcome`;
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const step = (page: Page) => page.getByRole('list', { name: /^Step \d of 6$/ });

describe('first-run guide', () => {
  it('opens on install and is done with the keyboard: accounts, work, a brand; it resumes after the tab is closed', async () => {
    await expect.poll(() => context.pages().some((p) => p.url() === guideUrl()), { timeout: 10_000 }).toBe(true);
    const guide = context.pages().find((p) => p.url() === guideUrl())!;
    await expect.poll(() => focusedText(guide)).toBe('Set up Hatcheck in two minutes');
    await guide.keyboard.press('Tab');
    await guide.keyboard.press('Enter'); // Start

    await expect.poll(() => focusedText(guide)).toBe('Your personal accounts');
    expect(await step(guide).getAttribute('aria-label')).toBe('Step 2 of 6');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('janedoe_fun'); // X
    await guide.keyboard.press('Tab');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('@jane@mastodon.social');
    await guide.keyboard.press('Enter');

    await expect.poll(() => focusedText(guide)).toBe('Your work');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('Acme Corp');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('not a domain');
    await guide.keyboard.press('Enter');
    // A wrong value is said out loud and keeps the person on the step, with what they typed.
    await expect.poll(() => guide.getByRole('alert').innerText()).toContain("'not a domain' is not an e-mail domain");
    expect(await guide.getByLabel('Employer').inputValue()).toBe('Acme Corp');
    await guide.getByLabel('Work e-mail domain').fill('acme.com');
    await expect.poll(() => guide.getByRole('alert').count()).toBe(0);
    await guide.getByLabel('Work e-mail domain').focus();
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('in/jane-doe'); // LinkedIn profile
    if (screenshots) await mkdir('docs/screenshots', { recursive: true });
    if (screenshots) await guide.screenshot({ path: 'docs/screenshots/first-run.png', fullPage: true });
    await guide.keyboard.press('Enter');

    await expect.poll(() => focusedText(guide)).toBe('A brand you post for (optional)');
    await guide.keyboard.press('Tab');
    await guide.keyboard.press('Space'); // I post for a brand
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('Acme Coffee');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('acmecoffee.com');
    await guide.keyboard.press('Tab');
    await guide.keyboard.type('company/acme-coffee');
    await guide.keyboard.press('Enter');
    await expect.poll(() => focusedText(guide)).toBe('Your contacts');

    // Closed half-way: opened again, it resumes at the contacts step with everything kept.
    await guide.close();
    const again = await context.newPage();
    await again.goto(guideUrl());
    await expect.poll(() => focusedText(again)).toBe('Your contacts');
    expect(await step(again).getAttribute('aria-label')).toBe('Step 5 of 6');
    await again.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => focusedText(again)).toBe('A brand you post for (optional)');
    expect(await again.getByLabel('Brand name').inputValue()).toBe('Acme Coffee');
    await again.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => focusedText(again)).toBe('Your work');
    expect(await again.getByLabel('LinkedIn profile').inputValue()).toBe('in/jane-doe');
    await again.keyboard.press('Tab');
    await again.keyboard.press('Enter'); // saved again as it was
    await expect.poll(() => focusedText(again)).toBe('A brand you post for (optional)');
    await again.keyboard.press('Tab');
    await again.keyboard.press('Tab');
    await again.keyboard.press('Enter'); // saved again: the same brand, not a second one
    await expect.poll(() => focusedText(again)).toBe('Your contacts');

    // The first import, inside the guide.
    await again.getByLabel('Choose an export file').setInputFiles(resolve('test/fixtures/imports/linkedin/Connections.csv'));
    const importButton = again.getByRole('button', { name: /^Import \d+ contacts$/ });
    await importButton.focus();
    if (screenshots) await again.screenshot({ path: 'docs/screenshots/first-run-import.png', fullPage: true });
    await again.keyboard.press('Enter');
    await expect.poll(() => again.getByText(IMPORT_SUMMARY).count()).toBe(1);
    await again.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => focusedText(again)).toBe('You are set up');
    const summary = await again.locator('.guide-summary').innerText();
    expect(summary).toContain('Personal: 2 account(s).');
    expect(summary).toContain('Work: Acme Corp, acme.com; 1 account(s).');
    expect(summary).toContain('Brand: Acme Coffee; 1 account(s).');
    expect(summary).toMatch(/[1-9]\d* contacts\./);
    await again.keyboard.press('Tab');
    await again.keyboard.press('Tab');
    await again.keyboard.press('Enter'); // Open the settings

    // The settings page, with what the guide set up.
    await expect.poll(() => again.getByRole('heading', { name: 'Identities' }).count()).toBe(1);
    expect(again.url()).not.toContain('#welcome');
    expect(await again.getByRole('navigation', { name: 'Identities' }).getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Acme Coffee/)]));
    await again.getByRole('navigation', { name: 'Identities' }).getByRole('button', { name: /^Work/ }).click();
    await expect.poll(() => again.locator('body').innerText()).toMatch(/acme\.com/);
    expect(await again.locator('body').innerText()).toContain('linkedin:jane-doe');
    await again.close();
  });

  it('is reachable from the options page and can be skipped from any step', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByRole('link', { name: 'Open the set-up guide' }).click();
    // A finished guide starts again from the beginning.
    await expect.poll(() => focusedText(page)).toBe('Set up Hatcheck in two minutes');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => focusedText(page)).toBe('Your personal accounts');
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect.poll(() => focusedText(page)).toBe('Your work');
    await page.getByRole('button', { name: 'Skip the guide' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Identities' }).count()).toBe(1);
    await page.close();
  });
});
