// Reading text out of block-based rich editors (Quill, ProseMirror/TipTap, Lexical, Draft.js all
// render one block element per paragraph). `innerText` doubles newlines on <p> editors and
// `textContent` drops them (../shared/research/sites.md §15), so we walk the blocks ourselves.

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);
const CONTAINER_TAGS = new Set(['UL', 'OL']);

function isTrailingBreak(node: Element): boolean {
  // ProseMirror adds a <br class="ProseMirror-trailingBreak"> so empty/ending lines have height.
  return node.classList.contains('ProseMirror-trailingBreak');
}

/** Text of one block: text nodes as they are, <br> as a line break unless it only holds the line open. */
function inlineText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += (child as Text).data;
    } else if (child instanceof Element) {
      if (child.tagName === 'BR') {
        if (!isTrailingBreak(child) && child.nextSibling) out += '\n';
      } else if (child.getAttribute('aria-hidden') === 'true' || child.hasAttribute('data-placeholder-only')) {
        continue;
      } else {
        out += inlineText(child);
      }
    }
  }
  return out;
}

function blocks(root: Element, out: string[]): void {
  let inline = '';
  let sawInline = false;
  for (const child of Array.from(root.childNodes)) {
    if (child instanceof Element && CONTAINER_TAGS.has(child.tagName)) {
      if (sawInline) out.push(inline);
      inline = '';
      sawInline = false;
      blocks(child, out);
    } else if (child instanceof Element && BLOCK_TAGS.has(child.tagName)) {
      if (sawInline) out.push(inline);
      inline = '';
      sawInline = false;
      const nested = Array.from(child.children).some((c) => BLOCK_TAGS.has(c.tagName) || CONTAINER_TAGS.has(c.tagName));
      if (nested) blocks(child, out);
      else out.push(inlineText(child));
    } else if (child.nodeType === Node.TEXT_NODE || child instanceof Element) {
      sawInline = true;
      if (child.nodeType === Node.TEXT_NODE) inline += (child as Text).data;
      else if ((child as Element).tagName === 'BR') inline += '\n';
      else inline += inlineText(child);
    }
  }
  if (sawInline) out.push(inline);
}

/** The text of a block-based contenteditable, one line per block, joined with \n. */
export function readBlockText(editor: Element): string {
  const lines: string[] = [];
  blocks(editor, lines);
  return lines.join('\n');
}
