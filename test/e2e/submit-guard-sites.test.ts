import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { X_URLS } from '../fixtures/x/pages';
import { FACEBOOK_URLS } from '../fixtures/facebook/pages';
import { BLUESKY_URLS } from '../fixtures/bluesky/pages';
import { MASTODON_URLS } from '../fixtures/mastodon/pages';
import { GMAIL_INBOX } from '../fixtures/gmail/pages';

// Issue 7's submit guard on every other site replica (submit-guard.test.ts covers LinkedIn and X
// Chat): each site's own Post / Send button and its own submit key. A held submit never reaches the
// site (its own count of submissions stays 0); Edit or Escape gives the editor back with the text
// intact; "Post anyway" submits exactly once, through the site's own path, with the text as typed;
// a professional draft goes through with no dialog.

import '../fixtures/x/fixture-hook';
import '../fixtures/facebook/fixture-hook';
import '../fixtures/bluesky/fixture-hook';
import '../fixtures/mastodon/fixture-hook';
import '../fixtures/gmail/fixture-hook';

/** Confidential: `confirm` at every audience but a personal one (there `warn`). */
const RISKY = 'the layoffs are coming, internal only';
const PROFESSIONAL = 'Proud of our team for shipping the Q3 release on time.';

let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

/** What the site itself received: how many submissions, and the last one's text. */
interface Submitted { count: number; last: string }
const fromList = (list: readonly string[]): Submitted => ({ count: list.length, last: list.at(-1) ?? '' });

interface Site {
  /** Opens the page and puts the caret in an empty editor. */
  open(): Promise<Page>;
  /** The editor library's own text. */
  text(page: Page): Promise<string>;
  submitted(page: Page): Promise<Submitted>;
  /** The site's own Post / Send button, pressed with the real mouse. */
  button: string;
  /** The submit key, pressed in the editor. */
  key: string;
  anyway: 'Post anyway' | 'Send anyway';
}

const dialogs = (page: Page) => accessibleNodes(context, page, ['alertdialog']);
const waitForDialog = (page: Page) => waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);
const waitUntilArmed = (page: Page, name: string) =>
  waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === name && !b.disabled));

/** `form`: the page's own script submits the editor's form (`requestSubmit()`), no press at all. */
type Via = 'button' | 'key' | 'form';

async function submit(page: Page, site: Site, via: Via): Promise<void> {
  if (via === 'button') await page.locator(site.button).click();
  else if (via === 'key') await page.keyboard.press(site.key);
  else await page.locator(site.button).evaluate((button) => button.closest('form')!.requestSubmit());
}

/** The whole story for one way of submitting: held, edited, held again, posted anyway once. */
async function holdsThenPostsOnce(site: Site, via: Via): Promise<void> {
  const page = await site.open();
  await page.keyboard.type(RISKY);
  const alerts = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.startsWith('Hatcheck: check before posting')));
  expect(alerts.map((a) => a.name)).toContain('Hatcheck: check before posting: confidential matters');
  await submit(page, site, via);
  const [dialog] = await waitForDialog(page);
  expect(dialog?.name).toMatch(/^Check before (posting|sending): /);
  expect(await site.submitted(page)).toEqual({ count: 0, last: '' });

  // Edit (with the mouse) or Escape: back to the editor, nothing sent, nothing changed.
  if (via === 'button') await clickAccessible(context, page, 'button', (n) => n === 'Edit');
  else await page.keyboard.press('Escape');
  await expect.poll(() => dialogs(page)).toEqual([]);
  expect(await site.submitted(page)).toEqual({ count: 0, last: '' });
  expect(await site.text(page)).toBe(RISKY);

  await submit(page, site, via);
  await waitForDialog(page);
  expect(await site.submitted(page)).toEqual({ count: 0, last: '' });
  await waitUntilArmed(page, site.anyway);
  await clickAccessible(context, page, 'button', (n) => n === site.anyway);
  await expect.poll(() => site.submitted(page)).toEqual({ count: 1, last: RISKY });
  await page.waitForTimeout(300);
  expect(await site.submitted(page)).toEqual({ count: 1, last: RISKY });
  expect(await dialogs(page)).toEqual([]);
  await page.close();
}

