// Phrase lookup by words, not characters. Each phrase is filed under its first word, so finding
// every phrase in a sentence costs one map lookup per word plus a few word comparisons: linear in
// the text, and no automaton to build at start-up (a 5,000-pattern Aho–Corasick automaton took
// 23 ms to compile, ../shared/research/detection.md §2.3, over the whole start-up budget).
// Words, not characters, also make word boundaries free and let each word carry its own
// alternative spellings (leetspeak, masks, stretched letters), which a character automaton cannot.

import { normalize } from './normalize';
import { firstWordIndex, listsKey, listsOf, type FirstWords } from './first-words';
import { lineAt, lowerBound, termsOf, type TermList } from './terms';
import { isStretchOf, primaryKey, squeeze, tokenize, type Token } from './tokens';

export interface Phrase {
  words: readonly string[];
  signals: string[];
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token range [first, last + 1). */
  from: number;
  to: number;
}

/** One lexicon list (sorted lines, as the lexicon test requires; terms.ts) and the signal it gives. */
export interface LexiconList {
  terms: TermList;
  signal: string;
}

const SIMPLE_TERM = /^[a-z0-9' ]+$/;

/** The lookup words of a lexicon term, spelled as the tokenizer spells text ("don't" → "dont"). */
export function termWords(term: string): string[] {
  // Most terms are plain lower-case words: split them directly.
  if (SIMPLE_TERM.test(term) && !term.includes("''")) {
    const words = term.split(' ');
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w.includes("'")) words[k] = primaryKey(w.replace(/^'+|'+$/g, ''));
    }
    return words.filter((w) => w !== '');
  }
  return tokenize(normalize(term).text).map((t) => t.keys[0]!);
}

/** Lookups remembered; cleared when it grows past this (a long-lived worker sees many words). */
const CACHE_LIMIT = 20_000;

/**
 * Phrase lookup by first word. The first-word index (first-words.ts, built ahead of time) names
 * the lists that hold a term starting with a word; those lists are sorted, so the terms are found
 * by binary search in them, and the answer is remembered. Start-up (≤ 20 ms for load and first
 * call, `npm run bench`) then builds nothing: a map of 4,000 terms took 12 ms of it. A term's first
 * word is written as it is looked up ("dont tell my boss", not "don't tell my boss"; a lexicon test
 * checks it), so no term needs filing ahead.
 */
export class PhraseIndex {
  private readonly lists: readonly LexiconList[];
  private readonly cache = new Map<string, Phrase[]>();
  private firstWords: TermList | null;

  /** `built`: the index generated for these lists (first-words.generated.ts); ignored when built from others. */
  constructor(lists: readonly LexiconList[], built?: FirstWords) {
    this.lists = lists;
    this.firstWords = built && built.lists === listsKey(lists) ? built.index : null;
  }

  /** Every phrase whose first lookup word is `word`, longest first. */
  startingWith(word: string): Phrase[] {
    let phrases = this.cache.get(word);
    if (phrases) return phrases;
    const byText = new Map<string, Phrase>();
    const file = (term: string, signal: string) => {
      const words = termWords(term);
      if (words[0] !== word) return;
      const text = words.join(' ');
      const known = byText.get(text);
      if (!known) byText.set(text, { words, signals: [signal] });
      else if (!known.signals.includes(signal)) known.signals.push(signal);
    };
    // Built here only when the generated index was made from other lists (a lexicon edited since).
    this.firstWords ??= firstWordIndex(this.lists);
    const ids = listsOf(lineAt(this.firstWords, lowerBound(this.firstWords, word)), word);
    const prefix = `${word} `;
    // In list order, as the lists' signals are reported.
    for (const id of ids ?? []) {
      const { terms, signal } = this.lists[Number(id)]!;
      // First term >= word; the terms equal to it or starting with "word " follow it.
      for (let at = lowerBound(terms, word); at < terms.length;) {
        const term = lineAt(terms, at);
        if (term !== word && !term.startsWith(prefix)) break;
        file(term, signal);
        at += term.length + 1;
      }
    }
    phrases = [...byText.values()].sort((a, b) => b.words.length - a.words.length);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, phrases);
    return phrases;
  }

  /** Every term of every list, as words (for the hashtag vocabulary). Slow: call once, lazily. */
  *allPhrases(): Generator<{ words: readonly string[]; signal: string }> {
    for (const { terms, signal } of this.lists) for (const term of termsOf(terms)) yield { words: termWords(term), signal };
  }
}

