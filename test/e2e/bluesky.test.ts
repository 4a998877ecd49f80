import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleNodes, waitForAccessible } from './a11y';
import { activeTabId, sessionState } from './extension';
import { ACCOUNT, BLUESKY_URLS, PLANTED_SECRETS } from '../fixtures/bluesky/pages';
import type {} from '../fixtures/bluesky/fixture-hook';
import { launchExtension } from '../support/extension-launch';

// The built extension in Debian's Chromium on offline replicas of bsky.app served at the real URLs:
// the TipTap composer (new post, reply, thread) and the chat box. Everything is read the way a
// screen reader would: through the accessibility tree.

const EDITOR = '[data-testid="composePostView"] .ProseMirror';
const WAIT_MS = 10_000;
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openComposer(kind: 'post' | 'reply' | 'quote', url: string = BLUESKY_URLS.home): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((k) => window.__blueskyFixture!.openComposer(k), kind);
  await page.locator(EDITOR).click();
  return page;
}

const PERSONAL = ['Called in sick, so hungover 🍺', '', 'Worth it for that gig last night'];
// Public audience: 'absence' is at the warn level there (the default policy), so the alert is a warning.
const EXPECTED = 'Hatcheck warning: absence from work, alcohol';

async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line);
  }
}

/** The alert for the whole draft (a first verdict on a prefix can come first on a busy machine). */
async function alertFor(page: Page, name: string) {
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === name), WAIT_MS);
  expect(found.map((a) => a.name)).toEqual([name]);
  return found[0]!;
}

describe('Bluesky composer (TipTap)', () => {
  it('warns on a personal post, naming the categories and that anyone on Bluesky can see it', async () => {
    const page = await openComposer('post');
    await typeLines(page, PERSONAL);
    const alert = await alertFor(page, EXPECTED);
    expect(alert.description).toContain('Anyone on Bluesky');
    expect(alert.description).toContain(`@${ACCOUNT.handle}`);
    // Hatcheck never writes to the editor: TipTap still holds exactly what was typed.
    expect(await page.evaluate(() => window.__blueskyFixture!.composerTexts())).toEqual([PERSONAL.join('\n')]);
    await page.close();
  });

  it('limiting interaction does not narrow the audience: the post is still public', async () => {
    const page = await openComposer('post');
    await page.locator('[data-testid="openReplyGateButton"]').click();
    await expect.poll(() => page.locator('[data-testid="openReplyGateButton"]').getAttribute('aria-label')).toBe('Interaction limited');
    await page.locator(EDITOR).click();
    await typeLines(page, PERSONAL);
    const alert = await alertFor(page, EXPECTED);
    expect(alert.description).toContain('Anyone on Bluesky');
    await page.close();
  });

  it('warns in a reply and in the second box of a thread', async () => {
    const reply = await openComposer('reply');
    await typeLines(reply, PERSONAL);
    expect((await alertFor(reply, EXPECTED)).description).toContain('Anyone on Bluesky');
    await reply.close();

    const thread = await openComposer('post');
    await thread.keyboard.type('Conference recap, 1/2');
    await thread.evaluate(() => window.__blueskyFixture!.addThreadPost());
    await thread.locator('.composer-post:nth-child(2) .ProseMirror').click();
    await typeLines(thread, PERSONAL);
    await alertFor(thread, EXPECTED);
    await thread.close();
  });

  it('stays quiet on a professional post', async () => {
    const page = await openComposer('post');
    await page.keyboard.type('Our team shipped the Q3 release today. Thanks to everyone who helped!');
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')), WAIT_MS);
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([
      'Hatcheck: nothing personal found. Who can see it: Anyone on Bluesky.',
    ]);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    await page.close();
  });

  it('reads the account from BSKY_STORAGE without the nav, and no planted token reaches the extension', async () => {
    const page = await openComposer('post', BLUESKY_URLS.homeNoNav);
    await typeLines(page, PERSONAL);
    const alert = await alertFor(page, EXPECTED);
    expect(alert.description).toContain(`@${ACCOUNT.handle}`);
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const state = JSON.stringify((await sessionState(context))[`tab:${tabId}`] ?? null).toLowerCase();
    expect(state).toContain(ACCOUNT.handle); // the worker did get the snapshot, profile included
    for (const secret of Object.values(PLANTED_SECRETS)) expect(state).not.toContain(secret.toLowerCase());
    await page.close();
  });
});

describe('Bluesky chat', () => {
  async function openChat(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(BLUESKY_URLS.chat);
    await page.locator('textarea').click();
    return page;
  }

  it('a direct message goes to the people in the conversation: a hangover stays quiet there (default policy)', async () => {
    const page = await openChat();
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Worth it for that gig last night');
    const expected = 'Hatcheck: nothing personal found. Who can see it: The people in this conversation.';
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === expected), WAIT_MS);
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([expected]);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    expect(await page.evaluate(() => window.__blueskyFixture!.chatValue())).toBe('Called in sick, so hungover 🍺\nWorth it for that gig last night');
    await page.close();
  });

  it('warns on confidential work matters in a direct message, naming who can see it', async () => {
    const page = await openChat();
    await page.keyboard.type('Between us: the merger with Globex is confidential, do not share until the announcement');
    const alert = await alertFor(page, 'Hatcheck warning: confidential matters');
    expect(alert.description).toContain('The people in this conversation');
    await page.close();
  });
});
