// Words of one chunk of the matching view, each with the spellings the lexicon may know it by:
// "Don’t" → "dont", "client's" → "client", "w33d" → "weed", "f**k" → "fuck" (see masked.ts).
// Stretched spellings ("sooo", "hungoverrr") are matched later against the lexicon's own
// spelling (phrase-index.ts), because collapsing letters blindly would turn "good" into "god".

import { SPELLINGS as SPELLING_LIST } from './lexicon/spellings';
import { unmask, unmaskCompound, unmaskGrawlix } from './masked';

const SPELLINGS = new Map<string, string>(SPELLING_LIST);

export interface Token {
  /** Range in the chunk's normalised text. */
  start: number;
  end: number;
  /** The word as normalised ("sh!t", "don't"). */
  text: string;
  /** Spellings to look up, most literal first. */
  keys: string[];
  /** The word with every run of a repeated letter collapsed, when it has one ("sooo" → "so"). */
  squeezed: string | null;
  /** Written as #hashtag. */
  hashtag: boolean;
  /** Written as @handle: a name, never a finding. */
  handle: boolean;
}

/** Symbols people use inside words to mask or "leet" them: sh!t, f*ck, a$$, @ss, b|tch. */
const GLUE = new Set(["'", '*', '@', '$', '!', '|']);
/**
 * Look-alike letters from other scripts, used only inside a word that also has Latin letters
 * ("fuсk" with a Cyrillic с, "ʃuck"): a Russian or Greek word on its own is left alone.
 */
const HOMOGLYPHS = new Map<string, string>([
  ['\u0430', 'a'], ['\u0435', 'e'], ['\u043a', 'k'], ['\u043e', 'o'], ['\u0440', 'p'], ['\u0441', 'c'], ['\u0443', 'y'],
  ['\u0445', 'x'], ['\u0456', 'i'], ['\u0458', 'j'], ['\u0455', 's'], ['\u0501', 'd'], ['\u0261', 'g'], ['\u0283', 'f'],
  ['\u03b1', 'a'], ['\u03bf', 'o'], ['\u03c1', 'p'], ['\u03bd', 'v'], ['\u03c5', 'u'], ['\u03b9', 'i'], ['\u03ba', 'k'],
  ['\u03c4', 't'], ['\u03b5', 'e'], ['\u03c7', 'x'], ['\u03f2', 'c'], ['\u0251', 'a'], ['\u0131', 'i'],
]);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };
const LEET_CHARS = /[013457@$!|]/;
const LEET_ALL = /[013457@$!|]/g;

/**
 * Words whose apostrophe matters: "he'll" is not "hell", "I'll" is not "ill". For these the
 * apostrophe-free spelling is not offered as a key.
 */
const APOSTROPHE_COLLISIONS = new Set(['hell', 'ill', 'shell', 'well', 'wed', 'shed', 'its']);

