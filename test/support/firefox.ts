// The built Firefox add-on (dist/firefox, or $HATCHECK_DIST/firefox) in Debian's firefox-esr, driven
// by puppeteer-core over WebDriver BiDi (playwright-core cannot load a Firefox add-on). The add-on
// is installed temporarily with BiDi `webExtension.install` ({type: 'path'}): Firefox 138+ installs
// an unsigned, unpacked add-on that way. The replica pages are answered by the same mapping as the
// Chromium tests (fixtureAnswer in ./fixtures.ts), every other network request is aborted.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { distDir } from './dist';
import { ensureFixturesBuilt, fixtureAnswer } from './fixtures';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const ADDON_ID = 'hatcheck@hatcheck.dev';

export interface LaunchedFirefox {
  browser: Browser;
  /** What `webExtension.install` answered: the add-on id Firefox installed. */
  addonId: string;
  close(): Promise<void>;
}

/**
 * The add-on's moz-extension:// host. Firefox picks a random one per profile unless the
 * `extensions.webextensions.uuids` preference names one for the add-on id, as here, so the tests
 * can open the add-on's own pages (the popup) at a known URL.
 */
export const ADDON_UUID = '6d1c0a52-8f3e-4b7a-9c55-2e7f0b1d4a10';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

export async function launchFirefoxExtension(): Promise<LaunchedFirefox> {
  await ensureFixturesBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// URL ("not allowed in this
    // context"): only http(s), file, blob and about:blank are "webdriver-safe". It gives the test
    // driver privileged access to this throwaway profile; the add-on and the pages get nothing more.
    args: ['-remote-allow-system-access'],
  });
  try {
    const addonId = await browser.installExtension(distDir('firefox'));
    return { browser, addonId, close: () => browser.close().catch(() => undefined) };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * A new tab showing one of the add-on's pages (`path` under its moz-extension:// origin, with any
 * query). Navigated with raw BiDi `browsingContext.navigate` (wait: complete): puppeteer's goto never
 * resolves there, as the tab moves to the extension process and puppeteer loses the navigation.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateAddonPage(page, path);
  return page;
}

export async function navigateAddonPage(page: Page, path: string): Promise<void> {
  const { connection, context } = bidi(page);
  await connection.send('browsingContext.navigate', { context, url: `${ADDON_ORIGIN}/${path}`, wait: 'complete' });
}

/** The browser's tab ids (browser.tabs) of the tabs at URLs matching `pattern`, asked from an add-on page. */
export async function addonTabIds(addonPage: Page, pattern: string): Promise<number[]> {
  const ids = await callInPage(addonPage, '(pattern) => browser.tabs.query({ url: pattern }).then((tabs) => JSON.stringify(tabs.map((tab) => tab.id)))',
    [{ type: 'string', value: pattern }], undefined, true);
  return JSON.parse(String(ids)) as number[];
}

/** The text of the first element matching `selector` in the page (innerText: as rendered). */
export async function renderedText(page: Page, selector: string): Promise<string> {
  const text = await callInPage(page, '(selector) => document.querySelector(selector)?.innerText ?? ""', [{ type: 'string', value: selector }]);
  return String(text);
}

/**
 * A new tab whose every request BiDi reports for it is answered by the offline replicas or
 * aborted; `onBlocked` hears each URL that would have left the machine. (Whether Firefox reports a
 * content script's own fetch here was not checked: Hatcheck's makes none.)
 */
export async function newRoutedPage(browser: Browser, onBlocked: (url: string) => void = () => undefined): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => void answer(request, onBlocked));
  return page;
}

async function answer(request: HTTPRequest, onBlocked: (url: string) => void): Promise<void> {
  const reply = await fixtureAnswer(new URL(request.url()));
  if (reply.kind === 'fulfill') return request.respond({ status: reply.status, contentType: reply.contentType, body: reply.body });
  if (reply.kind === 'continue') return request.continue();
  onBlocked(request.url());
  return request.abort('blockedbyclient');
}

