import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_URLS } from '../fixtures/discord/pages';
import { accessibleNodes, clickAccessible, waitForAccessible } from './a11y';
import { askAtWarnToo, popupText as popupTextOf, dialogs as dialogsOf, waitForDialog as waitForDialogIn, waitUntilArmed as armedIn } from './extension-ui';
import { launchExtension } from '../support/extension-launch';

// The built extension ($HATCHECK_DIST/chrome) in Debian's Chromium on the offline replica of
// Discord's web client (test/fixtures/discord, real Slate), served at discord.com. Discord is no
// workplace: a server's channel is a public audience (its members), a DM only its people. Everything
// Hatcheck shows is read through the accessibility tree; what Discord sent is the replica's own count
// (window.__discord.sent()). Discord has no send button on desktop: Enter sends, and the guard
// holds and replays that key.

const BOX = '[data-fixture="message-form"] [data-slate-editor="true"]';
const SEARCH = '[class*="searchBar_"] [data-slate-editor="true"]';
/** warn in a server channel and in a DM to someone not tagged (public): absence and alcohol. */
const RISKY = ['Called in sick, so hungover 🍺', '', 'Back tomorrow, probably'];
const RISKY_TEXT = RISKY.join('\n');
const EXPECTED_ALERT = 'Hatcheck warning: absence from work, alcohol';
/** confirm whoever reads it, short of only oneself. */
const CONFIDENTIAL = 'Confidential: the acquisition of Initech closes Friday, do not share';
const CONFIDENTIAL_ALERT = 'Hatcheck: check before posting: confidential matters';
const GENERAL = 'The members of Acme Dev Community who can see #general (Discord)';

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openBox(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(BOX).click();
  return page;
}

/** Types lines as a Discord user does: Shift+Enter between them, since Enter sends. */
async function typeDraft(page: Page, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
}

const boxText = (page: Page) => page.evaluate(() => window.__discord!.composerText());
const sent = (page: Page) => page.evaluate(() => window.__discord!.sent());
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

