// The Instagram adapter (src/sites/instagram) against replica pages (test/fixtures/instagram): the
// feed's comment box (a textarea in a form), the Create dialog's caption (a textarea, as the
// 2026-04 source has it) and a DM conversation's box (the real Lexical 0.52 with
// @lexical/plain-text, mounted as Instagram mounts it). Text is typed with Playwright's real
// keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { InstagramComposer } from '../fixtures/instagram/fixture-hook';
import { INSTAGRAM_URLS } from '../fixtures/instagram/pages';
import { PLANTED_SECRETS, VIEWER_ID } from '../fixtures/instagram/secrets';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const COMMENT = 'textarea[aria-label="Add a comment…"]';
const CAPTION = 'textarea[aria-label="Write a caption..."]';
const LEXICAL_CAPTION = '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]';
const MESSAGE = '[aria-label="Message"][role="textbox"]';

interface Composer {
  title: string;
  name: InstagramComposer;
  /** The fixture's editor: the test names it, so the adapter cannot pass by reading another box. */
  editor: string;
  url: string;
  kind: 'post' | 'comment' | 'message';
  /** Enter submits there: new lines are Shift+Enter, as a person types them. */
  enterSubmits: boolean;
}

const COMPOSERS: Composer[] = [
  { title: 'comment', name: 'comment', editor: COMMENT, url: INSTAGRAM_URLS.home, kind: 'comment', enterSubmits: true },
  { title: 'caption (textarea)', name: 'caption', editor: CAPTION, url: INSTAGRAM_URLS.home, kind: 'post', enterSubmits: false },
  // The build whose caption is Lexical (sites.md §6, conf L): the same box by its aria-label.
  { title: 'caption (Lexical)', name: 'caption', editor: LEXICAL_CAPTION, url: INSTAGRAM_URLS.homeLexicalCaption, kind: 'post', enterSubmits: false },
  { title: 'DM', name: 'message', editor: MESSAGE, url: INSTAGRAM_URLS.direct, kind: 'message', enterSubmits: true },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(composer: Composer, url = composer.url): Promise<Page> {
  const page = await browser.open(url);
  if (composer.name === 'caption') await page.evaluate(() => window.__igFixture!.openCaption());
  await page.locator(composer.editor).click();
  return page;
}

async function typeLines(page: Page, composer: Composer, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(composer.enterSubmits ? 'Shift+Enter' : 'Enter');
    if (line) await page.keyboard.type(line);
  }
}

const boxText = (page: Page, composer: Composer) => page.evaluate((name) => window.__igFixture!.composerText(name), composer.name);
const submitted = (page: Page) => page.evaluate(() => window.__igFixture!.submitted());

/** composerBox is not in the shared test API: call the Instagram adapter from ADAPTERS directly. */
function composerBox(page: Page, editor: string): Promise<{ role: string | null; tag: string; className: string }> {
  return page.evaluate((selector) => {
    const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'instagram')!;
    const found = adapter.findComposers(document).filter((el) => el.matches(selector));
    if (found.length !== 1) throw new Error(`${found.length} composers match ${selector}`);
    const box = adapter.composerBox(found[0]!);
    return { role: box.getAttribute('role'), tag: box.tagName.toLowerCase(), className: box.className };
  }, editor);
}

