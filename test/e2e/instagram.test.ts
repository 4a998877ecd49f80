import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstagramComposer } from '../fixtures/instagram/fixture-hook';
import { INSTAGRAM_URLS } from '../fixtures/instagram/pages';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { askAtWarnToo, dialogs as dialogsOf, waitForDialog as waitForDialogIn, waitUntilArmed as armedIn } from './extension-ui';
import { activeTabId, sessionState } from './extension';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replicas of
// www.instagram.com (test/fixtures/instagram: a comment textarea, the Create dialog's caption, a
// DM conversation with the real Lexical), served at the real URLs. Everything Hatcheck shows is read
// through the accessibility tree; what Instagram received is the replica's own list
// (window.__igFixture.submitted()).

import '../fixtures/instagram/fixture-hook';

const COMMENT = 'textarea[aria-label="Add a comment…"]';
const CAPTION = 'textarea[aria-label="Write a caption..."]';
/** The caption in a build that renders it with Lexical (sites.md §6: "may be Lexical in some builds"). */
const LEXICAL_CAPTION = '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]';
const MESSAGE = '[aria-label="Message"][role="textbox"]';
const POST_BUTTON = 'form button[type="submit"]';
const SHARE = '[role="dialog"] [role="button"]:text-is("Share")';
const SEND = '[role="button"]:text-is("Send")';

const DRAFT = ['Called in sick, so hungover 🍺', '', 'Beach day instead of work'];
const TYPED = DRAFT.join('\n');
// Public (and a DM to someone Hatcheck does not know): absence warns, alcohol alone would be a notice.
const EXPECTED = 'Hatcheck warning: absence from work, alcohol';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

/** Types lines; `newLine` is Shift+Enter where Enter sends (comments, DMs), Enter in a caption. */
async function typeDraft(page: Page, newLine: 'Enter' | 'Shift+Enter', lines: readonly string[] = DRAFT): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newLine);
    if (line) await page.keyboard.type(line);
  }
}

const boxText = (page: Page, box: InstagramComposer) => page.evaluate((b) => window.__igFixture!.composerText(b), box);
const submitted = (page: Page) => page.evaluate(() => window.__igFixture!.submitted());
const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);
const dialogs = (page: Page) => dialogsOf(context, page);
const waitForDialog = (page: Page) => waitForDialogIn(context, page);
const waitUntilArmed = (page: Page, name: string) => armedIn(context, page, name);

async function waitForWarning(page: Page) {
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === EXPECTED), 8_000);
  const alert = found.find((a) => a.name === EXPECTED);
  expect(alert, `alerts: ${JSON.stringify(found)}`).toBeTruthy();
  return alert!;
}

async function openComment(url: string = INSTAGRAM_URLS.home): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(COMMENT).click();
  return page;
}

/** As a person does: Create in the sidebar → Select from computer → Next → the caption. */
async function openCaption(url: string = INSTAGRAM_URLS.home): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('link', { name: 'New post Create' }).click();
  await page.getByRole('button', { name: 'Select from computer' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator(url === INSTAGRAM_URLS.home ? CAPTION : LEXICAL_CAPTION).click();
  return page;
}

async function openDirect(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(INSTAGRAM_URLS.direct);
  await page.locator(`${MESSAGE}[data-lexical-editor="true"]`).click();
  return page;
}

describe('Instagram: the warning names who can see it', () => {
  it('a comment: anyone on Instagram; the text stays as typed', async () => {
    const page = await openComment();
    await typeDraft(page, 'Shift+Enter');
    const alert = await waitForWarning(page);
    expect((await alerts(page)).map((a) => a.name)).toEqual([EXPECTED]);
    expect(alert.description).toContain('Who can see it: Anyone on Instagram');
    expect(await boxText(page, 'comment')).toBe(TYPED);
    expect(await submitted(page)).toEqual([]);
    await page.close();
  });

  it('a new post\'s caption in the Create dialog: anyone on Instagram', async () => {
    const page = await openCaption();
    await typeDraft(page, 'Enter');
    const alert = await waitForWarning(page);
    expect(alert.description).toContain('Who can see it: Anyone on Instagram');
    expect(await boxText(page, 'caption')).toBe(TYPED);
    await page.close();
  });

  it('a DM (Lexical): the people in this conversation', async () => {
    const page = await openDirect();
    await typeDraft(page, 'Shift+Enter');
    const alert = await waitForWarning(page);
    expect(alert.description).toContain('Who can see it: The people in this conversation');
    expect(await boxText(page, 'message')).toBe(TYPED);
    expect(await submitted(page)).toEqual([]);
    await page.close();
  });

  it('a work-safe comment gets a quiet badge, no alert', async () => {
    const page = await openComment();
    await page.keyboard.type('Congrats on the launch, great work by the whole team!');
    const badges = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')), 8_000);
    expect(badges.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual(['Hatcheck: nothing personal found. Who can see it: Anyone on Instagram.']);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });

  it('the self-test: the caption and the Create dialog\'s inputs report no unprotected box; a box Instagram might add does', async () => {
    const page = await openCaption();
    await page.keyboard.type('Lake day');
    await page.getByRole('textbox', { name: 'Add location' }).click();
    await page.keyboard.type('Lake Geneva');
    const tabId = await activeTabId(context);
    const state = () => sessionState(context).then((all) => all[`tab:${tabId}`] as { composers: unknown[]; problem?: string } | undefined);
    await expect.poll(async () => (await state())?.composers.length ?? 0).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect((await state())?.problem).toBeUndefined();
    // A textarea the adapter does not know (a new box in a later build) is still reported.
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'Write a note');
      document.querySelector('[role="dialog"]')!.append(box);
    });
    await page.getByRole('textbox', { name: 'Write a note' }).click();
    await page.keyboard.type('x');
    await expect.poll(async () => (await state())?.problem).toBe('unrecognised-editor');
    await page.close();
  });

  it('Explore gets nothing added and no alerts', async () => {
    const page = await context.newPage();
    await page.goto(INSTAGRAM_URLS.noComposer);
    await page.locator('[role="main"]').waitFor();
    await page.waitForTimeout(500);
    const added = await page.evaluate(() => Array.from(document.documentElement.children).filter((e) => e.tagName.startsWith('HATCHECK-')).length);
    expect(added).toBe(0);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });
});

