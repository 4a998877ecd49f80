// The Gmail adapter (src/sites/gmail) against the replica (test/fixtures/gmail): the New Message
// dialog and its full-screen form, inline Reply and Forward in a thread, recipient chips made by
// typing addresses, the From select. Gmail's body is its own contenteditable (no library), so the
// check that the box holds what was typed is the browser's own innerText of the body.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/gmail/fixture-hook';
import { GMAIL_FRENCH, GMAIL_INBOX, GMAIL_SEND_AS, GMAIL_THREAD } from '../fixtures/gmail/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';

const NEW_BODY = '[role="dialog"] [g_editable="true"]';
const INLINE_BODY = '.ip [g_editable="true"]';
const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

async function newMessage(url = GMAIL_INBOX): Promise<Page> {
  const page = await browser.open(url);
  await page.getByRole('button', { name: 'Compose' }).click();
  await page.locator(NEW_BODY).waitFor();
  return page;
}

async function inline(kind: 'Reply' | 'Forward'): Promise<Page> {
  const page = await browser.open(GMAIL_THREAD);
  await page.getByRole('link', { name: kind, exact: true }).click();
  await page.locator(INLINE_BODY).waitFor();
  return page;
}


/** Types into a recipient field (To, Cc, Bcc) and ends each entry as a person would. */
async function addRecipients(page: Page, box: string, field: 'to' | 'cc' | 'bcc', entries: string[]): Promise<void> {
  await page.locator(`${box} .anm[name="${field}"] input`).click();
  for (const entry of entries) {
    await page.keyboard.type(entry);
    await page.keyboard.press('Enter');
  }
}

/** The root that holds a body (dialog or inline), so recipient inputs are looked up in the right compose. */
const NEW_BOX = '[role="dialog"]';
const INLINE_BOX = '.ip';

const DRAFTS: Array<[string, string[]]> = [
  ['a single line', ['Running late, start without me']],
  ['paragraphs with empty lines', ['Hi Dana,', '', 'Called in sick today 🤒 so hungover', '', '', 'Two empty lines above', 'Jane']],
  ['unicode, emoji and spaces', ['Zürich café — “quoted” ✓ 👩🏽‍💻 🇩🇪', '  two leading spaces', 'trailing   ']],
  ['a draft ending in an empty line', ['last line', '']],
];

describe.each([
  { name: 'New Message dialog', open: () => newMessage(), body: NEW_BODY },
  { name: 'inline reply', open: () => inline('Reply'), body: INLINE_BODY },
])('$name', ({ open, body }) => {
  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open();
    await page.locator(body).click();
    await enterLines(page, lines);
    const typed = lines.join('\n');
    // The box itself holds every character typed (textContent drops the line breaks, and Chrome keeps
    // typed spaces as no-break spaces): else the replica, not the adapter, would be wrong.
    await expect.poll(() => page.locator(body).evaluate((el) => el.textContent!.replace(/\u00a0/g, ' '))).toBe(lines.join(''));
    expect(await adapterCall(page, 'readText', body)).toBe(typed);
  });

  it('reads "" while empty and again after everything is deleted', async () => {
    const page = await open();
    expect(await adapterCall(page, 'readText', body)).toBe('');
    await page.locator(body).click();
    await typeLines(page, ['oops', 'wrong person']);
    expect(await adapterCall(page, 'readText', body)).toBe('oops\nwrong person');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    expect(await adapterCall(page, 'readText', body)).toBe('');
  });

  it('is a message with the Send button (not Send + Archive) and Ctrl/Cmd+Enter', async () => {
    const page = await open();
    expect(await adapterCall(page, 'composerKind', body)).toBe('message');
    expect(await adapterCall(page, 'submitButton', body)).toEqual({ text: 'Send', className: 'T-I J-J5-Ji aoO v7 T-I-atl L3' });
    expect(await adapterCall(page, 'submitKey', body)).toBe('mod+enter');
    expect(await adapterCall(page, 'readVisibility', body)).toBe('');
  });

  it('sends on Ctrl/Cmd+Enter, and the composer is gone once Gmail removes it', async () => {
    const page = await open();
    const before = await adapterCall(page, 'count');
    expect(before).toBe(1);
    await page.locator(body).click();
    await page.keyboard.type('See you at 10');
    await page.keyboard.press('ControlOrMeta+Enter');
    // The replica sent it (so the key is the site's own), and unmounted the compose.
    await expect.poll(() => page.evaluate(() => window.__gmail!.sent())).toEqual(['See you at 10']);
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});

