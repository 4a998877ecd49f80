// Bundled as an IIFE and injected into fixture pages (MAIN world), so adapter tests run the real
// src/sites code against the real editors. Every helper returns plain JSON for page.evaluate.
import type { ActiveProfile, Mention } from '../../src/core/types';
import { editorKind, readEditor } from '../../src/sites/editors/read-editor';
import { ADAPTERS, adapterFor } from '../../src/sites/registry';
import type { SiteAdapter } from '../../src/sites/types';

export interface ComposerSnapshot {
  text: string;
  mentions: Mention[];
  visibility: string;
  profile: ActiveProfile;
  kind: 'post' | 'comment' | 'message';
}

export interface ComposerDescription {
  tag: string;
  className: string;
  ariaLabel: string | null;
  inShadowRoot: boolean;
}

function adapter(): SiteAdapter {
  const url = new URL(location.href);
  const found = adapterFor(url);
  if (!found) throw new Error(`no adapter matches ${url.href}`);
  return found;
}

/** Every composer the adapter finds, across the document and the shadow roots it names. */
function composers(): HTMLElement[] {
  const a = adapter();
  return a.roots(document).flatMap((root) => a.findComposers(root));
}

/**
 * The composer the test means, picked by a selector for the fixture's known editor (matched inside
 * its own tree, so it works in shadow roots). Throws when the adapter did not find that editor:
 * a test must never pass because the adapter read some other box.
 */
function composer(selector: string): HTMLElement {
  const matching = composers().filter((el) => el.matches(selector));
  if (matching.length !== 1) {
    throw new Error(`adapter found ${matching.length} composers matching ${selector}; all it found: ${JSON.stringify(describe())}`);
  }
  return matching[0]!;
}

function describe(): ComposerDescription[] {
  return composers().map((el) => ({
    tag: el.tagName.toLowerCase(),
    className: el.className,
    ariaLabel: el.getAttribute('aria-label'),
    inShadowRoot: el.getRootNode() instanceof ShadowRoot,
  }));
}

/** The one editable a selector names: an editor test must never read some other box. */
function editable(selector: string): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0]!;
}

/** The reader's `skip` option for elements matching a selector (none when no selector). */
const skipping = (selector?: string) => (selector ? { skip: (el: Element) => el.matches(selector) } : {});

const api = {
  ADAPTERS,
  /** The shared editor reader on any editable, without a site adapter (test/fixtures/editors). */
  editorRead: (selector: string, skip?: string) => {
    const el = editable(selector);
    return { kind: editorKind(el), text: readEditor(el, skipping(skip)).text };
  },
  /**
   * The shared reader, run in THIS window on an editable inside a same-origin iframe (its nodes
   * belong to the iframe's realm, as for a content script reaching Teams' or WordPress's frames).
   */
  editorReadInFrame: (frame: string, selector: string) => {
    const doc = document.querySelector<HTMLIFrameElement>(frame)?.contentDocument;
    const found = doc?.querySelectorAll<HTMLElement>(selector) ?? [];
    if (found.length !== 1) throw new Error(`${found.length} elements match ${selector} in ${frame}`);
    const el = found[0]!;
    const read = readEditor(el);
    const word = read.text.indexOf('hungover');
    return { kind: editorKind(el), text: read.text, range: word >= 0 ? (read.rangeOf(word, word + 'hungover'.length)?.toString() ?? null) : null };
  },
  /** What the DOM Range for [start, end) of the read text covers, or null when there is none. */
  editorRangeText: (selector: string, start: number, end: number, skip?: string) => readEditor(editable(selector), skipping(skip)).rangeOf(start, end)?.toString() ?? null,
  count: () => composers().length,
  describe,
  readText: (selector: string) => adapter().readText(composer(selector)),
  readMentions: (selector: string) => adapter().readMentions(composer(selector)),
  readVisibility: (selector: string) => adapter().readVisibility(composer(selector)),
  readProfile: (selector: string, url = location.href) => adapter().readProfile(composer(selector), new URL(url)),
  composerKind: (selector: string) => adapter().composerKind(composer(selector)),
  /** The submit button's text and classes (so a test can tell which button it is), or null. */
  submitButton: (selector: string) => {
    const button = adapter().submitButton(composer(selector));
    return button ? { text: (button.textContent ?? '').trim(), className: button.className } : null;
  },
  submitKey: (selector: string) => adapter().submitKey(composer(selector)),
  snapshot(selector: string, url = location.href): ComposerSnapshot {
    const a = adapter();
    const el = composer(selector);
    return {
      text: a.readText(el),
      mentions: a.readMentions(el),
      visibility: a.readVisibility(el),
      profile: a.readProfile(el, new URL(url)),
      kind: a.composerKind(el),
    };
  },
};

export type HatcheckSitesTestApi = typeof api;

declare global {
  interface Window {
    __hatcheckSites?: HatcheckSitesTestApi;
  }
}

window.__hatcheckSites = api;
