import type { BrowserContext, CDPSession, Request } from 'playwright-core';

// Records every request the browser's targets make, from two independent sources, for the
// network-silence test (issue 9 item 1):
//  - the raw DevTools protocol: a browser-level session discovers every target (pages, the
//    extension's service worker — again after each restart —, out-of-process frames, shared
//    workers) and attaches to each on its own (non-flattened) session with `Network.enable`; a
//    page's dedicated workers (the options page's import parser) are auto-attached under it;
//  - playwright's own `context.on('request')`, which attaches before a target runs its first line
//    (it holds new targets at start), so a request made at a service worker's start-up, before our
//    session is attached, is still seen.
// Neither alone is complete; the test demands silence from both.

export interface RecordedRequest {
  url: string;
  /** CDP's resource type (`Fetch`, `Script`, `Document`…) or playwright's, lower-cased. */
  type: string;
  /** Which target made it: `service_worker chrome-extension://…/background.js`, `page https://…`. */
  target: string;
  /** The script that started it, when the protocol says (a content script's fetch names content.js). */
  initiator: string;
  source: 'cdp' | 'playwright';
}

export interface NetworkRecorder {
  readonly requests: readonly RecordedRequest[];
  /** Target labels the raw-protocol side attached to (proves it reached the service worker). */
  readonly attached: readonly string[];
  /**
   * Resolves once every target discovered so far has answered `Network.enable`. Call it after
   * opening a page and before navigating it: attaching is asynchronous, and a navigation started
   * before the page's session records would be missed by the raw-protocol side (seen in CI under
   * load: the replica's own document load was absent from the recording).
   */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ProtocolMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
}

const RECORDED_TYPES = new Set(['page', 'iframe', 'service_worker', 'shared_worker', 'worker', 'background_page']);

/** The first script URL on an initiator's stack (CDP `Network.Initiator`). */
function initiatorUrl(initiator: unknown): string {
  const i = initiator as { url?: string; stack?: { callFrames?: Array<{ url?: string }>; parent?: unknown } } | undefined;
  if (!i) return '';
  const frames: string[] = [];
  for (let stack = i.stack; stack; stack = (stack as { parent?: typeof stack }).parent as typeof i.stack) {
    for (const frame of stack.callFrames ?? []) if (frame.url) frames.push(frame.url);
  }
  return [i.url ?? '', ...frames].filter(Boolean).join(' ');
}

