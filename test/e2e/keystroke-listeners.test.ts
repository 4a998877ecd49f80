import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { launchExtension } from '../support/extension-launch';
import { waitForAccessible } from './a11y';

import '../fixtures/linkedin/fixture-hook';

// What the content script listens to on a rich editor's event path (issue 10 item 1). Any listener
// for `input` there makes the browser run pending microtasks as soon as it returns, which pulls the
// editor's own MutationObserver work into the input event's dispatch: the page's Event Timing then
// counts it against the key (CKEditor +7 ms a key; bench/keystroke-breakdown.ts). Not a timing:
// the listeners themselves, read per world through DevTools' getEventListeners, and the check that
// a draft is still read without them.

const EDITOR = '[aria-label="Text editor for creating content"]';
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await launchExtension());
});

afterAll(async () => {
  await close?.();
});

describe('keystroke listeners on a rich editor (LinkedIn replica, Quill in a shadow root)', () => {
  it('the content script listens to no `input` on the editor\'s path, and still reads the draft', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    await page.goto(FIXTURE_URLS.feedClassic);
    await page.evaluate(() => window.__fixture!.openComposer());
    await page.locator(EDITOR).click();
    await page.keyboard.type('Called in sick today, so hungover');
    // Read without an input listener: the session's MutationObserver saw the typing.
    await waitForAccessible(context, page, ['alert'], (nodes) => nodes.some((n) => n.name === 'Hatcheck: check before posting: absence from work, alcohol'), 10_000).then((nodes) => {
      expect(nodes.map((n) => n.name)).toContain('Hatcheck: check before posting: absence from work, alcohol');
    });
    await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))).toBe(true);
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))!;
    // Every node an event from the editor passes (window, document, shadow hosts, ancestors), with
    // the types the content script listens to on it. getEventListeners lists one world's listeners.
    const expression = `(() => {
      const out = [];
      const root = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
      let node = root.querySelector(${JSON.stringify(EDITOR)});
      const path = [];
      while (node) { path.push(node); node = node.parentNode ?? node.host ?? null; }
      path.push(window);
      for (const n of path) out.push({ node: n === window ? 'window' : n.nodeName, types: Object.keys(getEventListeners(n)) });
      return out;
    })()`;
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, includeCommandLineAPI: true, returnByValue: true })) as { result: { value: Array<{ node: string; types: string[] }> } };
    const listened = result.value.flatMap((n) => n.types.map((t) => `${n.node} ${t}`));
    // Nothing of ours listens to `input` (or `textInput`) anywhere on the path...
    expect(listened.filter((l) => / (input|textInput)$/.test(l))).toEqual([]);
    // ...while the listing does show our listeners (the guard's keydown, the watchers' beforeinput).
    expect(listened).toContain('window keydown');
    expect(listened).toContain('#document beforeinput');
    await page.close();
  });
});
