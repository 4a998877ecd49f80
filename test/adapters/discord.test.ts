// The Discord adapter (src/sites/discord) against a replica of Discord's web client that runs the
// real Slate (slate + slate-react, React 18) as Discord's message box, in a server's channel, a DM
// and a group DM. Text is typed with Playwright's real keyboard (Shift+Enter for a new line: Enter sends).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/discord/fixture-hook';
import { DISCORD_URLS } from '../fixtures/discord/pages';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';
import { EXACT_TEXT_DRAFTS } from '../support/drafts';

/** The fixture's message box: the test names it, so the adapter cannot pass by reading another box. */
const BOX = '[data-fixture="message-form"] [data-slate-editor="true"]';
const SEARCH = '[class*="searchBar_"] [data-slate-editor="true"]';

interface Conversation {
  name: string;
  url: string;
  label: string;
}

const CONVERSATIONS: Conversation[] = [
  { name: '#general in a server', url: DISCORD_URLS.general, label: 'Message #general' },
  { name: 'a direct message', url: DISCORD_URLS.dm, label: 'Message @sam_rivera' },
  { name: 'a group DM', url: DISCORD_URLS.groupDm, label: 'Message sam_rivera, lee.chen' },
];

/** How long a poll waits for the page (React renders Slate's changes asynchronously; the machine is shared). */
const POLL = { timeout: 5_000 };

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  // The replica and the injected adapter code must not throw or log errors in the page.
  expect(browser.pageErrors).toEqual([]);
});

async function open(url: string): Promise<Page> {
  const page = await browser.open(url);
  await page.locator(BOX).click();
  return page;
}

/** Slate's own view of the draft (a member as "@name"). */
const editorText = (page: Page) => page.evaluate(() => window.__discord!.composerText());
const sent = (page: Page) => page.evaluate(() => window.__discord!.sent());
/** The placeholder Slate paints inside the editor while it is empty, or ''. */
const paintedPlaceholder = (page: Page) => page.locator(`${BOX} [data-slate-placeholder="true"]`).evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));

describe.each(CONVERSATIONS)('$name: the message box', (c) => {
  it.each(EXACT_TEXT_DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(c.url);
    await enterLines(page, lines, 'Shift+Enter');
    const typed = lines.join('\n');
    // First the editor itself must hold what was typed (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page), POLL).toBe(typed);
    expect(await adapterCall(page, 'readText', BOX)).toBe(typed);
    expect(await sent(page)).toEqual([]);
  });

  it('never reads the placeholder: an empty box is ""', async () => {
    const page = await open(c.url);
    expect(await page.locator(BOX).getAttribute('aria-label')).toBe(c.label);
    expect(await paintedPlaceholder(page)).toBe(c.label);
    expect(await adapterCall(page, 'readText', BOX)).toBe('');
  });

  it('reads "" again once the draft is deleted and the placeholder is back', async () => {
    const page = await open(c.url);
    await typeLines(page, ['oops', 'wrong channel 🙈'], 'Shift+Enter');
    await expect.poll(() => editorText(page), POLL).toBe('oops\nwrong channel 🙈');
    // Empty the box as a person would. Under load Slate's select-all can land before its selection
    // spans both lines (CI, 1 run in ~6), so a person would press again: so does the test.
    for (let attempt = 0; attempt < 10 && (await editorText(page)) !== ''; attempt++) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(150);
    }
    // Slate's own model is empty first (else the fixture, not the adapter, is wrong).
    await expect.poll(() => editorText(page), POLL).toBe('');
    await expect.poll(() => paintedPlaceholder(page), POLL).toBe(c.label);
    expect(await adapterCall(page, 'readText', BOX)).toBe('');
  });

  it('is a message box with no send button, whose Enter sends', async () => {
    const page = await open(c.url);
    expect(await adapterCall(page, 'composerKind', BOX)).toBe('message');
    expect(await adapterCall(page, 'submitKey', BOX)).toBe('enter');
    expect(await adapterCall(page, 'submitButton', BOX)).toBeNull();
    expect(await page.locator('form button[type="submit"], form button[aria-label*="Send"]').count()).toBe(0);
    // The site's own behaviour the guard relies on: Enter sends, and the box is empty after it.
    await page.keyboard.type('Morning all');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page), POLL).toEqual([expect.objectContaining({ text: 'Morning all' })]);
    await expect.poll(() => adapterCall(page, 'readText', BOX), POLL).toBe('');
  });

  it('reads a picked member as a discord: handle', async () => {
    const page = await open(c.url);
    await page.keyboard.type('Thanks ');
    await page.evaluate(() => window.__discord!.insertMember('lee.chen', '1000000000000000066'));
    await page.keyboard.type(', see you there!');
    await expect.poll(() => page.locator(`${BOX} [data-slate-void="true"]`).count(), POLL).toBe(1);
    const snapshot = await adapterCall(page, 'snapshot', BOX);
    expect(snapshot.text).toBe('Thanks @lee.chen, see you there!');
    expect(snapshot.text).toBe(await editorText(page));
    expect(snapshot.mentions.filter((m) => m.handle === 'discord:1000000000000000066')).toEqual([{ name: 'lee.chen', handle: 'discord:1000000000000000066' }]);
  });

  it('reads who posts from the user area at the foot of the sidebar', async () => {
    const page = await open(c.url);
    expect(await adapterCall(page, 'readProfile', BOX)).toEqual({ name: 'Jane Doe', handle: 'discord:1000000000000000099', kind: 'unknown' });
  });
});

