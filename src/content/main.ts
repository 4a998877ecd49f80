import { ignorePhrase, openPopup, pageSite, recordDecision, reportProblem, snoozeSite, wakeWorker } from '../shared/messaging/content-client';
import { adapterForPage } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { ComposerSession } from './composer-session';
import { createLifetime } from './lifecycle';
import { watchForUnrecognisedBoxes, type ProtectionProblem } from './self-test';
import { onRecheck } from './recheck';
import { SubmitGuard } from './submit-guard';
import { Overlays } from './ui/overlay-root';
import { watchComposers } from './watch-composers';
import { WorkerWake } from './worker-wake';

// Content-script entry. It reads compose boxes and shows verdicts; it never decides, never stores,
// never receives contacts, and never writes to the site's editor.

function start(adapter: SiteAdapter): void {
  const lifetime = createLifetime();
  const overlays = new Overlays(document, lifetime.signal);
  const sessions = new Map<HTMLElement, ComposerSession>();
  // Each problem is told once per page load: the popup shows it until the tab navigates.
  const told = new Set<ProtectionProblem>();
  const report = (problem: ProtectionProblem) => {
    if (told.has(problem)) return;
    told.add(problem);
    void lifetime.guard(reportProblem(problem));
  };

  const services = { ignorePhrase, snoozeSite, openPopup, recordDecision };
  const wake = new WorkerWake(() => lifetime.guard(wakeWorker()));
  onRecheck(() => {
    for (const session of sessions.values()) session.recheck();
  }, lifetime.signal);
  const guard = new SubmitGuard(() => sessions.values(), window, lifetime.signal);

  const inSession = (el: Element) => {
    for (const editor of sessions.keys()) if (editor === el || editor.contains(el)) return true;
    return false;
  };
  const selfTest = {
    inSession,
    // Sessions first (cheap); then the adapter itself, since a box mounted a moment ago may not be
    // scanned yet (watchComposers waits for mutations to settle).
    isKnownComposer: (el: Element) => {
      const holds = (editor: HTMLElement) => editor === el || editor.contains(el);
      return inSession(el) || adapter.roots(document).some((root) => adapter.findComposers(root).some(holds)) || adapter.isNotComposer?.(el) === true;
    },
    report,
    signal: lifetime.signal,
  };
  // Typing in a same-origin iframe (Teams' conversation frame) fires its input events there.
  const selfTested = new WeakSet<Document>([document]);

  watchComposers(adapter, document, lifetime.signal, {
    root(root) {
      // A Document of any realm (an iframe's is not `instanceof Document` here).
      if (root.nodeType !== Node.DOCUMENT_NODE || selfTested.has(root as Document)) return;
      selfTested.add(root as Document);
      watchForUnrecognisedBoxes(root as Document, selfTest);
    },
    found(editor) {
      guard.watch(editor.ownerDocument.defaultView ?? window);
      // Hosts are created with the first compose box: pages without one get nothing added.
      sessions.set(editor, new ComposerSession(editor, { adapter, layer: overlays.layerFor(editor), signal: lifetime.signal, services, guard: lifetime.guard, wake, onReadFailed: () => report('read-failed') }));
    },
    gone(editor) {
      sessions.get(editor)?.dispose();
      sessions.delete(editor);
    },
  });
  watchForUnrecognisedBoxes(document, selfTest);
}

// Run once per page: the popup may inject this script into a tab (a site enabled just now) where a
// registered copy already ran — and found no adapter, since the site was not enabled yet. So the
// flag is set when a copy *starts*, not when it loads. It lives in the extension's isolated world:
// pages cannot set it.
const STARTED = Symbol.for('hatcheck.content.started');
const realm = globalThis as typeof globalThis & { [STARTED]?: true };
if (!realm[STARTED]) {
  adapterForPage(new URL(location.href), pageSite).then((adapter) => {
    if (!adapter || realm[STARTED]) return;
    realm[STARTED] = true;
    try {
      start(adapter);
    } catch {
      // Never let an adapter surprise reach the page's console as an uncaught exception.
    }
  }, () => undefined);
}
