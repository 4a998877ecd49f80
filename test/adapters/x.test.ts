// The X adapter (src/sites/x) against a replica of x.com that runs the real Draft.js 0.11 under
// React 18 with X's data-testid wrappers, the compose modal mounted lazily into #layers, X Chat's
// <textarea> and the narrow compose page's <textarea>. Text is typed with Playwright's real
// keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/x/fixture-hook';
import { X_URLS } from '../fixtures/x/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';

const HOME_BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const MODAL_BOX = '[aria-modal="true"] [data-testid="tweetTextarea_0"]';
const MODAL_BOX_1 = '[aria-modal="true"] [data-testid="tweetTextarea_1"]';
const REPLY_BOX = HOME_BOX; // the status page's inline box is the primary column's one box
const CHAT_BOX = 'textarea[data-testid="dm-composer-textarea"]';
const MOBILE_BOX = '[data-testid="tweetTextarea_0"] textarea';

interface DraftComposer {
  name: string;
  /** Opens the page and the box, and leaves the caret in it. */
  open(page: Page): Promise<void>;
  editor: string;
  /** The fixture's name for the box (its own Draft.js text). */
  box: string;
  placeholder: string;
}

async function openFromNav(page: Page): Promise<void> {
  await page.goto(X_URLS.home);
  await page.locator(HOME_BOX).waitFor();
  await page.click('[data-testid="SideNav_NewTweet_Button"]');
  await page.locator(MODAL_BOX).click();
}

const DRAFT_COMPOSERS: DraftComposer[] = [
  { name: 'home timeline inline box', open: async (p) => { await p.goto(X_URLS.home); await p.locator(HOME_BOX).click(); }, editor: HOME_BOX, box: 'home:0', placeholder: 'What is happening?!' },
  { name: 'compose modal opened from the side nav', open: openFromNav, editor: MODAL_BOX, box: 'modal:0', placeholder: 'What is happening?!' },
  { name: 'inline reply box on a post page', open: async (p) => { await p.goto(X_URLS.status); await p.locator(REPLY_BOX).click(); }, editor: REPLY_BOX, box: 'reply:0', placeholder: 'Post your reply' },
];

/** Drafts as lines; an empty line is Enter pressed twice. */
const DRAFTS: Array<[string, string[]]> = [
  ['a single line', ['Shipping the new onboarding flow today!']],
  ['paragraphs with empty lines between', ['Hello X', '', 'One empty line above', '', '', 'Two empty lines above']],
  ['leading and trailing spaces', ['  indented line', 'trailing spaces   ']],
  ['unicode and emoji', ['Zürich café, naïve — “quoted” ✓', 'Emoji: 🎉🍻 👩🏽‍💻 🇩🇪', '日本語のテキスト · ١٢٣']],
  ['mentions, hashtags and a link (decorated spans)', ['cc @Ada_L #buildinpublic https://example.com/a?b=1']],
  ['a draft ending in an empty line', ['last line', '']],
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function fresh(composer: { open(page: Page): Promise<void> }): Promise<Page> {
  const page = await browser.open('about:blank');
  await composer.open(page);
  return page;
}


const boxText = (page: Page, box: string) => page.evaluate((name) => window.__xFixture!.composerText(name), box);
const placeholderShown = (page: Page, editor: string) =>
  page.locator(editor).evaluate((el) => el.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent ?? '');

describe.each(DRAFT_COMPOSERS)('$name (Draft.js)', (composer) => {
  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await fresh(composer);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    // First Draft.js itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => boxText(page, composer.box)).toBe(typed);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe(typed);
  });

  it('never reads the placeholder: an empty box is "" again after a deleted draft', async () => {
    const page = await fresh(composer);
    expect(await placeholderShown(page, composer.editor)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
    await typeLines(page, ['oops', 'wrong account']);
    await expect.poll(() => boxText(page, composer.box)).toBe('oops\nwrong account');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => placeholderShown(page, composer.editor)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads @handles from the text as x: mentions, once each, and no e-mail address', async () => {
    const page = await fresh(composer);
    await page.keyboard.type('Thanks @Ada_L and @sam_rivera! Mail jane@acme.com, not @ada_l again or @this_name_is_far_too_long');
    await expect.poll(() => boxText(page, composer.box)).toContain('too_long');
    expect(await adapterCall(page, 'readMentions', composer.editor)).toEqual([
      { name: '@Ada_L', handle: 'x:ada_l' },
      { name: '@sam_rivera', handle: 'x:sam_rivera' },
    ]);
  });

  it('reads the signed-in account from the side nav', async () => {
    const page = await fresh(composer);
    expect(await adapterCall(page, 'readProfile', composer.editor)).toEqual({ name: 'Jane Doe', handle: 'x:janedoe', kind: 'unknown' });
  });

  it('posts with Ctrl/Cmd+Enter or its own button', async () => {
    const page = await fresh(composer);
    expect(await adapterCall(page, 'submitKey', composer.editor)).toBe('mod+enter');
    const reply = composer.box.startsWith('reply');
    expect(await adapterCall(page, 'submitButton', composer.editor)).toMatchObject({ text: reply ? 'Reply' : 'Post' });
    // The button the adapter names is this box's own (tweetButtonInline inline, tweetButton in the modal).
    const own = await page.locator(composer.editor).evaluate((el, inModal) => {
      const testId = inModal ? 'tweetButton' : 'tweetButtonInline';
      return el.closest(inModal ? '[aria-modal="true"]' : '[data-testid="primaryColumn"]')!.querySelectorAll(`[data-testid="${testId}"]`).length;
    }, composer.box.startsWith('modal'));
    expect(own).toBe(1);
  });
});