export async function recordNetwork(context: BrowserContext): Promise<NetworkRecorder> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser object for this context: cannot open a browser-level DevTools session');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const requests: RecordedRequest[] = [];
  const attached: string[] = [];
  const seenTargets = new Set<string>();
  let nextId = 1_000_000;

  /** Answers awaited from inside the session chains, by the innermost message's id. */
  const answers = new Map<number, () => void>();
  /** Attachments and their `Network.enable`, until answered (or the target is gone). */
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  /** Sends a protocol message down a chain of non-flattened sessions (outermost first); resolves on its answer. */
  const sendDown = (path: readonly string[], message: ProtocolMessage): Promise<void> => {
    const id = nextId++;
    // A target that goes away never answers: give up after a while, so settled() cannot hang on it.
    const answered = new Promise<void>((done) => {
      const gaveUp = setTimeout(done, 5_000);
      answers.set(id, () => {
        clearTimeout(gaveUp);
        answers.delete(id);
        done();
      });
    });
    let text = JSON.stringify({ id, ...message });
    for (let i = path.length - 1; i >= 1; i--) {
      text = JSON.stringify({ id: nextId++, method: 'Target.sendMessageToTarget', params: { sessionId: path[i], message: text } });
    }
    void cdp.send('Target.sendMessageToTarget', { sessionId: path[0]!, message: text }).catch(() => answers.get(id)?.());
    return answered;
  };

  const labels = new Map<string, string>();
  const enable = (path: readonly string[], label: string, type: string) => {
    labels.set(path.join('/'), label);
    attached.push(label);
    track(sendDown(path, { method: 'Network.enable', params: {} }));
    // A page's or worker's own workers (the import parser): attach under it as they start.
    if (type !== 'service_worker') track(sendDown(path, { method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: false } }));
  };

  /** One message that came up a session chain. */
  const receive = (path: readonly string[], message: ProtocolMessage): void => {
    const { method, params } = message;
    if (message.id !== undefined && !method) answers.get(message.id)?.();
    if (!method || !params) return;
    if (method === 'Target.receivedMessageFromTarget') {
      receive([...path, params.sessionId as string], JSON.parse(params.message as string) as ProtocolMessage);
      return;
    }
    if (method === 'Target.attachedToTarget') {
      const info = params.targetInfo as TargetInfo;
      enable([...path, params.sessionId as string], `${info.type} ${info.url}`, info.type);
      return;
    }
    // The target's kind, and the document (or worker script) that made the request: a tab's
    // target URL is about:blank when we attach, its documents come later.
    const kind = (labels.get(path.join('/')) ?? 'unknown').split(' ')[0];
    const target = `${kind} ${String(params.documentURL ?? '')}`;
    if (method === 'Network.requestWillBeSent') {
      const request = params.request as { url: string };
      requests.push({ url: request.url, type: String(params.type ?? 'Other'), target, initiator: initiatorUrl(params.initiator), source: 'cdp' });
    } else if (method === 'Network.webSocketCreated') {
      requests.push({ url: params.url as string, type: 'WebSocket', target, initiator: initiatorUrl(params.initiator), source: 'cdp' });
    }
  };

  const attach = async (info: TargetInfo) => {
    if (!RECORDED_TYPES.has(info.type) || seenTargets.has(info.targetId)) return;
    seenTargets.add(info.targetId);
    try {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false })) as { sessionId: string };
      enable([sessionId], `${info.type} ${info.url}`, info.type);
    } catch {
      // The target went away before we reached it (a closed tab, a stopped worker).
    }
  };

  cdp.on('Target.targetCreated', ({ targetInfo }) => track(attach(targetInfo as TargetInfo)));
  cdp.on('Target.targetDestroyed', ({ targetId }) => seenTargets.delete(targetId as string));
  cdp.on('Target.receivedMessageFromTarget', (params) => {
    receive([params.sessionId as string], JSON.parse(params.message as string) as ProtocolMessage);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  const onRequest = (request: Request) => {
    let target = 'unknown';
    const worker = request.serviceWorker();
    if (worker) target = `service_worker ${worker.url()}`;
    else {
      try {
        // A navigation's frame still shows the previous document: the document is the one it loads.
        target = `page ${request.isNavigationRequest() ? request.url() : request.frame().url()}`;
      } catch {
        target = 'worker';
      }
    }
    requests.push({ url: request.url(), type: request.resourceType(), target, initiator: '', source: 'playwright' });
  };
  context.on('request', onRequest);

  return {
    requests,
    attached,
    async settled() {
      // Attaching starts more work (enable, auto-attach): wait until nothing is left.
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async stop() {
      context.off('request', onRequest);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Request types a replica page's own markup makes (its documents, scripts, styles, images, fonts). */
const PAGE_RESOURCE_TYPES = new Set(['document', 'script', 'stylesheet', 'image', 'font', 'media', 'other']);

/**
 * The requests that break silence. Allowed: the extension's own files (chrome-extension://<id>/),
 * data: and blob: URLs (they never leave the browser), and a replica page's own loads — an https
 * request to a replica host, made by a page on a replica host, of a markup resource type, not started
 * by the extension's script. Everything else is an offender: anything the service worker or an
 * extension page asks for, any fetch/XHR/WebSocket/beacon, any request a content script starts.
 */
export function offenders(requests: readonly RecordedRequest[], extensionId: string, replicaHosts: ReadonlySet<string>): RecordedRequest[] {
  const ours = `chrome-extension://${extensionId}/`;
  return requests.filter((r) => {
    if (r.url.startsWith(ours) || r.url.startsWith('data:') || r.url.startsWith(`blob:${ours}`) || r.url.startsWith('blob:https://')) return false;
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      return true;
    }
    const pageHost = /^(?:page|iframe) (https:\/\/[^/]+)/.exec(r.target)?.[1];
    const fromReplicaPage = pageHost !== undefined && replicaHosts.has(new URL(pageHost).hostname);
    const markup = PAGE_RESOURCE_TYPES.has(r.type.toLowerCase());
    const startedByExtension = r.initiator.includes('chrome-extension://');
    return !(url.protocol === 'https:' && replicaHosts.has(url.hostname) && fromReplicaPage && markup && !startedByExtension);
  });
}
