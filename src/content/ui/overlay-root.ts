import { STYLES } from './styles';
import { UiEvents } from './ui-events';
import { outermost } from '../frames';

export interface OverlayLayer {
  shadow: ShadowRoot;
  host: HTMLElement;
  /** Where our elements register their handlers: page events never reach them directly. */
  events: UiEvents;
}

function createHost(doc: Document, parent: Element, events: UiEvents, signal: AbortSignal): OverlayLayer {
  const suffix = Math.random().toString(36).slice(2, 8);
  const host = doc.createElement(`hatcheck-${suffix}`);
  // Own layer, no size: it must never shift the page's layout.
  for (const [name, value] of Object.entries({ all: 'initial', position: 'fixed', top: '0', left: '0', width: '0', height: '0', 'z-index': '2147483647' })) {
    host.style.setProperty(name, value, 'important');
  }
  // Closed, so page scripts cannot reach in (warnings name contacts); open in development builds,
  // where being able to inspect it matters more.
  const shadow = host.attachShadow({ mode: import.meta.env.DEV ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  shadow.append(style);
  parent.append(host);
  events.adopt(host, shadow);
  signal.addEventListener('abort', () => {
    events.release(host);
    host.remove();
  });
  return { shadow, host, events };
}

/**
 * The elements Hatcheck adds to a page: hosts with a *closed* shadow root, so page scripts can
 * neither read the warning (it can name contacts) nor restyle it. The tag name varies per page
 * load so a page cannot select it by a fixed name.
 *
 * Normally one host on <html> (SPAs replace body content wholesale). A modal <dialog> makes the
 * rest of the page inert and sits in the top layer above any z-index, so a composer inside one
 * gets a host inside that dialog: otherwise the warning could be neither seen, clicked nor read
 * by a screen reader.
 */
export class Overlays {
  private page: OverlayLayer | undefined;
  private readonly dialogs = new WeakMap<Element, OverlayLayer>();
  private readonly events: UiEvents;

  constructor(private readonly doc: Document, private readonly signal: AbortSignal) {
    this.events = new UiEvents(doc.defaultView ?? window, signal);
  }

  layerFor(editor: HTMLElement): OverlayLayer {
    // An editor in an iframe is drawn for in this document, beside the iframe.
    const dialog = outermost(editor).closest('dialog');
    if (dialog?.matches(':modal')) {
      let layer = this.dialogs.get(dialog);
      if (!layer?.host.isConnected) {
        layer = createHost(this.doc, dialog, this.events, this.signal);
        this.dialogs.set(dialog, layer);
      }
      return layer;
    }
    if (!this.page?.host.isConnected) this.page = createHost(this.doc, this.doc.documentElement, this.events, this.signal);
    return this.page;
  }
}
