import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_INBOX, GMAIL_SEND_AS, GMAIL_THREAD } from '../fixtures/gmail/pages';
import { accessibleNodes, waitForAccessible } from './a11y';
import { activeTabId, sessionState } from './extension';
import { typeLines } from '../support/keyboard';
import { launchExtension } from '../support/extension-launch';

// The built extension in Debian's Chromium on the offline Gmail replica (test/fixtures/gmail) served
// at mail.google.com. Recipients are typed into To as a person does; the warning is read through the
// accessibility tree, as a screen reader would.

let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

const BODY = '[role="dialog"] [g_editable="true"]';
const INLINE_BODY = '.ip [g_editable="true"]';

async function newMessage(url: string, to: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Compose' }).click();
  await page.locator('[role="dialog"] .anm[name="to"] input').click();
  for (const address of to) {
    await page.keyboard.type(address);
    await page.keyboard.press('Enter');
  }
  await page.locator(BODY).click();
  return page;
}


/** Opens the inline Forward, addresses it, and puts the caret at the top of the body, above the quote. */
async function forwardTo(page: Page, address: string): Promise<void> {
  await page.getByRole('link', { name: 'Forward', exact: true }).click();
  await page.locator('.ip .anm[name="to"] input').click();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
  await page.locator(INLINE_BODY).click();
  await page.keyboard.press('ControlOrMeta+Home');
}

const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);

describe('Gmail, New Message dialog', () => {
  it('warns on a personal draft and names the recipients as who can see it', async () => {
    const page = await newMessage(GMAIL_INBOX, ['sam.rivera@acme.example']);
    await typeLines(page, ['Called in sick, so hungover 🍺', '', 'Beach day instead, see you Monday']);
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name.includes('absence from work')));
    expect(alert?.name).toMatch(/^Hatcheck\b.*absence from work/);
    expect(alert?.name).toContain('alcohol');
    expect(alert?.description).toContain('Who can see it: 1 recipient');
    // Hatcheck never writes to the editor: the body holds exactly what was typed.
    expect(await page.locator(BODY).evaluate((el) => el.textContent!.replace(/\u00a0/g, ' '))).toBe('Called in sick, so hungover 🍺Beach day instead, see you Monday');
    await page.close();
  });

  it('a recipient the user tagged work makes the audience professional and is named', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const add = options.getByRole('form', { name: 'Add a contact' });
    await add.getByLabel('Name').fill('Dana Whitfield');
    await add.getByLabel(/Profile link or e-mail/).fill('dana.whitfield@acme.example');
    await add.getByLabel('Tag', { exact: true }).selectOption('work');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => options.getByRole('row').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Dana Whitfield')]));
    await options.close();

    // "Dana" + Enter: Gmail's autocomplete makes the chip (dana.whitfield@acme.example).
    const page = await newMessage(GMAIL_INBOX, ['Dana', 'mum@home.example']);
    await page.keyboard.type('Still hungover from the party, taking a sick day');
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('work contact')));
    const alert = found.find((a) => a.description.includes('work contact'));
    expect(alert?.description).toContain('2 recipients, including 1 work contact');
    await page.close();
  });
});

describe('Gmail, recipients added after the text', () => {
  it('a recipient added after the draft is written updates the warning without another keystroke in the body', async () => {
    const page = await newMessage(GMAIL_INBOX, []);
    await page.keyboard.type('Called in sick, so hungover 🍺');
    await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('No recipients yet')));
    await page.locator('[role="dialog"] .anm[name="to"] input').click();
    await page.keyboard.type('sam.rivera@acme.example');
    await page.keyboard.press('Enter');
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('1 recipient')));
    expect(found.map((a) => a.description)).toEqual([expect.stringContaining('Who can see it: 1 recipient')]);
    await page.close();
  });
});

describe('Gmail, inline forward', () => {
  it('the forwarded message is not the user’s text: a professional note over a personal mail stays quiet', async () => {
    const page = await context.newPage();
    await page.goto(GMAIL_THREAD);
    await forwardTo(page, 'sam.rivera@acme.example');
    // The quoted mail below says "so hungover"; the user's own words do not.
    expect(await page.locator(`${INLINE_BODY} .gmail_quote`).innerText()).toContain('hungover');
    await page.keyboard.type('Please book the meeting room for Friday at 10.');
    // Wait for the verdict on the addressed draft (an earlier one may say "No recipients yet").
    const quiet = 'Hatcheck: nothing personal found. Who can see it: 1 recipient.';
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === quiet));
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([quiet]);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });

  it('words the user types over the forward are read and warned about', async () => {
    const page = await context.newPage();
    await page.goto(GMAIL_THREAD);
    await forwardTo(page, 'sam.rivera@acme.example');
    await page.keyboard.type('Called in sick today, off to the beach instead lol');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(alert?.name).toContain('absence from work');
    // Only the user's words were read: the forwarded mail's "hungover" is no finding.
    expect(alert?.name).not.toContain('alcohol');
    await page.close();
  });
});

describe('Gmail, sending as a work address', () => {
  it('keeps the planted GLOBALS and form tokens out of the worker’s tab state', async () => {
    const page = await newMessage(GMAIL_SEND_AS, ['sam.rivera@acme.example']);
    await page.keyboard.type('So hungover, called in sick today');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const state = JSON.stringify((await sessionState(context))[`tab:${tabId}`] ?? null);
    expect(state).toContain('"site":"gmail"'); // the draft was checked
    expect(state).toContain('absence');
    expect(state).not.toContain('FAKE-');
    expect(state).not.toContain('planted-account@gmail.com');
    await page.close();
  });
});