describe.each(COMPOSERS)('$title box', (composer) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(composer);
    await enterLines(page, lines, composer.enterSubmits ? 'Shift+Enter' : 'Enter');
    const typed = lines.join('\n');
    // First the box itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => boxText(page, composer)).toBe(typed);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe(typed);
  });

  it('never reads the placeholder: an empty box is "", and "" again once the draft is deleted', async () => {
    const page = await open(composer);
    const placeholder = await page.locator(composer.editor).evaluate((el) => el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder'));
    expect(placeholder).toMatch(/^(Add a comment…|Write a caption\.\.\.|Message\.\.\.)$/);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
    await typeLines(page, composer, ['oops', 'wrong box']);
    await expect.poll(() => boxText(page, composer)).toBe('oops\nwrong box');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => boxText(page, composer)).toBe('');
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads typed @names as instagram: mentions (a DM adds the person it goes to)', async () => {
    const page = await open(composer);
    await page.keyboard.type('Thanks @Ada.Lovelace and @grace_h. See you, @ada.lovelace! me@example.com');
    const mentions = [
      { name: 'Ada.Lovelace', handle: 'instagram:ada.lovelace' },
      { name: 'grace_h', handle: 'instagram:grace_h' },
    ];
    if (composer.kind === 'message') mentions.push({ name: 'Sam Lee', handle: 'instagram:sam.lee' });
    const snapshot = await adapterCall(page, 'snapshot', composer.editor);
    expect(snapshot.text).toBe('Thanks @Ada.Lovelace and @grace_h. See you, @ada.lovelace! me@example.com');
    expect(snapshot.mentions).toEqual(mentions);
  });

  it(`is a ${composer.kind} box with its submit button and key, and is gone once unmounted`, async () => {
    const page = await open(composer);
    expect(await adapterCall(page, 'composerKind', composer.editor)).toBe(composer.kind);
    const key = await adapterCall(page, 'submitKey', composer.editor);
    if (composer.kind === 'post') {
      expect(await adapterCall(page, 'submitButton', composer.editor)).toMatchObject({ text: 'Share' });
      expect(key).toBe('none');
      expect(await composerBox(page, composer.editor)).toMatchObject({ role: 'dialog' });
      // Enter is a new line in a caption: nothing is shared.
      await page.keyboard.type('line one');
      await page.keyboard.press('Enter');
      await expect.poll(() => boxText(page, composer)).toBe('line one\n');
      expect(await submitted(page)).toEqual([]);
    } else {
      expect(await adapterCall(page, 'submitButton', composer.editor)).toMatchObject({ text: composer.kind === 'comment' ? 'Post' : 'Send' });
      expect(key).toBe('enter');
      expect((await composerBox(page, composer.editor)).tag).toBe(composer.kind === 'comment' ? 'form' : 'div');
      // And Enter does submit there: the site takes the draft and empties the box.
      await page.keyboard.type('Sent by Enter');
      await page.keyboard.press('Enter');
      await expect.poll(() => submitted(page)).toEqual([{ kind: composer.name, text: 'Sent by Enter' }]);
      expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
    }
    const before = await adapterCall(page, 'count');
    await page.evaluate((name) => window.__igFixture!.removeComposer(name), composer.name);
    await expect.poll(() => adapterCall(page, 'count')).toBe(before - 1);
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).not.toContain(await Promise.resolve(composer.name === 'comment' ? 'Add a comment…' : composer.name === 'caption' ? 'Write a caption...' : 'Message'));
  });
});

describe('who posts, to whom', () => {
  it('the signed-in account from the sidebar\'s Profile item, in every box (never a post\'s author)', async () => {
    for (const composer of COMPOSERS) {
      const page = await open(composer);
      expect(await adapterCall(page, 'readProfile', composer.editor)).toEqual({ name: 'jane.doe', handle: 'instagram:jane.doe', kind: 'unknown' });
    }
  });

  it('a comment and a caption show no audience (public for a public account: not read); a DM is its conversation', async () => {
    const feed = await open(COMPOSERS[1]!);
    expect(await adapterCall(feed, 'readVisibility', COMMENT)).toBe('');
    expect(await adapterCall(feed, 'readVisibility', CAPTION)).toBe('');
    expect(await adapterCall(feed, 'readMentions', COMMENT)).toEqual([]);
    const lexical = await open(COMPOSERS[2]!);
    expect(await adapterCall(lexical, 'snapshot', LEXICAL_CAPTION)).toEqual({ text: '', mentions: [], visibility: '', profile: { name: 'jane.doe', handle: 'instagram:jane.doe', kind: 'unknown' }, kind: 'post' });
    const dm = await open(COMPOSERS[3]!);
    const snapshot = await adapterCall(dm, 'snapshot', MESSAGE);
    expect(snapshot.visibility).toBe('Direct message');
    // The header's avatar and name links, and Sam's message avatar: one recipient, named.
    expect(snapshot.mentions).toEqual([{ name: 'Sam Lee', handle: 'instagram:sam.lee' }]);
  });

  it('a post\'s own page has the same comment box', async () => {
    const page = await open(COMPOSERS[0]!, INSTAGRAM_URLS.post);
    await page.keyboard.type('Looks amazing');
    expect(await adapterCall(page, 'snapshot', COMMENT)).toEqual({ text: 'Looks amazing', mentions: [], visibility: '', profile: { name: 'jane.doe', handle: 'instagram:jane.doe', kind: 'unknown' }, kind: 'comment' });
  });
});

