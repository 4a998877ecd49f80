// The Reddit adapter (src/sites/reddit) against replica pages (test/fixtures/reddit): new Reddit's
// web components with open shadow roots — shreddit-composer with the real Lexical (lexical 0.52 +
// @lexical/rich-text) slotted in its light DOM, shreddit-simple-composer with a plain
// contenteditable inside its shadowRoot, the title's textarea inside faceplate-textarea-input's
// shadowRoot, the Post button inside #submit-post-button's — and old Reddit's plain forms. Text is
// typed with Playwright's real keyboard, never written into the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RedditComposer } from '../fixtures/reddit/fixture-hook';
import { REDDIT_URLS } from '../fixtures/reddit/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';
import { enterLines, typeLines } from '../support/keyboard';

// Each composer named by a selector matched in its own tree (the shadow box by its own attributes).
const COMMENT = '#app > comment-composer-host shreddit-composer > [slot="rte"]';
const REPLY = 'shreddit-comment-action-row shreddit-composer > [slot="rte"]';
const SHADOW = '[role="textbox"][contenteditable="true"]:not([slot])';
const POST_BODY = '#post-composer_bodytext > [slot="rte"]';
const TITLE = 'faceplate-textarea-input[name="title"] textarea';
const OLD_COMMENT = '.commentarea > form.usertext textarea[name="text"]';
const OLD_REPLY = '.child form.usertext textarea[name="text"]';
const OLD_TEXT = '#text-field textarea';
const OLD_TITLE = '#title-field textarea';
const OLD_MESSAGE = '#compose-message textarea[name="text"]';
const PLANTED = 'HATCHECK-PLANTED';

interface Composer {
  name: string;
  url: string;
  editor: string;
  /** The fixture hook's name for the box, when the site's own text can be read (Lexical / shadow box). */
  hook?: RedditComposer;
  kind: 'post' | 'comment' | 'message';
  submit: string;
  /** Opens the box as a person does (the collapsed trigger, Reply), then focuses it. */
  open(page: Page): Promise<void>;
  placeholder?: string;
}

const clickTrigger = (page: Page) => page.getByRole('button', { name: 'Join the conversation' }).click();
const clickReply = (page: Page) => page.locator('shreddit-comment[author="sam_rivera"] .reply-button').click();

const NEW_COMPOSERS: Composer[] = [
  { name: 'comment box (Lexical slotted in shreddit-composer)', url: REDDIT_URLS.comments, editor: COMMENT, hook: 'comment', kind: 'comment', submit: 'Comment', open: clickTrigger, placeholder: 'Join the conversation' },
  { name: 'reply box (in shreddit-comment-action-row)', url: REDDIT_URLS.comments, editor: REPLY, hook: 'reply', kind: 'comment', submit: 'Reply', open: clickReply, placeholder: 'Reply to sam_rivera' },
  { name: 'comment box with its textbox in a shadowRoot (shreddit-simple-composer)', url: REDDIT_URLS.commentsShadow, editor: SHADOW, hook: 'shadow', kind: 'comment', submit: 'Comment', open: clickTrigger, placeholder: 'Join the conversation' },
  { name: 'new post body (shreddit-composer#post-composer_bodytext)', url: REDDIT_URLS.submit, editor: POST_BODY, hook: 'post', kind: 'post', submit: 'Post', open: (page) => page.locator(POST_BODY).click(), placeholder: 'Body text (optional)' },
];

