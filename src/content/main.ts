import { adapterFor } from '../sites/registry';
import { ComposerSession } from './composer-session';
import { createLifetime } from './lifecycle';
import { createOverlayRoot } from './ui/overlay-root';
import { watchComposers } from './watch-composers';

// Content-script entry. It reads compose boxes and shows verdicts; it never decides, never stores,
// never receives contacts, and never writes to the site's editor.

function start(): void {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  const lifetime = createLifetime();
  let shadow: ShadowRoot | undefined;
  const sessions = new Map<HTMLElement, ComposerSession>();

  watchComposers(adapter, document, lifetime.signal, {
    found(editor) {
      // The overlay is created with the first compose box: pages without one get nothing added.
      shadow ??= createOverlayRoot(document, lifetime.signal);
      sessions.set(editor, new ComposerSession(editor, { adapter, shadow, signal: lifetime.signal, guard: lifetime.guard }));
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
