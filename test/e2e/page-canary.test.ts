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
function canary(): void {
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
  for (const type of ['click', 'keydown', 'focusin', 'input', 'hatcheck', 'verdict', 'warning']) {
    addEventListener(type, (e) => note(`${type} ${(e.target as Element)?.outerHTML?.slice(0, 300) ?? ''} ${JSON.stringify((e as CustomEvent).detail ?? null)}`), true);
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
    for (const id of ['hatcheck', 'manifest.json', 'content.js']) {
      try {
        note(`fetch ${await (await fetch(`chrome-extension://${id}/manifest.json`)).text()}`);
      } catch {
        // Refused, as it must be.
      }
    }
    return seen;
  };
}
/* eslint-enable no-restricted-properties */

describe('page canary', () => {
  it('learns no category, level, contact name or identity while Hatcheck warns', async () => {
    const page = await context.newPage();
    await page.addInitScript(canary);
    await page.goto(FIXTURE_URLS.feedClassic);
    await page.evaluate(() => window.__fixture!.openComposer());
    await page.locator(EDITOR).click();
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
    expect(seen.length).toBeGreaterThan(1_000); // the canary did look
    for (const secret of ['Dana Whitfield', 'absence from work', 'check before posting', 'Hatcheck warning', 'Among them', 'Posting as', 'Personal', 'confirm']) {
      expect(seen, secret).not.toContain(secret);
    }
    await page.close();
  });
});
