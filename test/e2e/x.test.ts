import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_URLS } from '../fixtures/x/pages';
import { accessibleNodes, waitForAccessible } from './a11y';
import { launchExtension } from '../support/extension-launch';

// The built extension in Debian's Chromium on the offline replica of x.com (Draft.js 0.11 + React
// 18, served at the real URLs). Everything is read the way a screen reader would: through the
// accessibility tree.

import '../fixtures/x/fixture-hook';

const HOME_BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const MODAL_BOX = '[aria-modal="true"] [data-testid="tweetTextarea_0"]';
const CHAT_BOX = 'textarea[data-testid="dm-composer-textarea"]';

let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const boxText = (page: Page, box: string) => page.evaluate((name) => window.__xFixture!.composerText(name), box);
const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);

async function typeDraft(page: Page): Promise<string> {
  await page.keyboard.type('Called in sick, so hungover 🍺');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Back on the beach tomorrow');
  return 'Called in sick, so hungover 🍺\n\nBack on the beach tomorrow';
}

// On X the audience is public (unknown people): absence warns, alcohol alone would be a notice.
const EXPECTED = 'Hatcheck warning: absence from work, alcohol';

describe('X, compose modal opened after load (Draft.js in #layers)', () => {
  it('finds the lazily mounted modal and raises an alert naming the categories and who can see the post', async () => {
    const page = await context.newPage();
    await page.goto(X_URLS.home);
    await page.locator(HOME_BOX).waitFor();
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await page.locator(MODAL_BOX).click();
    const draft = await typeDraft(page);
    // Typing pauses can let a first verdict for part of the draft through: wait for the whole one.
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === EXPECTED));
    expect(found.map((a) => a.name)).toEqual([EXPECTED]);
    const alert = found.find((a) => a.name === EXPECTED);
    // "Everyone can reply" limits replies, not readers: the post is public.
    expect(alert?.description).toContain('Who can see it: Anyone on X');
    expect(alert?.description).toContain('Posting as Jane Doe');
    // Hatcheck never writes to the editor: Draft.js still holds exactly what was typed.
    expect(await boxText(page, 'modal:0')).toBe(draft);
    // Closing the modal (SPA back navigation) takes its warning away.
    await page.click('[data-testid="app-bar-close"]');
    await expect.poll(() => alerts(page), { timeout: 5_000 }).toEqual([]);
    await page.close();
  });
});

describe('X, home timeline inline box', () => {
  it('warns on a personal draft and stays quiet on a professional one', async () => {
    const page = await context.newPage();
    await page.goto(X_URLS.home);
    await page.locator(HOME_BOX).click();
    const draft = await typeDraft(page);
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === EXPECTED));
    expect(found.map((a) => a.name)).toEqual([EXPECTED]);
    const alert = found[0];
    expect(alert?.description).toContain('Who can see it: Anyone on X');
    expect(await boxText(page, 'home:0')).toBe(draft);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Proud of our team for shipping the Q3 release. Thanks to everyone who helped!');
    const badges = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')), 8_000);
    expect(badges.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual(['Hatcheck: nothing personal found. Who can see it: Anyone on X.']);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });
});

describe('X Chat (textarea)', () => {
  it('reads the message box and says the conversation is who sees it', async () => {
    const page = await context.newPage();
    await page.goto(X_URLS.chat);
    await page.locator(CHAT_BOX).click();
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Back on the beach tomorrow');
    const found = await waitForAccessible(context, page, ['alert', 'button'], (n) => n.some((a) => a.name.startsWith('Hatcheck')));
    const ours = found.filter((a) => a.name.startsWith('Hatcheck'));
    expect(ours).toHaveLength(1);
    // A direct message is private: at most a quiet notice, and it names the conversation.
    expect(`${ours[0]!.name} ${ours[0]!.description}`).toContain('The people in this conversation');
    expect(await boxText(page, 'chat')).toBe('Called in sick, so hungover 🍺\nBack on the beach tomorrow');
    await page.close();
  });
});