describe('secrets stay unread', () => {
  it.each([['feed', INSTAGRAM_URLS.home], ['DM', INSTAGRAM_URLS.direct]])('on the %s page, no session cookie or page token leaves the adapter', async (name, url) => {
    const page = await browser.open(url);
    if (name === 'feed') await page.evaluate(() => window.__igFixture!.openCaption());
    await page.locator(name === 'feed' ? CAPTION : MESSAGE).click();
    await page.keyboard.type('Hello');
    // The secrets are there to be found: in document.cookie and in the page's inline data.
    const exposed = await page.evaluate(() => document.cookie + Array.from(document.scripts, (s) => s.textContent).join('\n'));
    for (const secret of [...Object.values(PLANTED_SECRETS), VIEWER_ID]) expect(exposed).toContain(secret);

    const everything = await page.evaluate(() => {
      const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'instagram')!;
      return JSON.stringify(adapter.findComposers(document).map((el) => {
        const button = adapter.submitButton(el);
        return {
          text: adapter.readText(el),
          mentions: adapter.readMentions(el),
          visibility: adapter.readVisibility(el),
          profile: adapter.readProfile(el, new URL(location.href)),
          kind: adapter.composerKind(el),
          key: adapter.submitKey(el),
          button: Array.from(button?.attributes ?? [], (a) => a.value).join('|') + (button?.textContent ?? ''),
        };
      }));
    });
    expect(JSON.parse(everything)).toHaveLength(name === 'feed' ? 2 : 1);
    // Nor the numeric viewer id (ds_user_id, viewerId): the account is its username.
    for (const secret of [...Object.values(PLANTED_SECRETS), VIEWER_ID]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(decodeURIComponent(secret));
    }
  });
});

describe('the DOM only: never the MAIN-world Lexical instance', () => {
  it('reads the DM box while touching __lexicalEditor throws', async () => {
    const page = await open(COMPOSERS[3]!);
    await page.keyboard.type('Read from the DOM');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    const result = await page.evaluate(() => {
      const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'instagram')!;
      const [el] = adapter.findComposers(document);
      if (!el) return { error: 'no composer' };
      const saved = (el as unknown as { __lexicalEditor?: unknown }).__lexicalEditor;
      // Lexical put its instance there (else this test could not fail)...
      if (!saved) return { error: 'no __lexicalEditor on the Lexical root' };
      Object.defineProperty(el, '__lexicalEditor', { configurable: true, get: () => { throw new Error('adapter touched __lexicalEditor'); } });
      try {
        return { read: [adapter.composerKind(el), adapter.readText(el), adapter.readVisibility(el), adapter.readMentions(el).length, adapter.submitKey(el), !!adapter.submitButton(el)] };
      } catch (e) {
        return { error: String(e) };
      } finally {
        Object.defineProperty(el, '__lexicalEditor', { configurable: true, writable: true, value: saved });
      }
    });
    expect(result).toEqual({ read: ['message', 'Read from the DOM\nline two', 'Direct message', 1, 'enter', true] });
  });
});

describe('no composer', () => {
  it('finds nothing on Explore', async () => {
    const page = await browser.open(INSTAGRAM_URLS.noComposer);
    await page.locator('[role="main"]').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('finds only the comment box until the Create flow reaches its caption (not the location or collaborator inputs)', async () => {
    const page = await browser.open(INSTAGRAM_URLS.home);
    await page.locator(COMMENT).waitFor();
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).toEqual(['Add a comment…']);
    await page.getByRole('link', { name: 'New post Create' }).click();
    await page.getByRole('button', { name: 'Select from computer' }).click();
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).toEqual(['Add a comment…']);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator(CAPTION).waitFor();
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).toEqual(['Add a comment…', 'Write a caption...']);
  });
});
