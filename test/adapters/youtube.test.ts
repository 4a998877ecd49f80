// The YouTube adapter (src/sites/youtube) against a replica of a watch page (test/fixtures/youtube):
// the collapsed comment box that mounts the editor on click, and the reply box under a comment.
// The editor is a plain contenteditable, as YouTube's is. Text is typed with Playwright's real
// keyboard (Enter is a new line: only the Comment / Reply button posts).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { YouTubeBox } from '../fixtures/youtube/fixture-hook';
import { VIDEO_TITLES, YOUTUBE_URLS } from '../fixtures/youtube/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const editorOf = (box: YouTubeBox) => `[data-fixture="box-${box}"] #contenteditable-root`;

const BOXES: Array<{ name: string; box: YouTubeBox; placeholder: string; button: string }> = [
  { name: 'the comment box under the video', box: 'comment', placeholder: 'Add a comment…', button: 'Comment' },
  { name: 'a reply box under Sam Rivera\'s comment', box: 'reply', placeholder: 'Add a reply…', button: 'Reply' },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

const boxes = (page: Page) => page.evaluate(() => window.__youtube!.boxes());
const editorText = (page: Page, box: YouTubeBox) => page.evaluate((b) => window.__youtube!.composerText(b), box);
const posted = (page: Page) => page.evaluate(() => window.__youtube!.posted());

/** Opens the watch page and mounts the box as a person does: a click on the placeholder, or on Reply. */
async function open(box: YouTubeBox, url: string = YOUTUBE_URLS.watch): Promise<Page> {
  const page = await browser.open(url);
  if (box === 'comment') await page.locator('#simplebox-placeholder').click();
  else await page.locator('ytd-comment-thread-renderer').first().getByRole('button', { name: 'Reply' }).click();
  await expect.poll(() => boxes(page)).toContain(box);
  await page.locator(editorOf(box)).click();
  return page;
}

function paintedPlaceholder(page: Page, box: YouTubeBox): Promise<string> {
  return page.locator(editorOf(box)).evaluate((el) => {
    const content = getComputedStyle(el, '::before').content;
    return content && content !== 'none' && content !== 'normal' ? content.replace(/^"|"$/g, '') : '';
  });
}

describe.each(BOXES)('$name', ({ box, placeholder, button }) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(box);
    await enterLines(page, lines, 'Enter');
    const typed = lines.join('\n');
    await expect.poll(() => editorText(page, box)).toBe(typed);
    expect(await adapterCall(page, 'readText', editorOf(box))).toBe(typed);
    expect(await posted(page)).toEqual([]);
  });

  it('never reads the placeholder: an empty box is "", and "" again once the draft is deleted', async () => {
    const page = await open(box);
    expect(await paintedPlaceholder(page, box)).toBe(placeholder);
    expect(await adapterCall(page, 'readText', editorOf(box))).toBe('');
    await typeLines(page, ['oops', 'wrong video']);
    await expect.poll(() => editorText(page, box)).toBe('oops\nwrong video');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => adapterCall(page, 'readText', editorOf(box))).toBe('');
  });

  it(`is a comment whose own ${button} button posts, and no key does`, async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'composerKind', editorOf(box))).toBe('comment');
    expect(await adapterCall(page, 'submitKey', editorOf(box))).toBe('none');
    expect(await adapterCall(page, 'submitButton', editorOf(box))).toEqual({ text: button, className: 'yt-spec-button-shape-next' });
    // The button is the one in this box, not the other box's (ids repeat across boxes).
    const sameBox = await page.evaluate((selector) => {
      const youtube = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'youtube')!;
      const editor = document.querySelector<HTMLElement>(selector)!;
      const found = youtube.submitButton(editor);
      return found !== null && found.closest('ytd-commentbox') === editor.closest('ytd-commentbox') && found.closest('#submit-button') !== null;
    }, editorOf(box));
    expect(sameBox).toBe(true);
    // The site's own behaviour: Enter is a new line (nothing posted), the button posts.
    await typeLines(page, ['Great tour', 'Thanks!']);
    expect(await posted(page)).toEqual([]);
    await page.locator(`[data-fixture="box-${box}"] #submit-button button`).click();
    await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ box, text: 'Great tour\nThanks!' })]);
  });

  it('reads the audience: public, under the video\'s title; and who comments from the box\'s avatar', async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'readVisibility', editorOf(box))).toBe(`Public: ${VIDEO_TITLES.hc0wTsT1Vd8}`);
    expect(await adapterCall(page, 'readProfile', editorOf(box))).toEqual({ name: 'Jane Doe', handle: '', kind: 'unknown' });
  });

  it('reads typed @handles as youtube: handles (a trailing full stop is not part of one)', async () => {
    const page = await open(box);
    await page.keyboard.type('Thanks @Lee.Chen and @sam_rivera. See you, me@home.example');
    const mentions = await adapterCall(page, 'readMentions', editorOf(box));
    const typed = mentions.filter((m) => m.handle !== 'youtube:sam_rivera' || box === 'comment');
    expect(typed).toEqual(box === 'comment'
      ? [{ name: '@Lee.Chen', handle: 'youtube:lee.chen' }, { name: '@sam_rivera', handle: 'youtube:sam_rivera' }]
      : [{ name: '@Lee.Chen', handle: 'youtube:lee.chen' }]);
  });
});

