// Two rewrites of a sentence's words before matching:
// - spaced-out letters join into the word they spell: "f u c k", "s.h.i.t" → one token;
// - a hashtag the lexicon does not know is split into words: #BeachDay (by case), #gettingslizzerd
//   (by dictionary: "getting" + "slizzerd"). Split pieces keep their own offsets.

import { makeToken, type Token } from './tokens';

/** Longest hashtag worth splitting; longer ones are left whole (and splitting stays cheap). */
const MAX_HASHTAG = 40;
/** Longest word spelled out letter by letter that is looked up ("m o t h e r f u c k e r" is 12). */
const MAX_SPELLED = 14;
/** Unknown pieces shorter than this mean the split is wrong (#tweed is not t + weed). */
const MIN_UNKNOWN = 3;
/** Lexicon words this short count only in hashtags that split completely into known words. */
const SHORT_WORD = 4;

export interface Vocabulary {
  /** Every word any lexicon uses, plus everyday words. */
  words: ReadonlySet<string>;
  /** Words that can be a finding on their own (what spaced letters may spell). */
  triggers: ReadonlySet<string>;
  /** The triggers spelled a to z, as a trie (spelledTrie): spaced letters are walked down it. */
  spelled: LetterTrie;
  longest: number;
}

/** A trie over the letters a to z: `next[c - 97]`; `end` when the letters so far are a word. */
export interface LetterTrie {
  next: Array<LetterTrie | undefined>;
  end: boolean;
}

/** The words of `words` made only of a to z and short enough to be spelled out, as a trie. */
export function spelledTrie(words: Iterable<string>): LetterTrie {
  const root: LetterTrie = { next: [], end: false };
  for (const word of words) {
    if (word.length > MAX_SPELLED + 1 || !/^[a-z]+$/.test(word)) continue;
    let node = root;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k) - 97;
      node = node.next[c] ??= { next: [], end: false };
    }
    node.end = true;
  }
  return root;
}

/** `text` is the chunk's normalised text; `caseOf(i)` says whether its character i was typed in upper case. */
/** `vocab` is asked for only when a hashtag or spelled-out letters need it (it is built lazily). */
export function expandTokens(tokens: Token[], text: string, vocab: () => Vocabulary, caseOf: (offset: number) => boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const spelled = spelledOut(tokens, i, text, vocab);
    if (spelled) {
      out.push(spelled.token);
      i = spelled.last;
      continue;
    }
    if (token.hashtag && !isKnown(token, vocab())) {
      const parts = splitHashtag(token, vocab(), caseOf);
      if (parts) {
        out.push(...parts);
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

function isKnown(token: Token, vocab: Vocabulary): boolean {
  return token.keys.some((k) => vocab.words.has(k)) || (token.squeezed !== null && vocab.words.has(token.squeezed));
}

const isSingleLetter = (t: Token) => t.text.length === 1 && t.text >= 'a' && t.text <= 'z';
/** Between spelled-out letters: one or two of space . - _ * */
function isSpellingGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '.' && c !== '-' && c !== '_' && c !== '*') return false;
  }
  return true;
}

/** "f u c k": three or more single letters, separated by at most two spaces, dots, dashes or stars. */
function spelledOut(tokens: readonly Token[], at: number, text: string, vocab: () => Vocabulary): { token: Token; last: number } | null {
  if (!isSingleLetter(tokens[at]!) || !(at + 2 < tokens.length && isSingleLetter(tokens[at + 1]!) && isSingleLetter(tokens[at + 2]!))) return null;
  // Longest run from here that spells a trigger word ("f u c k i t" → "fuck" is enough), walked
  // letter by letter down the triggers' trie: it stops as soon as no trigger starts with the
  // letters so far, and builds no string until one is found. (Joining the letters and looking
  // each prefix up in a Set made 50,000 characters of "f u c k " cost 20× 5,000 of them, not 10×.)
  let node = vocab().spelled.next[letterOf(tokens[at]!)];
  let best = -1;
  for (let k = at + 1; node && k < tokens.length && k - at <= MAX_SPELLED; k++) {
    if (!isSingleLetter(tokens[k]!) || !isSpellingGap(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
    node = node.next[letterOf(tokens[k]!)];
    if (node?.end && k - at >= 2) best = k;
  }
  if (best < 0) return null;
  let word = '';
  for (let k = at; k <= best; k++) word += tokens[k]!.text;
  return { token: makeToken(word, tokens[at]!.start, tokens[best]!.end), last: best };
}

const letterOf = (t: Token) => t.text.charCodeAt(0) - 97;

/** Splits a hashtag into words; null when no convincing split exists. */
function splitHashtag(token: Token, vocab: Vocabulary, caseOf: (offset: number) => boolean): Token[] | null {
  const word = token.text;
  if (word.length > MAX_HASHTAG || word.length < 4) return null;
  // #BeachDay, #CalledInSick: the writer already marked the words.
  const cuts: number[] = [];
  for (let k = 1; k < word.length; k++) if (caseOf(token.start + k) && !caseOf(token.start + k - 1)) cuts.push(k);
  if (cuts.length > 0) {
    const pieces: Array<[number, number]> = [];
    let from = 0;
    for (const cut of [...cuts, word.length]) {
      pieces.push([from, cut]);
      from = cut;
    }
    return pieces.map(([s, e]) => makeToken(word.slice(s, e), token.start + s, token.start + e));
  }
  return segment(token, vocab);
}

/**
 * Dictionary split: fewest unknown letters, then fewest words. Dynamic programming over at most
 * MAX_HASHTAG letters and words of at most `vocab.longest` letters.
 */
function segment(token: Token, vocab: Vocabulary): Token[] | null {
  const word = token.keys.find((k) => /^[a-z]+$/.test(k)) ?? token.keys.find((k) => /^[a-z0-9]+$/.test(k)) ?? token.text;
  if (word.length !== token.text.length) return null; // apostrophes or leetspeak changed the length
  const n = word.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  const known = new Array<boolean>(n + 1).fill(false);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - vocab.longest); start < end; start++) {
      if (cost[start] === Infinity) continue;
      const piece = word.slice(start, end);
      const isWord = vocab.words.has(piece);
      // An unknown letter costs more than any number of words, so known words are preferred.
      const c = cost[start]! + (isWord ? 1 : 100 * piece.length);
      if (c < cost[end]!) {
        cost[end] = c;
        back[end] = start;
        known[end] = isWord;
      }
    }
  }
  const pieces: Array<{ s: number; e: number; known: boolean }> = [];
  for (let end = n; end > 0; end = back[end]!) pieces.unshift({ s: back[end]!, e: end, known: known[end]! });
  // Merge neighbouring unknown pieces into one.
  const merged: typeof pieces = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && !prev.known && !p.known) prev.e = p.e;
    else merged.push({ ...p });
  }
  if (merged.length < 2) return null;
  const hasUnknown = merged.some((p) => !p.known);
  if (merged.some((p) => !p.known && p.e - p.s < MIN_UNKNOWN)) return null;
  if (hasUnknown && merged.some((p) => p.known && p.e - p.s <= SHORT_WORD && vocab.triggers.has(word.slice(p.s, p.e)))) return null;
  return merged.map((p) => makeToken(token.text.slice(p.s, p.e), token.start + p.s, token.start + p.e));
}
