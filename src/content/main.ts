import { adapterFor } from '../sites/registry';
import { ComposerSession } from './composer-session';
import { createLifetime } from './lifecycle';
import { Overlays } from './ui/overlay-root';
import { watchComposers } from './watch-composers';

// Content-script entry. It reads compose boxes and shows verdicts; it never decides, never stores,
// never receives contacts, and never writes to the site's editor.

function start(): void {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  const lifetime = createLifetime();
  const overlays = new Overlays(document, lifetime.signal);
  const sessions = new Map<HTMLElement, ComposerSession>();

  watchComposers(adapter, document, lifetime.signal, {
    found(editor) {
      // Hosts are created with the first compose box: pages without one get nothing added.
      sessions.set(editor, new ComposerSession(editor, { adapter, layer: overlays.layerFor(editor), signal: lifetime.signal, guard: lifetime.guard }));
    },
    gone(editor) {
      sessions.get(editor)?.dispose();
      sessions.delete(editor);
    },
  });
}

try {
  start();
} catch {
  // Never let an adapter surprise reach the page's console as an uncaught exception.
}
