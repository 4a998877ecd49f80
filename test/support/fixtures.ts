// Serves the offline replica pages at the real site URLs inside a Playwright context, and cuts
// every other request, so no test (and no demo) ever reaches the network.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const BUILT = join(FIXTURES, '.built');

export const FIXTURE_URLS = {
  /** Classic feed: share modal (Quill) in #interop-outlet's shadow root, Quill comment box in the page. */
  feedClassic: 'https://www.linkedin.com/feed/',
  /** React "SDUI" feed: TipTap share box in a native <dialog>. */
  feedSdui: 'https://www.linkedin.com/feed/?variant=sdui',
  /** Company Page admin view: the classic share modal opens at once, authored by "Acme Corp". */
  companyAdmin: 'https://www.linkedin.com/company/12345/admin/page-posts/published/?share=true',
  /** Jobs page: nav only, no editor anywhere. */
  noComposer: 'https://www.linkedin.com/jobs/',
  /** Not a site: one box per editor library (test/fixtures/editors/README.md). */
  editors: 'https://editors.hatcheck.test/',
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Schemes that could leave the machine. Others (data:, blob:, chrome-extension:) never do. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Set by test/support/global-setup.ts once it has built the fixtures for the whole run. */
export const FIXTURES_BUILT_ENV = 'HATCHECK_FIXTURES_BUILT';

let building: Promise<void> | null = null;

/**
 * Runs scripts/build-fixtures.mjs once per process (it returns at once when nothing changed), or
 * not at all in a vitest run whose global set-up ran it.
 */
export function ensureFixturesBuilt(): Promise<void> {
  if (process.env[FIXTURES_BUILT_ENV] === '1') return Promise.resolve();
  building ??= promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-fixtures.mjs')], { cwd: ROOT }).then(() => undefined);
  return building;
}

const fileCache = new Map<string, Buffer>();
async function builtFile(site: string, name: string): Promise<Buffer | null> {
  const path = join(BUILT, site, name);
  if (!fileCache.has(path)) {
    const body = await readFile(path).catch(() => null);
    if (!body) return null;
    fileCache.set(path, body);
  }
  return fileCache.get(path) ?? null;
}

/**
 * What each replica folder answers: test/fixtures/<site>/pages.ts exports `hosts` (the real host
 * names it is served at) and `page(url)` (the built page for a URL, or null for "not reproduced").
 */
interface FixturePages {
  hosts: readonly string[];
  page(url: URL): string | null;
}

let hostTable: Promise<Map<string, { site: string } & FixturePages>> | null = null;
function fixtureHosts(): Promise<Map<string, { site: string } & FixturePages>> {
  hostTable ??= (async () => {
    const table = new Map<string, { site: string } & FixturePages>();
    for (const entry of await readdir(FIXTURES, { withFileTypes: true })) {
      const file = join(FIXTURES, entry.name, 'pages.ts');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const pages = (await import(pathToFileURL(file).href)) as FixturePages;
      for (const host of pages.hosts) table.set(host, { site: entry.name, hosts: pages.hosts, page: pages.page });
    }
    return table;
  })();
  return hostTable;
}

/** What a request gets: a built replica file (or the site's 404), or nothing from this machine. */
export type FixtureAnswer =
  | { kind: 'fulfill'; status: number; contentType: string; body: Buffer | string }
  | { kind: 'abort' }
  | { kind: 'continue' };

async function replicaFile(url: URL, { site, page }: { site: string } & FixturePages): Promise<FixtureAnswer> {
  // Pages use a relative base, so their assets are requested beside whatever URL the page has.
  const asset = /\/assets\/([\w.-]+)$/.exec(url.pathname)?.[1];
  const name = asset ? `assets/${asset}` : page(url);
  const body = name ? await builtFile(site, name) : null;
  if (body && name) return { kind: 'fulfill', status: 200, contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body };
  const notFound = asset ? null : await builtFile(site, 'not-found.html');
  return { kind: 'fulfill', status: 404, contentType: notFound ? CONTENT_TYPES['.html']! : 'text/plain', body: notFound ?? 'not found' };
}

/**
 * The answer for one URL, whatever drives the browser (Playwright here, puppeteer for Firefox in
 * test/support/firefox.ts): a replica host is served from the built fixtures, anything else that
 * would go over the network is aborted, other schemes (data:, blob:, extension pages) go through.
 * Builds the fixtures first if needed.
 */
export async function fixtureAnswer(url: URL): Promise<FixtureAnswer> {
  await ensureFixturesBuilt();
  const fixture = url.protocol === 'https:' ? (await fixtureHosts()).get(url.hostname) : undefined;
  if (fixture) return replicaFile(url, fixture);
  return NETWORK_SCHEMES.has(url.protocol) ? { kind: 'abort' } : { kind: 'continue' };
}

/**
 * Routes every request of the context: https://www.linkedin.com/** from the built fixtures,
 * anything else that would go over the network is aborted. Builds the fixtures first if needed.
 */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await ensureFixturesBuilt();
  await context.route('**/*', async (route) => {
    const answer = await fixtureAnswer(new URL(route.request().url()));
    if (answer.kind === 'fulfill') return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    if (answer.kind === 'abort') return route.abort('blockedbyclient');
    return route.continue();
  });
  // context.route does not see WebSockets.
  await context.routeWebSocket(/.*/, (ws) => ws.close({ code: 1008, reason: 'offline fixtures' }));
}
