import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../support/fixtures';
import { launchExtension } from '../support/extension-launch';
import { waitForAccessible } from './a11y';
import { importContactsFile, IMPORT_SUMMARY } from './extension-ui';

// A page canary (issue 9 item 2, for what issue 7 draws in the page): scripts of the page itself,
// installed before the site's own, try every way a page has to learn what Hatcheck knows — the DOM
// and any shadow root they can open, attributes on the editor, postMessage and custom events, events
// aimed at our elements, the text of the whole document, web-accessible resources — while the user
// types a draft that Hatcheck warns about and names a work contact for. The test first proves the
// warning is really up (through the accessibility tree, as a screen reader reads it), then that the
// canary learned none of it.

import '../fixtures/linkedin/fixture-hook';

const EDITOR = '[aria-label="Text editor for creating content"]';
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, extensionId, close } = await launchExtension());
  // A work contact whose name the warning shows ("Among them: Dana Whitfield …").
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await importContactsFile(options, resolve('test/fixtures/imports/linkedin/Connections.csv'));
  await options.getByText(IMPORT_SUMMARY).waitFor();
  await options.close();
});

afterAll(async () => {
  await close?.();
});

/** Runs in the page's own world before any of its scripts: what a hostile or curious site can do. */
/* eslint-disable no-restricted-properties -- the canary plays a hostile page: it only *reads* markup, which is how a page would look for ours */
function canary(extensionId: string): void {
  const seen: string[] = [];
  const note = (what: string) => seen.push(what.slice(0, 200_000));
  const shadows: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  };
  addEventListener('message', (e) => note(`message ${JSON.stringify(e.data)}`), true);
  // Every event type the platform names (window's on* properties) and the custom names an extension
  // might use, on the window and the document, before anyone else: a custom event cannot be caught
  // without its name, so the names are guessed as a page would.
  const platform = Object.getOwnPropertyNames(window).filter((k) => k.startsWith('on')).map((k) => k.slice(2));
  const custom = ['hatcheck', 'Hatcheck', 'hatcheck:verdict', 'hatcheck-verdict', 'verdict', 'warning', 'warn', 'message', 'extension', 'draft', 'finding'];
  for (const type of new Set([...platform, ...custom])) {
    for (const target of [window, document]) {
      target.addEventListener(type, (e) => {
        const el = e.target as Element | null;
        const detail = (e as CustomEvent).detail;
        note(`${type} ${el?.outerHTML?.slice(0, 300) ?? ''} ${detail === undefined || detail === null ? '' : JSON.stringify(detail)}`);
      }, true);
    }
  }
  // A channel of the page's origin: the content script shares it (runs at the same origin).
  for (const name of ['hatcheck', 'Hatcheck']) new BroadcastChannel(name).onmessage = (e) => note(`broadcast ${JSON.stringify(e.data)}`);
  // The editor's own attributes as the page set them, to compare after Hatcheck has worked.
  const editorAttributes = (editor: Element | null | undefined) => (editor ? editor.getAttributeNames().map((a) => `${a}=${editor.getAttribute(a)}`).sort() : []);
  (window as unknown as { __canaryEditorBefore: () => void }).__canaryEditorBefore = () => {
    (window as unknown as { __editorBefore: string[] }).__editorBefore = editorAttributes(findEditor());
  };
  function findEditor(): Element | null | undefined {
    return document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('.ql-editor') ?? document.querySelector('.ql-editor');
  }
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) if (node instanceof Element) note(`added ${node.outerHTML}`);
      if (r.type === 'attributes' && r.target instanceof Element) note(`attr ${r.attributeName}=${r.target.getAttribute(r.attributeName!)}`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  (window as unknown as { __canary: () => Promise<string[]> }).__canary = async () => {
    note(`text ${document.documentElement.innerText}`);
    note(`html ${document.documentElement.outerHTML}`);
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot) note(`open shadow ${el.localName}: ${el.shadowRoot.innerHTML}`);
      for (const a of el.getAttributeNames()) if (/^(aria|data)-/.test(a)) note(`attr ${a}=${el.getAttribute(a)}`);
    }
    for (const root of shadows) note(`caught shadow ${root.innerHTML}`);
    // The editor, its attributes before and after, and every ancestor's attributes up to the page.
    const editor = findEditor();
    const before = (window as unknown as { __editorBefore?: string[] }).__editorBefore ?? [];
    const after = editorAttributes(editor);
    note(`editor attributes ${after.join(' ')}`);
    const changed = after.filter((a) => !before.includes(a)).filter((a) => !/^class=|^data-gramm/.test(a));
    if (changed.length) note(`editor attribute changed: ${changed.join(' ')}`);
    for (let el = editor?.parentElement; el; el = el.parentElement) note(`ancestor ${el.localName} ${editorAttributes(el).join(' ')}`);
    // What the CSS Custom Highlight API and adopted style sheets show the page (both are the document's).
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of highlights ?? []) note(`highlight ${name}: ${[...highlight].map((r) => r.toString()).join(' | ')}`);
    for (const root of [document, ...shadows, ...(editor?.getRootNode() instanceof ShadowRoot ? [editor.getRootNode() as ShadowRoot] : [])]) {
      for (const sheet of root.adoptedStyleSheets) note(`adopted sheet ${[...sheet.cssRules].map((r) => r.cssText).join(' ')}`);
    }
    for (const sheet of document.styleSheets) {
      try {
        note(`sheet ${[...sheet.cssRules].map((r) => r.cssText).join(' ')}`);
      } catch {
        // A cross-origin sheet.
      }
    }
    // Web-accessible resources: the extension's real id (a page learns it from the store listing)
    // and guesses, by fetch and by <img>/<script>/<link> loads, the classic fingerprinting probes.
    const probes: string[] = [];
    for (const id of [extensionId, 'hatcheck']) {
      for (const path of ['manifest.json', 'content.js', 'icons/icon-16.png', 'icons/icon-128.png', 'src/popup/index.html', 'src/options/index.html', 'background.js', '_locales/en/messages.json']) {
        probes.push(`chrome-extension://${id}/${path}`);
      }
    }
    const loads = (tag: 'img' | 'script' | 'link', url: string) =>
      new Promise<boolean>((done) => {
        const el = document.createElement(tag);
        el.addEventListener('load', () => done(true));
        el.addEventListener('error', () => done(false));
        if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: url });
        else (el as HTMLImageElement | HTMLScriptElement).src = url;
        document.head.append(el);
        setTimeout(() => done(false), 3_000);
      });
    // The probe can see a load succeed: a data: image loads.
    if (await loads('img', 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')) note('control image loaded');
    for (const url of probes) {
      try {
        note(`reached ${url}: ${(await (await fetch(url)).text()).slice(0, 200)}`);
      } catch {
        // Refused, as it must be.
      }
      for (const tag of ['img', 'script', 'link'] as const) if (await loads(tag, url)) note(`reached ${url} as <${tag}>`);
    }
    return seen;
  };
}
/* eslint-enable no-restricted-properties */

