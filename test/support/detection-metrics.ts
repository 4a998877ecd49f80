// Scores the detection engine on a labelled corpus (test/fixtures/drafts/*.jsonl), the way issue 3
// defines it: at a professional audience, posting as yourself, with the default policy.
import { readFileSync } from 'node:fs';
import { classify } from '../../src/core/detect/classify';
import { atLeast } from '../../src/core/levels';
import { decideLevel, isFirstPerson } from '../../src/core/policy';
import { CATEGORIES, type Category, type Level } from '../../src/core/types';

export interface Draft {
  id: string;
  text: string;
  kind: 'personal' | 'professional' | 'harmless';
  categories: Category[];
  shouldWarn: boolean;
}

export interface Scored extends Draft {
  level: Level;
  found: Category[];
}

export function loadDrafts(path: string): Draft[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Draft);
}

export function score(drafts: readonly Draft[]): Scored[] {
  return drafts.map((draft) => {
    const findings = classify(draft.text);
    const level = decideLevel({ findings, audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(draft.text) });
    return { ...draft, level, found: [...new Set(findings.map((f) => f.category))] };
  });
}

export interface Summary {
  drafts: number;
  /** Of the drafts that should warn, the share given warn or confirm. */
  recall: number;
  shouldWarn: number;
  /** Of the professional and harmless drafts, the share given warn or confirm. */
  falseAlarmRate: number;
  quiet: number;
  misses: Scored[];
  falseAlarms: Scored[];
  perCategory: Array<{ category: Category; labelled: number; found: number; precision: number; recall: number }>;
}

export function summarize(scored: readonly Scored[]): Summary {
  const warned = (d: Scored) => atLeast(d.level, 'warn');
  const should = scored.filter((d) => d.shouldWarn);
  const quiet = scored.filter((d) => d.kind !== 'personal');
  const misses = should.filter((d) => !warned(d));
  const falseAlarms = quiet.filter(warned);
  const perCategory = CATEGORIES.filter((c) => c !== 'custom').map((category) => {
    const labelled = scored.filter((d) => d.categories.includes(category));
    const found = scored.filter((d) => d.found.includes(category));
    const both = found.filter((d) => d.categories.includes(category));
    return {
      category,
      labelled: labelled.length,
      found: found.length,
      precision: found.length ? both.length / found.length : NaN,
      recall: labelled.length ? both.length / labelled.length : NaN,
    };
  });
  return {
    drafts: scored.length,
    recall: should.length ? (should.length - misses.length) / should.length : NaN,
    shouldWarn: should.length,
    falseAlarmRate: quiet.length ? falseAlarms.length / quiet.length : NaN,
    quiet: quiet.length,
    misses,
    falseAlarms,
    perCategory,
  };
}

const DRAFTS = 'test/fixtures/drafts';
/** The blind batches split in halves: odd ids are training data, even ids a check (aggregates only). */
const BLIND_BATCHES = ['round3', 'round4', 'round5'];
/** Whether a draft id's number is odd: the training half of a blind batch. */
export const isOddId = (id: string) => Number(id.replace(/\D/g, '')) % 2 === 1;
const odd = isOddId;

/**
 * What the engine is trained and tuned on by default (scripts/train-detector.ts): tuning, dev
 * (the retired first held-out set), train-extra, the odd halves of the blind batches round3,
 * round4 and round5 (round5's since 2026-11-23 09:15), and all of round6 (written blind as training data).
 */
export function trainingDrafts(): Draft[] {
  return [
    ...['tuning', 'train-extra', 'dev', 'round6'].flatMap((name) => loadDrafts(`${DRAFTS}/${name}.jsonl`)),
    ...BLIND_BATCHES.flatMap((name) => loadDrafts(`${DRAFTS}/${name}.jsonl`)).filter((d) => odd(d.id)),
  ];
}

/** The blind batches' even halves: checks read only as aggregates while tuning. */
export function checkDrafts(): Draft[] {
  return BLIND_BATCHES.flatMap((name) => loadDrafts(`${DRAFTS}/${name}.jsonl`)).filter((d) => !odd(d.id));
}
