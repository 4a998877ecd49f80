import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YouTubeBox } from '../fixtures/youtube/fixture-hook';
import { YOUTUBE_URLS } from '../fixtures/youtube/pages';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { askAtWarnToo } from './extension-ui';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replica of a
// YouTube watch page (test/fixtures/youtube), served at www.youtube.com. The comment box is mounted
// by a click on its placeholder; a reply box by a click on Reply. A comment is public. Everything
// Hatcheck shows is read through the accessibility tree; what YouTube posted is the replica's own
// count (window.__youtube.posted()).

const editorOf = (box: YouTubeBox) => `[data-fixture="box-${box}"] #contenteditable-root`;
const submitOf = (box: YouTubeBox) => `[data-fixture="box-${box}"] #submit-button button`;
const DRAFT = ['Called in sick, so hungover 🍺', '', 'Back tomorrow, probably'];
const TYPED = DRAFT.join('\n');
// A public audience: absence warns (alcohol alone would be a notice).
const EXPECTED_ALERT = 'Hatcheck warning: absence from work, alcohol';
const AUDIENCE = 'Anyone on YouTube, under “Weekend brewery tour in Bruges”';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const boxes = (page: Page) => page.evaluate(() => window.__youtube?.boxes() ?? []);
const boxText = (page: Page, box: YouTubeBox) => page.evaluate((b) => window.__youtube!.composerText(b), box);
const posted = (page: Page) => page.evaluate(() => window.__youtube!.posted());
const dialogs = (page: Page) => accessibleNodes(context, page, ['alertdialog']);
const waitForDialog = (page: Page) => waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);
const waitUntilArmed = (page: Page) => waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === 'Post anyway' && !b.disabled));

async function openBox(box: YouTubeBox, url: string = YOUTUBE_URLS.watch): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  if (box === 'comment') await page.locator('#simplebox-placeholder').click();
  else await page.locator('ytd-comment-thread-renderer').first().getByRole('button', { name: 'Reply' }).click();
  await expect.poll(() => boxes(page)).toContain(box);
  await page.locator(editorOf(box)).click();
  return page;
}

/** Enter is a new line in YouTube's box. */
async function typeDraft(page: Page, lines: readonly string[] = DRAFT): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line);
  }
}

async function waitForAlert(page: Page) {
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === EXPECTED_ALERT), 8_000);
  const alert = found.find((a) => a.name === EXPECTED_ALERT);
  expect(alert, `alerts: ${JSON.stringify(found)}`).toBeTruthy();
  return alert!;
}

describe('YouTube: the warning says a comment is public, under the video', () => {
  it.each(['comment', 'reply'] as const)('the %s box: warns on a personal draft and leaves the text as typed', async (box) => {
    const page = await openBox(box);
    await typeDraft(page);
    const alert = await waitForAlert(page);
    expect((await accessibleNodes(context, page, ['alert'])).map((a) => a.name)).toEqual([EXPECTED_ALERT]);
    expect(alert.description).toContain(`Who can see it: ${AUDIENCE}`);
    expect(alert.description).toContain('Posting as Jane Doe');
    expect(await boxText(page, box)).toBe(TYPED);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('follows YouTube\'s in-app navigation to another video: the box there names that video', async () => {
    const page = await openBox('comment');
    await page.evaluate(() => window.__youtube!.navigate('Zk9fL2mQx0A'));
    await page.locator('#simplebox-placeholder').click();
    await page.locator(editorOf('comment')).click();
    await typeDraft(page);
    const alert = await waitForAlert(page);
    expect(alert.description).toContain('Anyone on YouTube, under “How we ship a release in a week”');
    await page.close();
  });
});

describe('YouTube: the submit guard holds a risky comment', () => {
  // A comment is public: this draft only warns by default. The popup's switch makes Hatcheck ask
  // at `warn` too (as submit-guard.test.ts does).
  beforeAll(() => askAtWarnToo(context, extensionId));

  it.each([['comment', 'Comment'], ['reply', 'Reply']] as const)('the %s box: its %s button held, clicked and pressed with Enter on it; "Post anyway" posts once as typed', async (box, _button) => {
    const page = await openBox(box);
    await typeDraft(page);
    await waitForAlert(page);
    // Enter in the box is a new line, never a submit: no dialog.
    expect(await dialogs(page)).toEqual([]);
    await page.locator(submitOf(box)).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before posting: absence from work, alcohol');
    expect(dialog?.description).toContain(AUDIENCE);
    expect(await posted(page)).toEqual([]);
    await clickAccessible(context, page, 'button', (n) => n === 'Edit');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await posted(page)).toEqual([]);
    expect(await boxText(page, box)).toBe(TYPED);
    // The button's own key: Enter on the focused button.
    await page.locator(submitOf(box)).focus();
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await posted(page)).toEqual([]);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => posted(page)).toHaveLength(1);
    expect(await posted(page)).toEqual([{ box, video: 'hc0wTsT1Vd8', replyTo: box === 'reply' ? '@sam_rivera' : '', text: TYPED }]);
    await page.waitForTimeout(500);
    expect(await posted(page)).toHaveLength(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('keeps Enter a new line in a held draft, and never holds an IME Enter', async () => {
    const page = await openBox('comment');
    await typeDraft(page);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => boxText(page, 'comment')).toBe(`${TYPED}\nok`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await page.locator(editorOf('comment')).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => boxText(page, 'comment')).toBe(`${TYPED}\nokにほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('lets a harmless comment go at once on Comment, with no dialog', async () => {
    const page = await openBox('comment');
    const text = 'Lovely footage, thanks for sharing.';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.locator(submitOf('comment')).click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'comment', video: 'hc0wTsT1Vd8', replyTo: '', text }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});
