// Launches Debian's Chromium through playwright-core (never a downloaded browser), optionally
// with the unpacked extension, in a fresh profile that is deleted on close.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type WebError, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** An unpacked extension directory, e.g. dist/chrome. */
  extensionPath?: string;
  headless?: boolean;
  /**
   * Leave the first-run guide open. A fresh profile is a new install, and the extension opens its
   * guide in a tab then; other tests close it, so the tab they open stays the active one.
   */
  keepFirstRunGuide?: boolean;
  /** More Chromium arguments (test/support/fixture-server.ts: the proxy that serves the replicas). */
  args?: readonly string[];
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The loaded extension's id (from its MV3 service worker URL), when extensionPath was given. */
  extensionId?: string;
  close(): Promise<void>;
}

function chromiumArgs({ extensionPath, headless, args = [] }: Required<Pick<LaunchOptions, 'headless'>> & LaunchOptions): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox', // containers and CI run as root
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    ...args,
  ];
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/**
 * Waits for the guide the worker opens on install (background/main.ts) and closes it. No test code
 * runs yet, so the first tab opened after launch is the guide: it is closed as soon as it exists,
 * before it loads. Already there (a fast worker): found by its URL. A build without the guide
 * costs 10 s here.
 */
async function closeFirstRunGuide(context: BrowserContext, extensionId: string): Promise<void> {
  const guideUrl = `chrome-extension://${extensionId}/src/options/index.html#welcome`;
  const opened = context.pages().find((p) => p.url() === guideUrl) ?? (await context.waitForEvent('page', { timeout: 10_000 }).catch(() => undefined));
  await opened?.close();
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const headless = options.headless ?? true;
  const userDataDir = await mkdtemp(join(tmpdir(), 'hatcheck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: chromiumArgs({ ...options, headless }),
      viewport: VIEWPORT,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  if (!options.extensionPath) return { context, close };
  try {
    const extensionId = await findExtensionId(context);
    if (!options.keepFirstRunGuide) await closeFirstRunGuide(context, extensionId);
    return { context, extensionId, close };
  } catch (error) {
    await close();
    throw new Error(`extension at ${options.extensionPath} did not start a service worker: ${(error as Error).message}`);
  }
}

/**
 * A browser without the extension whose contexts (browser.newContext: a new in-memory profile
 * each, VIEWPORT) tests open and close themselves, so several test files can share one launch.
 */
export function launchBrowser(options: Pick<LaunchOptions, 'headless' | 'args'> = {}): Promise<Browser> {
  const headless = options.headless ?? true;
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: chromiumArgs({ ...options, headless }) });
}

export const VIEWPORT = { width: 1280, height: 860 } as const;

export interface PageErrors {
  /** console.error messages and uncaught exceptions, in order, with the page URL. */
  readonly errors: string[];
  clear(): void;
  stop(): void;
}

/**
 * Collects what would show as red in DevTools for every page of the context, so a test can assert
 * "no exception in the page's console". Request failures we caused on purpose (blocked by the
 * offline router) are logged by Chromium as console errors too: pass `ignore` patterns for those.
 */
export function collectPageErrors(context: BrowserContext, ignore: RegExp[] = []): PageErrors {
  const errors: string[] = [];
  const keep = (text: string) => !ignore.some((pattern) => pattern.test(text));
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = `console.error: ${message.text()} (${message.location().url || message.page()?.url() || 'unknown'})`;
    if (keep(text)) errors.push(text);
  };
  const onError = (error: WebError) => {
    const text = `uncaught: ${error.error().stack ?? error.error().message} (${error.page()?.url() ?? 'unknown'})`;
    if (keep(text)) errors.push(text);
  };
  context.on('console', onConsole);
  context.on('weberror', onError);
  return {
    errors,
    clear: () => void errors.splice(0),
    stop: () => {
      context.off('console', onConsole);
      context.off('weberror', onError);
    },
  };
}