// Code-unit classes, computed lazily: 1 = a letter or digit of a script written with spaces
// between words and with look-alikes of Latin (Latin, Cyrillic, Greek, IPA), 3 = a letter of any
// other script, 2 = not a letter. A change between 1 and 3 ends a word: "我昨天called in sick"
// has English words inside Chinese with no space, and "fuсk" (Cyrillic с) stays one word.
const unitClass = new Uint8Array(0x10000);
// Built on first use, not written as literals: V8 checks a \p{…} literal's property names against
// ICU when it parses the bundle, about 1 ms of a cold start for these two (2026-11), and most
// drafts never need them (ASCII and emoji are classed without).
let latinish: RegExp | null = null;
let wordish: RegExp | null = null;
function classOf(c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 2;
  if (c >= 0xd800 && c <= 0xdfff) return 2; // emoji and other astral symbols separate words
  let k = unitClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    latinish ??= new RegExp(String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]`, 'u');
    wordish ??= new RegExp(String.raw`[\p{L}\p{N}]`, 'u');
    k = latinish.test(ch) ? 1 : wordish.test(ch) ? 3 : 2;
    unitClass[c] = k;
  }
  return k;
}
export function isWordUnit(c: number): boolean {
  return classOf(c) !== 2;
}

const isLetterAscii = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * Symbols that end a word unless they make a grawlix with it ("f#%k", "sh#t", "f@#king"): "C#",
 * "#hashtags", "R&D" and "50%" keep them as separators (masked.ts decides, 2026-11-23).
 */
const GRAWLIX_BREAK = new Set(['#', '%', '&']);
const GRAWLIX_AT = /[a-z]+(?:[*#@$%!&|]+[a-z]*)+'?/y;
/** A masked "ass" is not a mention: "@$$", "@ss", "@sshole" (a handle has a letter after "@", and "ss" alone is too short for one). */
const MASKED_NOT_HANDLE = /^@(?:\$|ss(?:holes?)?$)/;

/** The end of a grawlix starting at `at` (a letter), or -1 when the letters and symbols there spell no swear word. */
function grawlixEnd(text: string, at: number): number {
  GRAWLIX_AT.lastIndex = at;
  const m = GRAWLIX_AT.exec(text);
  if (!m) return -1;
  let word = m[0];
  while (word.endsWith('!') || word.endsWith('|')) word = word.slice(0, -1);
  const end = at + word.length;
  // "f@k.com": an address, not a word.
  if (word.includes('@') && text[end] === '.' && isLetterAscii(text.charCodeAt(end + 1))) return -1;
  return unmaskGrawlix(word) ? end : -1;
}

/** Splits a normalised chunk into words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c) && !GLUE.has(text[i]!)) { i++; continue; }
    // A word runs while the script kind stays the same (glue symbols do not change it).
    let kind = classOf(c);
    let j = i + 1;
    for (; j < n; j++) {
      const cj = text.charCodeAt(j);
      const kj = classOf(cj);
      if (kj === 2) { if (GLUE.has(text[j]!)) continue; break; }
      if (kind === 2) kind = kj;
      else if (kj !== kind) break;
    }
    if (j < n && GRAWLIX_BREAK.has(text[j]!)) {
      let g = i;
      while (g < j && text[g] === "'") g++;
      const end = g < j && isLetterAscii(text.charCodeAt(g)) ? grawlixEnd(text, g) : -1;
      if (end > j) {
        tokens.push(makeToken(text.slice(g, end), g, end, g > 0 && text[g - 1] === '#', false));
        i = end;
        continue;
      }
    }
    let s = i;
    let e = j;
    i = j;
    // Emphasis (*so*), quotes ('drunk') and trailing punctuation (shit!) are not part of the word.
    const emphasised = text[s] === '*';
    while (s < e && (text[s] === "'" || text[s] === '!' || text[s] === '|' || text[s] === '*')) s++;
    while (e > s && (text[e - 1] === "'" || text[e - 1] === '!' || text[e - 1] === '|' || text[e - 1] === '@' || (emphasised && text[e - 1] === '*'))) e--;
    // "brunch*" (an action marker) is a word; "f***" is a mask.
    if (text[e - 1] === '*') {
      let k = e;
      while (k > s && text[k - 1] === '*') k--;
      if (k - s >= 3 && !text.slice(s, k).includes('*')) e = k;
    }
    let hasWord = false;
    for (let k = s; k < e && !hasWord; k++) hasWord = isWordUnit(text.charCodeAt(k));
    // "@$$" has no letter, but only one word is spelt that way.
    if (!hasWord && text.slice(s, e) !== '@$$') continue;
    const before = s > 0 ? text[s - 1] : '';
    const word = text.slice(s, e);
    tokens.push(makeToken(word, s, e, before === '#', before === '@' || (text[s] === '@' && !MASKED_NOT_HANDLE.test(word))));
  }
  return tokens;
}

/** Builds a token's lookup keys. Also used for words split out of hashtags and spaced letters. */
const PLAIN_WORD = /^[a-z]+$/;
const GRAWLIX_SYMBOL = /[*#@$%!&|]/;

export function makeToken(word: string, start: number, end: number, hashtag = false, handle = false): Token {
  // The common case, a plain lower-case word: no apostrophes, leetspeak, masks or other scripts.
  if (PLAIN_WORD.test(word)) {
    const keys = [word];
    const spelled = SPELLINGS.get(word);
    if (spelled) keys.push(spelled);
    if (word.length >= 5 && word.endsWith('in')) keys.push(`${word}g`);
    const sq = squeeze(word);
    return { start, end, text: word, keys, squeezed: sq === word ? null : sq, hashtag, handle };
  }
  const keys: string[] = [];
  const add = (k: string) => { if (k && !keys.includes(k)) keys.push(k); };
  const bare = word.replace(/'/g, '');
  if (bare !== word && APOSTROPHE_COLLISIONS.has(bare)) add(word);
  else add(bare);
  if (word.endsWith("'s")) add(word.slice(0, -2));
  else if (word.endsWith('s\'')) add(word.slice(0, -1));
  if (LEET_CHARS.test(bare)) {
    let letters = 0;
    for (let k = 0; k < bare.length; k++) if (isLetterAscii(bare.charCodeAt(k))) letters++;
    // Only words that also have letters: "420" and "2024" stay numbers, "w33d" becomes weed.
    if (letters > 0 || bare === '@$$') add(bare.replace(LEET_ALL, (ch) => LEET[ch]!));
  }
  if (/[a-z]/.test(bare) && /[^\x20-\x7e]/.test(bare)) {
    let mapped = '';
    for (const ch of bare) mapped += HOMOGLYPHS.get(ch) ?? ch;
    if (mapped !== bare) add(mapped);
  }
  const spelled = SPELLINGS.get(bare);
  if (spelled) add(spelled);
  // Dropped g: "lookin", "drinkin", "fuckin".
  if (bare.length >= 5 && bare.endsWith('in')) add(`${bare}g`);
  if (bare.includes('*')) {
    const unmasked = unmask(bare) ?? unmaskCompound(bare);
    if (unmasked) add(unmasked);
  }
  // "a@$hole", "f@$k", "f#%k": symbols whose leetspeak reading spells nothing.
  if (GRAWLIX_SYMBOL.test(bare)) {
    const unmasked = unmaskGrawlix(bare);
    if (unmasked) add(unmasked);
  }
  let squeezed: string | null = null;
  for (const key of keys) {
    const sq = squeeze(key);
    if (sq !== key) { squeezed = sq; break; }
  }
  return { start, end, text: word, keys, squeezed, hashtag, handle };
}

/** The first lookup key of a word (makeToken's keys[0]) without building a token. */
export function primaryKey(word: string): string {
  if (!word.includes("'")) return word;
  const bare = word.replace(/'/g, '');
  return APOSTROPHE_COLLISIONS.has(bare) ? word : bare;
}

/** Collapses every run of a repeated character: "sooo" → "so", "weed" → "wed". */
export function squeeze(word: string): string {
  let k = 1;
  while (k < word.length && word[k] !== word[k - 1]) k++;
  if (k >= word.length) return word;
  let out = word.slice(0, k);
  for (; k < word.length; k++) if (word[k] !== word[k - 1]) out += word[k];
  return out;
}

/**
 * Whether `written` is `word` with some letters held longer: each run may only grow, and a run
 * may grow by one only at the end of the word ("hungoverr", "soo"); inside a word it must reach
 * three ("weeed", "fuuuck"), so "good" is not a stretched "god".
 */
export function isStretchOf(written: string, word: string): boolean {
  if (written.length <= word.length) return false;
  let a = 0;
  let b = 0;
  while (a < written.length && b < word.length) {
    const ch = word[b]!;
    if (written[a] !== ch) return false;
    let ra = 0;
    let rb = 0;
    while (a < written.length && written[a] === ch) { a++; ra++; }
    while (b < word.length && word[b] === ch) { b++; rb++; }
    if (ra < rb) return false;
    if (ra > rb && ra < 3 && b < word.length) return false;
  }
  return a === written.length && b === word.length;
}