const OLD_COMPOSERS: Composer[] = [
  { name: 'old Reddit comment form', url: REDDIT_URLS.oldComments, editor: OLD_COMMENT, kind: 'comment', submit: 'save', open: (page) => page.locator(OLD_COMMENT).click() },
  { name: 'old Reddit reply form', url: REDDIT_URLS.oldComments, editor: OLD_REPLY, kind: 'comment', submit: 'save', open: (page) => page.locator('.thing.comment[data-author="sam_rivera"] .flat-list a').click() },
  { name: 'old Reddit submit page text', url: REDDIT_URLS.oldSubmit, editor: OLD_TEXT, kind: 'post', submit: 'submit', open: (page) => page.locator(OLD_TEXT).click() },
  { name: 'old Reddit private message', url: REDDIT_URLS.oldMessage, editor: OLD_MESSAGE, kind: 'message', submit: 'send', open: (page) => page.locator(OLD_MESSAGE).click() },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The fixtures and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(composer: Composer): Promise<Page> {
  const page = await browser.open(composer.url);
  await composer.open(page);
  await page.locator(composer.editor).click();
  return page;
}

/** The site's own text: Lexical's editor state, the shadow box's DOM, or the textarea's value. */
function siteText(page: Page, composer: Composer): Promise<string> {
  if (composer.hook) return page.evaluate((name) => window.__redditFixture!.composerText(name), composer.hook);
  return page.locator(composer.editor).inputValue();
}

/** Whether the page shows the placeholder text outside the editor's own text. */
const placeholderShown = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).count();

describe.each([...NEW_COMPOSERS, ...OLD_COMPOSERS])('$name', (composer) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(composer);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    // The site must hold what was typed (else the replica, not the adapter, is wrong). The shadow
    // box is the browser's own editing with no model to ask (its innerText doubles empty lines and
    // keeps no-break spaces), so there the typed text is the only reference.
    if (composer.hook !== 'shadow') await expect.poll(() => siteText(page, composer)).toBe(typed);
    await expect.poll(() => adapterCall(page, 'readText', composer.editor)).toBe(typed);
  });

  it('reads Shift+Enter line breaks, including a trailing one', async () => {
    const page = await open(composer);
    for (const key of ['first', 'Shift+Enter', 'second', 'Shift+Enter', 'Shift+Enter', 'third', 'Shift+Enter']) {
      if (key === 'Shift+Enter') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    await expect.poll(() => adapterCall(page, 'readText', composer.editor)).toBe('first\nsecond\n\nthird\n');
  });

  it('reads "" when empty (never the placeholder), and again once the draft is deleted', async () => {
    const page = await open(composer);
    if (composer.placeholder) expect(await placeholderShown(page, composer.placeholder)).toBe(1);
    expect(await adapterCall(page, 'readText', composer.editor)).toBe('');
    await typeLines(page, ['oops', 'wrong sub']);
    await expect.poll(() => adapterCall(page, 'readText', composer.editor)).toBe('oops\nwrong sub');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    if (composer.placeholder) await expect.poll(() => placeholderShown(page, composer.placeholder!)).toBe(1);
    await expect.poll(() => adapterCall(page, 'readText', composer.editor)).toBe('');
  });

  it(`is a ${composer.kind} box whose button is "${composer.submit}" and whose key is Ctrl/Cmd+Enter`, async () => {
    const page = await open(composer);
    expect(await adapterCall(page, 'composerKind', composer.editor)).toBe(composer.kind);
    expect(await adapterCall(page, 'submitButton', composer.editor)).toMatchObject({ text: composer.submit });
    expect(await adapterCall(page, 'submitKey', composer.editor)).toBe('mod+enter');
  });

  it('reads u/ and /u/ mentions as reddit: handles, and never a token the page keeps', async () => {
    const page = await open(composer);
    await page.keyboard.type('Thanks u/Sam_Rivera and /u/ada-l! Not reddit.com/u/nobody, r/cats or u/x.');
    const snapshot = await adapterCall(page, 'snapshot', composer.editor);
    const mentioned = snapshot.mentions.filter((m) => m.handle !== 'reddit:sam_rivera' || composer.kind !== 'message');
    expect(mentioned).toEqual(composer.kind === 'message' ? [{ name: 'u/ada-l', handle: 'reddit:ada-l' }] : [
      { name: 'u/Sam_Rivera', handle: 'reddit:sam_rivera' },
      { name: 'u/ada-l', handle: 'reddit:ada-l' },
    ]);
    expect(snapshot.profile).toEqual({ name: 'jane_doe', handle: 'reddit:jane_doe', kind: 'unknown' });
    // The page keeps tokens beside the user name (r.config's modhash, the forms' uh / csrf_token,
    // new Reddit's bootstrap data): prove they are there, and that nothing read contains them.
    expect(await page.evaluate(() => [...document.querySelectorAll('input[type="hidden"], script')].some((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? '').includes('HATCHECK-PLANTED')))).toBe(true);
    expect(JSON.stringify(snapshot)).not.toContain(PLANTED);
    expect(JSON.stringify(await adapterCall(page, 'submitButton', composer.editor))).not.toContain(PLANTED);
  });
});