async function professionalGoesThrough(site: Site): Promise<void> {
  const page = await site.open();
  await page.keyboard.type(PROFESSIONAL);
  const badges = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
  expect(badges.some((b) => b.name.startsWith('Hatcheck: nothing personal'))).toBe(true);
  await submit(page, site, 'button');
  await expect.poll(() => site.submitted(page)).toEqual({ count: 1, last: PROFESSIONAL });
  expect(await dialogs(page)).toEqual([]);
  await page.close();
}

function guardTests(site: Site, key: string): void {
  it(`holds the site's button; Edit keeps the text; "${site.anyway}" submits exactly once`, () => holdsThenPostsOnce(site, 'button'));
  it(`holds ${key}; Escape keeps the text; "${site.anyway}" submits exactly once`, () => holdsThenPostsOnce(site, 'key'));
  it('lets a professional draft through with no dialog', () => professionalGoesThrough(site));
}

describe('X, home timeline box (Draft.js): tweetButtonInline and Ctrl+Enter', () => {
  const HOME_BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  guardTests({
    async open() {
      const page = await context.newPage();
      await page.goto(X_URLS.home);
      await page.locator(HOME_BOX).click();
      return page;
    },
    text: (page) => page.evaluate(() => window.__xFixture!.composerText('home:0')),
    // The timeline's posts by the signed-in account, newest first.
    submitted: (page) => page.evaluate(() => {
      const mine = [...document.querySelectorAll('[data-testid="primaryColumn"] article[data-testid="tweet"]')]
        .filter((a) => a.querySelector('[data-testid="User-Name"]')?.textContent?.includes('@janedoe'))
        .map((a) => a.querySelector('[data-testid="tweetText"]')?.textContent ?? '');
      return { count: mine.length, last: mine[0] ?? '' };
    }),
    button: '[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]',
    key: 'Control+Enter',
    anyway: 'Post anyway',
  }, 'Ctrl+Enter');
});

describe('Bluesky, composer (TipTap): Publish button and Ctrl+Enter', () => {
  guardTests({
    async open() {
      const page = await context.newPage();
      await page.goto(BLUESKY_URLS.home);
      await page.evaluate(() => window.__blueskyFixture!.openComposer('post'));
      await page.locator('[data-testid="composePostView"] .ProseMirror').click();
      return page;
    },
    text: (page) => page.evaluate(() => window.__blueskyFixture!.composerTexts()[0] ?? ''),
    submitted: (page) => page.evaluate(() => window.__blueskyFixture!.published()).then(fromList),
    button: '[data-testid="composerPublishBtn"]',
    key: 'Control+Enter',
    anyway: 'Post anyway',
  }, 'Ctrl+Enter');
});

describe('Mastodon, compose form (textarea): Publish (form submit) and Ctrl+Enter', () => {
  const site: Site = {
    async open() {
      const page = await context.newPage();
      await page.goto(MASTODON_URLS.home);
      await page.locator('form.compose-form textarea.autosuggest-textarea__textarea').click();
      return page;
    },
    text: (page) => page.evaluate(() => window.__mastodon!.composerText()),
    submitted: (page) => page.evaluate(() => {
      const { count, lastText } = window.__mastodon!.posted();
      return { count, last: lastText };
    }),
    button: 'form.compose-form .compose-form__submit button[type="submit"]',
    key: 'Control+Enter',
    anyway: 'Post anyway',
  };
  guardTests(site, 'Ctrl+Enter');
  it('holds the form submitted by a script too; "Post anyway" submits it once', () => holdsThenPostsOnce(site, 'form'));
});

