import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORDPRESS_URLS } from '../fixtures/wordpress/pages';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { activeTabId } from './extension';
import { askAtWarnToo } from './extension-ui';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replica of the
// WordPress block editor (test/fixtures/wordpress) at WordPress.com (the manifest's WordPress
// origin; a self-hosted site is one the user enables, which these tests do not grant). The post's
// title and blocks are contenteditables in the same-origin `editor-canvas` iframe: the content
// script runs in the top frame only and reads the whole post as one draft. Publishing is the
// pre-publish panel's final Publish (the header's "Publish" only opens the panel) or a published
// post's Update. Everything Hatcheck shows is read through the accessibility tree; what WordPress
// published is the replica's own count (window.__wordpress.published()).

const FRAME = 'iframe[name="editor-canvas"]';
const TITLE = 'Friday';
const DRAFT = ['Called in sick, so hungover 🍺', '', 'Back tomorrow, probably'];
const CONTENT = DRAFT.join('\n');
// A public blog: absence warns (alcohol alone would be a notice).
const EXPECTED_ALERT = 'Hatcheck warning: absence from work, alcohol';
const FINAL_PUBLISH = '.editor-post-publish-panel .editor-post-publish-button';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const frameOf = (page: Page): FrameLocator => page.frameLocator(FRAME);
const postText = (page: Page) => page.evaluate(() => window.__wordpress!.postText());
const published = (page: Page) => page.evaluate(() => window.__wordpress!.published());
const dialogs = (page: Page) => accessibleNodes(context, page, ['alertdialog']);
const waitForDialog = (page: Page) => waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);
const waitUntilArmed = (page: Page) => waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === 'Post anyway' && !b.disabled));

async function openEditor(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => window.__wordpress?.ready() ?? false)).toBe(true);
  return page;
}

/** A new post: the title, Enter into the first block, then one block per line. */
async function writePost(page: Page, title: string, lines: readonly string[] = DRAFT): Promise<void> {
  await frameOf(page).locator('.editor-post-title__input').click();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
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

describe('WordPress: the warning reads the whole post in the canvas iframe and says who reads it', () => {
  it('a new public post: warns, with the site\'s readers as the audience, and leaves the text as typed', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await writePost(page, TITLE);
    const alert = await waitForAlert(page);
    expect((await accessibleNodes(context, page, ['alert'])).map((a) => a.name)).toEqual([EXPECTED_ALERT]);
    expect(alert.description).toContain('Who can see it: Anyone who visits the site');
    expect(alert.description).toContain('Posting as Jane Doe');
    expect(await postText(page)).toBe(`${TITLE}\n${CONTENT}`);
    expect(await published(page)).toEqual([]);
    await page.close();
  });

  it('a private post: the audience is the site\'s administrators and editors', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await page.locator('.editor-post-visibility__toggle').click();
    await page.getByRole('menuitemradio', { name: 'Private' }).click();
    await writePost(page, TITLE);
    const alert = await waitForAlert(page);
    expect(alert.description).toContain('Only the site’s administrators and editors');
    await page.close();
  });
});

describe('WordPress: the submit guard holds the final Publish and Update, never the panel toggle', () => {
  // A public post: this draft only warns by default. The popup's switch makes Hatcheck ask at
  // `warn` too (as submit-guard.test.ts does).
  beforeAll(() => askAtWarnToo(context, extensionId));

  it('a new post: "Publish" opens the panel unheld; its final Publish is held, clicked and pressed with Enter; "Post anyway" publishes once as typed', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await writePost(page, TITLE);
    await waitForAlert(page);
    // The header's Publish only opens the pre-publish panel: not held.
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator(FINAL_PUBLISH).waitFor();
    expect(await dialogs(page)).toEqual([]);
    await page.locator(FINAL_PUBLISH).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before posting: absence from work, alcohol');
    expect(dialog?.description).toContain('Anyone who visits the site');
    expect(await published(page)).toEqual([]);
    await clickAccessible(context, page, 'button', (n) => n === 'Edit');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await published(page)).toEqual([]);
    expect(await postText(page)).toBe(`${TITLE}\n${CONTENT}`);
    // The button's own key: Enter on the focused final Publish.
    await page.locator(FINAL_PUBLISH).focus();
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await published(page)).toEqual([]);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => published(page)).toHaveLength(1);
    expect(await published(page)).toEqual([{ action: 'publish', title: TITLE, content: CONTENT, visibility: 'Public' }]);
    await page.waitForTimeout(500);
    expect(await published(page)).toHaveLength(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('a published post: Update is held; "Post anyway" updates once with the added paragraph', async () => {
    const page = await openEditor(WORDPRESS_URLS.comEdit);
    await frameOf(page).locator('.wp-block-paragraph').last().click();
    await page.keyboard.type('Called in sick the day after, so hungover 🍺');
    await waitForAlert(page);
    await page.locator('.editor-header .editor-post-publish-button').click();
    await waitForDialog(page);
    expect(await published(page)).toEqual([]);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => published(page)).toHaveLength(1);
    expect(await published(page)).toEqual([{ action: 'update', title: 'Team offsite recap', content: 'Thanks to everyone who came to the offsite.\nCalled in sick the day after, so hungover 🍺', visibility: 'Public' }]);
    await page.waitForTimeout(500);
    expect(await published(page)).toHaveLength(1);
    await page.close();
  });

  it('Enter and Shift+Enter in a block stay editing (a new block, a line break), and an IME Enter is never held', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await writePost(page, TITLE);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ok');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('fine');
    await expect.poll(() => postText(page)).toBe(`${TITLE}\n${CONTENT}\nok\nfine`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await frameOf(page).locator('.wp-block-paragraph').last().dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => postText(page)).toBe(`${TITLE}\n${CONTENT}\nok\nfineにほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await published(page)).toEqual([]);
    await page.close();
  });

  it('publishes a harmless post at once, with no dialog', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await writePost(page, 'Release notes', ['We shipped the new dashboard today.']);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator(FINAL_PUBLISH).click();
    await expect.poll(() => published(page)).toEqual([{ action: 'publish', title: 'Release notes', content: 'We shipped the new dashboard today.', visibility: 'Public' }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});

describe('WordPress: the self-test reaches into the canvas iframe', () => {
  async function popupText(page: Page): Promise<string> {
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('main').waitFor();
    await popup.getByText('Contacts and settings').waitFor();
    const text = await popup.locator('main').innerText();
    await popup.close();
    return text;
  }

  it('typing in the title and blocks is protected', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await writePost(page, 'Release notes', ['We shipped the new dashboard today.']);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.waitForTimeout(500);
    expect(await popupText(page)).not.toContain('Not protected');
    await page.close();
  });

  it('typing an image\'s alt text in the sidebar (a setting, not a post) is no unprotected box', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    await page.locator('#image-alt').click();
    await page.keyboard.type('The team at the lake, called in sick');
    await page.waitForTimeout(500);
    expect(await popupText(page)).not.toContain('Not protected');
    await page.close();
  });

  it('says "Not protected" for an editable outside the post that the adapter does not know', async () => {
    const page = await openEditor(WORDPRESS_URLS.comNew);
    // A plugin's own editable box in the sidebar (test-only change of the replica).
    await page.locator('.editor-sidebar').evaluate((side) => {
      const box = side.ownerDocument.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Social share message');
      side.append(box);
    });
    await page.getByRole('textbox', { name: 'Social share message' }).click();
    await page.keyboard.type('Called in sick, beach day');
    await expect.poll(() => popupText(page)).toContain('Not protected on this page');
    await page.close();
  });
});
