// The WordPress adapter (src/sites/wordpress) against a static replica of the block editor
// (test/fixtures/wordpress): the post title and one contenteditable RichText per block, rendered into
// the same-origin `editor-canvas` iframe from the top page, as Gutenberg does. One post is one
// composer: the canvas body, read as the title and every block's text, one block per line. The
// adapter code runs in the top page and reaches into the frame, as the content script does. Text
// is typed with Playwright's real keyboard (Enter starts a new paragraph block).
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { WORDPRESS_URLS } from '../fixtures/wordpress/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const FRAME = 'iframe[name="editor-canvas"]';
const CANVAS = 'body.block-editor-iframe__body';

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

const frameOf = (page: Page): FrameLocator => page.frameLocator(FRAME);
const postText = (page: Page) => page.evaluate(() => window.__wordpress!.postText());
const published = (page: Page) => page.evaluate(() => window.__wordpress!.published());

async function open(url: string): Promise<Page> {
  const page = await browser.open(url);
  await expect.poll(() => page.evaluate(() => window.__wordpress?.ready() ?? false)).toBe(true);
  return page;
}

/** A new post: the title typed, then Enter into the first block, then the body's lines (Enter between: new blocks). */
async function writePost(page: Page, title: string, lines: readonly string[]): Promise<void> {
  await frameOf(page).locator('.editor-post-title__input').click();
  if (title) await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await enterLines(page, lines, 'Enter');
}

/** The placeholder a RichText paints (its span's CSS ::after), or '' when none shows. */
function paintedPlaceholder(page: Page, selector: string): Promise<string> {
  return frameOf(page).locator(`${selector} [data-rich-text-placeholder]`).first().evaluate((el) => {
    const content = getComputedStyle(el, '::after').content;
    return content && content !== 'none' && content !== 'normal' ? content.replace(/^"|"$/g, '') : '';
  });
}

describe.each([
  ['a self-hosted WordPress (wp-admin)', WORDPRESS_URLS.selfNew],
  ['WordPress.com', WORDPRESS_URLS.comNew],
])('a new post on %s', (_name, url) => {
  it.each(EXACT_TEXT_DRAFTS)('reads the title and %s exactly as typed, one block per line', async (_label, lines) => {
    const page = await open(url);
    await writePost(page, 'My weekend', lines);
    const typed = ['My weekend', ...lines].join('\n');
    // The editor itself must hold what was typed (else the replica, not the adapter, is wrong).
    await expect.poll(() => postText(page)).toBe(typed);
    expect(await adapterCall(page, 'readText', CANVAS)).toBe(typed);
    expect(await page.evaluate(() => window.__wordpress!.blockCount())).toBe(lines.length);
    expect(await published(page)).toEqual([]);
  });

  it('never reads a placeholder: a new post is "" while "Add title" and "Type / to choose a block" show', async () => {
    const page = await open(url);
    expect(await paintedPlaceholder(page, '.editor-post-title__input')).toBe('Add title');
    expect(await paintedPlaceholder(page, '.wp-block-paragraph')).toBe('Type / to choose a block');
    expect(await adapterCall(page, 'readText', CANVAS)).toBe('');
  });
});

describe('reading a post', () => {
  it('reads a body with no title, without an empty first line', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    await writePost(page, '', ['Called in sick 🤒', '', 'Beach day']);
    expect(await adapterCall(page, 'readText', CANVAS)).toBe('Called in sick 🤒\n\nBeach day');
  });

  it('reads a line break inside a block (Shift+Enter) as a new line of the same block', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    await writePost(page, 'Haiku', ['first line']);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await expect.poll(() => postText(page)).toBe('Haiku\nfirst line\nsecond line');
    expect(await adapterCall(page, 'readText', CANVAS)).toBe('Haiku\nfirst line\nsecond line');
    expect(await page.evaluate(() => window.__wordpress!.blockCount())).toBe(1);
  });

  it('reads "" again once the typed text is deleted and the placeholders are back', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    await frameOf(page).locator('.wp-block-paragraph').click();
    await page.keyboard.type('oops');
    await expect.poll(() => adapterCall(page, 'readText', CANVAS)).toBe('oops');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => paintedPlaceholder(page, '.wp-block-paragraph')).toBe('Type / to choose a block');
    expect(await adapterCall(page, 'readText', CANVAS)).toBe('');
  });

  it('skips blocks without text (an image) and the block appender\'s "Type / to choose a block" in a published post', async () => {
    const page = await open(WORDPRESS_URLS.selfEdit);
    expect(await frameOf(page).locator('.block-editor-default-block-appender__content').textContent()).toBe('Type / to choose a block');
    await frameOf(page).locator('.wp-block-paragraph').last().click();
    await page.keyboard.type('Best bar tab ever 🍻');
    const expected = 'Team offsite recap\nThanks to everyone who came to the offsite.\nBest bar tab ever 🍻';
    await expect.poll(() => postText(page)).toBe(expected);
    expect(await adapterCall(page, 'readText', CANVAS)).toBe(expected);
  });

  it('is one post composer with no mentions, whoever is @-named in it', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    await writePost(page, 'Hi', ['Thanks @sam for the photos']);
    expect(await adapterCall(page, 'composerKind', CANVAS)).toBe('post');
    expect(await adapterCall(page, 'readMentions', CANVAS)).toEqual([]);
    expect(await adapterCall(page, 'submitKey', CANVAS)).toBe('none');
  });
});

