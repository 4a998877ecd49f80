// Reading text out of block-based rich editors (Quill, ProseMirror/TipTap, Lexical, Draft.js, Slate
// and CKEditor 5 all render one block element per paragraph). `innerText` doubles newlines on <p>
// editors and `textContent` drops them (../shared/research/sites.md §15), so we walk the blocks
// ourselves — and remember, for every character we read, which text node it came from, so a
// finding's offsets can be turned back into a DOM Range for highlighting (issue 7) without ever
// touching the editor's DOM.

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);
const CONTAINER_TAGS = new Set(['UL', 'OL']);

/**
 * Whether a node is an element, by its type: an editor in a same-origin iframe (Teams, WordPress's
 * canvas) has nodes of the iframe's realm, which `instanceof Element` of this script's realm rejects.
 */
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** A run of the read text that comes from one DOM text node. */
interface Segment {
  node: Text;
  /** Offset of the run's first character in the read text. */
  start: number;
  /** Offset in `node.data` of each character of the run (the run skips zero-width characters). */
  offsets: number[];
}

/** The draft as read, and the way back from its offsets to the DOM. */
export interface EditorText {
  text: string;
  /**
   * A Range over [start, end) of `text`, or null when the offsets fall outside it. Line breaks
   * between blocks have no DOM character: a range that spans one covers both blocks' text.
   */
  rangeOf(start: number, end: number): Range | null;
}

/**
 * Elements that are in the editor but are not the user's text: ProseMirror's trailing break
 * (it only holds an empty last line open), Slate's placeholder, anything the editor hid from
 * assistive technology, and our own fixtures' explicit markers.
 */
function isDecoration(el: Element): boolean {
  return el.classList.contains('ProseMirror-trailingBreak')
    || el.hasAttribute('data-slate-placeholder')
    || el.getAttribute('aria-hidden') === 'true'
    || el.hasAttribute('data-placeholder-only');
}

/**
 * Zero-width characters editors render that the user never typed: Slate's `\uFEFF` for empty
 * leaves, `\u200b` in old overlays, CKEditor 5's inline filler (seven `\u2060` after a soft break).
 */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;

class Reader {
  /** Elements the caller says are not the user's text (Gmail's quoted message), skipped whole. */
  constructor(readonly skip: (el: Element) => boolean = () => false) {}

  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  /** Appends a text node's characters, cleaned the way cleanEditorText cleans (same result, mapped). */
  textNode(node: Text): void {
    const data = node.data;
    let out = '';
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ZERO_WIDTH.test(ch)) continue;
      if (ch === '\r') {
        // CRLF and lone CR are one line break, as in cleanEditorText.
        if (data[i + 1] === '\n') continue;
        out += '\n';
      } else {
        out += ch === '\u00a0' ? ' ' : ch;
      }
      offsets.push(i);
    }
    if (!out) return;
    this.segments.push({ node, start: this.length, offsets });
    this.parts.push(out);
    this.length += out.length;
  }

  /** A line break with no DOM character of its own (between blocks, or a <br>). */
  lineBreak(): void {
    this.parts.push('\n');
    this.length += 1;
  }

  get text(): string {
    return this.parts.join('');
  }
}

/** Inline content of one block: text as it is, <br> as a line break unless it only holds the line open. */
function inline(node: Node, reader: Reader): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      reader.textNode(child as Text);
    } else if (isElement(child)) {
      if (isDecoration(child) || reader.skip(child)) continue;
      if (child.tagName === 'BR') {
        // A <br> that ends its block only holds an empty line open (Quill, Lexical, CKEditor's filler).
        if (child.nextSibling && !child.hasAttribute('data-cke-filler')) reader.lineBreak();
      } else {
        inline(child, reader);
      }
    }
  }
}

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName) || CONTAINER_TAGS.has(el.tagName);

function blocks(root: Element, reader: Reader, first: { value: boolean }): void {
  const startLine = () => {
    if (!first.value) reader.lineBreak();
    first.value = false;
  };
  let inLine = false; // inline content seen since the last block
  for (const child of Array.from(root.childNodes)) {
    if (isElement(child) && (isDecoration(child) || reader.skip(child))) continue;
    if (isElement(child) && CONTAINER_TAGS.has(child.tagName)) {
      inLine = false;
      blocks(child, reader, first);
    } else if (isElement(child) && BLOCK_TAGS.has(child.tagName)) {
      inLine = false;
      if (Array.from(child.children).some(isBlock)) {
        blocks(child, reader, first);
      } else {
        startLine();
        inline(child, reader);
      }
    } else if (child.nodeType === Node.TEXT_NODE || isElement(child)) {
      if (!inLine) startLine();
      inLine = true;
      if (child.nodeType === Node.TEXT_NODE) reader.textNode(child as Text);
      else if ((child as Element).tagName === 'BR') {
        // As in a block: a last <br> only holds the line open (Chrome leaves one in an emptied box).
        if (child.nextSibling) reader.lineBreak();
      } else inline(child, reader);
    }
  }
}

/** Where offset `at` of the read text is in the DOM: inside a segment, or at the edge of the nearest one. */
function domPoint(segments: readonly Segment[], at: number, edge: 'start' | 'end'): [Text, number] | null {
  // The last segment starting at or before `at`.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const seg = found >= 0 ? segments[found] : undefined;
  if (seg) {
    const i = at - seg.start;
    if (i < seg.offsets.length) return [seg.node, seg.offsets[i]!];
    // `at` is just past this segment (a line break, or the end of the text).
    if (edge === 'end' || found === segments.length - 1) return [seg.node, seg.offsets[seg.offsets.length - 1]! + 1];
  }
  const next = segments[found + 1];
  return next ? [next.node, next.offsets[0]!] : null;
}

/**
 * The text of a block-based contenteditable, one line per block, with the map back to the DOM.
 * `skip` names elements inside the editor that are not the user's text; they are left out whole.
 */
export function readBlocks(editor: Element, skip?: (el: Element) => boolean): EditorText {
  const reader = new Reader(skip);
  blocks(editor, reader, { value: true });
  const text = reader.text;
  const segments = reader.segments;
  return {
    text,
    rangeOf(start, end) {
      if (!(start >= 0 && end <= text.length && start < end)) return null;
      const from = domPoint(segments, start, 'start');
      const to = domPoint(segments, end, 'end');
      if (!from || !to) return null;
      const range = editor.ownerDocument.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range.collapsed ? null : range;
    },
  };
}

/** The text of a block-based contenteditable, one line per block, joined with \n. */
export function readBlockText(editor: Element): string {
  return readBlocks(editor).text;
}
