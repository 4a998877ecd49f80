import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { accessibleNodes, waitForAccessible } from './a11y';
import { activeTabId, sessionState, stopServiceWorker } from './extension';
import { launchExtension } from '../support/extension-launch';

// The built extension (dist/chrome) in Debian's Chromium, on offline replicas of LinkedIn served at
// the real URLs. Everything is read the way a screen reader would: through the accessibility tree.

import '../fixtures/linkedin/fixture-hook';

const EDITOR = '[aria-label="Text editor for creating content"]';
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

async function openComposer(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  return page;
}

/** The editor library's own text (Quill always ends it with one '\n' of its own). */
const composerText = async (page: Page) => (await page.evaluate(() => window.__fixture!.composerText())).replace(/\n$/, '');
const alerts = (page: Page) => accessibleNodes(context, page, ['alert']);
const badges = (page: Page) => accessibleNodes(context, page, ['button']).then((nodes) => nodes.filter((n) => n.name.startsWith('Hatcheck')));

describe('LinkedIn, classic share box (Quill in #interop-outlet)', () => {
  it('raises an alert naming the level, the categories and who can see the post', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    const draft = 'Called in sick today 😎\n\nBeach day, still hungover from last night';
    await page.keyboard.type('Called in sick today 😎');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beach day, still hungover from last night');
    // Typing pauses (Enter, a busy machine) can let a first verdict for "Called in sick" through
    // before the rest is typed; wait for the verdict on the whole draft.
    const expected = 'Hatcheck: check before posting: absence from work, alcohol';
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === expected));
    const alert = found.find((a) => a.name === expected);
    expect(found.map((a) => a.name)).toEqual([expected]);
    expect(alert?.description).toContain('Who can see it: Anyone on or off LinkedIn');
    expect(alert?.description).toContain('Posting as Jane Doe');
    // Hatcheck never writes to the editor: the site's own model still has exactly what was typed.
    expect(await composerText(page)).toBe(draft);
    await page.close();
  });

  it('stays quiet on a professional draft', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('Proud of our team for shipping the Q3 release. Thanks to everyone who helped!');
    const found = await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck: nothing personal')));
    // One badge: the post box. The feed's empty comment box shows none.
    expect(found.filter((b) => b.name.startsWith('Hatcheck')).map((b) => b.name)).toEqual([
      'Hatcheck: nothing personal found. Who can see it: Anyone on or off LinkedIn.',
    ]);
    expect(await alerts(page)).toEqual([]);
    await page.close();
  });

  it('shows the tab’s verdict in the popup opened with ?tabId=', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('So wasted at the office party lol');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('main').innerText()).toContain('Warning');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('alcohol');
    expect(text).toContain('Anyone on or off LinkedIn');
    expect(text).not.toContain('wasted'); // the popup never holds draft text
    expect(text).not.toContain('Not protected'); // a recognised box, and the search field, are no drift
    await popup.close();
    await page.close();
  });

  it('self-test: typing in a compose box the adapter does not know makes the popup say "Not protected"', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.feedClassic);
    await page.getByLabel('Search', { exact: true }).first().fill('acme'); // an input, not a compose box: no report
    // LinkedIn ships a new composer whose markup none of our selectors knows (selector drift).
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'share-creation-state__text-editor-2027';
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Start a post');
      document.querySelector('main')!.prepend(box);
    });
    await page.getByRole('textbox', { name: 'Start a post' }).click();
    await page.keyboard.type('Called in sick, beach day');
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('Not protected on this page');
    expect(await popup.getByRole('alert').innerText()).toContain('does not recognise');
    await popup.close();
    await page.close();
  });
});

describe('LinkedIn, new share box (TipTap)', () => {
  it('reads the TipTap editor and warns', async () => {
    const page = await openComposer(FIXTURE_URLS.feedSdui);
    await page.keyboard.type('Took a sick day to go to the beach. My boss thinks I have the flu');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(alert?.name).toContain('absence from work');
    await page.close();
  });
});

describe('LinkedIn, posting as a company Page', () => {
  it('applies the brand rule to first-person personal content', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.companyAdmin);
    await page.locator(EDITOR).click();
    await page.keyboard.type('I need another beer after this week');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    expect(alert?.name).toBe('Hatcheck: check before posting: alcohol');
    expect(alert?.description).toContain('You are posting as Acme Corp, a brand account.');
    await page.close();

    // The worker remembered the Page it saw, and the options page offers it to an identity.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const suggestion = options.getByRole('button', { name: /^Add Acme Corp \(linkedin:company\/[^)]+\) to Personal$/ });
    await expect.poll(() => suggestion.count()).toBe(1);
    await options.close();
  });
});

