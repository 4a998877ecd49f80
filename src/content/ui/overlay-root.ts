import { STYLES } from './styles';

/**
 * The one element Hatcheck adds to the page: a host with a *closed* shadow root, so page scripts
 * cannot read the warning (which names contacts) nor restyle it. Attached to <html>, not <body>,
 * because SPAs replace body content wholesale. The tag name varies per page load so a page cannot
 * select it by a fixed name.
 */
export function createOverlayRoot(doc: Document, signal: AbortSignal): ShadowRoot {
  const suffix = Math.random().toString(36).slice(2, 8);
  const host = doc.createElement(`hatcheck-${suffix}`);
  // Own layer, no size: it must never shift the page's layout.
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('top', '0');
  host.style.setProperty('left', '0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483647');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  shadow.append(style);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());
  return shadow;
}
