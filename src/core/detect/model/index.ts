// The statistical second stage: per-category logistic regression over hashed word features
// (features.ts), trained at build time by scripts/train-detector.ts on the labelled training drafts
// and shipped as weights.json. It scores each sentence (and a short draft as a whole) and reports
// what the rules did not already find there, so it adds recall on phrasings the lexicons do not
// know. Pure: no state between calls beyond the weights, loaded once.

import type { Category, Finding } from '../../types';
import { chunkSentences } from '../chunk';
import { BITS, featureBuckets } from './features';
import WEIGHTS from './weights.json';

/** The categories the model may report, in weights order. */
export const MODEL_CATEGORIES = [
  'alcohol', 'drugs', 'sexual', 'profanity', 'absence', 'work-complaint', 'job-search', 'health',
  'money', 'personal-info', 'confidential',
] as const satisfies readonly Category[];

const WHY: Record<(typeof MODEL_CATEGORIES)[number], string> = {
  alcohol: 'Reads like a story about drinking.',
  drugs: 'Reads like it is about taking drugs.',
  sexual: 'Reads like sexual content.',
  profanity: 'Reads like swearing.',
  absence: 'Reads like skipping work or calling in sick.',
  'work-complaint': 'Reads like a complaint about work.',
  'job-search': 'Reads like you are looking for a new job.',
  health: 'Reads like it shares your health.',
  money: 'Reads like it shares your money worries.',
  'personal-info': 'Reads like it shares personal details.',
  confidential: 'Reads like it shares something confidential from work.',
};

/** The explanations model findings carry (tells them apart from rule findings). */
export const MODEL_WHY: ReadonlySet<string> = new Set(Object.values(WHY));

/** weights.json as written by the trainer. */
export interface WeightsFile {
  version: 1;
  bits: number;
  /** Quantised weight = round(weight * scale). */
  scale: number;
  categories: string[];
  bias: number[];
  /** Logit thresholds; null turns a category off. */
  thresholds: Array<number | null>;
  /** A draft shorter than this is also scored whole. */
  shortDraft: number;
  /** Per category: delta-encoded sorted buckets and quantised weights, interleaved [d0, q0, d1, q1, ...]. */
  weights: number[][];
}

export interface Model {
  n: number;
  bias: Float64Array;
  thresholds: Float64Array;
  shortDraft: number;
  /** Bucket -> row in `rows`, or -1. */
  slot: Int32Array;
  /** Row-major [row * n + category]. */
  rows: Float32Array;
}

export function loadModel(file: WeightsFile): Model {
  const n = MODEL_CATEGORIES.length;
  const index = MODEL_CATEGORIES.map((c) => file.categories.indexOf(c));
  const size = 1 << BITS;
  const slot = new Int32Array(size).fill(-1);
  let rowCount = 0;
  const valid = file.bits === BITS;
  if (valid) {
    for (const list of file.weights) {
      let b = 0;
      for (let i = 0; i + 1 < list.length; i += 2) {
        b += list[i]!;
        if (b >= 0 && b < size && slot[b] === -1) slot[b] = rowCount++;
      }
    }
  }
  const rows = new Float32Array(rowCount * n);
  const bias = new Float64Array(n);
  const thresholds = new Float64Array(n).fill(Infinity);
  for (let c = 0; c < n; c++) {
    const k = index[c]!;
    if (!valid || k < 0) continue;
    bias[c] = file.bias[k] ?? 0;
    const t = file.thresholds[k];
    thresholds[c] = typeof t === 'number' ? t : Infinity;
    const list = file.weights[k] ?? [];
    let b = 0;
    for (let i = 0; i + 1 < list.length; i += 2) {
      b += list[i]!;
      const row = b >= 0 && b < size ? slot[b]! : -1;
      if (row >= 0) rows[row * n + c] = list[i + 1]! / file.scale;
    }
  }
  return { n, bias, thresholds, shortDraft: file.shortDraft, slot, rows };
}

/** Logits per category for one stretch of text. */
export function scoreText(model: Model, text: string): Float64Array {
  const { n, slot, rows } = model;
  const sums = new Float64Array(n);
  const buckets = featureBuckets(text);
  const norm = 1 / Math.sqrt(buckets.length || 1);
  for (const b of buckets) {
    const row = slot[b]!;
    if (row < 0) continue;
    const base = row * n;
    for (let c = 0; c < n; c++) sums[c]! += rows[base + c]!;
  }
  for (let c = 0; c < n; c++) sums[c] = model.bias[c]! + sums[c]! * norm;
  return sums;
}

interface Unit {
  start: number;
  end: number;
  scores: Float64Array;
  /** Categories the rules found in this sentence. */
  ruled: Set<string>;
  /** The longest stretch of the sentence no rule finding covers, or null. */
  free: [number, number] | null;
}

