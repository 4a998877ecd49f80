// The Slack adapter (src/sites/slack) against a replica of Slack's web client that runs the real
// Quill 2 as Slack's "texty" message box: the channel/DM box and the thread pane's reply box.
// Text is typed with Playwright's real keyboard (Shift+Enter for a new line: Enter sends).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/slack/fixture-hook';
import type { SlackBox } from '../fixtures/slack/fixture-hook';
import { SLACK_URLS } from '../fixtures/slack/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const CHANNEL_BOX = '[data-fixture="channel-box"] .ql-editor';
const THREAD_BOX = '[data-qa="threads_flexpane"] .ql-editor';

interface Box {
  name: string;
  url: string;
  box: SlackBox;
  /** The fixture's editor: the test names it, so the adapter cannot pass by reading another box. */
  editor: string;
  placeholder: string;
}

const BOXES: Box[] = [
  { name: '#general: the channel message box', url: SLACK_URLS.general, box: 'channel', editor: CHANNEL_BOX, placeholder: 'Message #general' },
  { name: '#general thread: the thread pane reply box', url: SLACK_URLS.thread, box: 'thread', editor: THREAD_BOX, placeholder: 'Reply…' },
  { name: 'DM with Sam Rivera: the message box', url: SLACK_URLS.dm, box: 'channel', editor: CHANNEL_BOX, placeholder: 'Message Sam Rivera' },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The replica and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(box: Box): Promise<Page> {
  const page = await browser.open(box.url);
  await page.locator(box.editor).click();
  return page;
}

/** Quill's own view of the draft (entities as they read). */
const editorText = (page: Page, box: SlackBox) => page.evaluate((b) => window.__slack!.composerText(b), box);
const sent = (page: Page) => page.evaluate(() => window.__slack!.sent());

/** The placeholder the page paints (Quill's CSS ::before on .ql-blank), or ''. */
function paintedPlaceholder(page: Page, editor: string): Promise<string> {
  return page.locator(editor).evaluate((el) => {
    const content = getComputedStyle(el, '::before').content;
    return content && content !== 'none' && content !== 'normal' ? content.replace(/^"|"$/g, '') : '';
  });
}

describe.each(BOXES)('$name', (box) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(box);
    await enterLines(page, lines, 'Shift+Enter');
    const typed = lines.join('\n');
    // First the editor itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page, box.box)).toBe(typed);
    expect(await adapterCall(page, 'readText', box.editor)).toBe(typed);
    expect(await sent(page)).toEqual([]);
  });

  it('never reads the placeholder: an empty box is ""', async () => {
    const page = await open(box);
    expect(await paintedPlaceholder(page, box.editor)).toBe(box.placeholder);
    expect(await adapterCall(page, 'readText', box.editor)).toBe('');
  });

  it('reads "" again once the draft is deleted and the placeholder is back', async () => {
    const page = await open(box);
    await typeLines(page, ['oops', 'wrong channel'], 'Shift+Enter');
    await expect.poll(() => editorText(page, box.box)).toBe('oops\nwrong channel');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => paintedPlaceholder(page, box.editor)).toBe(box.placeholder);
    expect(await adapterCall(page, 'readText', box.editor)).toBe('');
  });

  it('is a message box whose Enter sends and whose button is its own send button', async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'composerKind', box.editor)).toBe('message');
    expect(await adapterCall(page, 'submitKey', box.editor)).toBe('enter');
    expect(await adapterCall(page, 'submitButton', box.editor)).toMatchObject({ className: expect.stringContaining('c-texty_input__button--send') });
    // The button the adapter names is the one beside this editor, not another box's.
    const sameBox = await page.evaluate((selector) => {
      const slack = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'slack')!;
      const editor = document.querySelector<HTMLElement>(selector)!;
      return slack.submitButton(editor)?.closest('[data-qa="message_input"]') === editor.closest('[data-qa="message_input"]');
    }, box.editor);
    expect(sameBox).toBe(true);
    // The site's own behaviour the guard relies on: Enter sends, and the box is empty after it.
    await page.keyboard.type('Morning all');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ box: box.box, text: 'Morning all' })]);
    expect(await adapterCall(page, 'readText', box.editor)).toBe('');
  });

  it('reads picked members as slack: handles, and channel links as no one', async () => {
    const page = await open(box);
    await page.keyboard.type('Thanks ');
    await page.evaluate((b) => window.__slack!.insertMember(b, 'Lee Chen', 'U06LEECHEN6'), box.box);
    await page.keyboard.type(', see ');
    await page.evaluate((b) => window.__slack!.insertChannel(b, 'random', 'C02RANDOM22'), box.box);
    await page.keyboard.type('!');
    await expect.poll(() => page.locator(`${box.editor} ts-mention`).count()).toBe(1);
    const snapshot = await adapterCall(page, 'snapshot', box.editor);
    expect(snapshot.text).toBe('Thanks @Lee Chen, see #random!');
    expect(snapshot.text).toBe(await editorText(page, box.box));
    expect(snapshot.mentions.filter((m) => m.name === 'Lee Chen')).toEqual([{ name: 'Lee Chen', handle: 'slack:u06leechen6' }]);
    expect(snapshot.mentions.map((m) => m.name)).not.toContain('random');
  });

  it('reads who posts from the avatar button', async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'readProfile', box.editor)).toEqual({ name: 'Jane Doe', handle: 'slack:u01janedoe1', kind: 'unknown' });
  });
});

