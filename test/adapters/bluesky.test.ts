// The Bluesky adapter (src/sites/bluesky) against replica pages of bsky.app that run the real
// editors: TipTap 3 with TipTap's own Mention extension in the composer dialog (new post, reply,
// quote, threads of several boxes) and a React-controlled <textarea> in chat. Text is typed with
// Playwright's real keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/bluesky/fixture-hook';
import { ACCOUNT, BLUESKY_URLS, PLANTED_SECRETS } from '../fixtures/bluesky/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';

const EDITOR = '[data-testid="composePostView"] .ProseMirror';
const nthEditor = (n: number) => `[data-testid="composePostView"] .composer-post:nth-child(${n}) .ProseMirror`;
const CHAT = 'textarea';

interface Composer {
  kind: 'post' | 'reply' | 'quote';
  placeholder: string;
  /** What composerKind must say. */
  composerKind: 'post' | 'comment';
  /** The Publish button's text. */
  button: string;
  /** The reply gate's label; replies have none. */
  visibility: string;
}

const COMPOSERS: Composer[] = [
  { kind: 'post', placeholder: "What's up?", composerKind: 'post', button: 'Post', visibility: 'Anybody can interact' },
  { kind: 'reply', placeholder: 'Write your reply', composerKind: 'comment', button: 'Reply', visibility: '' },
  { kind: 'quote', placeholder: "What's up?", composerKind: 'post', button: 'Post', visibility: 'Anybody can interact' },
];

