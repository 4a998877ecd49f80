// Splits a draft into sentence-sized chunks. Context rules ("our brewery client", a negation)
// look only at the chunk a word is in, and every later step works per chunk, so the whole pass
// stays linear: no step ever sees a string longer than MAX_CHUNK (segmenting or matching one huge
// string is superlinear, ../shared/research/detection.md §2.6).

/** Longest chunk, in UTF-16 units. A sentence longer than this is cut at a space near the limit. */
export const MAX_CHUNK = 600;

/** . ! ? and the CJK and Arabic full stops, question and exclamation marks; by code unit (a scan reads every one). */
const isEnder = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || (c >= 0x61f && (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x6d4));
/** Built on first use: a \p{…} literal costs ICU look-ups when the bundle is parsed (tokens.ts). */
let pictographic: RegExp | null = null;
/** Joiners and modifiers inside emoji sequences: ZWJ, variation selector, skin tones. */
const isEmojiGlue = (cp: number) => cp === 0x200d || cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/**
 * [start, end) ranges covering the text in order, without gaps, none longer than MAX_CHUNK.
 * Sentence ends: a run of . ! ? (and CJK/Arabic full stops) followed by white space or the end,
 * together with any emoji right after it ("We're hiring! 🍺" keeps its 🍺); or a line break.
 * "gmail.com", "3.5" and "Main St.Apt" stay inside one chunk. A hand-written scan, not a regex:
 * /[.!?]+(?=\s|$)/ backtracks quadratically on a long run of "!!!!".
 */
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
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0x0a) j++;
      push(start, j);
      start = i = j;
      continue;
    }
    if (!isEnder(c)) { i++; continue; }
    let j = i + 1;
    while (j < n && isEnder(text.charCodeAt(j))) j++;
    // "had a smoke break... the fun kind": an ellipsis trails off, it does not end the thought.
    if (j - i >= 2 && text.slice(i, j).replace(/\./g, '') === '') { i = j; continue; }
    // Emoji after the stop belong to the sentence.
    let m = j;
    let sawEmoji = false;
    while (m < n) {
      if (text[m] === ' ' || text[m] === '\t') { m++; continue; }
      const cp = text.codePointAt(m)!;
      const ch = String.fromCodePoint(cp);
      if (!isEmojiGlue(cp) && !(pictographic ??= new RegExp(String.raw`^\p{Extended_Pictographic}$`, 'u')).test(ch)) break;
      sawEmoji = true;
      m += ch.length;
    }
    while (m > j && (text[m - 1] === ' ' || text[m - 1] === '\t')) m--;
    let end = -1;
    if (sawEmoji && (m === n || isSpace(text[m]))) end = m;
    else if (j === n || isSpace(text[j])) end = j;
    if (end < 0) { i = j; continue; }
    // White space after the stop starts the next sentence, as the old splitter did.
    push(start, end);
    start = i = end;
  }
  push(start, n);
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