describe('who the message goes to', () => {
  it.each([
    ['#general', SLACK_URLS.general, CHANNEL_BOX, 'Channel: #general in Acme Corp', []],
    ['a thread of #general', SLACK_URLS.thread, THREAD_BOX, 'Channel: #general in Acme Corp', []],
    ['#leadership (private)', SLACK_URLS.leadership, CHANNEL_BOX, 'Private channel: #leadership in Acme Corp', []],
    ['a DM', SLACK_URLS.dm, CHANNEL_BOX, 'Direct message: Sam Rivera in Acme Corp', [{ name: 'Sam Rivera', handle: 'slack:u05samriv55' }]],
    ['a group DM', SLACK_URLS.groupDm, CHANNEL_BOX, 'Group message: Sam Rivera, Lee Chen in Acme Corp', [{ name: 'Sam Rivera', handle: 'slack:u05samriv55' }, { name: 'Lee Chen', handle: 'slack:u06leechen6' }]],
  ])('%s', async (_name, url, editor, visibility, mentions) => {
    const page = await browser.open(url);
    await page.locator(editor).waitFor();
    const snapshot = await adapterCall(page, 'snapshot', editor);
    expect(snapshot.visibility).toBe(visibility);
    expect(snapshot.mentions).toEqual(mentions);
  });

  it('reads the kind from the header when the sidebar has no rows (collapsed, still loading)', async () => {
    for (const [url, visibility] of [
      [SLACK_URLS.leadership, 'Private channel: #leadership in Acme Corp'],
      [SLACK_URLS.dm, 'Direct message: Sam Rivera in Acme Corp'],
      [SLACK_URLS.groupDm, 'Group message: Sam Rivera, Lee Chen in Acme Corp'],
      [SLACK_URLS.general, 'Channel: #general in Acme Corp'],
    ] as const) {
      const page = await browser.open(url);
      await page.evaluate(() => window.__slack!.hideSidebar());
      expect(await page.locator('[data-qa-channel-sidebar-channel-type]').count()).toBe(0);
      expect(await adapterCall(page, 'readVisibility', CHANNEL_BOX)).toBe(visibility);
    }
  });

  it('follows the app when the person switches conversation in the sidebar (no reload)', async () => {
    const page = await browser.open(SLACK_URLS.general);
    await page.locator(CHANNEL_BOX).waitFor();
    expect(await adapterCall(page, 'readVisibility', CHANNEL_BOX)).toBe('Channel: #general in Acme Corp');
    await page.click('[data-fixture="sidebar-D04SAMRIV44"]');
    await expect.poll(() => page.locator(CHANNEL_BOX).getAttribute('aria-label')).toBe('Message Sam Rivera');
    expect(page.url()).toBe(SLACK_URLS.dm);
    expect(await adapterCall(page, 'readVisibility', CHANNEL_BOX)).toBe('Direct message: Sam Rivera in Acme Corp');
    expect(await adapterCall(page, 'count')).toBe(1);
  });
});