describe('page canary', () => {
  it('learns no category, level, contact name or identity while Hatcheck warns', async () => {
    const page = await context.newPage();
    await page.addInitScript(canary, extensionId);
    await page.goto(FIXTURE_URLS.feedClassic);
    await page.evaluate(() => window.__fixture!.openComposer());
    await page.locator(EDITOR).click();
    await page.evaluate(() => (window as unknown as { __canaryEditorBefore: () => void }).__canaryEditorBefore());
    await page.keyboard.type('Called in sick today, so hungover');
    // The verdict for the whole draft (a pause in typing can show one for its first words first).
    const title = 'Hatcheck: check before posting: absence from work, alcohol';
    const found = await waitForAccessible(context, page, ['alert'], (n) => n.some((a) => a.name === title && a.description.includes('Dana Whitfield')));
    const alert = found.find((a) => a.name === title);
    // The warning is up and says all the things the page must not learn.
    expect(alert?.name).toBe(title);
    expect(alert?.description).toContain('Dana Whitfield');
    expect(alert?.description).toContain('Posting as Jane Doe');

    const seen = (await page.evaluate(() => (window as unknown as { __canary: () => Promise<string[]> }).__canary())).join('\n');
    if (process.env.HATCHECK_CANARY_PRINT) console.info(seen.split('\n').filter((l) => /^(highlight|adopted|editor|reached|control)/.test(l)).join('\n'));
    expect(seen.length).toBeGreaterThan(1_000); // the canary did look
    // It did look at the editor, and caught the events of the typing (its listeners work).
    expect(seen).toMatch(/editor attributes .*contenteditable=true/);
    expect(seen).toMatch(/^keydown /m);
    // No extension file reached by URL, no attribute of the editor changed, nothing on a channel.
    expect(seen).toContain('control image loaded');
    expect(seen).not.toMatch(/^reached /m);
    expect(seen).not.toContain('editor attribute changed');
    expect(seen).not.toContain('broadcast ');
    // What the page can see, by design of the CSS Custom Highlight API (one registry per document,
    // shared with the page): a highlight of a random name over the flagged phrases of its own
    // draft, and the rule that paints it. The phrases, never a category, level or name
    // (SECURITY.md, "What a page can still see").
    expect(seen).toMatch(/^highlight hc-[a-z0-9]+-\d+: Called in sick \| hungover$/m);
    for (const secret of ['Dana Whitfield', 'absence from work', 'check before posting', 'Hatcheck warning', 'Among them', 'Posting as', 'Personal', 'confirm']) {
      expect(seen, secret).not.toContain(secret);
    }
    await page.close();
  });
  it('a content script\'s own context is refused every extension-page operation (issue 9 item 3)', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.feedClassic);
    // The content script's isolated world, reached through the DevTools protocol: code there has
    // exactly the content script's powers (chrome.runtime, the page's origin).
    const cdp = await context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId))).toBe(true);
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId))!;
    const asked = async (message: unknown) => {
      const { result } = (await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => 'answered ' + JSON.stringify(r), (e) => 'refused: ' + e.message)`,
      })) as { result: { value: string } };
      return result.value;
    };
    // The content surface answers from here (this is the content script's context)…
    expect(await asked({ hatcheck: 1, type: 'page:site', payload: null })).toBe('answered {"site":"linkedin"}');
    // …and nothing else does.
    for (const [type, payload] of [
      ['tab:state', { tabId: 1 }], ['site:unsnooze', { site: 'linkedin' }], ['site:inject', { tabId: 1 }],
      ['contacts:list', {}], ['contacts:add', { name: 'Eve', tag: 'work' }], ['backup:export', null], ['backup:restore', {}],
      ['settings:set', { key: 'paused', value: true }], ['everything:delete', null],
      ['draft:check', { site: 'linkedin', composerId: 'c', text: 'x'.repeat(1_000_001), mentions: [], visibility: '', profile: { name: '', handle: '', kind: 'unknown' } }],
    ] as const) {
      // Since the worker became one classic script (bdcf1ed), Chromium prefixes the rejection it
      // passes on with "Uncaught Error: "; the refusal and our reason are what this checks.
      expect(await asked({ hatcheck: 1, type, payload }), type).toMatch(/^refused: (Uncaught Error: )?Hatcheck refused a content message$/);
    }
    await cdp.detach();
    await page.close();
  });
});
