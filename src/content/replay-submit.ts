/**
 * "Post anyway" goes through the site's own path: the same events a person's press makes, on the
 * site's own button (pointer and mouse downs and ups, then click: some sites post on mouseup, most
 * on click, none on two of them, as a real press shows), or the same key on the editor when the box
 * has no button. Nothing here touches the editor's content.
 */
export function replayClick(composer: { submitButton(): HTMLElement | null }): boolean {
  const button = composer.submitButton();
  if (!button?.isConnected || button.matches(':disabled, [aria-disabled="true"]')) return false;
  const rect = button.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true, cancelable: true, composed: true, view: button.ownerDocument.defaultView, button: 0 };
  button.dispatchEvent(new PointerEvent('pointerdown', { ...at, buttons: 1, pointerType: 'mouse', isPrimary: true }));
  button.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1, detail: 1 }));
  button.dispatchEvent(new PointerEvent('pointerup', { ...at, buttons: 0, pointerType: 'mouse', isPrimary: true }));
  button.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0, detail: 1 }));
  button.dispatchEvent(new MouseEvent('click', { ...at, buttons: 0, detail: 1 }));
  return true;
}

/** The submit key again, on the editor (keyCode too: Draft.js and others still read it). */
export function replayKey(editor: HTMLElement, original: KeyboardEvent): boolean {
  if (!editor.isConnected) return false;
  const init = {
    key: original.key, code: original.code, keyCode: 13, which: 13,
    ctrlKey: original.ctrlKey, metaKey: original.metaKey, shiftKey: false, altKey: false,
    bubbles: true, cancelable: true, composed: true, view: editor.ownerDocument.defaultView,
  } as KeyboardEventInit;
  editor.dispatchEvent(new KeyboardEvent('keydown', init));
  editor.dispatchEvent(new KeyboardEvent('keyup', init));
  return true;
}
