// The LinkedIn replica pages behave like the site in the ways Hatcheck depends on, and the
// offline router keeps every request on the machine. No adapter code is injected here.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/linkedin/fixture-hook';
import { FIXTURE_URLS } from '../support/fixtures';
import { useFixtureBrowser } from '../support/fixture-browser';

const browser = useFixtureBrowser();

const COMPOSERS = [
  { name: 'feed-classic', url: FIXTURE_URLS.feedClassic, editor: '.share-box-v2__modal .ql-editor', post: '.share-actions__primary-action', dialog: '.share-box-v2__modal' },
  { name: 'feed-sdui', url: FIXTURE_URLS.feedSdui, editor: '[componentkey="ShareBox_textEditor"]', post: 'dialog button:text-is("Post")', dialog: 'dialog' },
  { name: 'company-admin', url: FIXTURE_URLS.companyAdmin, editor: '.share-box-v2__modal .ql-editor', post: '.share-actions__primary-action', dialog: '.share-box-v2__modal' },
];

async function open(url: string): Promise<Page> {
  const page = await browser.open(url);
  await page.evaluate(() => window.__fixture!.openComposer());
  return page;
}

describe.each(COMPOSERS)('$name share box', (c) => {
  it('disables Post while empty, then publishes the draft as text and unmounts the composer', async () => {
    const page = await open(c.url);
    const post = page.locator(c.post);
    await expect.poll(() => post.isDisabled()).toBe(true);
    await page.locator(c.editor).click();
    await page.keyboard.type('<b>not markup</b>');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await expect.poll(() => post.isDisabled()).toBe(false);
    await post.click();
    await expect.poll(() => page.locator(c.dialog).count()).toBe(0);
    const published = page.locator('.feed-shared-update-v2__description').first();
    expect(await published.textContent()).toBe('<b>not markup</b>\nsecond line');
    expect(await published.locator('b').count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('LinkedIn DOM shapes (sites.md §4)', () => {
  it('classic: the share modal is inside #interop-outlet’s open shadow root, not in the page', async () => {
    const page = await open(FIXTURE_URLS.feedClassic);
    const shape = await page.evaluate(() => {
      const host = document.querySelector('div#interop-outlet[data-testid="interop-shadowdom"]');
      const dialog = host?.shadowRoot?.querySelector('div[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"].share-box-v2__modal');
      const editor = dialog?.querySelector('.ql-editor[contenteditable="true"][role="textbox"]');
      const button = dialog?.querySelector<HTMLElement>('button.share-unified-settings-entry-button');
      return {
        editorLabel: editor?.getAttribute('aria-label'),
        placeholder: editor?.getAttribute('data-placeholder'),
        buttonLines: button?.innerText.split('\n'),
        inLightDom: document.querySelectorAll('.share-box-v2__modal, [aria-label="Text editor for creating content"]').length,
      };
    });
    expect(shape).toEqual({
      editorLabel: 'Text editor for creating content',
      placeholder: 'What do you want to talk about?',
      buttonLines: ['Jane Doe', 'Post to Anyone'],
      inLightDom: 0,
    });
  });

  it('classic: a mention is a Quill inline embed <a class="ql-mention" href=/in/… data-entity-urn>', async () => {
    const page = await open(FIXTURE_URLS.feedClassic);
    await page.evaluate(() => window.__fixture!.insertMention('Ada Lovelace', 'ada-lovelace'));
    const mention = page.locator('.share-box-v2__modal .ql-editor a.ql-mention');
    expect(await mention.getAttribute('href')).toBe('https://www.linkedin.com/in/ada-lovelace/');
    expect(await mention.getAttribute('data-entity-urn')).toMatch(/^urn:li:fsd_profile:ACoAA\w+$/);
    expect(await mention.locator('[contenteditable="false"]').textContent()).toBe('Ada Lovelace');
  });

  it('SDUI: TipTap editor in a native <dialog> with the ShareCompose screen', async () => {
    const page = await open(FIXTURE_URLS.feedSdui);
    const shape = await page.evaluate(() => {
      const dialog = document.querySelector('dialog[open]');
      const editor = dialog?.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"] [data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]');
      return { componentkey: editor?.getAttribute('componentkey'), role: editor?.getAttribute('role'), classes: editor?.className.split(' ').slice(0, 2) };
    });
    expect(shape).toEqual({ componentkey: 'ShareBox_textEditor', role: 'textbox', classes: ['tiptap', 'ProseMirror'] });
  });
});

describe('offline router', () => {
  it('serves unknown LinkedIn paths as a 404 page', async () => {
    const page = await browser.open('https://www.linkedin.com/in/someone-else/');
    expect(await page.title()).toBe('Page not found | LinkedIn');
    const response = await page.reload();
    expect(response?.status()).toBe(404);
  });

  it('aborts requests to every other origin', async () => {
    const page = await browser.open(FIXTURE_URLS.noComposer);
    const results = await page.evaluate(async () => {
      const attempt = (url: string) => fetch(url, { mode: 'no-cors' }).then(() => 'reached', () => 'blocked');
      return Promise.all(['https://example.com/', 'http://127.0.0.1:9/', 'https://static.licdn.com/x.js', 'https://linkedin.com/feed/'].map(attempt));
    });
    expect(results).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
  });

  it('collects uncaught page exceptions for "no error in the console" assertions', async () => {
    const page = await browser.open(FIXTURE_URLS.noComposer);
    await page.evaluate(() => setTimeout(() => { throw new Error('fixture boom'); }));
    await expect.poll(() => browser.pageErrors.join('\n')).toContain('fixture boom');
  });
});
