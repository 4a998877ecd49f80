import { cleanEditorText } from '../../core/text';
import { readBlockText } from './block-text';

/** Which library renders an editable, from the markers each library puts on its root. */
export type EditorKind = 'textarea' | 'quill' | 'prosemirror' | 'lexical' | 'draft' | 'slate' | 'ckeditor' | 'contenteditable';

export function editorKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.dataset.lexicalEditor === 'true') return 'lexical';
  if (el.classList.contains('public-DraftEditor-content')) return 'draft';
  if (el.dataset.slateEditor === 'true') return 'slate';
  if (el.classList.contains('ck-editor__editable')) return 'ckeditor';
  return 'contenteditable';
}

/**
 * The draft as the user typed it. Quill marks an empty editor `.ql-blank` (its placeholder is CSS);
 * TipTap marks it `.is-editor-empty`; reading them would give "" anyway, but the class is cheaper.
 */
export function readEditorText(el: HTMLElement): string {
  const kind = editorKind(el);
  if (kind === 'textarea') return cleanEditorText((el as HTMLTextAreaElement).value);
  if (kind === 'quill' && el.classList.contains('ql-blank')) return '';
  return cleanEditorText(readBlockText(el));
}
