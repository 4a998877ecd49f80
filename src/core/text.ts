// Draft text normalisation. Every function here keeps string length, so offsets found in the
// normalised text are offsets into the text the user typed.

/** Same-length fold: no-break spaces to spaces, typographic apostrophes and quotes to ASCII. */
export function foldForMatching(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/**
 * Cleans text read from an editor: CRLF to LF, no-break spaces to spaces, zero-width characters
 * removed (Slate and old overlays render `\u200b`/`\ufeff` for empty segments, CKEditor 5 `\u2060`). Changes length;
 * adapters call it once, before the snapshot is sent.
 */
export function cleanEditorText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\u200b\u2060\ufeff]/g, '');
}

/** Sentence-ish spans [start, end) so context rules look at the words around a match, not the whole post. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const boundary = /[.!?\n]+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
