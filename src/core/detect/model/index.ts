// The statistical second stage: per-category logistic regression over hashed word features
// (features.ts), trained at build time by scripts/train-detector.ts on the labelled training drafts
// and shipped as weights.json. It scores each sentence (and a short draft as a whole) and reports
// what the rules did not already find there, so it adds recall on phrasings the lexicons do not
// know. Pure: no state between calls beyond the weights, loaded once.

import type { Category, Finding } from '../../types';
import { chunkSentences } from '../chunk';
import { addressCount, BITS, featureBuckets, featureValue } from './features';
import WEIGHTS from './weights.json';
import DRAFT_WEIGHTS from './draft-weights.json';

/** The categories the model may report, in weights order. */
export const MODEL_CATEGORIES = [
  'alcohol', 'drugs', 'sexual', 'profanity', 'absence', 'work-complaint', 'job-search', 'health',
  'money', 'personal-info', 'confidential',
] as const satisfies readonly Category[];

/**
 * Every classifier in weights order: the categories, a generic "should warn" classifier (per
 * sentence), then two that read a draft whole: "professional" (written for work: a job ad, a news
 * report, a clinic's announcement) and "draft" (a draft that should warn, read whole).
 */
export const CLASSIFIERS = [...MODEL_CATEGORIES, 'warn', 'professional', 'draft'] as const;
const GATE = MODEL_CATEGORIES.length;
const PROFESSIONAL = GATE + 1;
const DRAFT = GATE + 2;
/** Longest draft read whole by the draft classifiers (the training drafts are at most 1,500 characters). */
export const WHOLE_DRAFT = 3000;

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
  version: 4;
  bits: number;
  /** Classifier names, in column order: the categories, then "warn". */
  categories: string[];
  bias: number[];
  /** Per classifier: weight = (row character code - 64) * scale. */
  scale: number[];
  /** Logit thresholds; null turns a classifier off. */
  thresholds: Array<number | null>;
  /** A draft shorter than this is also scored whole. */
  shortDraft: number;
  /** Feature buckets that carry weight, ascending, three digits each (see `digit`). */
  buckets: string;
  /** BLOCKS + 1 numbers of three digits: where each block of buckets starts (in buckets). */
  index: string;
  /** One row per bucket of categories.length characters: a weight quantised to -63..63, plus 64. */
  rows: string;
  /**
   * 'sqrt': a quantised q stands for sign(q) * (q / 63)² * 63 * scale, so small weights keep their
   * precision next to a few large ones (the whole-draft classifiers). Absent: linear, q * scale.
   */
  curve?: 'sqrt';
}

/**
 * The scorer: weights.json as it is. Buckets, block index and weights stay strings read with
 * charCodeAt, so loading decodes nothing (start-up budget) and the bundle carries three string
 * literals, not tens of thousands of numbers.
 */
export interface Model {
  n: number;
  bias: Float64Array;
  scale: Float64Array;
  thresholds: Float64Array;
  shortDraft: number;
  buckets: string;
  index: string;
  rows: string;
  width: number;
  /** File column of each of CLASSIFIERS, or -1. */
  column: Int32Array;
  /** For a 'sqrt' file: per file column, the weight of each character code (already scaled). */
  decode: Float64Array[] | null;
}

/** Blocks of the bucket index. */
export const BLOCKS = 1024;
const BLOCK_SHIFT = BITS - 10;

/**
 * Six bits as one printable ASCII character that JSON and JS need not escape: '#' (0x23) onwards,
 * skipping the backslash. ASCII keeps the bundle a one-byte source, which V8 reads fastest.
 */
export function digit(value: number): string {
  const code = 0x23 + value;
  return String.fromCharCode(code >= 0x5c ? code + 1 : code);
}
const valueOf = (code: number) => code - (code > 0x5c ? 0x24 : 0x23);
/** The 18-bit number at position i of a string of three-digit numbers. */
function numberAt(s: string, i: number): number {
  return (valueOf(s.charCodeAt(3 * i)) << 12) | (valueOf(s.charCodeAt(3 * i + 1)) << 6) | valueOf(s.charCodeAt(3 * i + 2));
}
/** An 18-bit number as three digits. */
export function encodeNumber(value: number): string {
  return digit((value >> 12) & 63) + digit((value >> 6) & 63) + digit(value & 63);
}

