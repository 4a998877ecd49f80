// The shared editor reader (src/sites/editors) against every editor library the sites use, each
// mounted from npm on one fixture page (test/fixtures/editors). Text is typed with the real
// keyboard; the reader must give exactly what the user sees, and map every word back to the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_URLS } from '../support/fixtures';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';

interface Box {
  kind: string;
  selector: string;
  /** Whether the library's own text view is one line per paragraph (a plain contenteditable has none). */
  libraryText: boolean;
}

const BOXES: Box[] = [
  { kind: 'textarea', selector: 'section[data-editor="textarea"] textarea', libraryText: true },
  { kind: 'contenteditable', selector: '.plain', libraryText: false },
  { kind: 'quill', selector: '.ql-editor', libraryText: true },
  { kind: 'prosemirror', selector: '.ProseMirror', libraryText: true },
  { kind: 'lexical', selector: '.lexical-root', libraryText: true },
  { kind: 'draft', selector: '.public-DraftEditor-content', libraryText: true },
  { kind: 'slate', selector: '[data-slate-editor]', libraryText: true },
  { kind: 'ckeditor', selector: '.ck-editor__editable', libraryText: true },
];

const LINES = ['Called in sick 🏖️ so hungover', '', 'Zürich café — “quoted” 👩🏽‍💻 #noregrets', '  two leading spaces', 'last line'];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

/** The editors page with only this box on it (and only its library loaded). */
async function open(box: Box): Promise<Page> {
  const page = await browser.open(`${FIXTURE_URLS.editors}?box=${box.kind}`);
  await page.waitForFunction(() => window.__editors?.ready());
  await page.locator(box.selector).click();
  return page;
}


const read = (page: Page, box: Box) => adapterCall(page, 'editorRead', box.selector);
const libraryText = (page: Page, box: Box) => page.evaluate((kind) => window.__editors!.text(kind), box.kind);

describe.each(BOXES)('$kind', (box) => {
  it('is recognised, and reads "" while empty (never the placeholder)', async () => {
    const page = await open(box);
    expect(await read(page, box)).toEqual({ kind: box.kind, text: '' });
  });

  it('reads paragraphs, an empty line, emoji and spaces exactly as typed', async () => {
    const page = await open(box);
    await enterLines(page, LINES);
    const { text } = await read(page, box);
    expect(text).toBe(LINES.join('\n'));
    if (box.libraryText) expect(text).toBe(await libraryText(page, box));
  });

  it('reads a Shift+Enter line break as one line break', async () => {
    const page = await open(box);
    await typeLines(page, ['first', 'second'], 'Shift+Enter');
    expect((await read(page, box)).text).toBe('first\nsecond');
  });

  it('maps every word back to a DOM range covering exactly that word', async () => {
    const page = await open(box);
    await enterLines(page, LINES);
    const { text } = await read(page, box);
    const words = [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
    expect(words.length).toBeGreaterThan(10);
    const covered = await Promise.all(words.map((w) => adapterCall(page, 'editorRangeText', box.selector, w.start, w.end)));
    // A textarea's text has no DOM nodes: no range, and the highlight is drawn another way.
    expect(covered).toEqual(words.map((w) => (box.kind === 'textarea' ? null : w.word)));
    if (box.kind !== 'textarea') {
      // A span across the empty line covers both lines' text; the line breaks have no DOM character,
      // and the empty line may hold an invisible filler (Slate's \uFEFF), which a highlight never shows.
      const across = await adapterCall(page, 'editorRangeText', box.selector, text.indexOf('hungover'), text.indexOf('café') + 4);
      expect(across?.replace(/[\n\u200b\u2060\ufeff]/g, '')).toBe(text.slice(text.indexOf('hungover'), text.indexOf('café') + 4).replace(/\n/g, ''));
    }
  });

  it('reads "" again once everything is deleted', async () => {
    const page = await open(box);
    await typeLines(page, ['gone soon', 'really']);
    // The editor has taken every key before the box is emptied (Slate renders after the keys).
    await expect.poll(async () => (await read(page, box)).text).toBe('gone soon\nreally');
    // Select all, checked on the page's selection before deleting: under load Slate's select-all
    // can land before its selection spans both lines (a clean-clone run deleted only the last
    // letter), and a person would see that and press again.
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.keyboard.press('ControlOrMeta+a');
      const spans = box.kind === 'textarea'
        ? await page.locator(box.selector).evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart === el.value.length)
        : await page.evaluate(() => /gone soon[\s\S]*really/.test(window.getSelection()?.toString() ?? ''));
      if (spans) break;
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('Backspace');
    expect((await read(page, box)).text).toBe('');
  });
});

describe('contenteditable with a part that is not the user’s text (skip option)', () => {
  const box = BOXES.find((b) => b.kind === 'contenteditable')!;

  it('leaves out the skipped element and all in it, keeps the text around it, and maps ranges', async () => {
    const page = await open(box);
    await typeLines(page, ['Thanks, see below', '']);
    // Gmail puts the previous message in the body like this (a quote after the new text, sometimes
    // more text after it); the test adds both to the fixture's own box, as a site would.
    await page.locator(box.selector).evaluate((el) => {
      const quote = document.createElement('div');
      quote.className = 'quoted';
      const attr = document.createElement('div');
      attr.textContent = 'On Mon, Sam wrote:';
      const block = document.createElement('blockquote');
      block.append('so drunk last night', document.createElement('br'), 'second quoted line');
      quote.append(attr, block);
      const after = document.createElement('div');
      after.textContent = 'after the quote 🎉';
      el.append(quote, after);
    });
    expect((await read(page, box)).text).toContain('so drunk last night');
    const { text } = await adapterCall(page, 'editorRead', box.selector, '.quoted');
    expect(text).toBe('Thanks, see below\n\nafter the quote 🎉');
    const at = text.indexOf('after');
    expect(await adapterCall(page, 'editorRangeText', box.selector, at, at + 'after the quote'.length, '.quoted')).toBe('after the quote');
  });
});

describe('an editor in a same-origin iframe, read from the top window (Teams, WordPress)', () => {
  it('reads blocks, empty lines and a textarea, though their nodes belong to the iframe\'s realm', async () => {
    const page = await browser.open(FIXTURE_URLS.editors);
    await page.waitForFunction(() => window.__editors?.ready());
    // A site's own frame: the test builds it as a site would (srcdoc, same origin as the page).
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.className = 'site-frame';
      frame.srcdoc = '<div class="box" contenteditable="true"><p>Called in sick, so hungover 🍺</p><p><br></p><p>Back <b>tomorrow</b></p></div><textarea>line one\nline two</textarea>';
      document.body.append(frame);
    });
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('.site-frame')?.contentDocument?.querySelector('.box') !== null);
    // The realms differ: this is what made the reader see no blocks at all.
    expect(await page.evaluate(() => document.querySelector<HTMLIFrameElement>('.site-frame')!.contentDocument!.querySelector('.box') instanceof Element)).toBe(false);
    expect(await adapterCall(page, 'editorReadInFrame', '.site-frame', '.box')).toEqual({ kind: 'contenteditable', text: 'Called in sick, so hungover 🍺\n\nBack tomorrow', range: 'hungover' });
    expect(await adapterCall(page, 'editorReadInFrame', '.site-frame', 'textarea')).toEqual({ kind: 'textarea', text: 'line one\nline two', range: null });
  });
});