describe('audience map', () => {
  it('mentioning a contact tagged work changes the audience summary', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    // Scoped to the form: the identities editor above it has a 'Name' field of its own.
    const add = options.getByRole('form', { name: 'Add a contact' });
    await add.getByLabel('Name').fill('Sam Boss');
    await add.getByLabel(/Profile link/).fill('https://www.linkedin.com/in/sam-boss/');
    await add.getByLabel('Tag', { exact: true }).selectOption('work');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => options.getByRole('row').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Sam Boss')]));
    await options.close();

    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('Hungover again, thanks ');
    await page.evaluate(() => window.__fixture!.insertMention('Sam Boss', 'sam-boss'));
    await page.keyboard.type(' for the drinks');
    // Sam is a LinkedIn contact, so "1 work contact" shows as soon as the draft warns; the mention
    // makes it "you mentioned (Sam Boss)" once the draft with the mention is checked.
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.description.includes('you mentioned')));
    expect(alert?.description).toContain('including 1 work contact you mentioned (Sam Boss)');
    await page.close();
  });
});

describe('bad input ends in a quiet, correct state', () => {
  it('a page with no composer gets nothing added and no errors', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(FIXTURE_URLS.noComposer);
    await page.waitForTimeout(800);
    const added = await page.evaluate(() => Array.from(document.documentElement.children).filter((e) => e.tagName.startsWith('HATCHECK-')).length);
    expect(added).toBe(0);
    expect(await badges(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an editor that disappears mid-typing leaves no UI, no state and no errors', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.keyboard.type('Called in sick, ');
    await waitForAccessible(context, page, ['alert'], (n) => n.length > 0);
    await page.bringToFront();
    const tabId = await activeTabId(context);
    await page.keyboard.type('hungover');
    await page.evaluate(() => window.__fixture!.removeComposer());
    await expect.poll(() => alerts(page), { timeout: 5_000 }).toEqual([]);
    await expect.poll(async () => {
      const state = (await sessionState(context))[`tab:${tabId}`] as { composers: unknown[] } | undefined;
      return state?.composers.length ?? 0;
    }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a service worker stopped between keystrokes loses no keystroke and still answers', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    await page.keyboard.type('Called in');
    await page.waitForTimeout(500);
    await stopServiceWorker(context, page);
    await page.keyboard.type(' sick, lol');
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0, 8_000);
    expect(alert?.name).toContain('absence from work');
    expect(await composerText(page)).toBe('Called in sick, lol');
    await page.close();
  });

  it('a worker stopped while the person was away is started by the first key, not after the pause', async () => {
    const page = await openComposer(FIXTURE_URLS.feedClassic);
    const cdp = await context.newCDPSession(page);
    const workerRunning = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    };
    // Stopped and still stopped 5.5 s later: the page sent nothing for longer than the wake's quiet
    // spell (WAKE_AFTER_QUIET_MS, 5 s), since any message starts the worker. The box's first check
    // (focus, then the debounce) may start it again on a slow machine: then stop it once more.
    // Under load (CI, 2026-11-24) the worker was still listed 1 s after the stop: give it 5 s, and
    // count a worker that never goes as one more attempt.
    const stoppedWithin = async (ms: number) => {
      for (const until = Date.now() + ms; Date.now() < until; await page.waitForTimeout(100)) if (!(await workerRunning())) return true;
      return false;
    };
    for (let attempt = 0; ; attempt++) {
      if (attempt === 3) throw new Error('the worker kept being started with nobody typing');
      await stopServiceWorker(context, page);
      if (!(await stoppedWithin(5_000))) continue;
      await page.waitForTimeout(5_500);
      if (!(await workerRunning())) break;
    }
    // Keys 100 ms apart never let the 300 ms debounce end: no verdict is asked for while typing, so
    // a worker running before the last key was started by the wake-up.
    let startedWhileTyping = false;
    for (const key of 'Called in sick') {
      await page.keyboard.type(key);
      startedWhileTyping ||= await workerRunning();
      await page.waitForTimeout(100);
    }
    expect(startedWhileTyping).toBe(true);
    const [alert] = await waitForAccessible(context, page, ['alert'], (n) => n.length > 0, 8_000);
    expect(alert?.name).toContain('absence from work');
    expect(await composerText(page)).toBe('Called in sick');
    await cdp.detach();
    await page.close();
  });

  it('a page script imitating the content script changes nothing', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.feedClassic);
    await page.bringToFront();
    const tabId = await activeTabId(context);
    const before = (await sessionState(context))[`tab:${tabId}`];
    const forged = { hatcheck: 1, type: 'draft:check', payload: { site: 'linkedin', composerId: 'forged', text: 'drunk', mentions: [], visibility: '', profile: { name: '', handle: '', kind: 'unknown' } } };
    const reached = await page.evaluate(async ([message, id]) => {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent('hatcheck', { detail: message }));
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        await runtime.sendMessage(id as string, message);
        return 'sent';
      } catch {
        return 'refused';
      }
    }, [forged, extensionId] as const);
    expect(['no runtime', 'refused']).toContain(reached);
    await page.waitForTimeout(500);
    expect((await sessionState(context))[`tab:${tabId}`]).toEqual(before);
    await page.close();
  });
});
