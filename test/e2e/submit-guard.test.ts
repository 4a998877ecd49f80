import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { launchExtension } from '../support/extension-launch';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { stopServiceWorker } from './extension';
import { askAtWarnToo, setInPopup } from './extension-ui';

// Issue 7's submit guard, in the built extension on the site replicas: a post the verdict holds is
// kept from the site until the person answers the alertdialog; "Post anyway" posts it exactly once
// through the site's own button or key, with the text as typed; "Edit" gives the editor back.

import '../fixtures/linkedin/fixture-hook';
import { X_URLS } from '../fixtures/x/pages';

const EDITOR = '[aria-label="Text editor for creating content"]';
const RISKY = 'Called in sick today, beach day and still hungover';
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function linkedInComposer(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(FIXTURE_URLS.feedClassic);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  return page;
}

/** Posts in the replica's feed whose text starts with `text` (the site's own count of submissions). */
const postsOf = (page: Page, text: string) =>
  page.evaluate((t) => [...document.querySelectorAll('.feed-shared-update-v2__description')].filter((p) => (p.textContent ?? '').startsWith(t)).length, text);
const dialogs = (page: Page) => accessibleNodes(context, page, ['alertdialog']);
const waitForDialog = (page: Page) => waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);
/** "Post anyway" is disarmed for a moment after the dialog shows (against clickjacking): wait as a person would. */
const waitUntilArmed = (page: Page, name = 'Post anyway') =>
  waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === name && !b.disabled));
const pressPost = (page: Page) => page.locator('.share-actions__primary-action').click();
const composerText = async (page: Page) => (await page.evaluate(() => window.__fixture!.composerText())).replace(/\n$/, '');

/** Types the draft and waits for the verdict that holds it (the alert at `confirm`). */
async function typeRisky(page: Page, text = RISKY): Promise<void> {
  await page.keyboard.type(text);
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.startsWith('Hatcheck: check before posting')));
  expect(found.map((a) => a.name).some((n) => n.startsWith('Hatcheck: check before posting'))).toBe(true);
}