describe('Discord Enter, as the submit guard replays it', () => {
  it('sends on a synthetic Enter keydown with keyCode 13 (replay-submit.ts), and never on Shift+Enter or an IME Enter', async () => {
    const page = await open(DISCORD_URLS.general);
    await typeLines(page, ['Line one', 'Line two'], 'Shift+Enter');
    await expect.poll(() => editorText(page), POLL).toBe('Line one\nLine two');
    // An Enter that ends an IME composition (isComposing, keyCode 229) sends nothing.
    await page.locator(BOX).dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
    expect(await sent(page)).toEqual([]);
    // What src/content/replay-submit.ts replayKey dispatches: an untrusted keydown + keyup carrying keyCode 13.
    await page.locator(BOX).evaluate((editor) => {
      const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true, view: window } as KeyboardEventInit;
      editor.dispatchEvent(new KeyboardEvent('keydown', init));
      editor.dispatchEvent(new KeyboardEvent('keyup', init));
    });
    await expect.poll(() => sent(page), POLL).toEqual([{ channel: '1200000000000000011', text: 'Line one\nLine two' }]);
  });
});

describe('who the message goes to', () => {
  it.each([
    ['#general', DISCORD_URLS.general, 'Channel: #general in Acme Dev Community', []],
    ['#memes in a second server', DISCORD_URLS.memes, 'Channel: #memes in Weekend Gamers', []],
    ['a DM', DISCORD_URLS.dm, 'Direct message: sam_rivera', [{ name: 'sam_rivera', handle: 'discord:1000000000000000055' }]],
    ['a group DM', DISCORD_URLS.groupDm, 'Group message: sam_rivera, lee.chen', [{ name: 'sam_rivera', handle: '' }, { name: 'lee.chen', handle: '' }]],
  ])('%s', async (_name, url, visibility, mentions) => {
    const page = await browser.open(url);
    await page.locator(BOX).waitFor();
    const snapshot = await adapterCall(page, 'snapshot', BOX);
    expect(snapshot.visibility).toBe(visibility);
    expect(snapshot.mentions).toEqual(mentions);
  });

  it('names the server from the channel sidebar when the server list is empty (collapsed, still loading)', async () => {
    const page = await browser.open(DISCORD_URLS.memes);
    await page.locator(BOX).waitFor();
    await page.evaluate(() => window.__discord!.hideServers());
    expect(await page.locator('[data-list-item-id^="guildsnav___"]').count()).toBe(0);
    expect(await adapterCall(page, 'readVisibility', BOX)).toBe('Channel: #memes in Weekend Gamers');
  });

  it('follows the app when the person switches server, channel and DM (no reload)', async () => {
    const page = await browser.open(DISCORD_URLS.general);
    await page.locator(BOX).waitFor();
    expect(await adapterCall(page, 'readVisibility', BOX)).toBe('Channel: #general in Acme Dev Community');
    await page.click('[data-fixture="server-1100000000000000002"]');
    await expect.poll(() => page.locator(BOX).getAttribute('aria-label'), POLL).toBe('Message #memes');
    expect(page.url()).toBe(DISCORD_URLS.memes);
    expect(await adapterCall(page, 'readVisibility', BOX)).toBe('Channel: #memes in Weekend Gamers');
    await page.click('[data-fixture="server-home"]');
    await page.click('[data-fixture="dm-1300000000000000031"]');
    await expect.poll(() => page.locator(BOX).getAttribute('aria-label'), POLL).toBe('Message @sam_rivera');
    expect(await adapterCall(page, 'readVisibility', BOX)).toBe('Direct message: sam_rivera');
    expect(await adapterCall(page, 'count')).toBe(1);
  });
});