describe('Instagram: the submit guard', () => {
  // Public only warns at this draft by default; the popup's switch makes Hatcheck ask at `warn` too
  // (as submit-guard.test.ts and reddit.test.ts do).
  beforeAll(() => askAtWarnToo(context, extensionId));

  const waitForHoldingAlert = (page: Page) => waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.startsWith('Hatcheck')), 8_000);

  /** "… anyway" once armed: the site receives exactly one submission, the text as typed. */
  async function anyway(page: Page, name: 'Post anyway' | 'Send anyway', expected: { kind: InstagramComposer; text: string }): Promise<void> {
    await waitUntilArmed(page, name);
    await clickAccessible(context, page, 'button', (n) => n === name);
    await expect.poll(() => submitted(page).then((s) => s.length)).toBe(1);
    await page.waitForTimeout(500);
    expect(await submitted(page)).toEqual([expected]);
    expect(await dialogs(page)).toEqual([]);
  }

  it('comment: the Post button and Enter are both held; "Post anyway" posts once, as typed', async () => {
    const page = await openComment();
    await typeDraft(page, 'Shift+Enter');
    await waitForHoldingAlert(page);
    // Shift+Enter stayed a new line: no dialog, nothing posted.
    expect(await boxText(page, 'comment')).toBe(TYPED);
    expect(await dialogs(page)).toEqual([]);

    await page.locator(POST_BUTTON).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before posting: absence from work, alcohol');
    expect(dialog?.description).toContain('Anyone on Instagram');
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await boxText(page, 'comment')).toBe(TYPED);

    await page.locator(COMMENT).click();
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await submitted(page)).toEqual([]);
    expect(await boxText(page, 'comment')).toBe(TYPED);
    await anyway(page, 'Post anyway', { kind: 'comment', text: TYPED });
    await page.close();
  });

  it.each([['textarea', INSTAGRAM_URLS.home], ['Lexical', INSTAGRAM_URLS.homeLexicalCaption]])('caption (%s): Share is held (Enter is a new line there, never held); "Post anyway" shares once, as typed', async (_kind, url) => {
    const page = await openCaption(url);
    await typeDraft(page, 'Enter');
    await waitForHoldingAlert(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => boxText(page, 'caption')).toBe(`${TYPED}\n`);
    expect(await dialogs(page)).toEqual([]);
    await page.keyboard.press('Backspace');
    await page.locator(SHARE).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before posting: absence from work, alcohol');
    expect(await submitted(page)).toEqual([]);
    await anyway(page, 'Post anyway', { kind: 'caption', text: TYPED });
    await page.close();
  });

  it('DM: Send and Enter are both held; "Send anyway" sends once, as typed', async () => {
    const page = await openDirect();
    await typeDraft(page, 'Shift+Enter');
    await waitForHoldingAlert(page);
    expect(await dialogs(page)).toEqual([]);
    await page.locator(SEND).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before sending: absence from work, alcohol');
    expect(dialog?.description).toContain('The people in this conversation');
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogs(page)).toEqual([]);

    await page.locator(MESSAGE).click();
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await submitted(page)).toEqual([]);
    expect(await boxText(page, 'message')).toBe(TYPED);
    await anyway(page, 'Send anyway', { kind: 'message', text: TYPED });
    await page.close();
  });

  it('DM: the Enter that ends an IME composition is never held', async () => {
    const page = await openDirect();
    await typeDraft(page, 'Shift+Enter');
    await waitForHoldingAlert(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition arrives as keyCode 229 with isComposing set.
    await page.locator(MESSAGE).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => boxText(page, 'message')).toBe(`${TYPED}にほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await submitted(page)).toEqual([]);
    await page.close();
  });

  it('comment: a work-safe comment goes at once on Enter, with no dialog', async () => {
    const page = await openComment();
    const text = 'Congrats on the launch, great work by the whole team!';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')), 8_000);
    await page.keyboard.press('Enter');
    await expect.poll(() => submitted(page)).toEqual([{ kind: 'comment', text }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});
