// The compiled lexicon: built once per process, at module load (a few milliseconds; `npm run
// bench` measures it as part of start-up).

import { COMMON_WORDS } from './lexicon/common-words';
import { buildIndex, termWords, type PhraseIndex } from './phrase-index';
import { SIGNALS } from './signals';
import type { Vocabulary } from './expand';

function entries(pass: 'find' | 'cue'): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [id, signal] of Object.entries(SIGNALS)) if (signal.pass === pass) for (const term of signal.terms) out.push([term, id]);
  return out;
}

export const FIND_INDEX: PhraseIndex = buildIndex(entries('find'));
export const CUE_INDEX: PhraseIndex = buildIndex(entries('cue'));

function vocabulary(): Vocabulary {
  const words = new Set<string>(COMMON_WORDS);
  const triggers = new Set<string>();
  for (const signal of Object.values(SIGNALS)) {
    for (const term of signal.terms) {
      const ws = termWords(term);
      for (const w of ws) words.add(w);
      if (signal.finding && ws.length === 1) triggers.add(ws[0]!);
    }
  }
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  return { words, triggers, longest: Math.min(longest, 20) };
}

export const VOCAB: Vocabulary = vocabulary();
