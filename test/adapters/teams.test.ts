// The Teams adapter (src/sites/teams) against a replica of Teams on the web whose conversation pane
// is a same-origin iframe (as Teams renders parts of itself in iframes) holding REAL CKEditor 5
// boxes: a chat's message box, a channel's "Start a post" box and a reply box under a post. The
// adapter code runs in the top page and reaches into the frame, as the content script does. Text is
// typed with Playwright's real keyboard (Shift+Enter for a new line: Enter sends).
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { TeamsBox } from '../fixtures/teams/fixture-hook';
import { TEAMS_URLS, THREADS } from '../fixtures/teams/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

const FRAME = 'iframe[title="Conversation"]';
const editorOf = (box: TeamsBox) => `[data-fixture="box-${box}"] [data-tid="ckeditor"]`;

interface Box {
  name: string;
  url: string;
  box: TeamsBox;
  placeholder: string;
  kind: 'post' | 'comment' | 'message';
}

const BOXES: Box[] = [
  { name: 'chat with Sam Rivera: the message box', url: TEAMS_URLS.chat, box: 'chat', placeholder: 'Type a message', kind: 'message' },
  { name: 'Acme Corp › General: the "Start a post" box', url: TEAMS_URLS.channel, box: 'post', placeholder: 'Start a post', kind: 'post' },
  { name: 'Acme Corp › General: a reply under a post', url: TEAMS_URLS.channel, box: 'reply', placeholder: 'Reply', kind: 'comment' },
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The replica and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

const frameOf = (page: Page): FrameLocator => page.frameLocator(FRAME);
const boxes = (page: Page) => page.evaluate(() => window.__teams!.boxes());
const editorText = (page: Page, box: TeamsBox) => page.evaluate((b) => window.__teams!.composerText(b), box);
const sent = (page: Page) => page.evaluate(() => window.__teams!.sent());

/** Opens the page, mounts the box (Reply is a click on the post's Reply button) and focuses it. */
async function open(box: Box | { url: string; box: TeamsBox }): Promise<Page> {
  const page = await browser.open(box.url);
  if (box.box === 'reply') {
    await expect.poll(() => boxes(page)).toContain('post');
    await frameOf(page).getByRole('button', { name: 'Reply' }).click();
  }
  await expect.poll(() => boxes(page)).toContain(box.box);
  await frameOf(page).locator(editorOf(box.box)).click();
  return page;
}

/** The placeholder the page paints (CKEditor's CSS ::before on the empty paragraph), or ''. */
function paintedPlaceholder(page: Page, box: TeamsBox): Promise<string> {
  return frameOf(page).locator(`${editorOf(box)} p`).first().evaluate((el) => {
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
    expect(await adapterCall(page, 'readText', editorOf(box.box))).toBe(typed);
    expect(await sent(page)).toEqual([]);
  });

  it('never reads the placeholder: an empty box is ""', async () => {
    const page = await open(box);
    expect(await paintedPlaceholder(page, box.box)).toBe(box.placeholder);
    expect(await adapterCall(page, 'readText', editorOf(box.box))).toBe('');
  });

  it('reads "" again once the draft is deleted and the placeholder is back', async () => {
    const page = await open(box);
    await typeLines(page, ['oops', 'wrong chat'], 'Shift+Enter');
    await expect.poll(() => editorText(page, box.box)).toBe('oops\nwrong chat');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => paintedPlaceholder(page, box.box)).toBe(box.placeholder);
    expect(await adapterCall(page, 'readText', editorOf(box.box))).toBe('');
  });

  it(`is a ${box.kind} box whose Enter sends and whose button is its own Send button`, async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'composerKind', editorOf(box.box))).toBe(box.kind);
    expect(await adapterCall(page, 'submitKey', editorOf(box.box))).toBe('enter');
    expect(await adapterCall(page, 'submitButton', editorOf(box.box))).toMatchObject({ className: 'send' });
    // The button the adapter names is the one beside this editor, not another box's.
    const sameBox = await page.evaluate(([frame, selector]) => {
      const teams = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'teams')!;
      const editor = document.querySelector<HTMLIFrameElement>(frame)!.contentDocument!.querySelector<HTMLElement>(selector)!;
      const button = teams.submitButton(editor);
      return button !== null && button.closest('[data-fixture]') === editor.closest('[data-fixture]');
    }, [FRAME, editorOf(box.box)] as const);
    expect(sameBox).toBe(true);
    // The site's own behaviour the guard relies on: Enter sends, and the box is empty after it.
    await page.keyboard.type('Morning all');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ box: box.box, text: 'Morning all' })]);
    expect(await adapterCall(page, 'readText', editorOf(box.box))).toBe('');
  });

  it('reads a picked person as a teams: handle from the mention\'s user id', async () => {
    const page = await open(box);
    await page.keyboard.type('Thanks ');
    await page.evaluate((b) => window.__teams!.insertMention(b, 'Lee Chen', '8:orgid:7c6d5e4f-3a2b-4c1d-9e8f-0a1b2c3d4e5f'), box.box);
    await page.keyboard.type('for the review!');
    await expect.poll(() => frameOf(page).locator(`${editorOf(box.box)} span.mention`).count()).toBe(1);
    const snapshot = await adapterCall(page, 'snapshot', editorOf(box.box));
    expect(snapshot.text).toBe(await editorText(page, box.box));
    expect(snapshot.text).toBe('Thanks Lee Chen for the review!');
    expect(snapshot.mentions.filter((m) => m.name === 'Lee Chen')).toEqual([{ name: 'Lee Chen', handle: 'teams:7c6d5e4f-3a2b-4c1d-9e8f-0a1b2c3d4e5f' }]);
  });

  it('reads who posts from the avatar in the app bar (outside the frame)', async () => {
    const page = await open(box);
    expect(await adapterCall(page, 'readProfile', editorOf(box.box))).toEqual({ name: 'Jane Doe', handle: '', kind: 'unknown' });
  });
});