/** isStretchOf accepts only a run of three or more, or a doubled last letter ("soo", "drunkk"). */
function mayBeStretched(word: string): boolean {
  const n = word.length;
  if (n >= 2 && word[n - 1] === word[n - 2]) return true;
  for (let k = 2; k < n; k++) if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true;
  return false;
}

/**
 * Spellings a stretched word may stand for: runs of three or more as one or two letters, and a
 * doubled last letter as one ("fuuuckkk" → fuck, "sooo" → so/soo, "hungoverr" → hungover).
 */
function unstretched(word: string): string[] {
  const one = word.replace(/(.)\1\1+/g, '$1');
  const two = word.replace(/(.)\1\1+/g, '$1$1');
  const out: string[] = [];
  for (const w of [one, two, word]) {
    if (w !== word && !out.includes(w)) out.push(w);
    const n = w.length;
    if (n >= 2 && w[n - 1] === w[n - 2]) {
      const cut = w.slice(0, -1);
      if (!out.includes(cut)) out.push(cut);
    }
  }
  return out;
}

/** Whether `token` is a spelling of lexicon word `word`. */
export function wordMatches(token: Token, word: string): boolean {
  if (token.keys.includes(word)) return true;
  if (token.squeezed === null || token.squeezed !== squeeze(word)) return false;
  for (const key of token.keys) if (isStretchOf(key, word)) return true;
  return false;
}

const NONE: PhraseMatch[] = [];

/** Adds to `found` the phrases of `phrases` whose later words follow `tokens[at]`; returns `found` (NONE until one is). */
function consider(phrases: readonly Phrase[], tokens: readonly Token[], at: number, found: PhraseMatch[]): PhraseMatch[] {
  for (const phrase of phrases) {
    const n = phrase.words.length;
    if (at + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = wordMatches(tokens[at + k]!, phrase.words[k]!);
    if (!ok || found.some((f) => f.phrase === phrase)) continue;
    if (found === NONE) found = [];
    found.push({ phrase, from: at, to: at + n });
  }
  return found;
}

/** Every phrase that starts at `tokens[at]`, longest first. */
export function phrasesAt(index: PhraseIndex, tokens: readonly Token[], at: number): PhraseMatch[] {
  const token = tokens[at]!;
  let found = NONE;
  // A plain function, not a closure over `found`: this runs for every word of every draft.
  for (const key of token.keys) found = consider(index.startingWith(key), tokens, at, found);
  // Stretched spellings: "sooo" may be "so", "weeed" may be "weed".
  if (token.squeezed !== null) {
    for (const key of token.keys) {
      if (!mayBeStretched(key)) continue;
      for (const word of unstretched(key)) if (word !== key && isStretchOf(key, word)) found = consider(index.startingWith(word), tokens, at, found);
    }
  }
  if (found.length > 1) found.sort((a, b) => b.to - a.to);
  return found;
}

/** Leftmost-longest, non-overlapping matches: what the `find` lists use. */
export function matchLongest(index: PhraseIndex, tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const best = phrasesAt(index, tokens, i)[0];
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/** Every match, overlapping: what the `cue` lists use. */
export function matchAll(index: PhraseIndex, tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) for (const m of phrasesAt(index, tokens, i)) out.push(m);
  return out;
}
