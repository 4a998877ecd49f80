// Near-twins between a measurement set and the training data: a blind set measures generalisation
// only if none of its drafts is a reworded copy of one the engine was trained on. Exact copies are
// easy to catch; this catches the same sentence with a word or two changed. Word-set Jaccard
// similarity, with candidates found through an index of the words (comparing every pair of ~6,000
// training drafts with ~1,000 measured ones would be 6 million set comparisons).
import type { Draft } from './detection-metrics';

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** For each measured draft, its highest similarity to any training draft (0 when it shares no word). */
export function nearestTraining(measured: readonly Draft[], training: readonly Draft[]): number[] {
  const sets = training.map((d) => words(d.text));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  // Index only words that are not everywhere: a twin shares its rarer words too.
  const rare = (w: string) => (df.get(w) ?? 0) <= Math.max(1, training.length / 50);
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const w of set) if (rare(w)) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  return measured.map((draft) => {
    const mine = words(draft.text);
    const candidates = new Set<number>();
    for (const w of mine) for (const i of index.get(w) ?? []) candidates.add(i);
    let best = 0;
    for (const i of candidates) best = Math.max(best, jaccard(mine, sets[i]!));
    return best;
  });
}
