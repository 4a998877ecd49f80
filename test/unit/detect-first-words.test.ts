import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { CUE_INDEX, FIND_INDEX, lexiconLists } from '../../src/core/detect/engine';
import { firstWordIndex, generatedSource, listsKey } from '../../src/core/detect/first-words';
import { CUE_FIRST_WORDS, FIND_FIRST_WORDS } from '../../src/core/detect/first-words.generated';
import { PhraseIndex, termWords, type LexiconList, type Phrase } from '../../src/core/detect/phrase-index';
import { lineAt, lowerBound, termsOf } from '../../src/core/detect/terms';
import { normalize } from '../../src/core/detect/normalize';
import { tokenize } from '../../src/core/detect/tokens';
import { loadDrafts } from '../support/detection-metrics';

// The phrase index finds a word's phrases through the first-word index generated from the lexicon
// (first-words.ts). Until 2026-11-23 it binary-searched every list for every new word; that
// look-up is kept here as the reference, and the new one must give the same phrases, with the same
// signals, in the same order (so the same findings) for every word the detector looks up.

/** The look-up as it was (phrase-index.ts before the first-word index): a binary search in every list. */
function referenceStartingWith(lists: readonly LexiconList[], word: string): Phrase[] {
  const byText = new Map<string, Phrase>();
  const prefix = `${word} `;
  for (const { terms, signal } of lists) {
    for (let at = lowerBound(terms, word); at < terms.length;) {
      const term = lineAt(terms, at);
      if (term !== word && !term.startsWith(prefix)) break;
      const words = termWords(term);
      if (words[0] === word) {
        const text = words.join(' ');
        const known = byText.get(text);
        if (!known) byText.set(text, { words, signals: [signal] });
        else if (!known.signals.includes(signal)) known.signals.push(signal);
      }
      at += term.length + 1;
    }
  }
  return [...byText.values()].sort((a, b) => b.words.length - a.words.length);
}

const passes = [
  { name: 'find', lists: lexiconLists('find'), built: FIND_FIRST_WORDS, shipped: FIND_INDEX },
  { name: 'cue', lists: lexiconLists('cue'), built: CUE_FIRST_WORDS, shipped: CUE_INDEX },
] as const;

/** Each pass's look-ups: the reference, the generated index (fresh, no cache), and one built at run time. */
function compare(words: Iterable<string>): number {
  let compared = 0;
  for (const { lists, built } of passes) {
    const generated = new PhraseIndex(lists, built);
    const atRunTime = new PhraseIndex(lists);
    for (const word of words) {
      // As JSON first (one deep compare per word is most of this file's time), then expect() for the message.
      const expected = JSON.stringify(referenceStartingWith(lists, word));
      if (JSON.stringify(generated.startingWith(word)) !== expected) expect(generated.startingWith(word), word).toEqual(referenceStartingWith(lists, word));
      if (JSON.stringify(atRunTime.startingWith(word)) !== expected) expect(atRunTime.startingWith(word), word).toEqual(referenceStartingWith(lists, word));
      compared++;
    }
  }
  return compared;
}

describe('the first-word index', () => {
  it('is generated from the lexicon as it is (else: npx tsx scripts/generate-first-words.ts)', () => {
    const file = readFileSync(resolve(__dirname, '../../src/core/detect/first-words.generated.ts'), 'utf8');
    expect(file === generatedSource(lexiconLists('find'), lexiconLists('cue')), 'first-words.generated.ts is stale: run npx tsx scripts/generate-first-words.ts').toBe(true);
    for (const { lists, built } of passes) {
      expect(built.lists).toBe(listsKey(lists));
      expect(built.index).toBe(firstWordIndex(lists));
      // A TermList: sorted lines, a line break first and last.
      const lines = termsOf(built.index);
      expect(lines).toEqual([...lines].sort());
      expect(built.index).toBe(`\n${lines.join('\n')}\n`);
    }
  });

  it('looks up the same phrases as a search of every list, for every word the corpus makes the detector look up', () => {
    // Every labelled draft but the held-out set's (whose texts are only ever scored as aggregates).
    const dir = resolve(__dirname, '../fixtures/drafts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'heldout.jsonl');
    const texts = files.flatMap((f) => loadDrafts(`test/fixtures/drafts/${f}`).map((d) => d.text));
    expect(texts.length).toBeGreaterThan(8000);
    // The words classify() asks the shipped indexes for (token keys, stretched spellings, expansions).
    const asked = new Set<string>();
    const originals = passes.map(({ shipped }) => shipped.startingWith);
    passes.forEach(({ shipped }, k) => {
      shipped.startingWith = (word: string) => {
        asked.add(word);
        return originals[k]!.call(shipped, word);
      };
    });
    try {
      for (const text of texts) classify(text);
    } finally {
      passes.forEach(({ shipped }, k) => { shipped.startingWith = originals[k]!; });
    }
    // And every token key of the corpus, and every term and its first word (near misses: the fast-check test below).
    const words = new Set(asked);
    for (const text of texts) for (const token of tokenize(normalize(text).text)) for (const key of token.keys) words.add(key);
    for (const { lists } of passes) for (const { terms } of lists) for (const term of termsOf(terms)) words.add(term.split(' ')[0]!).add(term);
    expect(asked.size).toBeGreaterThan(10_000);
    expect(compare(words)).toBe(2 * words.size);
  }, 180_000);

  it('looks up the same phrases on random words', () => {
    const firsts = [...new Set(passes.flatMap(({ lists }) => lists.flatMap(({ terms }) => termsOf(terms).map((t) => t.split(' ')[0]!))))];
    const first = fc.constantFrom(...firsts);
    const word = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', 'b', 'e', 's', 't', "'", ' ', '0', '-', '\n', '\t', '😎', 'é') }),
      first,
      fc.tuple(first, fc.string({ maxLength: 3 })).map(([w, s]) => w + s),
      fc.tuple(first, fc.nat()).map(([w, n]) => w.slice(0, n % (w.length + 1))),
      fc.tuple(first, first).map(([a, b]) => `${a} ${b}`),
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 20 }), (words) => { compare(words); }), { numRuns: 300, seed: 20261123 });
  });

  it('is not used when it was generated from other lists: the index is built from the lists instead', () => {
    const lists = lexiconLists('find');
    const edited = lists.map((l, k) => (k === 0 ? { ...l, terms: `${l.terms}zzz new term\n` } : l));
    const index = new PhraseIndex(edited, FIND_FIRST_WORDS);
    expect(index.startingWith('zzz')).toEqual(referenceStartingWith(edited, 'zzz'));
    expect(index.startingWith('zzz')).toHaveLength(1);
  });
});
