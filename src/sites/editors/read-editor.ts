import { cleanEditorText } from '../../core/text';
import { readBlocks, type EditorText } from './block-text';

/** Which library renders an editable, from the markers each library puts on its root. */
export type EditorKind = 'textarea' | 'quill' | 'prosemirror' | 'lexical' | 'draft' | 'slate' | 'ckeditor' | 'contenteditable';

export function editorKind(el: HTMLElement): EditorKind {
  // By tag, not instanceof: an editor in a same-origin iframe belongs to the iframe's realm.
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.dataset.lexicalEditor === 'true') return 'lexical';
  if (el.classList.contains('public-DraftEditor-content')) return 'draft';
  if (el.dataset.slateEditor === 'true') return 'slate';
  if (el.classList.contains('ck-editor__editable')) return 'ckeditor';
  return 'contenteditable';
}

export interface ReadOptions {
  /**
   * Elements inside the editor that are not the user's new text (Gmail's quoted previous message),
   * left out with everything in them. Ranges still map the text that is read.
   */
  skip?: (el: Element) => boolean;
}

const EMPTY: EditorText = { text: '', rangeOf: () => null };

/**
 * The draft as the user sees it, whatever library renders the box, with the way back from text
 * offsets to DOM ranges. A textarea's text has no DOM nodes, so its ranges are null (highlights
 * there are drawn another way). Quill marks an empty editor `.ql-blank` (its placeholder is CSS).
 */
export function readEditor(el: HTMLElement, options: ReadOptions = {}): EditorText {
  const kind = editorKind(el);
  if (kind === 'textarea') return { text: cleanEditorText((el as HTMLTextAreaElement).value), rangeOf: () => null };
  if (kind === 'quill' && el.classList.contains('ql-blank')) return EMPTY;
  return readBlocks(el, options.skip);
}

export function readEditorText(el: HTMLElement, options?: ReadOptions): string {
  return readEditor(el, options).text;
}