// ---- the accessibility tree, through raw BiDi --------------------------------------------------
// Hatcheck's UI is in closed shadow roots. Firefox's accessibility locator does not enter shadow
// roots from the document, but BiDi serialises a host's shadow root (closed too, with
// includeShadowTree: 'all') as a node reference that can start a locateNodes search. The match by
// role and accessible name is Firefox's own accessibility engine's (exact name match).

export interface BidiNode {
  type: 'node';
  sharedId: string;
  value?: { shadowRoot?: BidiNode | null; attributes?: Record<string, string> };
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** puppeteer's BiDi browser keeps its connection and frame ids off the public types. */
function bidi(page: Page): { connection: BidiConnection; context: string } {
  const connection = (page.browser() as unknown as { connection?: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!connection || typeof context !== 'string') throw new Error('not a WebDriver BiDi page');
  return { connection, context };
}

interface CallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * Runs a function in the page's main realm. The source is a string: a compiled arrow function
 * would carry the test runner's helpers (esbuild's __name) that the page does not have.
 */
async function callInPage(page: Page, functionDeclaration: string, args: object[], serializationOptions?: object, awaitPromise = false): Promise<unknown> {
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('script.callFunction', {
    functionDeclaration, arguments: args, target: { context }, awaitPromise, serializationOptions,
  })) as { result: CallResult };
  if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

const FIND_HOSTS = `() => {
  const hosts = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('hatcheck-')) hosts.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return hosts;
}`;

/** The closed shadow roots of Hatcheck's hosts (hatcheck-<random>), found through open roots too. */
async function overlayRoots(page: Page): Promise<string[]> {
  const hosts = (await callInPage(page, FIND_HOSTS, [], { maxDomDepth: 0, maxObjectDepth: 1, includeShadowTree: 'all' })) as BidiNode[] | undefined;
  return (hosts ?? []).map((host) => host.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
}

/** Nodes of Hatcheck's UI with this role (and, when given, exactly this accessible name). */
export async function accessibleInOverlay(page: Page, role: string, name?: string): Promise<BidiNode[]> {
  const roots = await overlayRoots(page);
  if (roots.length === 0) return [];
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'accessibility', value: name === undefined ? { role } : { role, name } },
    startNodes: roots.map((sharedId) => ({ sharedId })),
  })) as { result: { nodes: BidiNode[] } };
  return result.nodes;
}

/** Nodes of the page's own document (not Hatcheck's overlay) with this role and, when given, exactly this name. */
export async function accessibleInPage(page: Page, role: string, name?: string): Promise<BidiNode[]> {
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'accessibility', value: name === undefined ? { role } : { role, name } },
  })) as { result: { nodes: BidiNode[] } };
  return result.nodes;
}

/**
 * The accessible description of a node whose description comes from aria-describedby (Hatcheck's
 * warning card): the referenced elements' text, in order. BiDi has no command for the computed
 * description, so this follows the reference in the DOM rather than asking the accessibility engine.
 */
export async function describedByText(page: Page, node: BidiNode): Promise<string> {
  const text = await callInPage(page, `(element) => {
    const root = element.getRootNode();
    return (element.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
      .map((id) => (root.getElementById(id)?.textContent || '').trim()).join(' ');
  }`, [{ sharedId: node.sharedId }]);
  return typeof text === 'string' ? text : '';
}

/** Whether the node has the focus inside its (shadow) root, and the page has the focus. */
export async function isFocused(page: Page, node: BidiNode): Promise<boolean> {
  return (await callInPage(page, '(element) => element.getRootNode().activeElement === element && document.hasFocus()', [{ sharedId: node.sharedId }])) === true;
}

/**
 * Presses a node of Hatcheck's UI with the real mouse at its centre, as a person does (a closed
 * shadow root is out of reach of DOM selectors, not of the pointer). The box is the node's layout
 * box in the top document's viewport, which is where the overlay is drawn.
 */
export async function clickNode(page: Page, node: BidiNode): Promise<void> {
  const box = await callInPage(page, `(element) => {
    const r = element.getBoundingClientRect();
    return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]);
  }`, [{ sharedId: node.sharedId }]);
  const [x, y] = JSON.parse(String(box)) as [number, number];
  await page.mouse.click(x, y);
}
