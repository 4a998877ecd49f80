import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_URLS, THREADS } from '../fixtures/teams/pages';
import type { TeamsBox } from '../fixtures/teams/fixture-hook';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { popupText as popupTextOf, dialogs as dialogsOf, waitForDialog as waitForDialogIn, waitUntilArmed as armedIn } from './extension-ui';
import { launchExtension } from '../support/extension-launch';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replica of Teams
// on the web (test/fixtures/teams), served at teams.microsoft.com. The compose boxes (real CKEditor
// 5) are in a same-origin conversation iframe: the content script runs in the top frame only and
// reaches them there. Teams is a workplace: a chat and a channel are both a professional audience.
// Everything Hatcheck shows is read through the accessibility tree; what Teams sent is the
// replica's own count (window.__teams.sent()).

const FRAME = 'iframe[title="Conversation"]';
const editorOf = (box: TeamsBox) => `[data-fixture="box-${box}"] [data-tid="ckeditor"]`;
const sendOf = (box: TeamsBox) => `[data-fixture="box-${box}"] [data-tid="sendMessageCommands-send"]`;
/** confirm at a professional audience: absence (confirm) and alcohol (warn). */
const RISKY = ['Called in sick, so hungover 🍺', '', 'Back tomorrow, probably'];
const RISKY_TEXT = RISKY.join('\n');
const EXPECTED_ALERT = 'Hatcheck: check before posting: absence from work, alcohol';
const WORK = 'Proud of the team for shipping the Q3 release.';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const frameOf = (page: Page): FrameLocator => page.frameLocator(FRAME);
const boxes = (page: Page) => page.evaluate(() => window.__teams?.boxes() ?? []);
const boxText = (page: Page, box: TeamsBox) => page.evaluate((b) => window.__teams!.composerText(b), box);
const sent = (page: Page) => page.evaluate(() => window.__teams!.sent());
const dialogs = (page: Page) => dialogsOf(context, page);
const waitForDialog = (page: Page) => waitForDialogIn(context, page);
const waitUntilArmed = (page: Page, name: string) => armedIn(context, page, name);

async function openBox(url: string, box: TeamsBox): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  if (box === 'reply') {
    await expect.poll(() => boxes(page)).toContain('post');
    await frameOf(page).getByRole('button', { name: 'Reply' }).click();
  }
  await expect.poll(() => boxes(page)).toContain(box);
  await frameOf(page).locator(editorOf(box)).click();
  return page;
}

/** Types lines as a Teams user does: Shift+Enter between them, since Enter sends. */
async function typeDraft(page: Page, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
}

/** Waits for the alert on the whole draft (an early verdict on a prefix can come first). */
async function waitForAlert(page: Page, name = EXPECTED_ALERT) {
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === name));
  const alert = found.find((a) => a.name === name);
  expect(alert, `alerts: ${JSON.stringify(found)}`).toBeTruthy();
  return alert!;
}

describe('Teams: the warning says who reads it, a chat\'s people or a channel\'s members', () => {
  it('a chat: warns on a personal draft typed in the iframe, as a professional audience, and leaves the text as typed', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await typeDraft(page, RISKY);
    const alert = await waitForAlert(page);
    expect((await accessibleNodes(context, page, ['alert'])).map((a) => a.name)).toEqual([EXPECTED_ALERT]);
    expect(alert.description).toContain('Who can see it: The people in this chat: Sam Rivera (Teams)');
    expect(alert.description).toContain('Posting as Jane Doe');
    expect(await boxText(page, 'chat')).toBe(RISKY_TEXT);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('a chat: stays quiet on a work message, with a badge naming who reads it', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await page.keyboard.type(WORK);
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([
      'Hatcheck: nothing personal found. Who can see it: The people in this chat: Sam Rivera (Teams).',
    ]);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    await page.close();
  });

  it.each([
    ['a group chat', TEAMS_URLS.groupChat, 'chat', 'Who can see it: The people in this chat: Sam Rivera, Lee Chen (Teams)'],
    ['a channel post', TEAMS_URLS.channel, 'post', 'Who can see it: Members of Acme Corp › General (Teams)'],
    ['a channel reply', TEAMS_URLS.channel, 'reply', 'Who can see it: Members of Acme Corp › General (Teams)'],
    ['a chat on teams.cloud.microsoft', TEAMS_URLS.cloudChat, 'chat', 'Who can see it: The people in this chat: Sam Rivera (Teams)'],
  ] as const)('%s is professional too', async (_name, url, box, audience) => {
    const page = await openBox(url, box);
    await typeDraft(page, RISKY);
    // Same level as a chat: confirm (absence) needs a professional audience.
    const alert = await waitForAlert(page);
    expect(alert.description).toContain(audience);
    await page.close();
  });
});