describe('submit guard on LinkedIn (Post button)', () => {
  it('holds the post behind an alertdialog; Edit returns to the editor with the text intact', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before posting: absence from work, alcohol');
    expect(dialog?.description).toContain('Who can see it: Anyone on or off LinkedIn');
    const buttons = await accessibleNodes(context, page, ['button']);
    expect(buttons.filter((b) => /^(Post anyway|Edit)$/.test(b.name)).map((b) => b.name).sort()).toEqual(['Edit', 'Post anyway']);
    // The least harmful answer has the focus.
    expect(buttons.find((b) => b.name === 'Edit' && b.focused)).toBeTruthy();
    expect(await postsOf(page, 'Called in sick')).toBe(0);

    await page.keyboard.press('Enter');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    // Focus is back in the editor: typing goes on where it was, and nothing was changed.
    await page.keyboard.type(' indeed');
    await expect.poll(() => composerText(page)).toBe(`${RISKY} indeed`);
    await page.close();
  });

  it('"Post anyway" posts exactly once, through the site\'s button, with the text as typed', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    await waitForDialog(page);
    // Tab moves between the two buttons and never leaves the dialog.
    await page.keyboard.press('Tab');
    expect((await accessibleNodes(context, page, ['button'])).find((b) => b.focused)?.name).toBe('Post anyway');
    await page.keyboard.press('Tab');
    expect((await accessibleNodes(context, page, ['button'])).find((b) => b.focused)?.name).toBe('Edit');
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => postsOf(page, 'Called in sick')).toBe(1);
    expect(await page.evaluate(() => document.querySelector('.feed-shared-update-v2__description')?.textContent)).toBe(RISKY);
    await page.waitForTimeout(500);
    expect(await postsOf(page, 'Called in sick')).toBe(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('ignores a press on "Post anyway" before it is armed', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    await waitForDialog(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await page.waitForTimeout(300);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    expect(await dialogs(page)).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    await page.close();
  });

  it('lets a professional post through at once, with no dialog', async () => {
    const page = await linkedInComposer();
    const text = 'Proud of our team for shipping the Q3 release on time.';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await pressPost(page);
    await expect.poll(() => postsOf(page, 'Proud of our team')).toBe(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('holds a post pressed straight after typing, before the verdict had arrived', async () => {
    const page = await linkedInComposer();
    // Typed in one go and pressed at once: no pause for the debounced check.
    await page.locator(EDITOR).pressSequentially(RISKY, { delay: 0 });
    await pressPost(page);
    await waitForDialog(page);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('is not fooled by page scripts: synthetic presses of the site\'s button are held, of ours are ignored', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await page.evaluate(() => {
      const host = document.querySelector('#interop-outlet')!.shadowRoot!.querySelector<HTMLElement>('.share-actions__primary-action')!;
      host.click();
    });
    await waitForDialog(page);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    // A page script presses everything it can find of ours: our hosts are the elements it did not create.
    await waitUntilArmed(page);
    await page.evaluate(() => {
      for (const node of document.querySelectorAll('html > *:not(head):not(body)')) {
        (node as HTMLElement).click();
        node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(300);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    expect(await dialogs(page)).toHaveLength(1);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('closes the dialog without posting when the site removes the composer', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    await waitForDialog(page);
    await page.evaluate(() => window.__fixture!.removeComposer());
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    await page.close();
  });

  it('still posts exactly once when the service worker stops while the dialog is open', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    await waitForDialog(page);
    await stopServiceWorker(context, page);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => postsOf(page, 'Called in sick')).toBe(1);
    await page.waitForTimeout(300);
    expect(await postsOf(page, 'Called in sick')).toBe(1);
    await page.close();
  });

  it('lets the post go when the draft is made harmless while the dialog is open', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    await pressPost(page);
    await waitForDialog(page);
    // Something other than the keyboard rewrites the draft (the site's own script here).
    await page.evaluate(() => {
      const editor = document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('.ql-editor')!;
      editor.querySelector('p')!.textContent = 'Proud of the team this quarter';
    });
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await postsOf(page, 'Called in sick')).toBe(0);
    await pressPost(page);
    await expect.poll(() => postsOf(page, 'Proud of the team this quarter')).toBe(1);
    await page.close();
  });

  it('keeps two composers on one page apart: each post is judged by its own draft', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.feedClassic);
    const comment = page.locator('[aria-label="Text editor for creating comment"]');
    await comment.click();
    await page.keyboard.type('Called in sick, hungover at the beach lol');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.evaluate(() => window.__fixture!.openComposer());
    await page.locator(EDITOR).click();
    await page.keyboard.type('Proud of our team for shipping the Q3 release.');
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await pressPost(page);
    await expect.poll(() => postsOf(page, 'Proud of our team')).toBe(1);
    expect(await dialogs(page)).toEqual([]);
    // The comment is still held by its own verdict.
    await page.locator('.comments-comment-box__submit-button').click();
    await waitForDialog(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('.comments-comment-item').count()).toBe(0);
    await page.close();
  });

  it('highlights the risky phrases inside the editor without touching its DOM', async () => {
    const page = await linkedInComposer();
    await typeRisky(page);
    // The page's own world sees the document's highlight registry: read the painted ranges' text.
    const painted = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
    await expect.poll(async () => (await painted()).length).toBeGreaterThan(1);
    const phrases = await painted();
    for (const phrase of phrases) expect(RISKY).toContain(phrase);
    expect(phrases.some((p) => /sick/i.test(p))).toBe(true);
    expect(phrases.some((p) => /hungover/i.test(p))).toBe(true);
    // The editor's DOM is the editor's: no mark, no class or attribute of ours.
    const ours = await page.locator(EDITOR).evaluate((editor) => [editor, ...editor.querySelectorAll('*')].flatMap((e) => [
      ...(e.localName === 'mark' || e.localName.startsWith('hatcheck') ? [e.localName] : []),
      ...[...e.attributes].filter((a) => /hatcheck|hc-/i.test(`${a.name}=${a.value}`)).map((a) => a.name),
    ]));
    expect(ours).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
    await page.close();
  });
});

describe('submit guard in an Enter-to-send chat box (X Chat)', () => {
  const sent = (page: Page) => page.locator('.chat-messages [role="listitem"]').count();

  // A direct message to someone the user never tagged is not a professional audience, so the
  // default policy only warns there; the popup's switch makes Hatcheck ask at `warn` too.
  beforeAll(async () => {
    await askAtWarnToo(context, extensionId);
  });

  async function chat(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(X_URLS.chat);
    await page.locator('[data-testid="dm-composer-textarea"]').click();
    return page;
  }

  it('holds Enter, keeps Shift+Enter a new line, and sends once after "Send anyway"', async () => {
    const page = await chat();
    const before = await sent(page);
    await page.keyboard.type('between us, the layoffs are coming next week');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('internal only, dont share');
    await expect.poll(() => page.locator('[data-testid="dm-composer-textarea"]').inputValue()).toBe('between us, the layoffs are coming next week\ninternal only, dont share');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.keyboard.press('Enter');
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toMatch(/^Check before sending: /);
    expect(await sent(page)).toBe(before);
    await waitUntilArmed(page, 'Send anyway');
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toBe(before + 1);
    await page.waitForTimeout(300);
    expect(await sent(page)).toBe(before + 1);
    await page.close();
  });

  it('never holds the Enter that ends an IME composition', async () => {
    const page = await chat();
    const before = await sent(page);
    await page.keyboard.type('the layoffs are coming, internal only ');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition arrives as keyCode 229 with isComposing set.
    await page.locator('[data-testid="dm-composer-textarea"]').dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toBe(before);
    expect(await page.locator('[data-testid="dm-composer-textarea"]').inputValue()).toBe('the layoffs are coming, internal only にほん');
    await page.close();
  });
});

describe('send delay with Undo (the popup\'s choice; not on Gmail, which has its own)', () => {
  const setDelay = (seconds: string) => setInPopup(context, extensionId,
    (p) => p.getByLabel('Delay posts').selectOption(seconds).then(() => undefined),
    async (p) => (await p.getByLabel('Delay posts').inputValue()) === seconds);

  beforeAll(() => setDelay('5'));
  afterAll(() => setDelay('0'));

  it('counts down with Undo; Undo keeps the draft, letting it run out posts once', async () => {
    const page = await linkedInComposer();
    const text = 'Proud of our team for the Q4 launch.';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await pressPost(page);
    const status = () => accessibleNodes(context, page, ['status']).then((s) => s.map((n) => n.text).join(' '));
    await expect.poll(status).toMatch(/Posting in \d s/);
    await clickAccessible(context, page, 'button', (n) => n === 'Undo');
    await expect.poll(status).toContain('Not posted. Your draft is still there.');
    expect(await postsOf(page, 'Proud of our team for the Q4')).toBe(0);
    expect(await composerText(page)).toBe(text);

    await pressPost(page);
    await expect.poll(status).toMatch(/Posting in \d s/);
    expect(await postsOf(page, 'Proud of our team for the Q4')).toBe(0);
    await expect.poll(() => postsOf(page, 'Proud of our team for the Q4'), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await postsOf(page, 'Proud of our team for the Q4')).toBe(1);
    await page.close();
  });
});
