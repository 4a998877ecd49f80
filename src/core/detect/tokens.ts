// Words of one chunk of the matching view, each with the spellings the lexicon may know it by:
// "Don’t" → "dont", "client's" → "client", "w33d" → "weed", "f**k" → "fuck" (see masked.ts).
// Stretched spellings ("sooo", "hungoverrr") are matched later against the lexicon's own
// spelling (phrase-index.ts), because collapsing letters blindly would turn "good" into "god".

import { SPELLINGS as SPELLING_LIST } from './lexicon/spellings';
import { unmask } from './masked';

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
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };
const LEET_CHARS = /[013457@$!|]/;
const LEET_ALL = /[013457@$!|]/g;

/**
 * Words whose apostrophe matters: "he'll" is not "hell", "I'll" is not "ill". For these the
 * apostrophe-free spelling is not offered as a key.
 */
const APOSTROPHE_COLLISIONS = new Set(['hell', 'ill', 'shell', 'well', 'wed', 'shed', 'its']);

// Code-unit classes, computed lazily: 1 = letter or digit, 2 = other.
const unitClass = new Uint8Array(0x10000);
const WORDISH = /[\p{L}\p{N}]/u;
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols separate words
  let k = unitClass[c]!;
  if (k === 0) {
    k = WORDISH.test(String.fromCharCode(c)) ? 1 : 2;
    unitClass[c] = k;
  }
  return k === 1;
}

const isLetterAscii = (c: number) => c >= 0x61 && c <= 0x7a;

/** Splits a normalised chunk into words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c) && !GLUE.has(text[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < n && (isWordUnit(text.charCodeAt(j)) || GLUE.has(text[j]!))) j++;
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
    if (!hasWord) continue;
    const before = s > 0 ? text[s - 1] : '';
    tokens.push(makeToken(text.slice(s, e), s, e, before === '#', before === '@' || text[s] === '@'));
  }
  return tokens;
}

/** Builds a token's lookup keys. Also used for words split out of hashtags and spaced letters. */
export function makeToken(word: string, start: number, end: number, hashtag = false, handle = false): Token {
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
    if (letters > 0) add(bare.replace(LEET_ALL, (ch) => LEET[ch]!));
  }
  const spelled = SPELLINGS.get(bare);
  if (spelled) add(spelled);
  // Dropped g: "lookin", "drinkin", "fuckin".
  if (bare.length >= 5 && bare.endsWith('in')) add(`${bare}g`);
  if (bare.includes('*')) {
    const unmasked = unmask(bare);
    if (unmasked) add(unmasked);
  }
  let squeezed: string | null = null;
  for (const key of keys) {
    const sq = squeeze(key);
    if (sq !== key) { squeezed = sq; break; }
  }
  return { start, end, text: word, keys, squeezed, hashtag, handle };
}

/** Collapses every run of a repeated character: "sooo" → "so", "weed" → "wed". */
export function squeeze(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) if (k === 0 || word[k] !== word[k - 1]) out += word[k];
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