describe('Teams: the submit guard holds a risky message', () => {
  it('holds the Send button behind an alertdialog; Edit sends nothing and keeps the text', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await frameOf(page).locator(sendOf('chat')).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before sending: absence from work, alcohol');
    expect(dialog?.description).toContain('The people in this chat: Sam Rivera (Teams)');
    expect(await sent(page)).toEqual([]);
    await clickAccessible(context, page, 'button', (n) => n === 'Edit');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page, 'chat')).toBe(RISKY_TEXT);
    await page.close();
  });

  it('holds Enter; "Send anyway" sends exactly once, with the text as typed', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page, 'chat')).toBe(RISKY_TEXT);
    await waitUntilArmed(page, 'Send anyway');
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ box: 'chat', thread: THREADS.sam, text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('holds the Send button of a channel post; "Post anyway" posts once, through that button', async () => {
    const page = await openBox(TEAMS_URLS.channel, 'post');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await frameOf(page).locator(sendOf('post')).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.description).toContain('Members of Acme Corp › General (Teams)');
    expect(await sent(page)).toEqual([]);
    await waitUntilArmed(page, 'Post anyway');
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ box: 'post', thread: THREADS.general, text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });

  it('holds Enter in a reply under a channel post; "Post anyway" replies once', async () => {
    const page = await openBox(TEAMS_URLS.channel, 'reply');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await sent(page)).toEqual([]);
    await waitUntilArmed(page, 'Post anyway');
    await clickAccessible(context, page, 'button', (n) => n === 'Post anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ box: 'reply', thread: THREADS.general, text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });

  it('keeps Shift+Enter a new line in a held draft: no dialog, nothing sent', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => boxText(page, 'chat')).toBe(`${RISKY_TEXT}\nok`);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('never holds the Enter that ends an IME composition', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition arrives as keyCode 229 with isComposing set.
    await frameOf(page).locator(editorOf('chat')).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => boxText(page, 'chat')).toBe(`${RISKY_TEXT}にほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('lets a work message go at once on Enter, with no dialog', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await page.keyboard.type(WORK);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ box: 'chat', thread: THREADS.sam, text: WORK }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});

describe('Teams: the self-test reaches into the conversation iframe', () => {
  /** What the popup opened for this tab says. */
  const popupText = (page: Page) => popupTextOf(context, extensionId, page);

  it('typing in the known message box in the frame is protected', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    await page.keyboard.type(WORK);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    // Input events reach the content script at once; give a report time to arrive all the same.
    await page.waitForTimeout(500);
    expect(await popupText(page)).not.toContain('Not protected');
    await page.close();
  });

  it('says "Not protected" when Teams ships a message box in the frame that the adapter does not know', async () => {
    const page = await openBox(TEAMS_URLS.chat, 'chat');
    // A renamed box, as a Teams release could ship (test-only change of the replica's frame).
    await frameOf(page).locator('[data-tid="message-pane-list"]').evaluate((list) => {
      const box = list.ownerDocument.createElement('div');
      box.className = 'fui-compose-2027';
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Type a new message');
      list.append(box);
    });
    await frameOf(page).getByRole('textbox', { name: 'Type a new message' }).click();
    await page.keyboard.type('Called in sick, beach day');
    await expect.poll(() => popupText(page)).toContain('Not protected on this page');
    await page.close();
  });
});
