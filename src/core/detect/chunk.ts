// Splits a draft into sentence-sized chunks. Context rules ("our brewery client", a negation)
// look only at the chunk a word is in, and every later step works per chunk, so the whole pass
// stays linear: no step ever sees a string longer than MAX_CHUNK (segmenting or matching one huge
// string is superlinear, ../shared/research/detection.md §2.6).

/** Longest chunk, in UTF-16 units. A sentence longer than this is cut at a space near the limit. */
export const MAX_CHUNK = 600;

/**
 * Sentence ends: one or more of . ! ? (and CJK/Arabic full stops) followed by white space or the
 * end, or a line break. "gmail.com", "3.5" and "Main St.Apt" stay inside one chunk.
 */
const BOUNDARY = /[.!?\u3002\uff01\uff1f\u061f\u06d4]+(?=\s|$)|\n+/g;

/** [start, end) ranges covering the text in order, without gaps, none longer than MAX_CHUNK. */
export function chunkSentences(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  const push = (start: number, end: number) => {
    while (end - start > MAX_CHUNK) {
      const cut = cutPoint(text, start, start + MAX_CHUNK);
      chunks.push([start, cut]);
      start = cut;
    }
    if (end > start) chunks.push([start, end]);
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return chunks;
}

/** Where to cut a long run: after the last white space in the second half, else at `limit`, never inside a surrogate pair. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start + MAX_CHUNK / 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a) return i + 1;
  }
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}