describe('new Reddit comment page (r/cats)', () => {
  it('has no composer until "Join the conversation" is pressed; then one, in the light DOM', async () => {
    const page = await browser.open(REDDIT_URLS.comments);
    await page.getByRole('button', { name: 'Join the conversation' }).waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
    await clickTrigger(page);
    await expect.poll(() => adapterCall(page, 'describe')).toEqual([{ tag: 'div', className: 'min-h-[40px] focus:outline-none', ariaLabel: 'Comment', inShadowRoot: false }]);
  });

  it('finds the textbox inside shreddit-simple-composer\'s shadowRoot through roots()', async () => {
    const page = await browser.open(REDDIT_URLS.commentsShadow);
    await clickTrigger(page);
    await expect.poll(() => adapterCall(page, 'describe')).toEqual([{ tag: 'div', className: '', ariaLabel: 'Comment', inShadowRoot: true }]);
    expect(await page.evaluate(() => {
      const api = window.__hatcheckSites!;
      const reddit = api.ADAPTERS.find((a) => a.id === 'reddit')!;
      return reddit.roots(document).map((r) => (r instanceof ShadowRoot ? r.host.localName : '#document'));
    })).toEqual(['#document', 'shreddit-simple-composer']);
  });

  it('reads the subreddit as who sees a comment and a reply', async () => {
    const page = await browser.open(REDDIT_URLS.comments);
    await clickTrigger(page);
    await clickReply(page);
    expect(await adapterCall(page, 'count')).toBe(2);
    expect(await adapterCall(page, 'readVisibility', COMMENT)).toBe('r/cats');
    expect(await adapterCall(page, 'readVisibility', REPLY)).toBe('r/cats');
  });

  it('off an /r/ URL (a post on a user\'s profile), reads where the post is from shreddit-post', async () => {
    const page = await browser.open(REDDIT_URLS.userPost);
    await clickTrigger(page);
    expect(await page.locator('shreddit-post').getAttribute('subreddit-prefixed-name')).toBe('u/sam_rivera');
    expect(await adapterCall(page, 'readVisibility', COMMENT)).toBe('u/sam_rivera');
  });

  it('keeps the comment and the reply apart, and each is gone once the site unmounts it', async () => {
    const page = await browser.open(REDDIT_URLS.comments);
    await clickTrigger(page);
    await page.keyboard.type('top level');
    await clickReply(page);
    await page.locator(REPLY).click();
    await page.keyboard.type('a reply');
    expect(await adapterCall(page, 'readText', COMMENT)).toBe('top level');
    expect(await adapterCall(page, 'readText', REPLY)).toBe('a reply');
    await page.evaluate(() => window.__redditFixture!.removeComposer('reply'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__redditFixture!.removeComposer('comment'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });

  it('reads the shadow box as gone once it is unmounted', async () => {
    const page = await browser.open(REDDIT_URLS.commentsShadow);
    await clickTrigger(page);
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__redditFixture!.removeComposer('shadow'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('new Reddit new-post page', () => {
  it('reads the title and the body as one draft, title first', async () => {
    const page = await browser.open(REDDIT_URLS.submit);
    await page.locator(TITLE).click();
    await page.keyboard.type('AITA for calling in sick? 🍺');
    expect(await adapterCall(page, 'readText', POST_BODY)).toBe('AITA for calling in sick? 🍺');
    await page.locator(POST_BODY).click();
    await typeLines(page, ['Went to the beach instead.', '', 'Boss saw my story.']);
    await expect.poll(() => adapterCall(page, 'readText', POST_BODY)).toBe('AITA for calling in sick? 🍺\n\nWent to the beach instead.\n\nBoss saw my story.');
    // The title is not a composer of its own: the one Post button is judged on both.
    expect(await adapterCall(page, 'count')).toBe(1);
  });

  it('names the title field as no composer of its own (the self-test must not report it), and nothing else', async () => {
    for (const [url, title, others] of [
      [REDDIT_URLS.submit, TITLE, [POST_BODY]],
      [REDDIT_URLS.oldSubmit, OLD_TITLE, [OLD_TEXT]],
      [REDDIT_URLS.oldComments, OLD_COMMENT, []],
    ] as const) {
      const page = await browser.open(url);
      const notComposer = (selector: string) => page.locator(selector).evaluate((el) => window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'reddit')!.isNotComposer!(el));
      expect(await notComposer(title)).toBe(url !== REDDIT_URLS.oldComments);
      for (const other of others) expect(await notComposer(other)).toBe(false);
    }
  });

  it('finds the Post button inside #submit-post-button\'s shadowRoot', async () => {
    const page = await browser.open(REDDIT_URLS.submit);
    expect(await adapterCall(page, 'submitButton', POST_BODY)).toEqual({ text: 'Post', className: 'button-primary' });
    expect(await page.evaluate(() => {
      const reddit = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'reddit')!;
      const editor = document.querySelector<HTMLElement>('#post-composer_bodytext > [slot="rte"]')!;
      const button = reddit.submitButton(editor)!;
      return [button.id, (button.getRootNode() as ShadowRoot).host.id];
    })).toEqual(['inner-post-submit-button', 'submit-post-button']);
  });

  it('reads the community: r/cats from the URL page, and what the picker says on /submit', async () => {
    let page = await browser.open(REDDIT_URLS.submit);
    expect(await adapterCall(page, 'readVisibility', POST_BODY)).toBe('r/cats');
    page = await browser.open(REDDIT_URLS.submitPicker);
    expect(await adapterCall(page, 'readVisibility', POST_BODY)).toBe('');
    await page.evaluate(() => window.__redditFixture!.pickCommunity('r/AskUK'));
    expect(await adapterCall(page, 'readVisibility', POST_BODY)).toBe('r/AskUK');
    await page.evaluate(() => window.__redditFixture!.pickCommunity('u/jane_doe'));
    expect(await adapterCall(page, 'readVisibility', POST_BODY)).toBe('u/jane_doe');
  });

  it('is gone once the site unmounts it', async () => {
    const page = await browser.open(REDDIT_URLS.submit);
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__redditFixture!.removeComposer('post'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('old Reddit', () => {
  it('reads the submit page\'s title with its text, and the subreddit field', async () => {
    const page = await browser.open(REDDIT_URLS.oldSubmit);
    await page.locator(OLD_TITLE).click();
    await page.keyboard.type('Called in sick lol');
    await page.locator(OLD_TEXT).click();
    await typeLines(page, ['at the beach', '', 'again']);
    expect(await adapterCall(page, 'readText', OLD_TEXT)).toBe('Called in sick lol\n\nat the beach\n\nagain');
    expect(await adapterCall(page, 'readVisibility', OLD_TEXT)).toBe('r/cats');
    await page.locator('#sr-autocomplete').fill('AskUK');
    expect(await adapterCall(page, 'readVisibility', OLD_TEXT)).toBe('r/AskUK');
    expect(await adapterCall(page, 'count')).toBe(1);
  });

  it('reads a comment\'s subreddit from the URL and a message as a direct message to its recipient', async () => {
    let page = await browser.open(REDDIT_URLS.oldComments);
    expect(await adapterCall(page, 'readVisibility', OLD_COMMENT)).toBe('r/cats');
    page = await browser.open(REDDIT_URLS.oldMessage);
    const snapshot = await adapterCall(page, 'snapshot', OLD_MESSAGE);
    expect(snapshot.visibility).toBe('Direct message');
    expect(snapshot.mentions).toEqual([{ name: 'u/sam_rivera', handle: 'reddit:sam_rivera' }]);
  });

  it('finds the reply form the "reply" link opens, and loses it when cancelled', async () => {
    const page = await browser.open(REDDIT_URLS.oldComments);
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.locator('.thing.comment[data-author="sam_rivera"] .flat-list a').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(2);
    await page.locator('.child form.usertext button.cancel').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
  });
});

describe('new Reddit home feed', () => {
  it('finds no composer at all', async () => {
    const page = await browser.open(REDDIT_URLS.home);
    await page.locator('reddit-header-large').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});