describe('Facebook (Lexical)', () => {
  const POST = '[role="dialog"][aria-label="Create post"] [role="textbox"]';
  const COMMENT = '[aria-label="Write a comment…"]';
  const submitted = (page: Page) => page.evaluate(() => window.__fbFixture!.submitted()).then(fromList);

  describe('Create post dialog: Post button', () => {
    const site: Site = {
      async open() {
        const page = await context.newPage();
        await page.goto(FACEBOOK_URLS.home);
        await page.click('[aria-label="Create a post"] [role="button"]');
        await page.locator(POST).click();
        return page;
      },
      text: (page) => page.evaluate(() => window.__fbFixture!.composerText('post')),
      submitted,
      button: '[role="dialog"][aria-label="Create post"] [aria-label="Post"][role="button"]',
      key: '',
      anyway: 'Post anyway',
    };
    it('holds the Post button; Edit keeps the text; "Post anyway" posts exactly once', () => holdsThenPostsOnce(site, 'button'));
    it('lets a professional draft through with no dialog', () => professionalGoesThrough(site));
  });

  describe('comment box: Enter sends', () => {
    const site: Site = {
      async open() {
        const page = await context.newPage();
        await page.goto(FACEBOOK_URLS.home);
        await page.locator(COMMENT).click();
        return page;
      },
      text: (page) => page.evaluate(() => window.__fbFixture!.composerText('comment')),
      submitted,
      button: '[aria-label="Comment"][role="button"]',
      key: 'Enter',
      anyway: 'Post anyway',
    };
    it('holds Enter; Escape keeps the text; "Post anyway" comments exactly once', () => holdsThenPostsOnce(site, 'key'));
    it('holds the send arrow too', () => holdsThenPostsOnce(site, 'button'));
  });
});

describe('Gmail, New Message: Send (acts on mouseup) and Ctrl+Enter', () => {
  const BODY = '[role="dialog"] [g_editable="true"]';
  const site: Site = {
    async open() {
      const page = await context.newPage();
      await page.goto(GMAIL_INBOX);
      await page.getByRole('button', { name: 'Compose' }).click();
      await page.locator('[role="dialog"] .anm[name="to"] input').click();
      await page.keyboard.type('sam.rivera@acme.example');
      await page.keyboard.press('Enter');
      await page.locator(BODY).click();
      return page;
    },
    text: (page) => page.locator(BODY).innerText(),
    submitted: (page) => page.evaluate(() => window.__gmail!.sent()).then(fromList),
    button: '[role="dialog"] .IZ .Up [role="button"].aoO:not(.Uo)',
    key: 'Control+Enter',
    anyway: 'Send anyway',
  };
  guardTests(site, 'Ctrl+Enter');

  it('holds Space on the focused Send button (Gmail acts on its key-up, with no click)', async () => {
    const page = await site.open();
    await page.keyboard.type(RISKY);
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.locator(site.button).focus();
    await page.keyboard.press('Space');
    await waitForDialog(page);
    expect(await site.submitted(page)).toEqual({ count: 0, last: '' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await site.submitted(page)).toEqual({ count: 0, last: '' });
    // The replica's Space does send when Hatcheck lets it: a work-safe draft goes at once.
    await page.locator(BODY).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PROFESSIONAL);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.locator(site.button).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => site.submitted(page)).toEqual({ count: 1, last: PROFESSIONAL });
    await page.close();
  });

  it('the replica, like Gmail, sends on the mouseup of a press and not on a bare click (so the replay above took that path)', async () => {
    const page = await site.open();
    await page.keyboard.type(PROFESSIONAL);
    // With the verdict in, the guard lets every event through untouched.
    const badges = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    expect(badges.some((b) => b.name.startsWith('Hatcheck: nothing personal'))).toBe(true);
    await page.locator(site.button).evaluate((send) => (send as HTMLElement).click());
    await page.waitForTimeout(300);
    expect(await site.submitted(page)).toEqual({ count: 0, last: '' });
    await page.locator(site.button).click();
    await expect.poll(() => site.submitted(page)).toEqual({ count: 1, last: PROFESSIONAL });
    await page.close();
  });
});