const SPACE = /\s/u;
const CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Sentences with their scores, rule categories and free stretch. Rule findings sorted by start. */
function readUnits(model: Model, text: string, ruleFindings: readonly Finding[]): Unit[] {
  const units: Unit[] = [];
  const rules = [...ruleFindings].filter((f) => f && Number.isFinite(f.start) && Number.isFinite(f.end)).sort((a, b) => a.start - b.start);
  let first = 0;
  for (const [from, to] of chunkSentences(text)) {
    const [start, end] = trim(text, from, to);
    if (end <= start) continue;
    while (first < rules.length && rules[first]!.end <= start) first++;
    const ruled = new Set<string>();
    const covered: Array<[number, number]> = [];
    for (let i = first; i < rules.length && rules[i]!.start < end; i++) {
      const f = rules[i]!;
      if (f.end <= start) continue;
      ruled.add(f.category);
      covered.push([Math.max(start, f.start), Math.min(end, f.end)]);
    }
    const slice = text.slice(start, end);
    units.push({ start, end, scores: scoreText(model, slice), ruled, free: freeStretch(text, start, end, covered) });
  }
  return units;
}

/** The longest part of [start, end) outside `covered` (sorted by start), trimmed, with some content. */
function freeStretch(text: string, start: number, end: number, covered: ReadonlyArray<[number, number]>): [number, number] | null {
  let best: [number, number] | null = null;
  let at = start;
  const consider = (a: number, b: number) => {
    const [s, e] = trim(text, a, b);
    if (e > s && (!best || e - s > best[1] - best[0]) && CONTENT.test(text.slice(s, e))) best = [s, e];
  };
  for (const [a, b] of covered) {
    if (a > at) consider(at, a);
    at = Math.max(at, b);
  }
  if (at < end) consider(at, end);
  return best;
}

/** Per category, the best score a finding could be reported at (sentences, and a short draft whole). For training. */
export function draftScores(model: Model, text: string, ruleFindings: readonly Finding[]): Float64Array {
  const units = readUnits(model, text, ruleFindings);
  const best = new Float64Array(model.n).fill(-Infinity);
  for (const u of units) {
    if (!u.free) continue;
    for (let c = 0; c < model.n; c++) if (!u.ruled.has(MODEL_CATEGORIES[c]!) && u.scores[c]! > best[c]!) best[c] = u.scores[c]!;
  }
  if (units.length > 1 && text.length <= model.shortDraft) {
    const whole = scoreText(model, text);
    for (let c = 0; c < model.n; c++) {
      if (whole[c]! > best[c]! && units.some((u) => u.free && !u.ruled.has(MODEL_CATEGORIES[c]!))) best[c] = whole[c]!;
    }
  }
  return best;
}

/** Findings of `model` for `text`: at most one per sentence, never overlapping a rule finding. */
export function findingsWith(model: Model, text: string, ruleFindings: readonly Finding[]): Finding[] {
  const units = readUnits(model, text, ruleFindings);
  const { n, thresholds } = model;
  // Per sentence, the category furthest above its threshold among those the rules did not find there.
  const chosen: Array<{ c: number; margin: number } | null> = units.map((u) => {
    if (!u.free) return null;
    let pick: { c: number; margin: number } | null = null;
    for (let c = 0; c < n; c++) {
      const margin = u.scores[c]! - thresholds[c]!;
      if (margin >= 0 && !u.ruled.has(MODEL_CATEGORIES[c]!) && (!pick || margin > pick.margin)) pick = { c, margin };
    }
    return pick;
  });
  // A short draft read whole: a category above threshold that no sentence reached goes to its best sentence.
  if (units.length > 1 && text.length <= model.shortDraft) {
    const whole = scoreText(model, text);
    for (let c = 0; c < n; c++) {
      if (whole[c]! < thresholds[c]! || chosen.some((p) => p?.c === c)) continue;
      let at = -1;
      for (const [i, u] of units.entries()) {
        if (!u.free || u.ruled.has(MODEL_CATEGORIES[c]!) || chosen[i]) continue;
        if (at < 0 || u.scores[c]! > units[at]!.scores[c]!) at = i;
      }
      if (at >= 0) chosen[at] = { c, margin: whole[c]! - thresholds[c]! };
    }
  }
  const out: Finding[] = [];
  for (const [i, pick] of chosen.entries()) {
    if (!pick) continue;
    const [start, end] = units[i]!.free!;
    const category = MODEL_CATEGORIES[pick.c]!;
    out.push({ category, severity: 'medium', start, end, text: text.slice(start, end), why: WHY[category] });
  }
  return out;
}

let shipped: Model | null = null;

/**
 * What the model finds that the rules did not: for each sentence, at most one finding of a
 * category the rules did not already find in it, over the part of the sentence no rule finding
 * covers. Offsets are UTF-16 indices into `text`, sorted by start. Never throws.
 */
export function modelFindings(text: string, ruleFindings: readonly Finding[] = []): Finding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    shipped ??= loadModel(WEIGHTS as WeightsFile);
    return findingsWith(shipped, text, Array.isArray(ruleFindings) ? ruleFindings : []);
  } catch {
    return [];
  }
}
