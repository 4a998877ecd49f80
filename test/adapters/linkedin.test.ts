// The LinkedIn adapter (src/sites/linkedin) against replica pages that run the real editors:
// Quill 2 inside #interop-outlet's shadow root (classic) and TipTap 3 in a native <dialog> (SDUI).
// Text is typed with Playwright's real keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/linkedin/fixture-hook';
import { FIXTURE_URLS } from '../support/fixtures';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const CLASSIC_POST = '.share-box-v2__modal .ql-editor';
const CLASSIC_COMMENT = 'form.comments-comment-box__form .ql-editor';
const SDUI_POST = '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror';
const PLACEHOLDER = 'What do you want to talk about?';

interface PostComposer {
  name: string;
  url: string;
  /** The fixture's editor: the test names it, so the adapter cannot pass by reading another box. */
  editor: string;
  /** Quill's getText() always ends with the newline of its last line; TipTap's does not. */
  quill: boolean;
}

const POST_COMPOSERS: PostComposer[] = [
  { name: 'feed-classic: Quill in a shadow root', url: FIXTURE_URLS.feedClassic, editor: CLASSIC_POST, quill: true },
  { name: 'feed-sdui: TipTap in a <dialog>', url: FIXTURE_URLS.feedSdui, editor: SDUI_POST, quill: false },
  { name: 'company-admin: Quill, posting as a Page', url: FIXTURE_URLS.companyAdmin, editor: CLASSIC_POST, quill: true },
];

const DRAFTS = EXACT_TEXT_DRAFTS;

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function openComposer(composer: PostComposer): Promise<Page> {
  const page = await browser.open(composer.url);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(composer.editor).click();
  return page;
}


/** The editor library's own view of the draft. */
async function editorText(page: Page, composer: PostComposer): Promise<string> {
  const text = await page.evaluate(() => window.__fixture!.composerText());
  return composer.quill ? text.replace(/\n$/, '') : text;
}

/** The placeholder the page paints (CSS ::before on the editor or its first paragraph), or ''. */
function paintedPlaceholder(page: Page, editor: string): Promise<string> {
  return page.locator(editor).evaluate((el) => {
    for (const node of [el, ...Array.from(el.querySelectorAll('*'))]) {
      const content = getComputedStyle(node, '::before').content;
      if (content && content !== 'none' && content !== 'normal') return content.replace(/^"|"$/g, '');
    }
    return '';
  });
}

describe.each(POST_COMPOSERS)('$name', (composer) => {
  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await openComposer(composer);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    // First the editor itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page, composer)).toBe(typed);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe(typed);
  });

  it('reads Shift+Enter line breaks, including a trailing one', async () => {
    const page = await openComposer(composer);
    for (const key of ['first', 'Shift+Enter', 'second', 'Shift+Enter', 'Shift+Enter', 'third', 'Shift+Enter']) {
      if (key === 'Shift+Enter') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    // Quill makes each a new paragraph, TipTap a hard break; either way the text is the same.
    await expect.poll(() => editorText(page, composer)).toBe('first\nsecond\n\nthird\n');
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('first\nsecond\n\nthird\n');
  });

  it('never reads the placeholder: an empty editor is ""', async () => {
    const page = await openComposer(composer);
    expect(await paintedPlaceholder(page, composer.editor)).toBe(PLACEHOLDER);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads "" again once the draft is deleted and the placeholder is back', async () => {
    const page = await openComposer(composer);
    await typeLines(page, ['oops', 'wrong account']);
    await expect.poll(() => editorText(page, composer)).toBe('oops\nwrong account');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => paintedPlaceholder(page, composer.editor)).toBe(PLACEHOLDER);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads mentions with their name and linkedin: handle, and their names in the text', async () => {
    const page = await openComposer(composer);
    await page.keyboard.type('Thanks ');
    await page.evaluate(() => window.__fixture!.insertMention('Ada Lovelace', 'ada-lovelace'));
    await page.keyboard.type(' and ');
    await page.evaluate(() => window.__fixture!.insertMention('Grace Hopper', 'Grace-Hopper-42'));
    await page.keyboard.type('!');
    await expect.poll(() => page.locator(`${composer.editor} a[href*="/in/"]`).count()).toBe(2);

    const snapshot = await adapterCall(page, 'snapshot', composer.editor);
    expect(snapshot.mentions).toEqual([
      { name: 'Ada Lovelace', handle: 'linkedin:ada-lovelace' },
      { name: 'Grace Hopper', handle: 'linkedin:grace-hopper-42' },
    ]);
    expect(snapshot.text).toBe('Thanks Ada Lovelace and Grace Hopper!');
  });

  it('is a post composer, and is gone once the site unmounts it', async () => {
    const page = await openComposer(composer);
    expect(await adapterCall(page, 'composerKind', composer.editor)).toBe('post');
    // Its submit button is the dialog's Post button (posting is by button only on LinkedIn).
    expect(await adapterCall(page, 'submitButton', composer.editor)).toMatchObject({ text: 'Post' });
    expect(await adapterCall(page, 'submitKey', composer.editor)).toBe('none');
    const before = await adapterCall(page, 'count');
    await page.evaluate(() => window.__fixture!.removeComposer());
    // The site unmounts on its own schedule (React renders after the call returns).
    await expect.poll(() => adapterCall(page, 'count')).toBe(before - 1);
  });
});

