import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACEBOOK_URLS } from '../fixtures/facebook/pages';
import { accessibleNodes, waitForAccessible } from './a11y';
import { launchExtension } from '../support/extension-launch';

// The built extension in Debian's Chromium, on offline replicas of Facebook served at the real
// URLs (real Lexical editors). Everything is read the way a screen reader would: through the
// accessibility tree.

import '../fixtures/facebook/fixture-hook';

const POST = '[role="dialog"][aria-label="Create post"] [role="textbox"]';
const COMMENT = '[aria-label="Write a comment…"]';
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openPostDialog(url: string, audience?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  // As a person does: click "What's on your mind" in the "Create a post" region.
  await page.click('[aria-label="Create a post"] [role="button"]');
  await page.locator(POST).waitFor();
  if (audience) await page.evaluate((a) => window.__fbFixture!.setAudience(a), audience);
  await page.locator(POST).click();
  return page;
}

const composerText = (page: Page, which: 'post' | 'comment' = 'post') => page.evaluate((w) => window.__fbFixture!.composerText(w), which);
const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);

describe('Facebook, Create post dialog (Lexical)', () => {
  it('raises an alert naming the level, the categories and who can see a Public post', async () => {
    const page = await openPostDialog(FACEBOOK_URLS.home, 'Public');
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beach day instead of the quarterly review');
    // Public and no work contacts known: the policy's 'public' column, a warning.
    const expected = 'Hatcheck warning: absence from work, alcohol';
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === expected));
    expect(found.map((a) => a.name)).toEqual([expected]);
    expect(found[0]?.description).toContain('Who can see it: Anyone on or off Facebook');
    // Hatcheck never writes to the editor: Lexical's own model still has exactly what was typed.
    expect(await composerText(page)).toBe('Called in sick, so hungover 🍺\n\nBeach day instead of the quarterly review');
    await page.close();
  });

  it('follows the privacy button: the same draft shared with Friends names Facebook friends', async () => {
    const page = await openPostDialog(FACEBOOK_URLS.home, 'Public');
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('Anyone on or off Facebook')));
    await page.evaluate(() => window.__fbFixture!.setAudience('Friends'));
    await page.keyboard.type(' lol'); // the next check reads the new audience
    const badge = await waitForAccessible(context, page, ['button', 'alert'], (n) => n.some((b) => b.name.startsWith('Hatcheck') && `${b.name} ${b.description}`.includes('Your Facebook friends')));
    expect(badge.filter((b) => b.name.startsWith('Hatcheck')).map((b) => `${b.name} ${b.description}`).join('\n')).toContain('Your Facebook friends');
    await page.close();
  });

  it('switched into a Page profile, applies the brand rule and names the Page', async () => {
    const page = await openPostDialog(FACEBOOK_URLS.pageProfile);
    await page.keyboard.type('I need another beer after this week');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(alert?.name).toBe('Hatcheck: check before posting: alcohol');
    expect(alert?.description).toContain('You are posting as Acme Corp, a brand account.');
    expect(alert?.description).toContain('Anyone on or off Facebook');
    await page.close();
  });
});

describe('Facebook, comment box (Lexical, Enter submits)', () => {
  it('warns on a personal comment typed over two lines', async () => {
    const page = await context.newPage();
    await page.goto(FACEBOOK_URLS.home);
    await page.locator(COMMENT).click();
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Beach day instead of work');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(alert?.name).toContain('absence from work');
    expect(alert?.description).toContain('Who can see it:');
    expect(await composerText(page, 'comment')).toBe('Called in sick, so hungover 🍺\nBeach day instead of work');
    await page.close();
  });
});

describe('Facebook, no composer', () => {
  it('Marketplace gets nothing added and no alerts', async () => {
    const page = await context.newPage();
    await page.goto(FACEBOOK_URLS.noComposer);
    await page.locator('[role="main"]').waitFor();
    await page.waitForTimeout(500);
    const added = await page.evaluate(() => Array.from(document.documentElement.children).filter((e) => e.tagName.startsWith('HATCHECK-')).length);
    expect(added).toBe(0);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });
});