/** Drafts as lines; an empty line is Enter pressed twice. */
const DRAFTS: Array<[string, string[]]> = [
  ['a single line', ['Just landed in Lisbon!']],
  ['paragraphs with emoji and an empty line', ['Called in sick, so hungover 🍺', '', 'Worth it 🎉🍻 👩🏽‍💻 🇩🇪']],
  ['several empty lines and spaces', ['  indented', '', '', 'two empty lines above ', 'last']],
  ['unicode', ['Zürich café, naïve façade — “quoted” ✓', '日本語のテキスト · ١٢٣']],
  ['text that looks like markdown', ['- not a list', '# not a heading', '**not bold** #hashtag']],
  ['a draft ending in an empty line', ['last line', '']],
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

async function openComposer(kind: Composer['kind'], url: string = BLUESKY_URLS.home): Promise<Page> {
  const page = await browser.open(url);
  await page.evaluate((k) => window.__blueskyFixture!.openComposer(k), kind);
  await page.locator(EDITOR).click();
  return page;
}


const editorTexts = (page: Page) => page.evaluate(() => window.__blueskyFixture!.composerTexts());

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

/** Everything the adapter says about a composer, as one string: no planted secret may be in it (compared case-blind: handles are lower-cased). */
async function everythingRead(page: Page, selector: string): Promise<string> {
  return JSON.stringify([
    await adapterCall(page, 'snapshot', selector),
    await adapterCall(page, 'submitButton', selector),
    await adapterCall(page, 'submitKey', selector),
    await adapterCall(page, 'describe'),
  ]);
}

describe.each(COMPOSERS)('composer: $kind', (composer) => {
  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await openComposer(composer.kind);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    await expect.poll(() => editorTexts(page)).toEqual([typed]);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe(typed);
  });

  it('reads Shift+Enter line breaks, including a trailing one', async () => {
    const page = await openComposer(composer.kind);
    for (const key of ['first', 'Shift+Enter', 'second', 'Shift+Enter', 'Shift+Enter', 'third', 'Shift+Enter']) {
      if (key === 'Shift+Enter') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    await expect.poll(() => editorTexts(page)).toEqual(['first\nsecond\n\nthird\n']);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('first\nsecond\n\nthird\n');
  });

  it('never reads the placeholder: an empty box is "", also after the draft is deleted', async () => {
    const page = await openComposer(composer.kind);
    expect(await paintedPlaceholder(page, EDITOR)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
    await typeLines(page, ['oops', 'wrong account']);
    await expect.poll(() => adapterCall(page, 'readText', EDITOR)).toBe('oops\nwrong account');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => paintedPlaceholder(page, EDITOR)).toBe(composer.placeholder);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
  });

  it('reads TipTap mention nodes as bluesky: handles, and as @handle in the text', async () => {
    const page = await openComposer(composer.kind);
    await page.keyboard.type('Thanks ');
    await page.evaluate(() => window.__blueskyFixture!.insertMention('ada.bsky.social'));
    await page.keyboard.type('and ');
    await page.evaluate(() => window.__blueskyFixture!.insertMention('grace.example.com'));
    await page.keyboard.type('!');
    await expect.poll(() => page.locator(`${EDITOR} span.mention[data-type="mention"]`).count()).toBe(2);
    const typed = 'Thanks @ada.bsky.social and @grace.example.com !';
    await expect.poll(() => editorTexts(page)).toEqual([typed]);
    const snapshot = await adapterCall(page, 'snapshot', EDITOR);
    expect(snapshot.mentions).toEqual([
      { name: '@ada.bsky.social', handle: 'bluesky:ada.bsky.social' },
      { name: '@grace.example.com', handle: 'bluesky:grace.example.com' },
    ]);
    expect(snapshot.text).toBe(typed);
  });

  it(`is a ${composer.composerKind} composer with the reply gate's label, the Publish button and Ctrl/Cmd+Enter`, async () => {
    const page = await openComposer(composer.kind);
    expect(await adapterCall(page, 'composerKind', EDITOR)).toBe(composer.composerKind);
    expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe(composer.visibility);
    expect(await adapterCall(page, 'submitButton', EDITOR)).toEqual({ text: composer.button, className: 'publish' });
    expect(await adapterCall(page, 'submitKey', EDITOR)).toBe('mod+enter');
    // The key the adapter names is the one the replica (like RichTextInputWeb) publishes on.
    await page.keyboard.type('Ship it');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.evaluate(() => window.__blueskyFixture!.published())).toEqual(['Ship it']);
    // Publishing unmounts the composer: the adapter finds nothing any more.
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('is gone once the site unmounts it', async () => {
    const page = await openComposer(composer.kind);
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__blueskyFixture!.removeComposer());
    // The site unmounts on its own schedule (React renders after the call returns).
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('reply gate', () => {
  it('reads the label the button shows after the setting changes', async () => {
    const page = await openComposer('post');
    await page.locator('[data-testid="openReplyGateButton"]').click();
    expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe('Interaction limited');
    await page.locator('[data-testid="openReplyGateButton"]').click();
    expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe('Anybody can interact');
  });
});

describe('threads: several post boxes in one composer', () => {
  it('finds each box as its own composer and reads each exactly; one "Post All" button for all', async () => {
    const page = await openComposer('post');
    await typeLines(page, ['Thread 🧵 1/2', '', 'first post']);
    await page.evaluate(() => window.__blueskyFixture!.addThreadPost());
    await page.locator(nthEditor(2)).click();
    await typeLines(page, ['2/2: so hungover', 'bye']);
    await expect.poll(() => editorTexts(page)).toEqual(['Thread 🧵 1/2\n\nfirst post', '2/2: so hungover\nbye']);
    expect(await adapterCall(page, 'count')).toBe(2);
    expect(await adapterCall(page, 'readText', nthEditor(1))).toBe('Thread 🧵 1/2\n\nfirst post');
    expect(await adapterCall(page, 'readText', nthEditor(2))).toBe('2/2: so hungover\nbye');
    for (const n of [1, 2]) {
      expect(await adapterCall(page, 'composerKind', nthEditor(n))).toBe('post');
      expect(await adapterCall(page, 'submitButton', nthEditor(n))).toEqual({ text: 'Post All', className: 'publish' });
      expect(await adapterCall(page, 'readVisibility', nthEditor(n))).toBe('Anybody can interact');
    }
  });

  it('reads a reply thread as comments', async () => {
    const page = await openComposer('reply');
    await page.keyboard.type('first');
    await page.evaluate(() => window.__blueskyFixture!.addThreadPost());
    await page.locator(nthEditor(2)).click();
    await page.keyboard.type('second');
    await expect.poll(() => editorTexts(page)).toEqual(['first', 'second']);
    expect(await adapterCall(page, 'composerKind', nthEditor(2))).toBe('comment');
    expect(await adapterCall(page, 'submitButton', nthEditor(2))).toEqual({ text: 'Reply', className: 'publish' });
  });
});

describe('who posts', () => {
  const me = { name: `@${ACCOUNT.handle}`, handle: `bluesky:${ACCOUNT.handle}`, kind: 'unknown' };

  it('reads the account from the left nav’s Profile link, never from the feed’s author links', async () => {
    const page = await openComposer('reply');
    // The session store says otherwise: the page's own nav wins, so the store is not read at all.
    await page.evaluate(() => localStorage.setItem('BSKY_STORAGE', JSON.stringify({ session: { currentAccount: { handle: 'other.bsky.social', did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' } } })));
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual(me);
  });

  it('without the nav, reads only handle/did from BSKY_STORAGE; the JWTs and e-mail next to them never leave the adapter', async () => {
    const page = await openComposer('post', BLUESKY_URLS.homeNoNav);
    // The replica keeps the secrets where bsky.app does (else this test could not fail).
    const stored = await page.evaluate(() => localStorage.getItem('BSKY_STORAGE') ?? '');
    for (const secret of Object.values(PLANTED_SECRETS)) expect(stored).toContain(secret);
    expect(await page.locator('a[href^="/profile/jane"]').count()).toBe(0);

    await page.keyboard.type('hello');
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual(me);
    const everything = await everythingRead(page, EDITOR);
    for (const secret of Object.values(PLANTED_SECRETS)) expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(everything.toLowerCase()).not.toContain('jwt');
  });

  it('drops a session store value that is not a handle or DID (a token in the handle field) and falls back to the did', async () => {
    const page = await openComposer('post', BLUESKY_URLS.homeNoNav);
    await page.evaluate(([token, did]) => {
      const store = JSON.parse(localStorage.getItem('BSKY_STORAGE')!);
      store.session.currentAccount.handle = token;
      store.session.currentAccount.did = did;
      localStorage.setItem('BSKY_STORAGE', JSON.stringify(store));
    }, [PLANTED_SECRETS.accessJwt, ACCOUNT.did] as const);
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual({ name: `@${ACCOUNT.did}`, handle: `bluesky:${ACCOUNT.did}`, kind: 'unknown' });
    await page.evaluate((token) => {
      const store = JSON.parse(localStorage.getItem('BSKY_STORAGE')!);
      store.session.currentAccount.did = token;
      localStorage.setItem('BSKY_STORAGE', JSON.stringify(store));
    }, PLANTED_SECRETS.refreshJwt);
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual({ name: '', handle: '', kind: 'unknown' });
    const everything = await everythingRead(page, EDITOR);
    for (const secret of Object.values(PLANTED_SECRETS)) expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('reads nothing (and throws nothing) when the store is missing or not JSON', async () => {
    const page = await openComposer('post', BLUESKY_URLS.homeNoNav);
    await page.evaluate(() => localStorage.setItem('BSKY_STORAGE', '{not json'));
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual({ name: '', handle: '', kind: 'unknown' });
    await page.evaluate(() => localStorage.removeItem('BSKY_STORAGE'));
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual({ name: '', handle: '', kind: 'unknown' });
  });
});

describe('chat', () => {
  it('finds the message box, reads it exactly, and names Send and Enter', async () => {
    const page = await browser.open(BLUESKY_URLS.chat);
    await page.locator(CHAT).click();
    expect(await adapterCall(page, 'count')).toBe(1);
    expect(await adapterCall(page, 'readText', CHAT)).toBe('');
    for (const key of ['Drinks tonight? 🍻', 'Shift+Enter', 'Shift+Enter', 'Bring Sam']) {
      if (key === 'Shift+Enter') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    const typed = 'Drinks tonight? 🍻\n\nBring Sam';
    await expect.poll(() => page.evaluate(() => window.__blueskyFixture!.chatValue())).toBe(typed);
    const snapshot = await adapterCall(page, 'snapshot', CHAT);
    expect(snapshot).toMatchObject({ text: typed, kind: 'message', visibility: 'Direct message', mentions: [] });
    expect(snapshot.profile).toEqual({ name: `@${ACCOUNT.handle}`, handle: `bluesky:${ACCOUNT.handle}`, kind: 'unknown' });
    expect(await adapterCall(page, 'submitButton', CHAT)).toEqual({ text: '➤', className: 'send' });
    expect(await adapterCall(page, 'submitKey', CHAT)).toBe('enter');
    // Enter is what sends in the replica too; the box is empty afterwards.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__blueskyFixture!.sentMessages())).toEqual([typed]);
    expect(await adapterCall(page, 'readText', CHAT)).toBe('');
  });

  it('finds no chat box on the chat list, and no composer on the feed until one opens', async () => {
    const list = await browser.open(BLUESKY_URLS.chatList);
    await list.locator('.chat-list').waitFor();
    expect(await adapterCall(list, 'count')).toBe(0);
    const home = await browser.open(BLUESKY_URLS.home);
    await home.locator('[data-testid="composeFAB"]').waitFor();
    expect(await adapterCall(home, 'count')).toBe(0);
    await home.locator('[data-testid="composeFAB"]').click();
    await home.locator(EDITOR).waitFor();
    expect(await adapterCall(home, 'describe')).toEqual([
      { tag: 'div', className: expect.stringContaining('ProseMirror-light'), ariaLabel: null, inShadowRoot: false },
    ]);
  });
});
