import type { Runtime } from 'webextension-polyfill';
import { siteForUrl } from '../../core/sites';
import { parseRequest, type ContentRequestType, type PageRequestType, type RequestPayload, type Responses, type SenderContext } from './protocol';

export interface ContentSender {
  context: 'content';
  tabId: number;
  url: string;
  site: string;
}

export interface PageSender {
  context: 'page';
  url: string;
}

export type ContentHandlers = {
  [K in ContentRequestType]: (payload: RequestPayload<K>, sender: ContentSender) => Promise<Responses[K]>;
};
export type PageHandlers = {
  [K in PageRequestType]: (payload: RequestPayload<K>, sender: PageSender) => Promise<Responses[K]>;
};

/**
 * Who sent a message, from what the browser attributes (never from the message body).
 * Only our own extension's contexts count; a content script only on a supported site's top frame.
 */
export function identifySender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): ContentSender | PageSender | undefined {
  if (sender.id !== extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { context: 'page', url };
  const site = siteForUrl(url);
  if (site && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) {
    return { context: 'content', tabId: sender.tab.id, url, site: site.id };
  }
  return undefined;
}

/**
 * A content script on a page that is not a built-in site's origin, but could be one the user
 * granted (a Mastodon instance): top frame of a tab, https, sent by our own extension. Whether the
 * origin really was granted is for `grantedSite` to say.
 */
function mayBeGrantedOrigin(sender: Runtime.MessageSender, extensionId: string): sender is Runtime.MessageSender & { url: string; tab: { id: number } } {
  return sender.id === extensionId && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && (sender.url ?? '').startsWith('https://');
}

/** Which site a granted origin's page is (async: asks the browser's permissions), or undefined. */
export type GrantedSite = (url: string) => Promise<string | undefined>;

/**
 * Returns an onMessage listener: checks the sender, validates the payload against the schema of
 * that sender's surface, then calls the one handler. Anything else is refused without a side effect.
 * `grantedSite` admits content scripts on origins the user granted (src/background/mastodon-instances.ts).
 */
export function createListener(
  content: ContentHandlers,
  page: PageHandlers,
  extension: { id: string; origin: string },
  grantedSite?: GrantedSite,
): (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined {
  const dispatch = (message: unknown, who: ContentSender | PageSender): Promise<unknown> => {
    const context: SenderContext = who.context;
    const request = parseRequest(message, context);
    if (!request) return Promise.reject(new Error(`Hatcheck refused a ${context} message`));
    if (who.context === 'content') {
      const handler = content[request.type as ContentRequestType] as (p: unknown, s: ContentSender) => Promise<unknown>;
      return handler(request.payload, who);
    }
    const handler = page[request.type as PageRequestType] as (p: unknown, s: PageSender) => Promise<unknown>;
    return handler(request.payload, who);
  };
  return (message, sender) => {
    const who = identifySender(sender, extension.id, extension.origin);
    if (who) return dispatch(message, who);
    if (!grantedSite || !mayBeGrantedOrigin(sender, extension.id)) return undefined;
    const { url, tab } = sender;
    return grantedSite(url).then((site) => {
      if (!site) throw new Error('Hatcheck refused a message from an origin it was not granted');
      return dispatch(message, { context: 'content', tabId: tab.id, url, site });
    });
  };
}
