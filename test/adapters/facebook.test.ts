// The Facebook adapter (src/sites/facebook) against replica pages that run the real Lexical
// (lexical 0.52 + @lexical/rich-text) mounted as Facebook mounts it: the Create post dialog, a
// comment box, a reply box and a Messenger chat tab. Text is typed with Playwright's real
// keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FacebookComposer } from '../fixtures/facebook/fixture-hook';
import { FACEBOOK_URLS } from '../fixtures/facebook/pages';
import { PAGE_ID, PERSON_ID, PLANTED_SECRETS } from '../fixtures/facebook/secrets';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const POST = '[role="dialog"][aria-label="Create post"] [role="textbox"]';
const COMMENT = '[aria-label="Write a comment…"]';
const REPLY = '[aria-label="Reply to Priya Shah…"]';
const CHAT = '[aria-label="Message"][role="textbox"]';

interface Composer {
  name: FacebookComposer;
  /** The fixture's editor: the test names it, so the adapter cannot pass by reading another box. */
  editor: string;
  kind: 'post' | 'comment' | 'message';
  placeholder: string;
  /** Enter submits there: new lines are Shift+Enter, as a person types them. */
  enterSubmits: boolean;
}

const COMPOSERS: Composer[] = [
  { name: 'post', editor: POST, kind: 'post', placeholder: "What's on your mind, Jane?", enterSubmits: false },
  { name: 'comment', editor: COMMENT, kind: 'comment', placeholder: 'Write a comment…', enterSubmits: true },
  { name: 'reply', editor: REPLY, kind: 'comment', placeholder: 'Reply to Priya Shah…', enterSubmits: true },
  { name: 'chat', editor: CHAT, kind: 'message', placeholder: 'Aa', enterSubmits: true },
];

const DRAFTS = EXACT_TEXT_DRAFTS;

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(composer: Composer, url: string = FACEBOOK_URLS.home): Promise<Page> {
  const page = await browser.open(url);
  if (composer.name === 'post') await page.evaluate(() => window.__fbFixture!.openComposer());
  if (composer.name === 'reply') await page.evaluate(() => window.__fbFixture!.openReply());
  if (composer.name === 'chat') await page.evaluate(() => window.__fbFixture!.openChat());
  await page.locator(composer.editor).click();
  return page;
}

async function typeLines(page: Page, composer: Composer, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(composer.enterSubmits ? 'Shift+Enter' : 'Enter');
    if (line) await page.keyboard.type(line);
  }
}

const editorText = (page: Page, composer: Composer) => page.evaluate((name) => window.__fbFixture!.composerText(name), composer.name);

/** The placeholder text showing beside the editor (Facebook renders it outside the root), or ''. */
function visiblePlaceholder(page: Page, editor: string): Promise<string> {
  return page.locator(editor).evaluate((el) => {
    const sibling = el.parentElement?.querySelector<HTMLElement>('[aria-hidden="true"]');
    return sibling && !sibling.hidden ? (sibling.textContent ?? '') : '';
  });
}

/** composerBox is not in the shared test API: call the Facebook adapter from ADAPTERS directly. */
function composerBox(page: Page, editor: string): Promise<{ role: string | null; tag: string; label: string | null }> {
  return page.evaluate((selector) => {
    const adapter = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'facebook')!;
    const found = adapter.findComposers(document).filter((el) => el.matches(selector));
    if (found.length !== 1) throw new Error(`${found.length} composers match ${selector}`);
    const box = adapter.composerBox(found[0]!);
    return { role: box.getAttribute('role'), tag: box.tagName.toLowerCase(), label: box.getAttribute('aria-label') };
  }, editor);
}