export function loadModel(file: WeightsFile): Model {
  const n = CLASSIFIERS.length;
  const count = typeof file.buckets === 'string' ? file.buckets.length / 3 : -1;
  const valid = file.version === 4 && file.bits === BITS && Number.isInteger(count) && typeof file.rows === 'string'
    && file.rows.length === count * file.categories.length && typeof file.index === 'string' && file.index.length === 3 * (BLOCKS + 1)
    && numberAt(file.index, BLOCKS) === count;
  const width = valid ? file.categories.length : 0;
  const column = Int32Array.from(CLASSIFIERS, (c) => (valid ? file.categories.indexOf(c) : -1));
  const bias = new Float64Array(n);
  const scale = new Float64Array(n);
  const thresholds = new Float64Array(n).fill(Infinity);
  for (let c = 0; c < n; c++) {
    const k = column[c]!;
    if (k < 0) continue;
    bias[c] = file.bias[k] ?? 0;
    scale[c] = file.scale[k] ?? 0;
    const t = file.thresholds[k];
    thresholds[c] = typeof t === 'number' ? t : Infinity;
  }
  const decode = valid && file.curve === 'sqrt'
    ? file.categories.map((_, k) => Float64Array.from({ length: 128 }, (_, code) => {
      const q = (code - 64) / 63;
      return Math.sign(q) * q * q * 63 * (file.scale[k] ?? 0);
    }))
    : null;
  return valid
    ? { n, bias, scale, thresholds, shortDraft: file.shortDraft, buckets: file.buckets, index: file.index, rows: file.rows, width, column, decode }
    : { n, bias, scale, thresholds, shortDraft: 0, buckets: '', index: encodeNumber(0).repeat(BLOCKS + 1), rows: '', width: 0, column, decode: null };
}