describe('who is notified and who comments', () => {
  it('a reply notifies the author of the comment it answers, first', async () => {
    const page = await open('reply');
    expect(await adapterCall(page, 'readMentions', editorOf('reply'))).toEqual([{ name: '@sam_rivera', handle: 'youtube:sam_rivera' }]);
    await page.keyboard.type('@lee.chen look!');
    expect(await adapterCall(page, 'readMentions', editorOf('reply'))).toEqual([{ name: '@sam_rivera', handle: 'youtube:sam_rivera' }, { name: '@lee.chen', handle: 'youtube:lee.chen' }]);
  });

  it('a top-level comment notifies nobody it does not name', async () => {
    const page = await open('comment');
    await page.keyboard.type('Nice one');
    expect(await adapterCall(page, 'readMentions', editorOf('comment'))).toEqual([]);
  });

  it('skips a generic avatar alt ("Avatar image") and says nothing rather than a wrong name', async () => {
    const page = await open('comment');
    await page.locator('[data-fixture="box-comment"] #author-thumbnail img').evaluate((img) => img.setAttribute('alt', ''));
    // The masthead's avatar says "Avatar image": no name at all.
    expect(await adapterCall(page, 'readProfile', editorOf('comment'))).toEqual({ name: '', handle: '', kind: 'unknown' });
    await page.locator('#avatar-btn img').evaluate((img) => img.setAttribute('alt', '@JaneDoe'));
    expect(await adapterCall(page, 'readProfile', editorOf('comment'))).toEqual({ name: '@JaneDoe', handle: 'youtube:janedoe', kind: 'unknown' });
  });

  it('follows an in-app navigation: the new video\'s title is the audience', async () => {
    const page = await open('comment');
    await page.evaluate(() => window.__youtube!.navigate('Zk9fL2mQx0A'));
    expect(await adapterCall(page, 'count')).toBe(0);
    await page.locator('#simplebox-placeholder').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    expect(await adapterCall(page, 'readVisibility', editorOf('comment'))).toBe(`Public: ${VIDEO_TITLES.Zk9fL2mQx0A}`);
  });
});

describe('which boxes are composers', () => {
  it('finds no editor until the placeholder is clicked (YouTube mounts it then), never the search box', async () => {
    const page = await browser.open(YOUTUBE_URLS.watch);
    await page.locator('#simplebox-placeholder').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
    await page.locator('#simplebox-placeholder').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.locator('ytd-comment-thread-renderer').nth(1).getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(2);
    for (const f of await adapterCall(page, 'describe')) expect(f).toMatchObject({ tag: 'div', ariaLabel: expect.stringMatching(/^Add a (comment|reply)…$/), inShadowRoot: false });
  });

  it('loses a box when YouTube unmounts it (Cancel, or the collapsed box coming back)', async () => {
    const page = await open('reply');
    await page.locator('#simplebox-placeholder').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(2);
    await page.locator('[data-fixture="box-reply"] #cancel-button button').click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__youtube!.removeComposer('comment'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });

  it('finds nothing on the home feed', async () => {
    const page = await browser.open(YOUTUBE_URLS.home);
    await page.getByRole('heading', { name: 'Recommended' }).waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});

describe('secrets beside identity', () => {
  it('never returns the ytcfg API key, ID token, session ids or SAPISID the page keeps beside the account', async () => {
    const outputs: unknown[] = [];
    for (const box of ['comment', 'reply'] as const) {
      const page = await open(box);
      await page.keyboard.type('token check @sam_rivera');
      const planted = await page.evaluate(() => JSON.stringify([(window as unknown as { ytcfg: unknown }).ytcfg, (window as unknown as { ytInitialData: unknown }).ytInitialData, document.cookie]));
      expect(planted.match(/HATCHECK-PLANTED/g)).toHaveLength(5);
      expect(planted).toContain('Jane Doe');
      outputs.push(await adapterCall(page, 'snapshot', editorOf(box)), await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', editorOf(box)));
    }
    const all = JSON.stringify(outputs);
    expect(all).toContain('Jane Doe');
    expect(all).not.toMatch(/HATCHECK-PLANTED|AIzaSy|janedoe/);
  });
});
