// The matching view of a draft: lower-cased, accents and look-alike letters folded, invisible
// characters dropped. Folding changes length ("ß" → "ss", a dropped zero-width space → nothing),
// so every character of the view remembers which characters of the original produced it:
// `starts[i]`/`ends[i]` are the UTF-16 range in the original text, always on code point
// boundaries, so a finding mapped back never splits a surrogate pair.

export interface Normalized {
  /** The matching view. */
  text: string;
  /** Original offset of the character that produced `text[i]`; null when it is `base + i`. */
  starts: Int32Array | null;
  /** Original offset just after that character; null when it is `base + i + 1`. */
  ends: Int32Array | null;
  /** Where the view starts in the original (for the one-to-one case). */
  base: number;
}

/** Original offset of view character `i`. */
export function startOf(view: Normalized, i: number): number {
  return view.starts ? view.starts[i]! : view.base + i;
}

/** Original offset just after view character `i`. */
export function endOf(view: Normalized, i: number): number {
  return view.ends ? view.ends[i]! : view.base + i + 1;
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
/** Built on first use: a \p{…} literal costs ICU look-ups when the bundle is parsed (tokens.ts). */
let marks: RegExp | null = null;
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    marks ??= new RegExp(String.raw`\p{M}`, 'gu');
    folded = ch.normalize('NFKD').replace(marks, '').toLowerCase();
    if (folded.length > 4) folded = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    foldCache.set(cp, folded);
  }
  return folded;
}

/** Printable ASCII, tab and line feed: the common case, where normalising is just lower-casing. */
const PLAIN_ASCII = /^[ -~\t\n]*$/;

/** Normalises `original.slice(from, to)`; offsets in the result are offsets into `original`. */
export function normalize(original: string, from = 0, to = original.length): Normalized {
  const slice = original.slice(from, to);
  // One character in, one out: no index arrays at all.
  if (PLAIN_ASCII.test(slice)) return { text: slice.toLowerCase().replace(/`/g, "'"), starts: null, ends: null, base: from };
  // Folds expand at most 4 to 1 (foldCodePoint), so this capacity is never exceeded.
  const capacity = (to - from) * 4 + 4;
  const out = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let n = 0;

  for (let i = from; i < to; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      // ASCII: lower-case letters; control characters become spaces (CR a line break); ` is '.
      out[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x0d ? 0x0a : (c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f ? SPACE : c === 0x60 ? APOSTROPHE : c;
      starts[n] = i;
      ends[n++] = i + 1;
      continue;
    }
    let folded: string;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < to ? original.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        // Emoji and other symbols fold to themselves; maths letters (𝒻𝓊𝒸𝓀) fold to ASCII.
        folded = cp >= 0x1d400 && cp <= 0x1d7ff ? foldCodePoint(cp) : original.slice(i, i + 2);
        width = 2;
      } else folded = ' '; // a lone high surrogate
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      folded = ' '; // a lone low surrogate
    } else {
      const fixed = FIXED.get(c);
      if (fixed !== undefined) {
        if (fixed >= 0) { out[n] = fixed; starts[n] = i; ends[n++] = i + 1; }
        continue;
      }
      folded = foldCodePoint(c);
    }
    for (let k = 0; k < folded.length; k++) { out[n] = folded.charCodeAt(k); starts[n] = i; ends[n++] = i + width; }
    i += width - 1;
  }

  let text = '';
  for (let k = 0; k < n; k += 8192) text += String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192)));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n), base: from };
}

/** The original range of view characters [start, end); `end > start`. */
export function originalRange(view: Normalized, start: number, end: number): [number, number] {
  return [startOf(view, start), endOf(view, end - 1)];
}
