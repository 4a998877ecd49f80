// The lexicon as the matcher sees it. Nothing is compiled at load: the lists are sorted, so
// phrases are found by binary search and remembered (phrase-index.ts), guided by the first-word
// index generated from the same lists (first-words.ts). Start-up is budgeted (≤ 20 ms for load and
// first call, `npm run bench`).

import { spelledTrie, type Vocabulary } from './expand';
import { CUE_FIRST_WORDS, FIND_FIRST_WORDS } from './first-words.generated';
import { COMMON_WORDS } from './lexicon/common-words';
import { PhraseIndex, type LexiconList } from './phrase-index';
import { SIGNALS } from './signals';
import { termsOf } from './terms';

/** The lists of a pass, in the order the index reports their signals (and first-words.generated.ts names them). */
export const lexiconLists = (pass: 'find' | 'cue'): LexiconList[] =>
  Object.entries(SIGNALS).filter(([, s]) => s.pass === pass && s.terms.length > 0).map(([signal, s]) => ({ terms: s.terms, signal }));

export const FIND_INDEX = new PhraseIndex(lexiconLists('find'), FIND_FIRST_WORDS);
export const CUE_INDEX = new PhraseIndex(lexiconLists('cue'), CUE_FIRST_WORDS);

let vocab: Vocabulary | null = null;
/** Lexicon words this short split hashtags only when they are everyday words too. */
const SHORT_PIECE = 2;

/**
 * Every lexicon word plus everyday words (for splitting hashtags), and the one-word terms that
 * are findings on their own (what spelled-out letters "f u c k" may form). Built on first use.
 * A lexicon word of one or two letters (the "b" of "plan b", "bs", "mf", "ms") is not a word to
 * split hashtags by unless it is an everyday one ("a", "i", "my", "so"): with them any word split
 * into letters, and "#absence" was "a bs e n ce", "#assistant" "ass is tan t" (2026-11-23).
 */
export function vocabulary(): Vocabulary {
  if (!vocab) {
    const everyday = new Set<string>(termsOf(COMMON_WORDS));
    const words = new Set<string>(everyday);
    const triggers = new Set<string>();
    for (const index of [FIND_INDEX, CUE_INDEX]) {
      for (const { words: ws, signal } of index.allPhrases()) {
        for (const w of ws) if (w.length > SHORT_PIECE || everyday.has(w)) words.add(w);
        if (ws.length === 1 && SIGNALS[signal]?.finding) triggers.add(ws[0]!);
      }
    }
    let longest = 0;
    for (const w of words) if (w.length > longest) longest = w.length;
    vocab = { words, triggers, spelled: spelledTrie(triggers), longest: Math.min(longest, 20) };
  }
  return vocab;
}
