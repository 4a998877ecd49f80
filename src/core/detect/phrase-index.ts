// Phrase lookup by words, not characters. Each phrase is filed under its first word, so finding
// every phrase in a sentence costs one map lookup per word plus a few word comparisons: linear in
// the text, and no automaton to build at start-up (a 5,000-pattern Aho–Corasick automaton took
// 23 ms to compile, ../shared/research/detection.md §2.3, over the whole start-up budget).
// Words, not characters, also make word boundaries free and let each word carry its own
// alternative spellings (leetspeak, masks, stretched letters), which a character automaton cannot.

import { normalize } from './normalize';
import { isStretchOf, squeeze, tokenize, type Token } from './tokens';

export interface Phrase {
  words: readonly string[];
  /** Each word with repeated letters collapsed, for matching stretched spellings. */
  squeezed: readonly string[];
  signals: readonly string[];
}

export interface PhraseIndex {
  byFirst: Map<string, Phrase[]>;
  /** Phrases filed under their first word squeezed ("so" under "so", "weed" under "wed"). */
  bySqueezedFirst: Map<string, Phrase[]>;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token range [first, last + 1). */
  from: number;
  to: number;
}

/** The lookup words of a lexicon term, spelled as the tokenizer spells text ("don't" → "dont"). */
export function termWords(term: string): string[] {
  return tokenize(normalize(term).text).map((t) => t.keys[0]!);
}

export function buildIndex(entries: Iterable<[term: string, signal: string]>): PhraseIndex {
  const phrases = new Map<string, { words: string[]; signals: string[] }>();
  for (const [term, signal] of entries) {
    const words = termWords(term);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const phrase = phrases.get(key);
    if (!phrase) phrases.set(key, { words, signals: [signal] });
    else if (!phrase.signals.includes(signal)) phrase.signals.push(signal);
  }
  const byFirst = new Map<string, Phrase[]>();
  const bySqueezedFirst = new Map<string, Phrase[]>();
  const file = (map: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
  };
  for (const { words, signals } of phrases.values()) {
    const phrase: Phrase = { words, squeezed: words.map(squeeze), signals };
    file(byFirst, words[0]!, phrase);
    file(bySqueezedFirst, phrase.squeezed[0]!, phrase);
  }
  // Longest first, so the first phrase that matches at a word is the longest one.
  for (const map of [byFirst, bySqueezedFirst]) for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, bySqueezedFirst };
}

/** Whether `token` is a spelling of lexicon word `word` (whose squeezed form is `squeezed`). */
export function wordMatches(token: Token, word: string, squeezed: string): boolean {
  if (token.keys.includes(word)) return true;
  if (token.squeezed !== squeezed) return false;
  for (const key of token.keys) if (isStretchOf(key, word)) return true;
  return false;
}

/** Every phrase that starts at `tokens[at]`, longest first. */
export function phrasesAt(index: PhraseIndex, tokens: readonly Token[], at: number): PhraseMatch[] {
  const token = tokens[at]!;
  const found: PhraseMatch[] = [];
  const seen = new Set<Phrase>();
  const consider = (list: Phrase[] | undefined) => {
    if (!list) return;
    for (const phrase of list) {
      if (seen.has(phrase) || at + phrase.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.words.length && ok; k++) ok = wordMatches(tokens[at + k]!, phrase.words[k]!, phrase.squeezed[k]!);
      if (ok) {
        seen.add(phrase);
        found.push({ phrase, from: at, to: at + phrase.words.length });
      }
    }
  };
  for (const key of token.keys) consider(index.byFirst.get(key));
  if (token.squeezed !== null) consider(index.bySqueezedFirst.get(token.squeezed));
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
  for (let i = 0; i < tokens.length; i++) out.push(...phrasesAt(index, tokens, i));
  return out;
}
