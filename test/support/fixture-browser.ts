// The offline fixtures in Debian's Chromium, served by test/support/fixture-server.ts (a local
// server whose hashed assets the browser caches, instead of Playwright's router), and for adapter
// tests the site adapters injected: a new browser context (an in-memory profile of its own) per test
// file in one Chromium the worker's files share, a fresh document per test, and page errors
// collected for assertions.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adapterBundle } from './adapter-bundle';
import type { HatcheckSitesTestApi } from './adapter-entry';
import { collectPageErrors, launchBrowser, VIEWPORT, type PageErrors } from './browser';
import { fixtureServer } from './fixture-server';

export interface FixtureBrowser {
  /**
   * A page at `url` with a new document. The test's first page is the tab the previous test used,
   * navigated again (a new tab cost 100-250 ms each, the files' biggest cost after typing); any
   * further page is a new tab, closed after the test.
   */
  open(url: string): Promise<Page>;
  /** console.error messages and uncaught exceptions since the test started. */
  readonly pageErrors: string[];
}

let shared: Promise<Browser> | null = null;

/**
 * The worker's Chromium for fixture files: launched by the first file and kept for the next ones
 * (the browser files share one worker, vite.config.ts), which saves each file a launch and a close
 * (about 1-2.5 s). Playwright ends it when the worker process exits. A browser that went away (a
 * crash) is launched again.
 */
async function sharedBrowser(args: readonly string[]): Promise<Browser> {
  const current = shared && (await shared.catch(() => null));
  if (!current?.isConnected()) shared = launchBrowser({ args });
  return shared!;
}

export function useFixtureBrowser({ injectAdapters = false } = {}): FixtureBrowser {
  let context: BrowserContext | undefined;
  let errors: PageErrors | undefined;
  const pages: Page[] = [];
  /** The tab kept from the last test, at about:blank, for the next test's first page. */
  let spare: Page | undefined;

  beforeAll(async () => {
    const [server, bundle] = await Promise.all([fixtureServer(), injectAdapters ? adapterBundle() : null]);
    context = await (await sharedBrowser(server.chromiumArgs)).newContext({ viewport: VIEWPORT });
    if (bundle) await context.addInitScript({ content: bundle });
    errors = collectPageErrors(context);
  });
  afterEach(async () => {
    const [first, ...others] = pages.splice(0);
    await Promise.all(others.map((page) => page.close()));
    // Unloaded now, so what the old document does on its way out is this test's. A tab that cannot
    // leave its page (a test that ended mid-navigation) is closed, and the next test gets a new one.
    const blank = first && !first.isClosed() ? await first.goto('about:blank').then(() => true, () => false) : false;
    if (first && !blank) await first.close().catch(() => undefined);
    spare = blank ? first : undefined;
    errors?.clear();
  });
  afterAll(async () => {
    errors?.stop();
    await context?.close();
  });

  return {
    async open(url) {
      if (!context) throw new Error('useFixtureBrowser: browser not started (call open() inside a test)');
      const page = pages.length === 0 && spare ? spare : await context.newPage();
      spare = undefined;
      pages.push(page);
      await page.goto(url);
      return page;
    },
    get pageErrors() {
      return errors?.errors ?? [];
    },
  };
}

type Api = Omit<HatcheckSitesTestApi, 'ADAPTERS'>;

/** Calls one of the injected adapter helpers (test/support/adapter-entry.ts) in the page. */
export function adapterCall<K extends keyof Api>(page: Page, method: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return page.evaluate(
    ([name, params]) => {
      const api = window.__hatcheckSites;
      if (!api) throw new Error('adapter bundle not injected');
      return (api[name] as (...a: unknown[]) => unknown)(...params);
    },
    [method, args] as const,
  ) as Promise<ReturnType<Api[K]>>;
}
