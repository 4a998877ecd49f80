// The two browsers the bench compares: Debian's Chromium with the built extension, and the same
// Chromium without it, both serving the offline fixtures at their real URLs (no network).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/browser';
import { routeFixtures } from '../../test/support/fixtures';
import { EDITABLE, EDITOR_KINDS, PERF_URLS, type EditorKind } from '../../test/fixtures/perf/pages';
import { tracePage } from './cdp';
import { installPageProbe, pageScript } from './probes';

/** The editor kinds named on a diagnostic's command line, else its defaults; an unknown name throws. */
export function editorKindsFromArgs(defaults: readonly EditorKind[]): EditorKind[] {
  const kinds = (process.argv.slice(2).length ? process.argv.slice(2) : [...defaults]) as EditorKind[];
  for (const k of kinds) if (!EDITOR_KINDS.includes(k)) throw new Error(`unknown editor kind ${k}`);
  return kinds;
}

export const PERF_ORIGIN = new URL(PERF_URLS.page('textarea')).origin;

/** The built extension the bench measures: $HATCHECK_DIST/chrome, else dist/chrome. */
export function distUnderTest(): string {
  const dir = resolve(process.env.HATCHECK_DIST ?? 'dist', 'chrome');
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(join(dir, 'content.js'))) {
    throw new Error(`no built extension at ${dir}: run \`npm run build\` first (or HATCHECK_DIST=<folder> npm run build and the same HATCHECK_DIST for the bench)`);
  }
  return dir;
}

export interface Pair {
  ext: BrowserContext;
  base: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches both browsers. The extension is a copy of the build whose manifest also grants
 * https://perf.hatcheck.test (the fixture's host) at install: the state the popup's "Check drafts
 * on …" leaves after the user accepts the permission prompt, which headless Chromium cannot click
 * (test/e2e/generic-site.test.ts does the same). Nothing else in the copy differs.
 */
export async function launchPair(dist: string): Promise<Pair> {
  const copy = await mkdtemp(join(tmpdir(), 'hatcheck-bench-dist-'));
  await cp(dist, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [`${PERF_ORIGIN}/*`];
  await writeFile(manifestPath, JSON.stringify(manifest));
  const withExtension = await launchChromium({ extensionPath: copy });
  const without = await launchChromium();
  for (const { context } of [withExtension, without]) {
    await routeFixtures(context);
    await context.addInitScript({ content: pageScript(installPageProbe) });
  }
  return {
    ext: withExtension.context,
    base: without.context,
    extensionId: withExtension.extensionId!,
    close: async () => {
      await Promise.all([withExtension.close(), without.close()]);
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** Enables the fixture's site the way a user does: the popup's "Check drafts on perf.hatcheck.test". */
export async function enablePerfSite(pair: Pair): Promise<void> {
  const page = await pair.ext.newPage();
  await page.goto(PERF_URLS.page('textarea', { still: true }));
  const worker = pair.ext.serviceWorkers()[0] ?? (await pair.ext.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  const popup = await pair.ext.newPage();
  await popup.goto(`chrome-extension://${pair.extensionId}/src/popup/index.html?tabId=${tabId}`);
  const host = new URL(PERF_ORIGIN).host;
  await popup.getByRole('button', { name: `Check drafts on ${host}` }).click();
  await popup.getByText(`Hatcheck now checks drafts on ${host}.`).waitFor();
  // A professional audience: the typed draft warns, so every check draws a badge.
  await popup.getByLabel('Who reads what you write here').selectOption('professional');
  await popup.close();
  await page.close();
}

/**
 * Writes `count` contacts into the extension's database from the worker, straight into IndexedDB
 * (the schema Dexie created when the popup opened it), and stamps contactsVersion as every Dexie
 * write to contacts does (shared/storage/contacts-version.ts), so the worker rebuilds its index.
 */
export async function seedContacts(context: BrowserContext, count: number): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('hatcheck');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    if (!db.objectStoreNames.contains('contacts')) throw new Error('the extension database has no contacts store yet');
    const tx = db.transaction(['contacts', 'settings'], 'readwrite');
    const contacts = tx.objectStore('contacts');
    for (let i = 0; i < n; i++) {
      const name = `Person${i} Surname${i % 997}`;
      const work = i % 3 !== 0;
      contacts.add({
        name,
        nameKey: name.toLowerCase(),
        handles: [`web:person${i}`],
        emails: i % 5 === 0 ? [`person${i}@company${i % 500}.example`] : [],
        employer: work ? `Company ${i % 500}` : undefined,
        tag: work ? 'work' : i % 2 ? 'personal' : 'untagged',
        tagSource: 'import',
        sources: ['linkedin-connections'],
        updatedAt: Date.now(),
      });
    }
    tx.objectStore('settings').put({ key: 'contactsVersion', value: `bench-${Date.now()}` });
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
}

export async function newPageAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__perfPage?.ready() === true);
  return page;
}

/**
 * The diagnostics' start for one editor kind: its perf page on each side with the editor focused and
 * traced, and `activate(page)`, after which only that page's feed churns (the sides take turns).
 */
export async function tracedEditorPages(pair: Pair, kind: EditorKind, categories: string) {
  const url = PERF_URLS.page(kind);
  const pages = { ext: await newPageAt(pair.ext, url), base: await newPageAt(pair.base, url) };
  for (const p of Object.values(pages)) await p.click(EDITABLE[kind]);
  const stops = { ext: await tracePage(pair.ext, pages.ext, categories), base: await tracePage(pair.base, pages.base, categories) };
  const activate = async (page: Page) => {
    for (const p of Object.values(pages)) await p.evaluate((on) => window.__perfPage!.setActive(on), p === page);
  };
  return { pages, stops, activate };
}