describe('recipients', () => {
  it('reads To, Cc and Bcc chips with their names and email: handles, and an address still being typed', async () => {
    const page = await newMessage();
    // "Dana" + Enter picks the contact from autocomplete; a bare address becomes a chip named by itself.
    await addRecipients(page, NEW_BOX, 'to', ['Dana', 'Friend@Home.example']);
    await page.getByRole('link', { name: 'Cc', exact: true }).click();
    await page.keyboard.type('mum@home.example');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Bcc' }).click();
    await page.keyboard.type('late.typer@else.example');
    await expect.poll(() => page.locator(`${NEW_BOX} .afV`).count()).toBe(3);

    const mentions = await adapterCall(page, 'readMentions', NEW_BODY);
    expect(mentions).toEqual([
      { name: 'Dana Whitfield', handle: 'email:dana.whitfield@acme.example' },
      { name: 'Friend@Home.example', handle: 'email:friend@home.example' },
      { name: 'Mum', handle: 'email:mum@home.example' },
      // Not a chip yet: typed in Bcc, it will still receive the mail.
      { name: 'late.typer@else.example', handle: 'email:late.typer@else.example' },
    ]);
  });

  it('a removed chip is no longer a recipient; each compose has its own recipients', async () => {
    const page = await newMessage();
    await addRecipients(page, NEW_BOX, 'to', ['sam.rivera@acme.example', 'mum@home.example']);
    await page.getByRole('button', { name: 'Remove Sam Rivera' }).click();
    expect(await adapterCall(page, 'readMentions', NEW_BODY)).toEqual([{ name: 'Mum', handle: 'email:mum@home.example' }]);

    const thread = await browser.open(GMAIL_THREAD);
    await thread.getByRole('link', { name: 'Reply', exact: true }).click();
    await thread.getByRole('button', { name: 'Compose' }).click();
    await thread.locator(NEW_BODY).waitFor();
    // The reply is addressed to the sender; the new message to nobody yet.
    expect(await adapterCall(thread, 'readMentions', INLINE_BODY)).toEqual([{ name: 'Sam Rivera', handle: 'email:sam.rivera@acme.example' }]);
    expect(await adapterCall(thread, 'readMentions', NEW_BODY)).toEqual([]);
  });

  it('a half-typed name is no recipient', async () => {
    const page = await newMessage();
    await page.locator(`${NEW_BOX} .anm[name="to"] input`).click();
    await page.keyboard.type('dan');
    expect(await adapterCall(page, 'readMentions', NEW_BODY)).toEqual([]);
  });
});

describe('quoted previous message', () => {
  // The quote is someone else's words (sites.md §10; adapter.ts readBody): only the new text is read.
  it('forward: reads only what the user typed above the forwarded message', async () => {
    const page = await inline('Forward');
    expect(await page.locator(`${INLINE_BODY} .gmail_quote`).innerText()).toContain('so hungover');
    expect(await adapterCall(page, 'readText', INLINE_BODY)).toBe('');
    await typeLines(page, ['FYI, see below 👇', '', 'Jane']);
    expect(await adapterCall(page, 'readText', INLINE_BODY)).toBe('FYI, see below 👇\n\nJane');
  });

  it('reply: the expanded quote is not read, nor text typed inside it (a known limit)', async () => {
    const page = await inline('Reply');
    await typeLines(page, ['Count me in!', '']);
    await page.getByRole('button', { name: 'Show trimmed content' }).click();
    await expect.poll(() => page.locator(`${INLINE_BODY} blockquote.gmail_quote`).count()).toBe(1);
    expect(await adapterCall(page, 'readText', INLINE_BODY)).toBe('Count me in!');
    // Ctrl+End puts the caret in the quote's last line, as in Gmail: what is typed there becomes
    // part of the quote, and nothing tells it from the quoted words. README lists this limit.
    await page.locator(INLINE_BODY).press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('PS bringing cake');
    await expect.poll(() => page.locator(`${INLINE_BODY} blockquote.gmail_quote`).innerText()).toContain('PS bringing cake');
    expect(await adapterCall(page, 'readText', INLINE_BODY)).toBe('Count me in!');
  });

  it('reply: Send + Archive is not taken for Send', async () => {
    const page = await inline('Reply');
    expect(await page.locator(`${INLINE_BOX} .Uo`).count()).toBe(1);
    expect(await adapterCall(page, 'submitButton', INLINE_BODY)).toMatchObject({ text: 'Send' });
  });
});