describe('Discord: the warning names the server and the channel, or the DM', () => {
  it('#general: warns on a personal draft, naming the server\'s members, and leaves the text as typed', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await typeDraft(page, RISKY);
    const alert = await waitForAlert(page);
    expect((await accessibleNodes(context, page, ['alert'])).map((a) => a.name)).toEqual([EXPECTED_ALERT]);
    expect(alert.description).toContain(`Who can see it: ${GENERAL}`);
    expect(alert.description).toContain('Posting as Jane Doe');
    expect(await boxText(page)).toBe(RISKY_TEXT);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('#memes in another server: the description follows the server the URL names', async () => {
    const page = await openBox(DISCORD_URLS.memes);
    await typeDraft(page, RISKY);
    const alert = await waitForAlert(page);
    expect(alert.description).toContain('Who can see it: The members of Weekend Gamers who can see #memes (Discord)');
    await page.close();
  });

  it('#general: stays quiet on a work message, with a badge naming where it goes', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await page.keyboard.type('Release notes for 2.5 are up, feedback welcome.');
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([
      `Hatcheck: nothing personal found. Who can see it: ${GENERAL}.`,
    ]);
    expect(await accessibleNodes(context, page, ['alert'])).toEqual([]);
    await page.close();
  });

  it('a direct message: warns naming the person, and a confidential draft asks before sending', async () => {
    const page = await openBox(DISCORD_URLS.dm);
    await typeDraft(page, RISKY);
    // sam_rivera is no contact Hatcheck knows: a DM to someone untagged warns like a public post.
    const alert = await waitForAlert(page);
    expect(alert.description).toContain('Who can see it: A direct message to sam_rivera (Discord)');
    expect(alert.description).toContain('Posting as Jane Doe');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(CONFIDENTIAL);
    const confirm = await waitForAlert(page, CONFIDENTIAL_ALERT);
    expect(confirm.description).toContain('Who can see it: A direct message to sam_rivera (Discord)');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

describe('Discord: the submit guard holds Enter (no send button on desktop)', () => {
  // A server channel only warns at this draft by default; the popup's switch makes Hatcheck ask at
  // `warn` too (as submit-guard.test.ts does for a chat).
  beforeAll(() => askAtWarnToo(context, extensionId));

  it('holds Enter behind an alertdialog; Edit sends nothing and keeps the text', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before sending: absence from work, alcohol');
    expect(dialog?.description).toContain(GENERAL);
    expect(await sent(page)).toEqual([]);
    await clickAccessible(context, page, 'button', (n) => n === 'Edit');
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page)).toBe(RISKY_TEXT);
    await page.close();
  });

  it('holds Enter; "Send anyway" sends exactly once (the replayed Enter reaches Slate), with the text as typed', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await sent(page)).toEqual([]);
    expect(await boxText(page)).toBe(RISKY_TEXT);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect(await sent(page)).toEqual([{ channel: '1200000000000000011', text: RISKY_TEXT }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    expect(await dialogs(page)).toEqual([]);
    // Discord empties the box once sent.
    await expect.poll(() => boxText(page)).toBe('');
    await page.close();
  });

  it('holds Enter on a confidential DM (confirm at that audience) and sends it once', async () => {
    const page = await openBox(DISCORD_URLS.dm);
    const text = CONFIDENTIAL;
    await page.keyboard.type(text);
    await waitForAlert(page, CONFIDENTIAL_ALERT);
    await page.keyboard.press('Enter');
    const [dialog] = await waitForDialog(page);
    expect(dialog?.name).toBe('Check before sending: confidential matters');
    expect(dialog?.description).toContain('A direct message to sam_rivera (Discord)');
    expect(await sent(page)).toEqual([]);
    await waitUntilArmed(page);
    await clickAccessible(context, page, 'button', (n) => n === 'Send anyway');
    await expect.poll(() => sent(page)).toEqual([{ channel: '1300000000000000031', text }]);
    await page.waitForTimeout(500);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });

  it('keeps Shift+Enter a new line in a held draft: no dialog, nothing sent', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => boxText(page)).toBe(`${RISKY_TEXT}\nok`);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('never holds the Enter that ends an IME composition', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await typeDraft(page, RISKY);
    await waitForAlert(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    // The Enter that commits a composition arrives as keyCode 229 with isComposing set.
    await page.locator(BOX).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await cdp.detach();
    await expect.poll(() => boxText(page)).toBe(`${RISKY_TEXT}にほん`);
    await page.waitForTimeout(400);
    expect(await dialogs(page)).toEqual([]);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('lets a work message go at once on Enter, with no dialog', async () => {
    const page = await openBox(DISCORD_URLS.general);
    const text = 'Release notes for 2.5 are up, feedback welcome.';
    await page.keyboard.type(text);
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ channel: '1200000000000000011', text }]);
    expect(await dialogs(page)).toEqual([]);
    await page.close();
  });
});

describe('Discord: the self-test', () => {
  /** What the popup opened for this tab says. */
  const popupText = (page: Page) => popupTextOf(context, extensionId, page);

  it('does not call the search bar (a Slate editor too) an unprotected composer', async () => {
    const page = await openBox(DISCORD_URLS.general);
    await page.keyboard.type('Release notes');
    await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    await page.locator(SEARCH).click();
    await page.keyboard.type('from:sam_rivera');
    await expect.poll(() => page.locator(SEARCH).innerText()).toBe('from:sam_rivera');
    // Input events reach the content script at once; give a report time to arrive all the same.
    await page.waitForTimeout(500);
    expect(await popupText(page)).not.toContain('Not protected');
    await page.close();
  });

  it('still says "Not protected" when Discord ships a message box the adapter does not know', async () => {
    const page = await context.newPage();
    await page.goto(DISCORD_URLS.general);
    await page.locator(BOX).waitFor();
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'textArea_2027';
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Message #general (new)');
      document.querySelector('main')!.append(box);
    });
    await page.getByRole('textbox', { name: 'Message #general (new)' }).click();
    await page.keyboard.type('Called in sick, beach day');
    await expect.poll(() => popupText(page)).toContain('Not protected on this page');
    await page.close();
  });
});