describe('feed-classic: who posts, to whom', () => {
  it('reads the audience "Anyone" and the member as author', async () => {
    const page = await openComposer(POST_COMPOSERS[0]!);
    const snapshot = await adapterCall(page, 'snapshot', CLASSIC_POST);
    expect(snapshot.visibility).toBe('Anyone');
    expect(snapshot.profile).toEqual({ name: 'Jane Doe', handle: 'linkedin:jane-doe', kind: 'unknown' });
  });

  it('finds the comment box in the page as a comment composer, and reads it', async () => {
    const page = await browser.open(FIXTURE_URLS.feedClassic);
    expect(await adapterCall(page, 'composerKind', CLASSIC_COMMENT)).toBe('comment');
    expect(await adapterCall(page, 'submitButton', CLASSIC_COMMENT)).toMatchObject({ text: 'Comment', className: expect.stringContaining('comments-comment-box__submit-button') });
    await page.locator(CLASSIC_COMMENT).click();
    await typeLines(page, ['Congrats Sam!', '', 'Well deserved 👏']);
    await expect.poll(() => adapterCall(page, 'readText', CLASSIC_COMMENT)).toBe('Congrats Sam!\n\nWell deserved 👏');
  });

  it('does not take the placeholder dialog for the composer, and finds the real one', async () => {
    const page = await browser.open(FIXTURE_URLS.feedClassic);
    await page.click('.share-box-feed-entry__trigger');
    // The placeholder dialog is up for ~500 ms: only the comment box is a composer meanwhile.
    expect(await adapterCall(page, 'describe')).toEqual([
      { tag: 'div', className: 'ql-editor ql-blank', ariaLabel: 'Text editor for creating comment', inShadowRoot: false },
    ]);
    await page.locator(CLASSIC_POST).waitFor();
    const found = await adapterCall(page, 'describe');
    expect(found.map((c) => [c.ariaLabel, c.inShadowRoot])).toEqual([
      ['Text editor for creating comment', false],
      ['Text editor for creating content', true],
    ]);
  });
});

describe('company-admin: posting as a Page', () => {
  it('reads the Page as a brand identity and the audience "Anyone"', async () => {
    const page = await openComposer(POST_COMPOSERS[2]!);
    const snapshot = await adapterCall(page, 'snapshot', CLASSIC_POST);
    expect(snapshot.profile).toEqual({ name: 'Acme Corp', handle: 'linkedin:company/12345', kind: 'brand' });
    expect(snapshot.visibility).toBe('Anyone');
  });
});

describe('no-composer: jobs page', () => {
  it('finds no composer at all', async () => {
    const page = await browser.open(FIXTURE_URLS.noComposer);
    await page.locator('.global-nav__me').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});
