import type { SiteAdapter } from '../sites/types';
import { attached } from './frames';

export interface ComposerEvents {
  found(editor: HTMLElement): void;
  gone(editor: HTMLElement): void;
  /** Each root the adapter names, on every scan (a same-origin iframe's document arrives late). */
  root?(root: Document | ShadowRoot): void;
}

const RESCAN_DELAY_MS = 150;

/**
 * Finds compose boxes as the site mounts and unmounts them. The observer callback only schedules a
 * scan (one timer at a time): LinkedIn mutates its DOM constantly and the callback runs before paint.
 * MutationObservers do not cross shadow boundaries, so each shadow root the adapter names is observed too.
 */
export function watchComposers(adapter: SiteAdapter, doc: Document, signal: AbortSignal, events: ComposerEvents): void {
  const known = new Set<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Typing changes the editor's own DOM on every keystroke; that can neither add nor remove a
  // compose box, so it schedules no scan (the session listens to the editor itself).
  const insideKnownEditor = (node: Node) => {
    for (const editor of known) if (editor.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || records.every((r) => insideKnownEditor(r.target))) return;
    timer = setTimeout(scan, RESCAN_DELAY_MS);
  });

  function observe(root: Node): void {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  function scan(): void {
    timer = undefined;
    if (signal.aborted) return;
    for (const root of adapter.roots(doc)) {
      observe(root === doc ? (doc.body ?? doc.documentElement) : root);
      events.root?.(root);
      for (const editor of adapter.findComposers(root)) {
        if (known.has(editor)) continue;
        known.add(editor);
        events.found(editor);
      }
    }
    for (const editor of known) {
      if (attached(editor)) continue;
      known.delete(editor);
      events.gone(editor);
    }
  }

  // An iframe's document arrives after the iframe itself (WordPress's editor canvas): its load
  // event does not bubble, but a capturing listener on the document sees it.
  const onLoad = (event: Event) => {
    if (event.target instanceof HTMLIFrameElement && timer === undefined) timer = setTimeout(scan, RESCAN_DELAY_MS);
  };
  doc.addEventListener('load', onLoad, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const editor of known) events.gone(editor);
    known.clear();
  });
  scan();
}
