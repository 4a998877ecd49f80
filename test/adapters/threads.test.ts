// The Threads adapter (src/sites/threads) against replica pages (test/fixtures/threads) that run the
// real Lexical (lexical 0.52 + @lexical/rich-text) mounted as Threads mounts it: the new-thread
// dialog (Create in the nav, the "What's new?" bar, /compose) and the reply dialog. Text is typed
// with Playwright's real keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ThreadsComposer } from '../fixtures/threads/fixture-hook';
import { THREADS_URLS } from '../fixtures/threads/pages';
import { PLANTED_SECRETS, VIEWER_ID } from '../fixtures/threads/secrets';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const EDITOR = '[role="dialog"] [role="textbox"]';
const PROFILE = { name: 'jane.doe', handle: 'threads:jane.doe', kind: 'unknown' };

interface Composer {
  name: ThreadsComposer;
  kind: 'post' | 'comment';
  placeholder: string;
}

const COMPOSERS: Composer[] = [
  { name: 'post', kind: 'post', placeholder: "What's new?" },
  { name: 'reply', kind: 'comment', placeholder: 'Reply to priya.shah...' },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(composer: Composer, url: string = THREADS_URLS.home): Promise<Page> {
  const page = await browser.open(url);
  await page.evaluate((name) => (name === 'post' ? window.__threadsFixture!.openComposer() : window.__threadsFixture!.openReply()), composer.name);
  await page.locator(EDITOR).click();
  return page;
}

/** Enter is a new paragraph in Threads' composer (Ctrl/Cmd+Enter posts). */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line);
  }
}

const editorText = (page: Page, composer: Composer) => page.evaluate((name) => window.__threadsFixture!.composerText(name), composer.name);
const submitted = (page: Page) => page.evaluate(() => window.__threadsFixture!.submitted());

/** The placeholder text showing beside the editor (rendered outside the root), or ''. */
function visiblePlaceholder(page: Page): Promise<string> {
  return page.locator(EDITOR).evaluate((el) => {
    const sibling = el.parentElement?.querySelector<HTMLElement>('[aria-hidden="true"]');
    return sibling && !sibling.hidden ? (sibling.textContent ?? '') : '';
  });
}

/** composerBox and the submit button's inside are not in the shared test API: call the adapter directly. */
function boxAndButton(page: Page): Promise<{ boxRole: string | null; buttonIcon: string | null; buttonText: string }> {
  return page.evaluate((selector) => {
    const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'threads')!;
    const found = adapter.findComposers(document).filter((el) => el.matches(selector));
    if (found.length !== 1) throw new Error(`${found.length} composers match ${selector}`);
    const button = adapter.submitButton(found[0]!);
    return {
      boxRole: adapter.composerBox(found[0]!).getAttribute('role'),
      buttonIcon: button?.querySelector('svg')?.getAttribute('aria-label') ?? null,
      buttonText: (button?.textContent ?? '').trim(),
    };
  }, EDITOR);
}

