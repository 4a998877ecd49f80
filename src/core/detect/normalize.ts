// The matching view of a draft: lower-cased, accents and look-alike letters folded, invisible
// characters dropped. Folding changes length ("ß" → "ss", a dropped zero-width space → nothing),
// so every character of the view remembers which characters of the original produced it:
// `starts[i]`/`ends[i]` are the UTF-16 range in the original text, always on code point
// boundaries, so a finding mapped back never splits a surrogate pair.

export interface Normalized {
  /** The matching view. */
  text: string;
  /** Original offset of the character that produced `text[i]`. */
  starts: Int32Array;
  /** Original offset just after that character. */
  ends: Int32Array;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

/** BMP code units with a fixed fold; -1 drops the character (invisible, bidi control, variation selector). */
const FIXED = new Map<number, number>([
  [0x00a0, SPACE], [0x1680, SPACE], [0x202f, SPACE], [0x205f, SPACE], [0x3000, SPACE],
  [0x2018, APOSTROPHE], [0x2019, APOSTROPHE], [0x201b, APOSTROPHE], [0x02bc, APOSTROPHE], [0x00b4, APOSTROPHE], [0xff07, APOSTROPHE],
  [0x201c, QUOTE], [0x201d, QUOTE], [0x201e, QUOTE], [0x201f, QUOTE], [0x00ab, QUOTE], [0x00bb, QUOTE], [0xff02, QUOTE],
  [0x2212, 0x2d], [0x2026, 0x2e], [0x2028, 0x0a], [0x2029, 0x0a],
  [0x00ad, -1], [0x180e, -1], [0x200b, -1], [0x200c, -1], [0x200d, -1], [0x200e, -1], [0x200f, -1],
  [0x2060, -1], [0x2061, -1], [0x2062, -1], [0x2063, -1], [0x2064, -1], [0xfeff, -1], [0xfe0e, -1], [0xfe0f, -1],
  [0x202a, -1], [0x202b, -1], [0x202c, -1], [0x202d, -1], [0x202e, -1], [0x2066, -1], [0x2067, -1], [0x2068, -1], [0x2069, -1],
]);
for (let c = 0x2000; c <= 0x200a; c++) FIXED.set(c, SPACE);
for (let c = 0x2010; c <= 0x2015; c++) FIXED.set(c, 0x2d);

/**
 * Folds one non-ASCII code point: compatibility decomposition turns 𝒸 into c and ｆ into f, the
 * marks it splits off are dropped (é → e, and "zalgo" stacks vanish), then lower case. Results
 * longer than four characters keep the character as it is (a ligature of a whole word is not
 * worth the index bookkeeping). Cached: a draft reuses few distinct characters.
 */
const foldCache = new Map<number, string>();
const MARKS = /\p{M}/gu;
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    if (folded.length > 4) folded = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    foldCache.set(cp, folded);
  }
  return folded;
}

/** Normalises `original.slice(from, to)`; offsets in the result are offsets into `original`. */
export function normalize(original: string, from = 0, to = original.length): Normalized {
  let capacity = to - from + 16;
  let out = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let n = 0;
  const grow = () => {
    capacity *= 2;
    const o = new Uint16Array(capacity); o.set(out); out = o;
    const s = new Int32Array(capacity); s.set(starts); starts = s;
    const e = new Int32Array(capacity); e.set(ends); ends = e;
  };
  const emit = (unit: number, start: number, end: number) => {
    if (n === capacity) grow();
    out[n] = unit; starts[n] = start; ends[n] = end; n++;
  };

  for (let i = from; i < to; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) emit(c + 32, i, i + 1);
      else if ((c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f) emit(c === 0x0d ? 0x0a : SPACE, i, i + 1);
      else emit(c === 0x60 ? APOSTROPHE : c, i, i + 1);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < to ? original.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        // Emoji and other symbols fold to themselves; maths letters (𝒻𝓊𝒸𝓀) fold to ASCII.
        const folded = cp >= 0x1d400 && cp <= 0x1d7ff ? foldCodePoint(cp) : String.fromCodePoint(cp);
        for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + 2);
        i++;
        continue;
      }
      emit(SPACE, i, i + 1); // a lone high surrogate
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) { emit(SPACE, i, i + 1); continue; } // a lone low surrogate
    const fixed = FIXED.get(c);
    if (fixed !== undefined) {
      if (fixed >= 0) emit(fixed, i, i + 1);
      continue;
    }
    const folded = foldCodePoint(c);
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + 1);
  }

  let text = '';
  for (let k = 0; k < n; k += 8192) text += String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192)));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The original range of view characters [start, end); `end > start`. */
export function originalRange(view: Normalized, start: number, end: number): [number, number] {
  return [view.starts[start]!, view.ends[end - 1]!];
}