describe('who the message goes to: a chat or a channel', () => {
  it.each([
    ['a one-on-one chat', TEAMS_URLS.chat, 'chat', 'Chat: Sam Rivera', [{ name: 'Sam Rivera', handle: '' }]],
    ['a group chat', TEAMS_URLS.groupChat, 'chat', 'Chat: Sam Rivera, Lee Chen', [{ name: 'Sam Rivera', handle: '' }, { name: 'Lee Chen', handle: '' }]],
    ['the same chat on teams.cloud.microsoft', TEAMS_URLS.cloudChat, 'chat', 'Chat: Sam Rivera', [{ name: 'Sam Rivera', handle: '' }]],
    ['a channel post', TEAMS_URLS.channel, 'post', 'Channel: Acme Corp › General', []],
    ['a channel reply', TEAMS_URLS.channel, 'reply', 'Channel: Acme Corp › General', []],
  ] as const)('%s', async (_name, url, box, visibility, mentions) => {
    const page = await open({ url, box });
    const snapshot = await adapterCall(page, 'snapshot', editorOf(box));
    expect(snapshot.visibility).toBe(visibility);
    expect(snapshot.mentions).toEqual(mentions);
  });

  it('tells a chat from a channel by the thread id in the URL when the pane has no known markers', async () => {
    // The names still come from the header's heading (the team name, with no heading, is gone).
    for (const [url, box, visibility] of [[TEAMS_URLS.chat, 'chat', 'Chat: Sam Rivera'], [TEAMS_URLS.channel, 'post', 'Channel: General']] as const) {
      const page = await open({ url, box });
      // A renamed pane: the markers the adapter looks for first are gone (test-only change of the replica).
      await frameOf(page).locator('[data-tid="chat-pane"], [data-tid="channel-pane"]').evaluate((pane) => pane.setAttribute('data-tid', 'renamed-pane'));
      await frameOf(page).locator('[data-tid="chat-pane-message"], [data-tid="channel-pane-message"], [data-tid="channel-name"], [data-tid="chat-title"], [data-tid="team-name"]').evaluateAll((els) => els.forEach((el) => el.removeAttribute('data-tid')));
      expect(await adapterCall(page, 'readVisibility', editorOf(box))).toBe(visibility);
      expect(await adapterCall(page, 'composerKind', editorOf(box))).toBe(box === 'chat' ? 'message' : 'post');
    }
  });
});

describe('which boxes are composers', () => {
  it('finds the boxes inside the conversation iframe, and nothing in the app bar\'s search', async () => {
    const page = await open({ url: TEAMS_URLS.channel, box: 'reply' });
    const found = await adapterCall(page, 'describe');
    expect(found).toHaveLength(2);
    for (const f of found) expect(f).toMatchObject({ tag: 'div', className: expect.stringContaining('ck-editor__editable'), ariaLabel: expect.stringContaining('Type a message') });
    // The boxes really are in the frame: the top document has no editable of its own.
    expect(await page.locator('[contenteditable="true"]').count()).toBe(0);
  });

  it('finds no box on a page with no conversation open', async () => {
    const page = await browser.open(TEAMS_URLS.home);
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('loses a box when Teams unmounts it, and every box when the conversation iframe goes', async () => {
    const page = await open({ url: TEAMS_URLS.channel, box: 'reply' });
    expect(await adapterCall(page, 'count')).toBe(2);
    await page.evaluate(() => window.__teams!.removeComposer('reply'));
    await expect.poll(() => adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__teams!.removeFrame());
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });

  it('the frame is the one Teams loads for the thread in the URL', async () => {
    const page = await open({ url: TEAMS_URLS.groupChat, box: 'chat' });
    const src = await page.locator(FRAME).getAttribute('src');
    expect(new URL(src!, TEAMS_URLS.groupChat).searchParams.get('thread')).toBe(THREADS.group);
  });
});

describe('secrets beside identity', () => {
  it('never returns the MSAL tokens Teams keeps in localStorage and sessionStorage beside the account', async () => {
    const outputs: unknown[] = [];
    for (const [url, box] of [[TEAMS_URLS.chat, 'chat'], [TEAMS_URLS.channel, 'reply'], [TEAMS_URLS.channel, 'post']] as const) {
      const page = await open({ url, box });
      await page.keyboard.type('token check');
      // The tokens are in the page, where a careless reader would find them next to the user's name.
      const planted = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
      expect(planted.match(/HATCHECK-PLANTED/g)).toHaveLength(3);
      expect(planted).toContain('Jane Doe');
      outputs.push(await adapterCall(page, 'snapshot', editorOf(box)), await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', editorOf(box)));
    }
    const all = JSON.stringify(outputs);
    expect(all).toContain('Jane Doe');
    expect(all).not.toMatch(/HATCHECK-PLANTED|eyJ|secret|jane\.doe@/);
  });
});