describe('which boxes are composers', () => {
  it('finds the message box, and not the search bar (a Slate editor too)', async () => {
    const page = await browser.open(DISCORD_URLS.general);
    await page.locator(BOX).waitFor();
    expect(await page.locator('[data-slate-editor="true"][role="textbox"]').count()).toBe(2);
    expect(await adapterCall(page, 'describe')).toEqual([
      { tag: 'div', className: expect.stringContaining('slateTextArea'), ariaLabel: 'Message #general', inShadowRoot: false },
    ]);
    await page.locator(SEARCH).click();
    await page.keyboard.type('release notes');
    expect(await adapterCall(page, 'count')).toBe(1);
  });

  it('tells the self-test that the search bar is no composer, and the message box is not that', async () => {
    const page = await browser.open(DISCORD_URLS.general);
    await page.locator(SEARCH).click();
    await page.keyboard.type('from:sam');
    const answers = await page.evaluate(([box, search]) => {
      const discord = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'discord')!;
      const ask = (selector: string) => discord.isNotComposer?.(document.querySelector(selector)!) ?? null;
      return { search: ask(`${search} [data-slate-string="true"]`), box: ask(box) };
    }, [BOX, SEARCH] as const);
    expect(answers).toEqual({ search: true, box: false });
  });

  it('finds no box in a read-only channel, nor on the friends list', async () => {
    for (const url of [DISCORD_URLS.announcements, DISCORD_URLS.friends, DISCORD_URLS.app]) {
      const page = await browser.open(url);
      await page.locator(SEARCH).waitFor();
      expect(await adapterCall(page, 'count'), url).toBe(0);
    }
  });

  it('loses the box when Discord unmounts it', async () => {
    const page = await browser.open(DISCORD_URLS.general);
    await page.locator(BOX).waitFor();
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__discord!.removeComposer());
    await expect.poll(() => adapterCall(page, 'count'), POLL).toBe(0);
  });

  it('matches the web client only: /app and /channels/…, not the marketing pages', async () => {
    const page = await browser.open(DISCORD_URLS.general);
    const matches = await page.evaluate(() => {
      const discord = window.__hatcheckSites!.ADAPTERS.find((a) => a.id === 'discord')!;
      return ['https://discord.com/app', 'https://discord.com/channels/@me', 'https://discord.com/channels/1100000000000000001/1200000000000000011', 'https://discord.com/', 'https://discord.com/download', 'https://discord.com/application-directory', 'https://discordapp.com/channels/@me']
        .map((u) => discord.matchesUrl(new URL(u)));
    });
    expect(matches).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('secrets beside identity', () => {
  it('never returns the token Discord keeps in localStorage', async () => {
    const outputs: unknown[] = [];
    for (const url of [DISCORD_URLS.general, DISCORD_URLS.dm, DISCORD_URLS.groupDm]) {
      const page = await open(url);
      await page.keyboard.type('token check');
      // The token is in the page, beside the user's id, where a careless reader would find it.
      const planted = await page.evaluate(() => `${localStorage.getItem('token')} ${localStorage.getItem('user_id_cache')}`);
      expect(planted).toMatch(/HATCHECK\.PLANTED-DISCORD-TOKEN.*1000000000000000099/);
      outputs.push(await adapterCall(page, 'snapshot', BOX), await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', BOX));
    }
    const all = JSON.stringify(outputs);
    expect(all).toContain('Jane Doe');
    expect(all).toContain('discord:1000000000000000099');
    expect(all).not.toMatch(/PLANTED|MTEwMDAwMDAwMDAwMDAwMDA5OQ/);
  });
});
