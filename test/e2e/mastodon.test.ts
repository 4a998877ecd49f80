import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASTODON_URLS } from '../fixtures/mastodon/pages';
import { accessibleNodes, waitForAccessible } from './a11y';
import { serviceWorker } from './extension';
import { launchExtension } from '../support/extension-launch';

// The built extension in Debian's Chromium on the Mastodon replica (React 18, controlled textarea),
// served at mastodon.social (built in) and hachyderm.io (an instance the user has not enabled).

import '../fixtures/mastodon/fixture-hook';

const EDITOR = 'form.compose-form textarea.autosuggest-textarea__textarea';
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openCompose(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(EDITOR).click();
  return page;
}

const badges = (page: Page) => accessibleNodes(context, page, ['button']).then((nodes) => nodes.filter((n) => n.name.startsWith('Hatcheck')));

describe('Mastodon on mastodon.social (built in)', () => {
  it('warns on a personal draft, naming who can see it, and leaves the draft as typed', async () => {
    const page = await openCompose(MASTODON_URLS.home);
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Spending the day on the couch instead.');
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.includes('alcohol') && a.name.includes('absence')));
    const alert = found.find((a) => a.name.includes('alcohol'));
    expect(alert?.name).toBe('Hatcheck warning: absence from work, alcohol');
    expect(alert?.description).toBe('Who can see it: Anyone on Mastodon. Posting as Jane Doe.');
    // Hatcheck never writes to the editor: React's state still holds exactly what was typed.
    expect(await page.evaluate(() => window.__mastodon!.composerText())).toBe('Called in sick, so hungover 🍺\n\nSpending the day on the couch instead.');
    await page.close();
  });

  it('names the followers once the visibility is "Followers" (read from the lock icon)', async () => {
    const page = await openCompose(MASTODON_URLS.home);
    await page.locator('button.dropdown-button').click();
    await page.locator('.privacy-dropdown__option[data-index="private"]').click();
    await page.locator(EDITOR).click();
    await page.keyboard.type('Shipped the release today, proud of the team.');
    // Followers with no work contacts among them: a personal audience, so a quiet badge, no alert.
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck') && b.name.includes('Your Mastodon followers')));
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([expect.stringContaining('Who can see it: Your Mastodon followers')]);
    await page.close();
  });
});

describe('Mastodon on an instance the user has not enabled', () => {
  it('runs nothing on hachyderm.io until its permission is granted', async () => {
    // Proof the page is a working Mastodon app there: the adapter tests read it on this host.
    const page = await openCompose(MASTODON_URLS.otherInstanceHome);
    await page.keyboard.type('So wasted at the office party lol');
    // The same draft on mastodon.social gets a verdict (above); wait as long as it took there.
    const control = await openCompose(MASTODON_URLS.home);
    await control.keyboard.type('So wasted at the office party lol');
    await waitForAccessible(context, control, ['alert'], (n) => n.length > 0);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    expect(await badges(page)).toEqual([]);
    const worker = await serviceWorker(context);
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await control.close();
    await page.close();
  });

  it('the options page has a "Mastodon instances" section that refuses what needs no permission', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const section = options.getByRole('region', { name: 'Mastodon instances' });
    await expect.poll(() => section.getByRole('listitem').allInnerTexts()).toEqual(['mastodon.social (built in)']);
    await section.getByRole('textbox', { name: 'Server domain' }).fill('https://mastodon.social/home');
    await section.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toBe('mastodon.social is already supported; nothing to enable.');
    await options.close();
  });
});
