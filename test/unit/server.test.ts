import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { createListener, identifySender, type ContentHandlers, type PageHandlers } from '../../src/shared/messaging/server';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const extension = { id: ID, origin: ORIGIN };

const popup = { id: ID, url: `${ORIGIN}src/popup/index.html?tabId=7` } as Runtime.MessageSender;
const linkedinTab = (overrides: Partial<Runtime.MessageSender> = {}) =>
  ({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 7 }, frameId: 0, ...overrides }) as Runtime.MessageSender;

describe('identifySender', () => {
  it('knows an extension page by its URL', () => {
    expect(identifySender(popup, ID, ORIGIN)).toEqual({ context: 'page', url: `${ORIGIN}src/popup/index.html?tabId=7` });
  });

  it('knows a content script on a supported site, top frame', () => {
    expect(identifySender(linkedinTab(), ID, ORIGIN)).toEqual({ context: 'content', tabId: 7, url: 'https://www.linkedin.com/feed/', site: 'linkedin' });
    expect(identifySender(linkedinTab({ frameId: undefined }), ID, ORIGIN)).toMatchObject({ context: 'content', site: 'linkedin' });
  });

  it.each([
    ['another extension', { ...popup, id: 'someone-else' }],
    ['another extension on LinkedIn', linkedinTab({ id: 'someone-else' })],
    ['no extension id', linkedinTab({ id: undefined })],
    ['a sub-frame', linkedinTab({ frameId: 3 })],
    ['no tab', linkedinTab({ tab: undefined })],
    ['an unsupported site', linkedinTab({ url: 'https://example.com/' })],
    ['plain-http LinkedIn', linkedinTab({ url: 'http://www.linkedin.com/feed/' })],
    ['a LinkedIn look-alike', linkedinTab({ url: 'https://www.linkedin.com.evil.com/feed/' })],
    ['no URL', linkedinTab({ url: undefined })],
    ['another extension\'s page', { id: ID, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
  ])('refuses %s', (_label, sender) => {
    expect(identifySender(sender as Runtime.MessageSender, ID, ORIGIN)).toBeUndefined();
  });
});

const snapshot = {
  site: 'linkedin', composerId: 'c1', text: 'beer', mentions: [], visibility: 'Anyone', profile: { name: '', handle: '', kind: 'unknown' },
};

function setup() {
  const content = { 'draft:check': vi.fn(async () => ({ level: 'none' })), 'draft:clear': vi.fn(async () => null) };
  const page = { 'tab:state': vi.fn(async () => null) };
  const listener = createListener(content as unknown as ContentHandlers, page as unknown as PageHandlers, extension);
  const calls = () => content['draft:check'].mock.calls.length + content['draft:clear'].mock.calls.length + page['tab:state'].mock.calls.length;
  return { content, page, listener, calls };
}

describe('createListener', () => {
  it('calls the content handler with the validated payload and the browser-attributed sender', async () => {
    const { content, listener, calls } = setup();
    const result = listener({ hatcheck: 1, type: 'draft:check', payload: { ...snapshot, extra: 'x' } }, linkedinTab());
    await expect(result).resolves.toEqual({ level: 'none' });
    expect(content['draft:check']).toHaveBeenCalledExactlyOnceWith(snapshot, { context: 'content', tabId: 7, url: 'https://www.linkedin.com/feed/', site: 'linkedin' });
    expect(calls()).toBe(1);
  });

  it('calls the page handler for a page', async () => {
    const { page, listener, calls } = setup();
    await expect(listener({ hatcheck: 1, type: 'tab:state', payload: { tabId: 7 } }, popup)).resolves.toBeNull();
    expect(page['tab:state']).toHaveBeenCalledExactlyOnceWith({ tabId: 7 }, { context: 'page', url: popup.url });
    expect(calls()).toBe(1);
  });

  it('returns undefined for strangers, leaving the message to other listeners, and calls nothing', () => {
    const { listener, calls } = setup();
    const message = { hatcheck: 1, type: 'draft:check', payload: snapshot };
    expect(listener(message, linkedinTab({ id: 'someone-else' }))).toBeUndefined();
    expect(listener(message, linkedinTab({ frameId: 2 }))).toBeUndefined();
    expect(listener(message, linkedinTab({ url: 'https://example.com/' }))).toBeUndefined();
    expect(calls()).toBe(0);
  });

  it('rejects invalid payloads without calling a handler', async () => {
    const { listener, calls } = setup();
    await expect(listener({ hatcheck: 1, type: 'draft:check', payload: { ...snapshot, text: 1 } }, linkedinTab())).rejects.toThrow('Hatcheck refused a content message');
    await expect(listener({ hatcheck: 1, type: 'tab:state', payload: { tabId: 7 } }, linkedinTab())).rejects.toThrow('Hatcheck refused a content message');
    await expect(listener({ hatcheck: 1, type: 'draft:check', payload: snapshot }, popup)).rejects.toThrow('Hatcheck refused a page message');
    await expect(listener('hello', popup)).rejects.toThrow('Hatcheck refused a page message');
    expect(calls()).toBe(0);
  });
});

describe('createListener: the warning panel\'s actions', () => {
  const profile = snapshot.profile;
  function setupAll() {
    const answer = vi.fn(async () => null);
    const content = { 'phrase:ignore': answer, 'site:snooze': answer, 'popup:open': answer, 'decision:record': answer };
    const page = { 'site:unsnooze': answer };
    return { answer, listener: createListener(content as unknown as ContentHandlers, page as unknown as PageHandlers, extension) };
  }

  it('passes the browser-attributed site and tab, never one from the body', async () => {
    const { answer, listener } = setupAll();
    await listener({ hatcheck: 1, type: 'site:snooze', payload: { minutes: 60, site: 'facebook', tabId: 99 } }, linkedinTab());
    expect(answer).toHaveBeenCalledExactlyOnceWith({ minutes: 60 }, { context: 'content', tabId: 7, url: 'https://www.linkedin.com/feed/', site: 'linkedin' });
  });

  it('refuses a page sending a content action, and a content script sending the popup\'s', async () => {
    const { answer, listener } = setupAll();
    await expect(listener({ hatcheck: 1, type: 'phrase:ignore', payload: { phrase: 'beer', profile } }, popup)).rejects.toThrow('Hatcheck refused a page message');
    await expect(listener({ hatcheck: 1, type: 'popup:open', payload: null }, popup)).rejects.toThrow('Hatcheck refused a page message');
    await expect(listener({ hatcheck: 1, type: 'site:unsnooze', payload: { site: 'linkedin' } }, linkedinTab())).rejects.toThrow('Hatcheck refused a content message');
    expect(answer).not.toHaveBeenCalled();
  });

  it('leaves a sub-frame\'s or another extension\'s action to other listeners', () => {
    const { answer, listener } = setupAll();
    expect(listener({ hatcheck: 1, type: 'decision:record', payload: { decision: 'edited', level: 'warn', categories: [] } }, linkedinTab({ frameId: 1 }))).toBeUndefined();
    expect(listener({ hatcheck: 1, type: 'site:unsnooze', payload: { site: 'linkedin' } }, { ...popup, id: 'someone-else' })).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });
});