describe.each(COMPOSERS)('$name box', (composer) => {
  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(composer);
    await enterLines(page, lines, composer.enterSubmits ? 'Shift+Enter' : 'Enter');
    const typed = lines.join('\n');
    // First the editor itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page, composer)).toBe(typed);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe(typed);
  });

  it('never reads the placeholder: an empty editor is ""', async () => {
    const page = await open(composer);
    expect(await visiblePlaceholder(page, composer.editor)).toBe(composer.placeholder);
    expect(await page.locator(composer.editor).getAttribute('aria-placeholder')).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads "" again once the draft is deleted and the placeholder is back', async () => {
    const page = await open(composer);
    await typeLines(page, composer, ['oops', 'wrong box']);
    await expect.poll(() => editorText(page, composer)).toBe('oops\nwrong box');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => visiblePlaceholder(page, composer.editor)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it('reads mention nodes as facebook: handles, and their names in the text', async () => {
    const page = await open(composer);
    await page.keyboard.type('Thanks ');
    await page.evaluate((name) => window.__fbFixture!.insertMention(name, 'Ada Lovelace', 'https://www.facebook.com/ada.lovelace?__cft__[0]=AZX&__tn__=-]K-R'), composer.name);
    await page.keyboard.type(' and ');
    await page.evaluate((name) => window.__fbFixture!.insertMention(name, 'Grace Hopper', 'https://www.facebook.com/profile.php?id=100004'), composer.name);
    await page.keyboard.type(' #team!');
    await expect.poll(() => page.locator(`${composer.editor} a[href]`).count()).toBe(2);
    await expect.poll(() => editorText(page, composer)).toBe('Thanks Ada Lovelace and Grace Hopper #team!');

    const mentions = [
      { name: 'Ada Lovelace', handle: 'facebook:ada.lovelace' },
      { name: 'Grace Hopper', handle: 'facebook:id:100004' },
    ];
    // A chat adds its recipient after the mentions: the friend named in its header.
    if (composer.kind === 'message') mentions.push({ name: 'Sam Lee', handle: 'facebook:sam.lee.77' });
    const snapshot = await adapterCall(page, 'snapshot', composer.editor);
    expect(snapshot.mentions).toEqual(mentions);
    expect(snapshot.text).toBe('Thanks Ada Lovelace and Grace Hopper #team!');
  });

  it(`is a ${composer.kind} composer with its submit button and key, and is gone once unmounted`, async () => {
    const page = await open(composer);
    expect(await adapterCall(page, 'composerKind', composer.editor)).toBe(composer.kind);
    const button = await adapterCall(page, 'submitButton', composer.editor);
    const key = await adapterCall(page, 'submitKey', composer.editor);
    if (composer.kind === 'post') {
      expect(button).toMatchObject({ text: 'Post' });
      expect(key).toBe('none');
      expect(await composerBox(page, composer.editor)).toEqual({ role: 'dialog', tag: 'div', label: 'Create post' });
    } else {
      // Comment and chat send buttons are icons: told apart by the replica's class.
      expect(button).toMatchObject({ text: '', className: expect.stringContaining('fb-send') });
      expect(key).toBe('enter');
      // And Enter does submit there: the site takes the draft and empties the box.
      await page.keyboard.type('Sent by Enter');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.__fbFixture!.submitted())).toEqual(['Sent by Enter']);
      expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
      expect((await composerBox(page, composer.editor)).tag).toBe(composer.kind === 'comment' ? 'form' : 'div');
    }
    const before = await adapterCall(page, 'count');
    await page.evaluate((name) => window.__fbFixture!.removeComposer(name), composer.name);
    // The site unmounts on its own schedule (React renders after the call returns).
    await expect.poll(() => adapterCall(page, 'count')).toBe(before - 1);
    expect(await adapterCall(page, 'describe')).not.toContainEqual(expect.objectContaining({ ariaLabel: await Promise.resolve(composer.placeholder === 'Aa' ? 'Message' : composer.placeholder) }));
  });
});

describe('who posts, to whom', () => {
  it('reads the personal profile and the audience "Friends" in the Create post dialog', async () => {
    const page = await open(COMPOSERS[0]!);
    const snapshot = await adapterCall(page, 'snapshot', POST);
    expect(snapshot.visibility).toBe('Friends');
    expect(snapshot.profile).toEqual({ name: 'Jane Doe', handle: `facebook:id:${PERSON_ID}`, kind: 'personal' });
  });

  it.each(['Public', 'Only me', 'Friends except: Dana Whitfield, Raj Patel', 'Specific friends', 'Your friends of friends'])('reads the audience %j once picked', async (audience) => {
    const page = await open(COMPOSERS[0]!);
    await page.evaluate((a) => window.__fbFixture!.setAudience(a), audience);
    expect(await adapterCall(page, 'readVisibility', POST)).toBe(audience);
  });

  it('reads the privacy button and the Post button by shape in a UI of another language', async () => {
    const page = await open(COMPOSERS[0]!);
    await page.evaluate(() => window.__fbFixture!.localize('Freunde'));
    expect(await page.locator('[aria-label^="Edit privacy"]').count()).toBe(0);
    expect(await adapterCall(page, 'readVisibility', POST)).toBe('Freunde');
    expect(await adapterCall(page, 'submitButton', POST)).toMatchObject({ text: 'Posten' });
    expect((await adapterCall(page, 'readProfile', POST)).name).toBe('Jane Doe');
  });

  it('comment and reply boxes show no audience; the person comments, nameless', async () => {
    const page = await open(COMPOSERS[2]!);
    for (const editor of [COMMENT, REPLY]) {
      const snapshot = await adapterCall(page, 'snapshot', editor);
      expect(snapshot.visibility).toBe('');
      expect(snapshot.profile).toEqual({ name: '', handle: `facebook:id:${PERSON_ID}`, kind: 'personal' });
    }
  });

  it('a chat is a direct message to its recipient', async () => {
    const page = await open(COMPOSERS[3]!);
    const snapshot = await adapterCall(page, 'snapshot', CHAT);
    expect(snapshot.visibility).toBe('Direct message');
    expect(snapshot.mentions).toEqual([{ name: 'Sam Lee', handle: 'facebook:sam.lee.77' }]);
  });

  it('switched into a Page profile: the Page is a brand, posting Public', async () => {
    const page = await open(COMPOSERS[0]!, FACEBOOK_URLS.pageProfile);
    const snapshot = await adapterCall(page, 'snapshot', POST);
    expect(snapshot.profile).toEqual({ name: 'Acme Corp', handle: `facebook:id:${PAGE_ID}`, kind: 'brand' });
    expect(snapshot.visibility).toBe('Public');
    // Comments there are the Page's too.
    expect(await adapterCall(page, 'readProfile', COMMENT)).toEqual({ name: '', handle: `facebook:id:${PAGE_ID}`, kind: 'brand' });
  });

  it('back on the personal profile, i_user is gone and the person posts again', async () => {
    await browser.open(FACEBOOK_URLS.pageProfile);
    const page = await open(COMPOSERS[0]!);
    expect(await adapterCall(page, 'readProfile', POST)).toEqual({ name: 'Jane Doe', handle: `facebook:id:${PERSON_ID}`, kind: 'personal' });
  });
});

