// Phrase lookup by words, not characters. Each phrase is filed under its first word, so finding
// every phrase in a sentence costs one map lookup per word plus a few word comparisons: linear in
// the text, and no automaton to build at start-up (a 5,000-pattern Aho–Corasick automaton took
// 23 ms to compile, ../shared/research/detection.md §2.3, over the whole start-up budget).
// Words, not characters, also make word boundaries free and let each word carry its own
// alternative spellings (leetspeak, masks, stretched letters), which a character automaton cannot.

import { normalize } from './normalize';
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

/** One lexicon list (sorted, as the lexicon test requires) and the signal it gives. */
export interface LexiconList {
  terms: readonly string[];
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

/** termWords(term)[0], without the tokenizer for a plain term. */
function firstTermWord(term: string): string | undefined {
  if (SIMPLE_TERM.test(term) && !term.includes("''")) {
    for (const w of term.split(' ')) {
      const key = w.includes("'") ? primaryKey(w.replace(/^'+|'+$/g, '')) : w;
      if (key !== '') return key;
    }
    return undefined;
  }
  return termWords(term)[0];
}

/**
 * What the irregular-term scan stops at: anything but a to z, digits, space and line break. A
 * list is scanned only when one of them is an apostrophe, one of & # + / . @ - or not printable
 * ASCII (the rule since 2026-11: "% more" alone does not make a list irregular).
 */
const NOT_PLAIN = /[^a-z0-9 \n]/g;
const QUALIFIES = /['&#+/.@-]|[^\n -~]/;
/** Lookups remembered; cleared when it grows past this (a long-lived worker sees many words). */
const CACHE_LIMIT = 20_000;

/**
 * Phrase lookup by first word, with no index to build: the lexicon lists are sorted, so the
 * terms that start with a word are found by binary search in each list, and the answer is
 * remembered. Start-up (≤ 20 ms for load and first call, `npm run bench`) then does almost
 * nothing: building a map of 4,000 terms took 12 ms of it. Only the few terms whose first word
 * has an apostrophe or a symbol are filed ahead, on the first lookup (not at import: regex scans
 * over every list and the first tokenizer calls cost about 3 ms of a cold start, 2026-11).
 */
export class PhraseIndex {
  private readonly lists: readonly LexiconList[];
  private irregular: Map<string, Array<{ term: string; signal: string }>> | null = null;
  private readonly cache = new Map<string, Phrase[]>();

  constructor(lists: readonly LexiconList[]) {
    this.lists = lists;
  }

  /**
   * Terms whose first word is not spelled as looked up ("don't tell…", "g&t", "% more"), by
   * that lookup word. Native scans (indexOf, one character class) find the few candidate lines;
   * only they are split into words.
   */
  private irregularTerms(): Map<string, Array<{ term: string; signal: string }>> {
    if (this.irregular) return this.irregular;
    const irregular = new Map<string, Array<{ term: string; signal: string }>>();
    const file = (term: string, signal: string) => {
      const first = firstTermWord(term);
      if (first === undefined) return;
      const list = irregular.get(first);
      if (list) list.push({ term, signal });
      else irregular.set(first, [{ term, signal }]);
    };
    for (const { terms, signal } of this.lists) {
      const joined = terms.join('\n');
      // One native scan: the line starts of irregular terms (an apostrophe before the line's
      // first space, or any symbol), in list order.
      const starts: number[] = [];
      let qualifies = false;
      let lineStart = -1;
      let lineEnd = -1;
      let firstSpace = -1;
      NOT_PLAIN.lastIndex = 0;
      for (let m = NOT_PLAIN.exec(joined); m; m = NOT_PLAIN.exec(joined)) {
        const at = m.index;
        if (at >= lineEnd) {
          lineStart = joined.lastIndexOf('\n', at) + 1;
          lineEnd = joined.indexOf('\n', at);
          if (lineEnd < 0) lineEnd = joined.length;
          firstSpace = joined.indexOf(' ', lineStart);
        }
        if (!qualifies && QUALIFIES.test(m[0])) qualifies = true;
        if (m[0] === "'" && firstSpace >= 0 && firstSpace < at) continue;
        if (starts[starts.length - 1] !== lineStart) starts.push(lineStart);
      }
      if (!qualifies) continue;
      for (const start of starts) {
        const end = joined.indexOf('\n', start);
        file(joined.slice(start, end < 0 ? joined.length : end), signal);
      }
    }
    this.irregular = irregular;
    return irregular;
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
    const prefix = `${word} `;
    for (const { terms, signal } of this.lists) {
      // First term >= word; the terms equal to it or starting with "word " follow it.
      let lo = 0;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (terms[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < terms.length && (terms[k] === word || terms[k]!.startsWith(prefix)); k++) file(terms[k]!, signal);
    }
    for (const { term, signal } of this.irregularTerms().get(word) ?? []) file(term, signal);
    phrases = [...byText.values()].sort((a, b) => b.words.length - a.words.length);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, phrases);
    return phrases;
  }

  /** Every term of every list, as words (for the hashtag vocabulary). Slow: call once, lazily. */
  *allPhrases(): Generator<{ words: readonly string[]; signal: string }> {
    for (const { terms, signal } of this.lists) for (const term of terms) yield { words: termWords(term), signal };
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

/** Every phrase that starts at `tokens[at]`, longest first. */
export function phrasesAt(index: PhraseIndex, tokens: readonly Token[], at: number): PhraseMatch[] {
  const token = tokens[at]!;
  let found = NONE;
  const consider = (phrases: Phrase[]) => {
    for (const phrase of phrases) {
      const n = phrase.words.length;
      if (at + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = wordMatches(tokens[at + k]!, phrase.words[k]!);
      if (!ok || found.some((f) => f.phrase === phrase)) continue;
      if (found === NONE) found = [];
      found.push({ phrase, from: at, to: at + n });
    }
  };
  for (const key of token.keys) consider(index.startingWith(key));
  // Stretched spellings: "sooo" may be "so", "weeed" may be "weed".
  if (token.squeezed !== null) {
    for (const key of token.keys) {
      if (!mayBeStretched(key)) continue;
      for (const word of unstretched(key)) if (word !== key && isStretchOf(key, word)) consider(index.startingWith(word));
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