/** Row of a bucket, or -1: a binary search inside its block (about 20 buckets). */
function rowOf(model: Model, bucket: number): number {
  const { buckets, index } = model;
  const block = bucket >>> BLOCK_SHIFT;
  let lo = numberAt(index, block);
  let hi = numberAt(index, block + 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = numberAt(buckets, mid);
    if (v === bucket) return mid;
    if (v < bucket) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Logits per classifier for a set of feature buckets. */
export function scoreBuckets(model: Model, features: ArrayLike<number>): Float64Array {
  const { n, rows, width, column, decode } = model;
  const raw = new Float64Array(width);
  let hits = 0;
  for (let i = 0; i < features.length; i++) {
    const row = rowOf(model, features[i]!);
    if (row < 0) continue;
    hits++;
    const base = row * width;
    if (decode) for (let k = 0; k < width; k++) raw[k]! += decode[k]![rows.charCodeAt(base + k) & 127]!;
    else for (let k = 0; k < width; k++) raw[k]! += rows.charCodeAt(base + k);
  }
  const norm = featureValue(features.length);
  const sums = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const k = column[c]!;
    if (k < 0) sums[c] = model.bias[c]!;
    else if (decode) sums[c] = model.bias[c]! + raw[k]! * norm;
    else sums[c] = model.bias[c]! + (raw[k]! - 64 * hits) * model.scale[c]! * norm;
  }
  return sums;
}

/** Logits per classifier for one stretch of text. */
export function scoreText(model: Model, text: string): Float64Array {
  return scoreBuckets(model, featureBuckets(text));
}

interface Unit {
  start: number;
  end: number;
  scores: Float64Array;
  buckets: number[];
  /** Categories the rules found in this sentence. */
  ruled: Set<string>;
  /** The longest stretch of the sentence no rule finding covers, or null. */
  free: [number, number] | null;
}

const SPACE = /\s/u;
/** Built on first use: a \p{…} literal costs ICU look-ups when the bundle is parsed (features.ts). */
let content: RegExp | null = null;
/** Letters and digits in ASCII, where CONTENT is exactly these (features.ts says why it matters). */
const ASCII_TEXT = /^[^\u0080-\uffff]*$/;
const ASCII_CONTENT = /[A-Za-z0-9]/;
/** Whether a stretch has a letter, a digit or an emoji. */
function hasContent(stretch: string): boolean {
  if (ASCII_TEXT.test(stretch)) return ASCII_CONTENT.test(stretch);
  return (content ??= new RegExp(String.raw`[\p{L}\p{N}\p{Extended_Pictographic}]`, 'u')).test(stretch);
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Categories whose medium or high finding already warns at a professional audience (default policy). */
const WARNS: ReadonlySet<string> = new Set<string>([...MODEL_CATEGORIES, 'custom']);

/**
 * Whether the rules already warn: then the model stays out. It is a safety net for drafts the
 * rules call clean or mild, not a second opinion on what they explain better.
 */
function rulesWarn(ruleFindings: readonly Finding[]): boolean {
  return ruleFindings.some((f) => f && f.severity !== 'low' && WARNS.has(f.category));
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
    const buckets = featureBuckets(text.slice(start, end));
    units.push({ start, end, scores: scoreBuckets(model, buckets), buckets, ruled, free: freeStretch(text, start, end, covered) });
  }
  return units;
}

/** The longest part of [start, end) outside `covered` (sorted by start), trimmed, with some content. */
function freeStretch(text: string, start: number, end: number, covered: ReadonlyArray<[number, number]>): [number, number] | null {
  let best: [number, number] | null = null;
  let at = start;
  const consider = (a: number, b: number) => {
    const [s, e] = trim(text, a, b);
    if (e > s && (!best || e - s > best[1] - best[0]) && hasContent(text.slice(s, e))) best = [s, e];
  };
  for (const [a, b] of covered) {
    if (a > at) consider(at, a);
    at = Math.max(at, b);
  }
  if (at < end) consider(at, end);
  return best;
}

/** A short draft read whole: its sentences' features together. */
function wholeScores(model: Model, units: readonly Unit[]): Float64Array {
  const all = new Set<number>();
  for (const u of units) for (const b of u.buckets) all.add(b);
  return scoreBuckets(model, [...all]);
}

/** Per category, the best score a finding could be reported at (sentences, and a short draft whole). For training. */
export function draftScores(model: Model, text: string, ruleFindings: readonly Finding[]): Float64Array {
  const best = new Float64Array(model.n).fill(-Infinity);
  if (rulesWarn(ruleFindings)) return best;
  const units = readUnits(model, text, ruleFindings);
  const ruled = (u: Unit, c: number) => c !== GATE && u.ruled.has(MODEL_CATEGORIES[c]!);
  for (const u of units) {
    if (!u.free) continue;
    for (let c = 0; c < model.n; c++) if (!ruled(u, c) && u.scores[c]! > best[c]!) best[c] = u.scores[c]!;
  }
  if (units.length > 1 && text.length <= model.shortDraft) {
    const whole = wholeScores(model, units);
    for (let c = 0; c < model.n; c++) {
      if (whole[c]! > best[c]! && units.some((u) => u.free && !ruled(u, c))) best[c] = whole[c]!;
    }
  }
  return best;
}

/**
 * The category a unit most reads like, among those the rules did not find in it: the one with the
 * highest logit relative to its own bias (how much the words moved it).
 */
function likeliest(model: Model, u: Unit, scores: Float64Array): number {
  let best = -1;
  for (let c = 0; c < GATE; c++) {
    if (u.ruled.has(MODEL_CATEGORIES[c]!)) continue;
    if (best < 0 || scores[c]! > scores[best]!) best = c;
  }
  return best;
}

/**
 * Findings of `model` for `text`: at most one per sentence, never overlapping a rule finding. A
 * sentence is reported when a category's classifier passes its threshold, or when the generic
 * "should warn" classifier does (then under the category it most reads like). `register`, when
 * given, is the text the "professional" reading goes by instead of `text` (classify.ts passes a
 * text with quoted speech blanked out, and the draft as typed here: quotes show a work register).
 */
export function findingsWith(model: Model, text: string, ruleFindings: readonly Finding[], whole: Model = model, register?: string): Finding[] {
  if (rulesWarn(ruleFindings)) return [];
  const units = readUnits(model, text, ruleFindings);
  const { thresholds } = model;
  const pickFor = (u: Unit, scores: Float64Array): { c: number; margin: number } | null => {
    let pick: { c: number; margin: number } | null = null;
    for (let c = 0; c < GATE; c++) {
      const margin = scores[c]! - thresholds[c]!;
      if (margin >= 0 && !u.ruled.has(MODEL_CATEGORIES[c]!) && (!pick || margin > pick.margin)) pick = { c, margin };
    }
    if (pick) return pick;
    const margin = scores[GATE]! - thresholds[GATE]!;
    if (margin < 0) return null;
    const c = likeliest(model, u, scores);
    return c >= 0 ? { c, margin } : null;
  };
  const chosen = units.map((u) => (u.free ? pickFor(u, u.scores) : null));
  // A short draft read whole: when no sentence is reported on its own but the whole draft is, the
  // finding goes to the sentence that reads most like the category the whole draft was read as.
  if (units.length > 1 && text.length <= model.shortDraft && !chosen.some((p) => p !== null)) {
    const whole = wholeScores(model, units);
    const free = units.filter((u) => u.free);
    const ruled = new Set(free.length > 0 ? [...free[0]!.ruled].filter((c) => free.every((u) => u.ruled.has(c))) : []);
    const pick = free.length > 0 ? pickFor({ ...free[0]!, ruled }, whole) : null;
    if (pick) {
      let at = -1;
      for (const [i, u] of units.entries()) {
        if (!u.free || u.ruled.has(MODEL_CATEGORIES[pick.c]!)) continue;
        if (at < 0 || u.scores[pick.c]! > units[at]!.scores[pick.c]!) at = i;
      }
      if (at >= 0) chosen[at] = pick;
    }
  }
  // The draft read whole: when no sentence is reported, a draft the "draft" classifier reads as
  // one that should warn (and "professional" does not read as work) gets one finding, at the
  // sentence that reads most like a warning, under the category that sentence most reads like.
  if (!chosen.some((p) => p !== null) && wordCount(text) >= DRAFT_WORDS) {
    const all = new Set<number>();
    for (const u of units) for (const b of u.buckets) all.add(b);
    const reading = readDraft(whole, text, [...all]);
    if (reading && reading.warns && !reading.professional) {
      let at = -1;
      for (const [i, u] of units.entries()) if (u.free && (at < 0 || u.scores[GATE]! > units[at]!.scores[GATE]!)) at = i;
      const c = at >= 0 ? likeliest(model, units[at]!, units[at]!.scores) : -1;
      if (c >= 0) chosen[at] = { c, margin: 0 };
    }
  }
  // The model is a safety net for personal drafts: in a draft the "professional" classifier reads
  // as written for work, its guesses (a leak, a complaint) are the likelier false alarm. Rule
  // findings of those categories stay (professionalQuiets never quiets them).
  if (chosen.some((p) => p !== null)) {
    const all = new Set<number>();
    for (const u of units) for (const b of u.buckets) all.add(b);
    if ((register === undefined ? readDraft(whole, text, [...all]) : readDraft(whole, register))?.professional) return [];
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

/** What the draft classifiers read in a whole draft, or null when they are off or the draft is too long. */
export interface DraftReading {
  /** Written for work: findings of the categories work talks about are its subject, not the writer's news. */
  professional: boolean;
  /** Reads as a draft that should warn. */
  warns: boolean;
  /**
   * Written for work beyond doubt: "professional" at STRONG_PROFESSIONAL logits or more, and "draft"
   * below even odds. A recruiter's or a coach's "I" ("As a recruiter, I talk to candidates who are
   * job hunting") is the writer at work, so then even findings an "I" claims are the post's subject.
   */
  strong: boolean;
}

/**
 * Logits of the "professional" classifier for a strong reading. Chosen on the blind batches' odd
 * halves (2026-11-23): their professional posts' false alarms that an "I" kept (a recruiter, a
 * career coach, a journalist) scored 2.5–4.5, their personal posts with a slip buried in a work
 * essay at most -2; 2 keeps a wide margin on both sides.
 */
const STRONG_PROFESSIONAL = 2;

/** The draft classifiers' reading of `text` (thresholds from the weights file). */
export function readDraft(model: Model, text: string, buckets?: readonly number[]): DraftReading | null {
  if (text.length > WHOLE_DRAFT || model.column[PROFESSIONAL]! < 0 || model.column[DRAFT]! < 0) return null;
  const scores = scoreBuckets(model, buckets ?? draftBuckets(text));
  // A register needs words to show: "Our brand party had weed" is too short to be read as work.
  const professional = scores[PROFESSIONAL]! >= model.thresholds[PROFESSIONAL]! && wordCount(text) >= PROFESSIONAL_WORDS;
  return {
    professional,
    warns: scores[DRAFT]! >= model.thresholds[DRAFT]!,
    strong: professional && scores[PROFESSIONAL]! >= STRONG_PROFESSIONAL && scores[DRAFT]! < 0,
  };
}

/**
 * Fewest words for the "draft" reading to add a finding. Below it the words are too few to outweigh
 * one trigger word the rules already judged: "Not hungover at all", "I do not smoke weed".
 */
const DRAFT_WORDS = 6;
/** Fewest words for a professional reading. */
const PROFESSIONAL_WORDS = 15;

/**
 * Words a reading can go by: runs of characters other than white space, without links, e-mail
 * addresses and handles (features.ts: they are not language, "Thanks u/Sam and r/cats").
 */
function wordCount(text: string): number {
  // Past what the draft classifiers read, a few links cannot matter: no address scan of 1 MB.
  return text.length > WHOLE_DRAFT ? spaceRuns(text) : spaceRuns(text) - addressCount(text);
}

/** Runs of characters other than white space: words, near enough, without a regular expression. */
function spaceRuns(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The features a whole draft is read by: each sentence's (as the per-sentence classifiers see
 * them), together. The trainer reads its drafts the same way, and findingsWith reuses the
 * sentences it already read.
 */
export function draftBuckets(text: string): number[] {
  const all = new Set<number>();
  for (const [from, to] of chunkSentences(text)) {
    const [start, end] = trim(text, from, to);
    if (end > start) for (const b of featureBuckets(text.slice(start, end))) all.add(b);
  }
  return [...all];
}

/**
 * Categories that are a subject of work, which a draft written for work may mention without it
 * being the writer's news (the same as the work voice's, voice.ts). Swearing, complaints and leaks
 * are made in a work voice, so the professional reading never quiets them.
 */
export const SUBJECTS_OF_WORK: ReadonlySet<string> = new Set([
  'alcohol', 'drugs', 'sexual', 'absence', 'job-search', 'health', 'money', 'personal-info', 'family', 'politics', 'religion',
]);

/**
 * `findings` without those a professional draft quiets: of a category that is a subject of work
 * (SUBJECTS_OF_WORK), and not the writer's own (`unclaimed`: no "I", "me" or "my" near it; "Our
 * team launched the policy and I got hammered at the launch party" still warns).
 */
export function quietProfessional(model: Model, text: string, findings: Finding[], unclaimed: (f: Finding) => boolean = () => true): Finding[] {
  // Too short to read as work (readDraft would say so): skip reading it.
  if (!findings.some((f) => SUBJECTS_OF_WORK.has(f.category)) || wordCount(text) < PROFESSIONAL_WORDS) return findings;
  const reading = readDraft(model, text);
  if (!reading?.professional) return findings;
  const quietable = (f: Finding) => SUBJECTS_OF_WORK.has(f.category) && (reading.strong || unclaimed(f));
  return findings.some(quietable) ? findings.filter((f) => !quietable(f)) : findings;
}

let shipped: Model | null = null;
/** The whole-draft classifiers ("professional", "draft"): draft-weights.json, their own buckets. */
let shippedWhole: Model | null = null;

/**
 * What the model finds that the rules did not: for each sentence, at most one finding of a
 * category the rules did not already find in it, over the part of the sentence no rule finding
 * covers. Offsets are UTF-16 indices into `text`, sorted by start. Never throws. `register`: the
 * text the "professional" reading goes by, of the same length (findingsWith).
 */
export function modelFindings(text: string, ruleFindings: readonly Finding[] = [], register?: string): Finding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const rules = Array.isArray(ruleFindings) ? ruleFindings : [];
    if (rulesWarn(rules)) return [];
    shipped ??= loadModel(WEIGHTS as unknown as WeightsFile);
    shippedWhole ??= loadModel(DRAFT_WEIGHTS as unknown as WeightsFile);
    return findingsWith(shipped, text, rules, shippedWhole, typeof register === 'string' && register.length === text.length ? register : undefined);
  } catch {
    return [];
  }
}

/**
 * The findings of a draft the "professional" classifier reads as written for work, without those
 * of categories that are a subject of work (SUBJECTS_OF_WORK): a job ad's salary, a police notice's
 * "cocaine", a podcast's "having sex". Never throws; returns `findings` itself when nothing changes.
 */
export function professionalQuiets(text: string, findings: Finding[], unclaimed?: (f: Finding) => boolean): Finding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return findings;
    shippedWhole ??= loadModel(DRAFT_WEIGHTS as unknown as WeightsFile);
    return quietProfessional(shippedWhole, text, findings, unclaimed);
  } catch {
    return findings;
  }
}
