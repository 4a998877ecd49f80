import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_URLS } from '../fixtures/slack/pages';
import type { SlackBox } from '../fixtures/slack/fixture-hook';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { popupText as popupTextOf, dialogs as dialogsOf, waitForDialog as waitForDialogIn, waitUntilArmed as armedIn } from './extension-ui';
import { launchExtension } from '../support/extension-launch';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replica of Slack's
// web client (test/fixtures/slack), served at app.slack.com. Slack is a workplace: every box there is
// a professional audience, named by channel and workspace. Everything Hatcheck shows is read through
// the accessibility tree; what Slack sent is the replica's own count (window.__slack.sent()).

const CHANNEL_BOX = '[data-fixture="channel-box"] .ql-editor';
const THREAD_BOX = '[data-qa="threads_flexpane"] .ql-editor';
const SEND = (box: string) => `${box === THREAD_BOX ? '[data-qa="threads_flexpane"]' : '[data-fixture="channel-box"]'} button[data-qa="texty_send_button"]`;
/** confirm at a professional audience: absence (confirm) and alcohol (warn). */
const RISKY = ['Called in sick, so hungover 🍺', '', 'Back tomorrow, probably'];
const RISKY_TEXT = RISKY.join('\n');
const EXPECTED_ALERT = 'Hatcheck: check before posting: absence from work, alcohol';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openBox(url: string, editor = CHANNEL_BOX): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(editor).click();
  return page;
}

/** Types lines as a Slack user does: Shift+Enter between them, since Enter sends. */
async function typeDraft(page: Page, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
}

const boxText = (page: Page, box: SlackBox) => page.evaluate((b) => window.__slack!.composerText(b), box);
const sent = (page: Page) => page.evaluate(() => window.__slack!.sent());
const dialogs = (page: Page) => dialogsOf(context, page);
const waitForDialog = (page: Page) => waitForDialogIn(context, page);
const waitUntilArmed = (page: Page) => armedIn(context, page, 'Send anyway');

/** Waits for the alert on the whole draft (an early verdict on a prefix can come first). */
async function waitForAlert(page: Page, name = EXPECTED_ALERT) {
  const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === name));
  const alert = found.find((a) => a.name === name);
  expect(alert, `alerts: ${JSON.stringify(found)}`).toBeTruthy();
  return alert!;
}

describe('Slack: the warning names the channel and the workspace', () => {
  it('#general: warns on a personal draft, as a professional audience, and leaves the text as typed', async () => {
    const page = await openBox(SLACK_URLS.general);
    await typeDraft(page, RISKY);
    const alert = await waitForAlert(page);
    expect((await accessibleNodes(context, page, ['alert'])).map((a) => a.name)).toEqual([EXPECTED_ALERT]);
    expect(alert.description).toContain('Who can see it: #general in Acme Corp (Slack)');
    expect(alert.description).toContain('Posting as Jane Doe');
    expect(await boxText(page, 'channel')).toBe(RISKY_TEXT);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('#general: stays quiet on a work message, with a badge naming where it goes', async () => {
    const page = await openBox(SLACK_URLS.general);
    await page.keyboard.type('Proud of the team for shipping the Q3 release.');
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([
      'Hatcheck: nothing personal found. Who can see it: #general in Acme Corp (Slack).',
    ]);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    await page.close();
  });

  it.each([
    ['a private channel', SLACK_URLS.leadership, CHANNEL_BOX, 'Who can see it: #leadership (private) in Acme Corp (Slack)'],
    ['a direct message', SLACK_URLS.dm, CHANNEL_BOX, 'Who can see it: A direct message to Sam Rivera in Acme Corp (Slack)'],
    ['a group message', SLACK_URLS.groupDm, CHANNEL_BOX, 'Who can see it: A group message to Sam Rivera, Lee Chen in Acme Corp (Slack)'],
    ['a thread reply', SLACK_URLS.thread, THREAD_BOX, 'Who can see it: #general in Acme Corp (Slack)'],
  ])('%s is professional too', async (_name, url, editor, audience) => {
    const page = await openBox(url, editor);
    await typeDraft(page, RISKY);
    // Same level as a public channel: confirm (absence) needs a professional audience.
    const alert = await waitForAlert(page);
    expect(alert.description).toContain(audience);
    await page.close();
  });
});

describe('Slack: the submit guard holds a risky message', () => {
  it('holds the send button behind an alertdialog; Edit sends nothing and keeps the text', async () => {
    const page = await openBox(SLACK_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.locator(SEND(CHANNEL_BOX)).click();
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before sending: absence from work, alcohol');
    expect(dialog?.description).toContain('#general in Acme Corp (Slack)');
    expect(await sent(page)).toEqual([]);
    await clickAccessible(context, page, 'button', (n) => n === 'Edit');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page, 'channel')).toBe(RISKY_TEXT);
    await page.close();
  });

  it('holds Enter; "Send anyway" sends exactly once, with the text as typed', async () => {
    const page = await openBox(SLACK_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page, 'channel')).toBe(RISKY_TEXT);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ box: 'channel', conversation: 'C01GENERAL1', text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });

  it('holds the thread box\'s send button; "Send anyway" sends the reply once, through that button', async () => {
    const page = await openBox(SLACK_URLS.thread, THREAD_BOX);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.locator(SEND(THREAD_BOX)).click();
    await waitForDialog(page);
    expect(await sent(page)).toEqual([]);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ box: 'thread', conversation: 'C01GENERAL1', text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });

  it('keeps Shift+Enter a new line in a held draft: no dialog, nothing sent', async () => {
    const page = await openBox(SLACK_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => boxText(page, 'channel')).toBe(`${RISKY_TEXT}\nok`);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('never holds the Enter that ends an IME composition', async () => {
    const page = await openBox(SLACK_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition arrives as keyCode 229 with isComposing set.
    await page.locator(CHANNEL_BOX).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => boxText(page, 'channel')).toBe(`${RISKY_TEXT}にほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('lets a work message go at once on Enter, with no dialog', async () => {
    const page = await openBox(SLACK_URLS.general);
    const text = 'Proud of the team for shipping the Q3 release.';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ box: 'channel', conversation: 'C01GENERAL1', text }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});

describe('Slack: the self-test', () => {
  /** What the popup opened for this tab says. */
  const popupText = (page: Page) => popupTextOf(context, extensionId, page);

  it('does not call the "Jump to…" query box (the same texty editor) an unprotected composer', async () => {
    const page = await openBox(SLACK_URLS.general);
    await page.keyboard.type('Proud of the team');
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.click('[data-qa="top_nav_search"]');
    await page.locator('[aria-label="Query"]').click();
    await page.keyboard.type('leadership');
    await expect.poll(() => page.evaluate(() => document.querySelector('[aria-label="Query"]')?.textContent)).toBe('leadership');
    // Input events reach the content script at once; give a report time to arrive all the same.
    await page.waitForTimeout(500);
    expect(await popupText(page)).not.toContain('Not protected');
    await page.close();
  });

  it('still says "Not protected" when Slack ships a message box the adapter does not know', async () => {
    const page = await context.newPage();
    await page.goto(SLACK_URLS.general);
    await page.locator(CHANNEL_BOX).waitFor();
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'c-texty_input_2027';
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Message #general (new)');
      document.querySelector('[data-qa="message_pane"]')!.append(box);
    });
    await page.getByRole('textbox', { name: 'Message #general (new)' }).click();
    await page.keyboard.type('Called in sick, beach day');
    await expect.poll(() => popupText(page)).toContain('Not protected on this page');
    await page.close();
  });
});