describe('which box is what', () => {
  it('the home box is a post with the reply setting as its audience; a Community replaces it', async () => {
    const page = await fresh(DRAFT_COMPOSERS[0]!);
    expect(await adapterCall(page, 'snapshot', HOME_BOX)).toMatchObject({ kind: 'post', visibility: 'Everyone can reply' });
    await page.getByRole('button', { name: 'Everyone can reply' }).click();
    await expect.poll(() => adapterCall(page, 'readVisibility', HOME_BOX)).toBe('Accounts you follow can reply');
    await page.getByRole('button', { name: 'Accounts you follow can reply' }).click();
    await page.getByRole('button', { name: 'Verified accounts can reply' }).click();
    await expect.poll(() => adapterCall(page, 'readVisibility', HOME_BOX)).toBe('Only people you mention can reply');
    await page.evaluate(() => window.__xFixture!.setAudience('Hiking Club', 'home'));
    await expect.poll(() => adapterCall(page, 'readVisibility', HOME_BOX)).toBe('Hiking Club');
  });

  it('the inline box on a post page is a reply (comment) with no audience control of its own', async () => {
    const page = await fresh(DRAFT_COMPOSERS[2]!);
    expect(await adapterCall(page, 'snapshot', REPLY_BOX)).toMatchObject({ kind: 'comment', visibility: '' });
  });

  it('the modal mounts lazily after an SPA navigation (title changes) and is found then', async () => {
    const page = await browser.open(X_URLS.home);
    await page.locator(HOME_BOX).waitFor();
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await page.locator(MODAL_BOX).waitFor();
    expect(await page.title()).toBe('Compose new post / X');
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    expect(await adapterCall(page, 'count')).toBe(2);
    expect(await adapterCall(page, 'snapshot', MODAL_BOX)).toMatchObject({ kind: 'post', visibility: 'Everyone can reply' });
    // Closing unmounts it (history.back, title back to Home): gone, and the home box stays.
    await page.click('[data-testid="app-bar-close"]');
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    expect(await page.title()).toBe('Home / X');
    expect(await adapterCall(page, 'describe')).toEqual([expect.objectContaining({ className: expect.stringContaining('public-DraftEditor-content'), ariaLabel: 'Post text' })]);
  });

  it('the modal loaded directly at /compose/post is found over the home timeline', async () => {
    const page = await browser.open(X_URLS.compose);
    await page.locator(MODAL_BOX).waitFor();
    expect(await adapterCall(page, 'count')).toBe(2);
    await page.locator(MODAL_BOX).click();
    await typeLines(page, ['Straight from the URL', '', '✓']);
    await expect.poll(() => adapterCall(page, 'readText', MODAL_BOX)).toBe('Straight from the URL\n\n✓');
  });

  it('a Community picked in the modal is its audience', async () => {
    const page = await fresh(DRAFT_COMPOSERS[1]!);
    expect(await adapterCall(page, 'readVisibility', MODAL_BOX)).toBe('Everyone can reply');
    await page.evaluate(() => window.__xFixture!.setAudience('Hiking Club'));
    await expect.poll(() => adapterCall(page, 'readVisibility', MODAL_BOX)).toBe('Hiking Club');
  });

  it('each post of a thread is its own composer, sharing the modal\'s "Post all" button', async () => {
    const page = await fresh(DRAFT_COMPOSERS[1]!);
    await page.keyboard.type('1/ A thread 🧵');
    await page.click('[data-testid="addButton"]');
    await page.locator(MODAL_BOX_1).click();
    await typeLines(page, ['2/ Second post', '', 'with an empty line']);
    await expect.poll(() => boxText(page, 'modal:1')).toBe('2/ Second post\n\nwith an empty line');
    expect(await adapterCall(page, 'count')).toBe(3);
    expect(await adapterCall(page, 'readText', MODAL_BOX)).toBe('1/ A thread 🧵');
    expect(await adapterCall(page, 'readText', MODAL_BOX_1)).toBe('2/ Second post\n\nwith an empty line');
    expect(await adapterCall(page, 'submitButton', MODAL_BOX_1)).toMatchObject({ text: 'Post all' });
    expect(await adapterCall(page, 'composerKind', MODAL_BOX_1)).toBe('post');
  });

  it('the reply modal (reply icon on a post) is a reply: the replied-to post sits above the editor', async () => {
    const page = await browser.open(X_URLS.status);
    await page.locator('article[data-testid="tweet"] [data-testid="reply"]').first().click();
    await page.locator(MODAL_BOX).click();
    await page.keyboard.type('Congrats Sam! 👏');
    await expect.poll(() => adapterCall(page, 'readText', MODAL_BOX)).toBe('Congrats Sam! 👏');
    expect(await adapterCall(page, 'snapshot', MODAL_BOX)).toMatchObject({ kind: 'comment', visibility: '' });
    expect(await adapterCall(page, 'submitButton', MODAL_BOX)).toMatchObject({ text: 'Reply' });
  });

  it('the quote composer is a post (the quoted post is a card below the editor)', async () => {
    const page = await browser.open(X_URLS.home);
    await page.evaluate(() => window.__xFixture!.openQuote());
    await page.locator(MODAL_BOX).click();
    await page.keyboard.type('This 👇');
    await expect.poll(() => adapterCall(page, 'readText', MODAL_BOX)).toBe('This 👇');
    expect(await adapterCall(page, 'snapshot', MODAL_BOX)).toMatchObject({ kind: 'post', visibility: 'Everyone can reply' });
  });

  it('posting from the home box (Ctrl+Enter) empties it: "" again, still found', async () => {
    const page = await fresh(DRAFT_COMPOSERS[0]!);
    await page.keyboard.type('Posted by keyboard');
    await expect.poll(() => boxText(page, 'home:0')).toBe('Posted by keyboard');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid="tweetText"]').first().textContent()).toBe('Posted by keyboard');
    expect(await adapterCall(page, 'readText', HOME_BOX)).toBe('');
  });

  it('twitter.com serves the same app and the adapter reads it', async () => {
    const page = await browser.open(X_URLS.twitterHome);
    await page.locator(HOME_BOX).click();
    await page.keyboard.type('Old name, same app');
    await expect.poll(() => adapterCall(page, 'readText', HOME_BOX)).toBe('Old name, same app');
    expect(await adapterCall(page, 'readProfile', HOME_BOX)).toEqual({ name: 'Jane Doe', handle: 'x:janedoe', kind: 'unknown' });
  });

  it('explore has no compose box at all', async () => {
    const page = await browser.open(X_URLS.explore);
    await page.locator('[data-testid="primaryColumn"]').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});

describe('X Chat (textarea)', () => {
  const open = async () => {
    const page = await browser.open(X_URLS.chat);
    await page.locator(CHAT_BOX).click();
    return page;
  };

  it('is a message box: Enter sends, Shift+Enter lines are read exactly, the send button is its own', async () => {
    const page = await open();
    for (const key of ['Running late 🏃', 'Shift+Enter', 'Shift+Enter', 'see you at 10', 'Shift+Enter']) {
      if (key === 'Shift+Enter') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    await expect.poll(() => boxText(page, 'chat')).toBe('Running late 🏃\n\nsee you at 10\n');
    expect(await adapterCall(page, 'snapshot', CHAT_BOX)).toMatchObject({ text: 'Running late 🏃\n\nsee you at 10\n', kind: 'message', visibility: 'Direct message' });
    expect(await adapterCall(page, 'submitKey', CHAT_BOX)).toBe('enter');
    expect(await adapterCall(page, 'submitButton', CHAT_BOX)).toMatchObject({ text: '➤' });
    expect(await page.locator('[data-testid="dm-composer-send-button"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => adapterCall(page, 'readText', CHAT_BOX)).toBe('');
  });

  it('never reads the placeholder', async () => {
    const page = await open();
    expect(await page.locator(CHAT_BOX).getAttribute('placeholder')).toBe('Message');
    expect(await adapterCall(page, 'readText', CHAT_BOX)).toBe('');
  });
});

describe('narrow compose page on mobile.x.com (textarea)', () => {
  it('reads the textarea exactly, and the account from the tab bar (no side nav there)', async () => {
    const page = await browser.open(X_URLS.mobileCompose);
    await page.locator(MOBILE_BOX).click();
    expect(await adapterCall(page, 'readText', MOBILE_BOX)).toBe('');
    await typeLines(page, ['From my phone 📱', '', 'second paragraph']);
    await expect.poll(() => boxText(page, 'mobile')).toBe('From my phone 📱\n\nsecond paragraph');
    expect(await page.locator('[data-testid="SideNav_AccountSwitcher_Button"]').count()).toBe(0);
    expect(await adapterCall(page, 'snapshot', MOBILE_BOX)).toEqual({
      text: 'From my phone 📱\n\nsecond paragraph',
      mentions: [],
      visibility: 'Everyone can reply',
      profile: { name: '', handle: 'x:janedoe', kind: 'unknown' },
      kind: 'post',
    });
    expect(await adapterCall(page, 'submitKey', MOBILE_BOX)).toBe('mod+enter');
    expect(await adapterCall(page, 'submitButton', MOBILE_BOX)).toMatchObject({ text: 'Post' });
  });
});

describe('secrets stay unread', () => {
  it('nothing the adapter returns holds the tokens X keeps beside the account in its bootstrap state', async () => {
    const page = await fresh(DRAFT_COMPOSERS[1]!);
    await page.keyboard.type('Hello @janedoe');
    // The planted state is really there, beside the screen name the adapter could have used.
    const state = await page.evaluate(() => JSON.stringify((window as unknown as { __INITIAL_STATE__: unknown }).__INITIAL_STATE__));
    expect(state).toContain('HATCHECK-PLANTED-X-AUTH-TOKEN');
    expect(state).toContain('"screen_name":"janedoe"');
    const outputs = await Promise.all([HOME_BOX, MODAL_BOX].map(async (box) => ({
      snapshot: await adapterCall(page, 'snapshot', box),
      button: await adapterCall(page, 'submitButton', box),
      key: await adapterCall(page, 'submitKey', box),
    })));
    const all = JSON.stringify({ outputs, found: await adapterCall(page, 'describe') });
    expect(all).toContain('x:janedoe'); // the account was read, from the nav
    expect(all).not.toMatch(/HATCHECK-PLANTED|1500000000000000001/);
  });
});