describe('who reads it: the sidebar\'s visibility', () => {
  it.each([
    ['WordPress ≤ 6.5 (the Visibility row)', WORDPRESS_URLS.selfNew, 'Public'],
    ['WordPress 6.6+ (the Status row)', WORDPRESS_URLS.selfNewStatusUi, 'Draft'],
  ])('%s: Public, then Private, then Password protected', async (_name, url, initial) => {
    const page = await open(url);
    expect(await adapterCall(page, 'readVisibility', CANVAS)).toBe(initial);
    for (const [choice, label] of [['Private', 'Private'], ['Password protected', 'Password protected'], ['Public', initial]] as const) {
      await page.locator('.editor-post-visibility__toggle, .editor-post-status__toggle').click();
      await page.getByRole('menuitemradio', { name: choice }).click();
      expect(await adapterCall(page, 'readVisibility', CANVAS)).toBe(label);
    }
  });

  it('a published post on 6.6+ says "Published"', async () => {
    const page = await open(`${WORDPRESS_URLS.selfEdit}&ui=status`);
    expect(await adapterCall(page, 'readVisibility', CANVAS)).toBe('Published');
  });
});

describe('who writes: the admin bar\'s account', () => {
  it.each([
    [WORDPRESS_URLS.selfNew, 'wordpress:blog.example.org/janedoe'],
    [WORDPRESS_URLS.comEdit, 'wordpress:wordpress.com/janedoe'],
  ])('%s', async (url, handle) => {
    const page = await open(url);
    expect(await adapterCall(page, 'readProfile', CANVAS)).toEqual({ name: 'Jane Doe', handle, kind: 'unknown' });
  });
});

describe('the button that publishes', () => {
  it('a new post: nothing while only "Publish" (the panel toggle) shows; the panel\'s final Publish once it is open', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    expect(await adapterCall(page, 'submitButton', CANVAS)).toBeNull();
    await page.locator('.editor-post-publish-panel__toggle').click();
    expect(await adapterCall(page, 'submitButton', CANVAS)).toEqual({ text: 'Publish', className: expect.stringContaining('editor-post-publish-button ') });
    const inPanel = await page.evaluate((frame) => {
      const wordpress = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'wordpress')!;
      const canvas = document.querySelector<HTMLIFrameElement>(frame)!.contentDocument!.body;
      return wordpress.submitButton(canvas)?.closest('.editor-post-publish-panel') !== null;
    }, FRAME);
    expect(inPanel).toBe(true);
    // The site's own behaviour: the final Publish publishes, and then the header says Update.
    await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ action: 'publish' })]);
    expect(await adapterCall(page, 'submitButton', CANVAS)).toEqual({ text: 'Update', className: expect.stringContaining('editor-post-publish-button ') });
  });

  it('a published post: "Update"', async () => {
    const page = await open(WORDPRESS_URLS.comEdit);
    expect(await adapterCall(page, 'submitButton', CANVAS)).toEqual({ text: 'Update', className: expect.stringContaining('editor-post-publish-button ') });
  });
});

describe('which boxes are composers', () => {
  it('finds one composer, the canvas body inside the iframe, on every editor page', async () => {
    for (const url of [WORDPRESS_URLS.selfNew, WORDPRESS_URLS.selfEdit, WORDPRESS_URLS.comNew, WORDPRESS_URLS.comEdit]) {
      const page = await open(url);
      const found = await adapterCall(page, 'describe');
      expect(found, url).toEqual([expect.objectContaining({ tag: 'body', className: expect.stringContaining('block-editor-iframe__body'), inShadowRoot: false })]);
      // The top document has no editable of its own: the blocks are in the frame.
      expect(await page.locator('[contenteditable="true"]').count()).toBe(0);
      await page.close();
    }
  });

  it('finds nothing in the classic editor (a textarea, no Gutenberg)', async () => {
    const page = await browser.open(WORDPRESS_URLS.classic);
    await page.locator('#content').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('tells the sidebar\'s settings textareas (an image\'s alt text) from a post, and never a block', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    const answers = await page.evaluate((frame) => {
      const wordpress = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'wordpress')!;
      const canvas = document.querySelector<HTMLIFrameElement>(frame)!.contentDocument!;
      return {
        altText: wordpress.isNotComposer!(document.querySelector('#image-alt')!),
        block: wordpress.isNotComposer!(canvas.querySelector('.wp-block-paragraph')!),
        title: wordpress.isNotComposer!(canvas.querySelector('.editor-post-title__input')!),
      };
    }, FRAME);
    expect(answers).toEqual({ altText: true, block: false, title: false });
  });

  it('loses the composer when the canvas goes', async () => {
    const page = await open(WORDPRESS_URLS.selfNew);
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__wordpress!.removeCanvas());
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('secrets beside identity', () => {
  it('never returns the REST nonce, the WordPress.com token or the login cookie the page keeps beside the user', async () => {
    const outputs: unknown[] = [];
    for (const url of [WORDPRESS_URLS.selfNew, WORDPRESS_URLS.comEdit]) {
      const page = await open(url);
      await writePost(page, 'token check', ['body']);
      await page.locator('.editor-post-publish-panel__toggle, .editor-post-publish-button').first().click();
      const planted = await page.evaluate(() => JSON.stringify([(window as unknown as { wpApiSettings: unknown }).wpApiSettings, { ...localStorage }, document.cookie, document.querySelector('#wp-admin-bar-logout a')?.getAttribute('href')]));
      expect(planted.match(/HATCHECK-PLANTED/g)?.length).toBeGreaterThanOrEqual(4);
      expect(planted).toContain('Jane Doe');
      outputs.push(await adapterCall(page, 'snapshot', CANVAS), await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', CANVAS));
      await page.close();
    }
    const all = JSON.stringify(outputs);
    expect(all).toContain('Jane Doe');
    expect(all).not.toMatch(/HATCHECK-PLANTED|_wpnonce/);
  });
});