describe('full screen', () => {
  it('the same compose, moved full screen, is still found and read', async () => {
    const page = await newMessage();
    await page.locator(NEW_BODY).click();
    await typeLines(page, ['Before', 'full screen']);
    await page.getByRole('button', { name: 'Full screen (Shift for pop-out)' }).click();
    await page.locator('.aSt [g_editable="true"]').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('after 🎉');
    expect(await adapterCall(page, 'count')).toBe(1);
    expect(await adapterCall(page, 'readText', '.aSt [g_editable="true"]')).toBe('Before\nfull screen\nafter 🎉');
    expect(await adapterCall(page, 'submitButton', '.aSt [g_editable="true"]')).toMatchObject({ text: 'Send' });
  });
});

describe('who sends', () => {
  it('one address: the account from the header button ("Google Account: Name (address)")', async () => {
    const page = await newMessage();
    expect(await adapterCall(page, 'readProfile', NEW_BODY)).toEqual({ name: 'Jane Doe', handle: 'email:jane.doe@gmail.com', kind: 'unknown' });
  });

  it('French UI: the localized account label still gives the account', async () => {
    const page = await newMessage(GMAIL_FRENCH);
    expect(await page.locator('a[aria-label^="Google Account:"]').count()).toBe(0);
    expect(await adapterCall(page, 'readProfile', NEW_BODY)).toEqual({ name: 'Jeanne Dupont', handle: 'email:jeanne.dupont@gmail.com', kind: 'unknown' });
    expect(await adapterCall(page, 'submitButton', NEW_BODY)).toMatchObject({ text: 'Envoyer' });
  });

  it('several send-as addresses: the From select, followed when the user changes it', async () => {
    const page = await newMessage(GMAIL_SEND_AS);
    expect(await adapterCall(page, 'readProfile', NEW_BODY)).toEqual({ name: 'Jane Doe', handle: 'email:jane.doe@gmail.com', kind: 'unknown' });
    await page.getByRole('button', { name: 'From' }).click();
    await page.getByRole('menuitem', { name: /jane@acme\.example/ }).click();
    expect(await adapterCall(page, 'readProfile', NEW_BODY)).toEqual({ name: 'Jane Doe (Acme)', handle: 'email:jane@acme.example', kind: 'unknown' });
  });
});

describe('secrets stay unread', () => {
  it('no planted token (GLOBALS, the compose form’s hidden "at") appears in anything the adapter returns', async () => {
    const page = await newMessage(GMAIL_SEND_AS);
    await addRecipients(page, NEW_BOX, 'to', ['Dana']);
    await page.locator(NEW_BODY).click();
    await page.keyboard.type('Quick note');
    // Same document, a thread opened by hash: both composes are in the page.
    await page.goto(`${GMAIL_SEND_AS}/FMfcgzQZTMvBqXbKhtdsgFJm`);
    await page.getByRole('link', { name: 'Reply', exact: true }).click();
    await page.locator(INLINE_BODY).waitFor();
    await page.keyboard.type('Thanks');
    expect(await adapterCall(page, 'count')).toBe(2);
    // The tokens are really in the page, beside the identity the adapter reads.
    const planted = await page.evaluate(() => [String((window as unknown as { GLOBALS: unknown[] }).GLOBALS[3]), String((window as unknown as { GLOBALS: unknown[] }).GLOBALS[9]), document.querySelector<HTMLInputElement>('input[name="at"]')!.value]);
    expect(planted).toEqual(['FAKE-GLOBALS-SESSION-TOKEN-7f3c9a', 'FAKE-GLOBALS-XSRF-TOKEN-b21e44', 'FAKE-COMPOSE-AT-TOKEN-5d8e21']);
    const everything = JSON.stringify([
      await adapterCall(page, 'snapshot', INLINE_BODY),
      await adapterCall(page, 'snapshot', NEW_BODY),
      await adapterCall(page, 'describe'),
      await adapterCall(page, 'submitButton', INLINE_BODY),
    ]);
    // The snapshots did read the drafts, the recipients and the From address.
    for (const read of ['Thanks', 'Quick note', 'email:dana.whitfield@acme.example', 'email:jane.doe@gmail.com']) expect(everything).toContain(read);
    for (const token of planted) expect(everything).not.toContain(token);
    expect(everything).not.toContain('FAKE');
    expect(everything).not.toContain('planted-account@gmail.com'); // GLOBALS' own e-mail: never read
  });
});

describe('pages without a compose', () => {
  it('the inbox with no compose open has no composer', async () => {
    const page = await browser.open(GMAIL_INBOX);
    await page.getByRole('button', { name: 'Compose' }).waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});