describe.each(COMPOSERS)('$name dialog', (composer) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(composer);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    // First the editor itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page, composer)).toBe(typed);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe(typed);
  });

  it('never reads the placeholder: an empty editor is "", and "" again once the draft is deleted', async () => {
    const page = await open(composer);
    expect(await visiblePlaceholder(page)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
    await typeLines(page, ['oops', 'wrong box']);
    await expect.poll(() => editorText(page, composer)).toBe('oops\nwrong box');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => visiblePlaceholder(page)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
  });

  it('reads mention nodes and typed @names as threads: handles', async () => {
    const page = await open(composer);
    await page.keyboard.type('Thanks ');
    await page.evaluate((name) => window.__threadsFixture!.insertMention(name, 'ada.lovelace'), composer.name);
    await page.keyboard.type(' and @Grace_H. Mail me@example.com');
    await expect.poll(() => page.locator(`${EDITOR} a[href="/@ada.lovelace"]`).count()).toBe(1);
    await expect.poll(() => editorText(page, composer)).toBe('Thanks @ada.lovelace and @Grace_H. Mail me@example.com');
    const snapshot = await adapterCall(page, 'snapshot', EDITOR);
    expect(snapshot.text).toBe('Thanks @ada.lovelace and @Grace_H. Mail me@example.com');
    expect(snapshot.mentions).toEqual([
      { name: 'ada.lovelace', handle: 'threads:ada.lovelace' },
      { name: 'Grace_H', handle: 'threads:grace_h' },
    ]);
  });

  it(`is a ${composer.kind} composer, posting as jane.doe to anyone, with its submit button and Ctrl/Cmd+Enter; gone once closed`, async () => {
    const page = await open(composer);
    expect(await adapterCall(page, 'snapshot', EDITOR)).toEqual({ text: '', mentions: [], visibility: '', profile: PROFILE, kind: composer.kind });
    expect(await adapterCall(page, 'submitKey', EDITOR)).toBe('mod+enter');
    // A new thread's "Post"; a reply's is the second Reply icon (the first is the replied-to post's).
    expect(await boxAndButton(page)).toEqual(composer.name === 'post'
      ? { boxRole: 'dialog', buttonIcon: null, buttonText: 'Post' }
      : { boxRole: 'dialog', buttonIcon: 'Reply', buttonText: 'Reply' });
    if (composer.name === 'reply') expect(await page.locator('[role="dialog"] svg[aria-label="Reply"]').count()).toBe(2);
    // Enter is a new paragraph; Ctrl/Cmd+Enter posts.
    await typeLines(page, ['Posted by', 'the key']);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => submitted(page)).toEqual([{ kind: composer.name, text: 'Posted by\nthe key' }]);
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('where the composer opens', () => {
  it('the nav\'s Create, the "What\'s new?" bar and /compose open the same new-thread dialog', async () => {
    const page = await browser.open(THREADS_URLS.home);
    await page.locator('main').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
    await page.locator('nav [role="button"]:has(svg[aria-label="Create"])').click();
    await page.locator(EDITOR).waitFor();
    expect(await adapterCall(page, 'composerKind', EDITOR)).toBe('post');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
    await page.getByRole('button', { name: "What's new?" }).click();
    await page.locator(EDITOR).waitFor();
    expect(await adapterCall(page, 'count')).toBe(1);

    const compose = await browser.open(THREADS_URLS.compose);
    await compose.locator(EDITOR).waitFor();
    expect(await adapterCall(compose, 'snapshot', EDITOR)).toMatchObject({ kind: 'post', profile: PROFILE });
  });

  it('works the same on www.threads.net', async () => {
    const page = await open(COMPOSERS[1]!, THREADS_URLS.homeNet);
    await page.keyboard.type('Same app');
    expect(await adapterCall(page, 'snapshot', EDITOR)).toEqual({ text: 'Same app', mentions: [], visibility: '', profile: PROFILE, kind: 'comment' });
  });

  it('finds nothing on Search (its input is no composer)', async () => {
    const page = await browser.open(THREADS_URLS.noComposer);
    await page.locator('main input').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});

describe('secrets stay unread', () => {
  it('no session cookie, page token or numeric viewer id leaves the adapter', async () => {
    const page = await open(COMPOSERS[0]!);
    await page.keyboard.type('Hello');
    const exposed = await page.evaluate(() => document.cookie + Array.from(document.scripts, (s) => s.textContent).join('\n'));
    for (const secret of [...Object.values(PLANTED_SECRETS), VIEWER_ID]) expect(exposed).toContain(secret);
    const everything = await page.evaluate(() => {
      const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'threads')!;
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
    expect(JSON.parse(everything)).toHaveLength(1);
    for (const secret of [...Object.values(PLANTED_SECRETS), VIEWER_ID]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(decodeURIComponent(secret));
    }
  });
});

describe('the DOM only: never the MAIN-world Lexical instance', () => {
  it('reads the reply box while touching __lexicalEditor throws', async () => {
    const page = await open(COMPOSERS[1]!);
    await typeLines(page, ['Read from the DOM', '', 'after an empty line']);
    const result = await page.evaluate(() => {
      const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'threads')!;
      const [el] = adapter.findComposers(document);
      if (!el) return { error: 'no composer' };
      const saved = (el as unknown as { __lexicalEditor?: unknown }).__lexicalEditor;
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
    expect(result).toEqual({ read: ['comment', 'Read from the DOM\n\nafter an empty line', '', 0, 'mod+enter', true] });
  });
});