describe('secrets stay unread', () => {
  it.each([['home', FACEBOOK_URLS.home], ['page profile', FACEBOOK_URLS.pageProfile]])('on the %s page, no session cookie or page token leaves the adapter', async (_name, url) => {
    const page = await open(COMPOSERS[0]!, url);
    await page.keyboard.type('Hello');
    await page.evaluate(() => {
      window.__fbFixture!.openReply();
      window.__fbFixture!.openChat();
    });
    // The secrets are there to be found: in document.cookie and in the page's inline data.
    const exposed = await page.evaluate(() => document.cookie + Array.from(document.scripts, (s) => s.textContent).join('\n'));
    for (const secret of Object.values(PLANTED_SECRETS)) expect(exposed).toContain(secret);

    const everything = await page.evaluate(() => {
      const api = window.__hatcheckSites!;
      const adapter = api.ADAPTERS.find((a) => a.id === 'facebook')!;
      return JSON.stringify(adapter.findComposers(document).map((el) => ({
        text: adapter.readText(el),
        mentions: adapter.readMentions(el),
        visibility: adapter.readVisibility(el),
        profile: adapter.readProfile(el, new URL(location.href)),
        kind: adapter.composerKind(el),
        key: adapter.submitKey(el),
        button: Array.from(adapter.submitButton(el)?.attributes ?? [], (a) => a.value).join('|') + (adapter.submitButton(el)?.textContent ?? ''),
      })));
    });
    expect(JSON.parse(everything)).toHaveLength(4);
    for (const secret of Object.values(PLANTED_SECRETS)) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(decodeURIComponent(secret));
    }
  });
});

describe('the DOM only: never the MAIN-world Lexical instance', () => {
  it('reads every box while touching __lexicalEditor throws', async () => {
    const page = await open(COMPOSERS[0]!);
    await page.keyboard.type('Read from the DOM');
    await page.evaluate(() => window.__fbFixture!.openChat());
    const result = await page.evaluate(() => {
      const api = window.__hatcheckSites!;
      const adapter = api.ADAPTERS.find((a) => a.id === 'facebook')!;
      const editors = adapter.findComposers(document);
      const saved = editors.map((el) => (el as unknown as { __lexicalEditor?: unknown }).__lexicalEditor);
      // Lexical put its instance there (else this test could not fail)...
      if (saved.some((e) => !e)) return { error: 'no __lexicalEditor on a Lexical root' };
      for (const el of editors) {
        Object.defineProperty(el, '__lexicalEditor', { configurable: true, get: () => { throw new Error('adapter touched __lexicalEditor'); } });
      }
      try {
        return { texts: editors.map((el) => [adapter.composerKind(el), adapter.readText(el), adapter.readVisibility(el), adapter.readMentions(el).length, adapter.readProfile(el, new URL(location.href)).kind, adapter.submitKey(el), !!adapter.submitButton(el)]) };
      } catch (e) {
        return { error: String(e) };
      } finally {
        editors.forEach((el, i) => Object.defineProperty(el, '__lexicalEditor', { configurable: true, writable: true, value: saved[i] }));
      }
    });
    expect(result).toEqual({
      texts: [
        // Document order: the feed's comment box, the docked chat, then the dialog's layer.
        ['comment', '', '', 0, 'personal', 'enter', true],
        ['message', '', 'Direct message', 1, 'personal', 'enter', true],
        ['post', 'Read from the DOM', 'Friends', 0, 'personal', 'none', true],
      ],
    });
  });
});

describe('no composer', () => {
  it('finds nothing on Marketplace', async () => {
    const page = await browser.open(FACEBOOK_URLS.noComposer);
    await page.locator('[role="main"]').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('finds only the comment box until the Create post dialog opens', async () => {
    const page = await browser.open(FACEBOOK_URLS.home);
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).toEqual(['Write a comment…']);
    await page.click('[aria-label="Create a post"] [role="button"]');
    await page.locator(POST).waitFor();
    expect((await adapterCall(page, 'describe')).map((c) => c.ariaLabel)).toEqual(['Write a comment…', "What's on your mind, Jane?"]);
  });
});
