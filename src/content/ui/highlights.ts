import type { Finding } from '../../core/types';
import { readEditor } from '../../sites/editors/read-editor';

let sequence = 0;

/**
 * Marks the risky phrases inside the site's editor with the CSS Custom Highlight API: the browser
 * paints the ranges, and the editor's DOM is never touched (no <mark>, no class, no attribute).
 *
 * The ::highlight() rule must live where the text is (the document, or the shadow root the editor
 * renders in), so it goes into that root's adoptedStyleSheets: a constructed sheet, not an element.
 * The highlight's name is random per page load, so the page's CSS cannot restyle it by name.
 * A textarea's text has no DOM ranges (Mastodon), so nothing is painted there.
 */
export class PhraseHighlights {
  private readonly name = `hc-${Math.random().toString(36).slice(2, 8)}-${++sequence}`;
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly editor: HTMLElement) {}

  private get registry(): HighlightRegistry | undefined {
    const win = this.editor.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    return win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  }

  show(findings: readonly Finding[]): void {
    const registry = this.registry;
    if (!registry || typeof Highlight === 'undefined') return;
    let ranges: Range[];
    try {
      const reader = readEditor(this.editor);
      ranges = findings.map((f) => locate(reader.text, reader.rangeOf, f)).filter((r): r is Range => r !== null);
    } catch {
      return;
    }
    if (!ranges.length) return this.clear();
    this.adoptSheet();
    registry.set(this.name, new Highlight(...ranges));
  }

  clear(): void {
    this.registry?.delete(this.name);
  }

  /** (Re)adds our rule: frameworks may replace a shadow root's adoptedStyleSheets wholesale. */
  private adoptSheet(): void {
    const root = this.editor.getRootNode() as Document | ShadowRoot;
    if (!('adoptedStyleSheets' in root)) return;
    try {
      // A constructed sheet can only be adopted by the document whose window made it (an iframe's own).
      this.sheet ??= makeSheet(this.name, (this.editor.ownerDocument.defaultView ?? window) as Window & typeof globalThis);
      if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // Another document's sheet, or a browser that refuses: the warning card still lists the phrases.
    }
  }
}

function makeSheet(name: string, win: Window & typeof globalThis): CSSStyleSheet {
  const sheet = new win.CSSStyleSheet();
  // A background tint only, readable on light and dark sites without changing layout. No
  // text-decoration (the wavy underline it had until 2026-11-24): Chromium rebuilds every custom
  // highlight's markers in each frame in which anything in the document changed, and a highlight
  // whose style has a decoration or a shadow paints outside its text, so each rebuild also
  // invalidates the ink overflow of every highlighted text node, which the frame then recomputes
  // up the tree. On a feed that changes every frame that was about +0.3 ms layout and +0.3 ms
  // pre-paint per frame (bench/frame-ab.ts, issue 10). The card lists the phrases in words.
  sheet.replaceSync(`::highlight(${name}) { background-color: rgba(255, 176, 32, 0.4); }`);
  return sheet;
}

/**
 * The finding's range in the editor. Its offsets are in the text the worker checked, which is the
 * editor's text unless the adapter left something out (Gmail's quoted message); when the text at
 * the offsets differs, the nearest occurrence of the phrase is used instead.
 */
function locate(text: string, rangeOf: (start: number, end: number) => Range | null, finding: Finding): Range | null {
  if (!finding.text) return null;
  if (text.slice(finding.start, finding.end) === finding.text) return rangeOf(finding.start, finding.end);
  let best = -1;
  for (let at = text.indexOf(finding.text); at !== -1; at = text.indexOf(finding.text, at + 1)) {
    if (best === -1 || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at;
  }
  return best === -1 ? null : rangeOf(best, best + finding.text.length);
}