describe('which boxes are composers', () => {
  it('finds the channel box and the thread box, and not the "Jump to…" query box', async () => {
    const page = await browser.open(SLACK_URLS.thread);
    await page.locator(THREAD_BOX).waitFor();
    expect(await adapterCall(page, 'describe')).toEqual([
      { tag: 'div', className: 'ql-editor ql-blank', ariaLabel: 'Message #general', inShadowRoot: false },
      { tag: 'div', className: 'ql-editor ql-blank', ariaLabel: 'Reply…', inShadowRoot: false },
    ]);
    await page.click('[data-qa="top_nav_search"]');
    await page.locator('[aria-label="Query"]').click();
    await page.keyboard.type('leadership');
    // The query box is the same texty editor, and is no message.
    expect(await page.locator('.ql-editor[data-qa="texty_input"]').count()).toBe(3);
    expect(await adapterCall(page, 'count')).toBe(2);
  });

  it('tells the self-test that the query box is no composer, and the message boxes are not that', async () => {
    const page = await browser.open(SLACK_URLS.thread);
    await page.locator(THREAD_BOX).waitFor();
    await page.click('[data-qa="top_nav_search"]');
    await page.locator('[aria-label="Query"]').click();
    await page.keyboard.type('lead');
    const answers = await page.evaluate(() => {
      const slack = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'slack')!;
      const ask = (selector: string) => slack.isNotComposer?.(document.querySelector(selector)!) ?? null;
      return { query: ask('[aria-label="Query"] p'), channel: ask('[data-fixture="channel-box"] .ql-editor p'), thread: ask('[data-qa="threads_flexpane"] .ql-editor p') };
    });
    expect(answers).toEqual({ query: true, channel: false, thread: false });
  });

  it('finds no box in a channel where only admins post', async () => {
    const page = await browser.open(SLACK_URLS.announcements);
    await page.locator('.p-message_input_roadblock').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('loses the thread box when the pane is closed, and the channel box when Slack unmounts it', async () => {
    const page = await browser.open(SLACK_URLS.thread);
    await page.locator(THREAD_BOX).waitFor();
    expect(await adapterCall(page, 'count')).toBe(2);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__slack!.removeComposer('channel'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('secrets beside identity', () => {
  it('never returns the xoxc- token Slack keeps in boot_data and localConfig_v2', async () => {
    const outputs: unknown[] = [];
    for (const [url, editor] of [[SLACK_URLS.thread, CHANNEL_BOX], [SLACK_URLS.thread, THREAD_BOX], [SLACK_URLS.dm, CHANNEL_BOX], [SLACK_URLS.leadership, CHANNEL_BOX]] as const) {
      const page = await browser.open(url);
      await page.locator(editor).click();
      await page.keyboard.type('token check');
      // The tokens are in the page, where a careless reader would find them next to the user's name.
      const planted = await page.evaluate(() => JSON.stringify([(window as unknown as { boot_data: unknown }).boot_data, localStorage.getItem('localConfig_v2')]));
      expect(planted.match(/xoxc-/g)).toHaveLength(2);
      outputs.push(await adapterCall(page, 'snapshot', editor), await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', editor));
    }
    const all = JSON.stringify(outputs);
    expect(all).toContain('Jane Doe');
    expect(all).not.toMatch(/xoxc-|HATCHECK-PLANTED/);
  });
});
