import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureBuckets, words } from '../../src/core/detect/model/features';
import { classify } from '../../src/core/detect/classify';
import { loadModel, MODEL_CATEGORIES, MODEL_WHY, modelFindings, quietProfessional, readDraft, type WeightsFile } from '../../src/core/detect/model/index';
import type { Finding } from '../../src/core/types';

// The statistical second stage (src/core/detect/model): the committed weights load and read known
// TRAINING drafts as trained (tuning.jsonl / train-extra.jsonl; never the held-out set), and the
// scorer is safe on any input. `npx tsx scripts/train-detector.ts` re-creates the weights.

const training = ['tuning', 'train-extra'].flatMap((name) =>
  readFileSync(new URL(`../fixtures/drafts/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; kind: string; categories: string[]; shouldWarn: boolean }),
);
const WEIGHTS = JSON.parse(readFileSync(new URL('../../src/core/detect/model/weights.json', import.meta.url), 'utf8')) as {
  categories: string[];
  thresholds: Array<number | null>;
};

describe('model weights', () => {
  it('are compact', () => {
    expect(statSync(new URL('../../src/core/detect/model/weights.json', import.meta.url)).size).toBeLessThan(420 * 1024);
  });

  it('read known training drafts as trained: each category it reports on finds some of its own drafts', () => {
    // A category whose threshold the trainer left null (no cut kept cross-validated false alarms at
    // zero) is off; every other one must find at least one of its should-warn training drafts.
    const enabled = MODEL_CATEGORIES.filter((c) => WEIGHTS.thresholds[WEIGHTS.categories.indexOf(c)] != null);
    expect(enabled.length).toBeGreaterThanOrEqual(6);
    for (const category of enabled) {
      const own = training.filter((d) => d.shouldWarn && d.categories.includes(category));
      expect(own.some((d) => modelFindings(d.text, []).some((f) => f.category === category)), category).toBe(true);
    }
  });

  it('stay quiet on professional training drafts', () => {
    const professional = training.filter((d) => d.kind === 'professional');
    const flagged = professional.filter((d) => modelFindings(d.text, []).length > 0);
    expect(flagged.length / professional.length).toBeLessThan(0.02);
  });

  it('stay quiet on professional uses of trigger words', () => {
    for (const text of [
      'Our brewery client launched a new IPA today.',
      'We updated our sick leave policy: read it on the intranet.',
      'Our drug discovery pipeline has three candidates in phase II.',
      'Mental health awareness week starts Monday, join the talks.',
      'We are hiring a bartender for the new venue.',
      'Proud of our tequila brand partnership, launching this fall.',
    ]) expect(modelFindings(text, [])).toEqual([]);
  });

  it('add nothing to a draft read as written for work (their sentence-level guesses of a leak were false alarms there)', () => {
    const whole = loadModel(JSON.parse(readFileSync(new URL('../../src/core/detect/model/draft-weights.json', import.meta.url), 'utf8')) as WeightsFile);
    for (const text of [
      // Two professional training drafts the sentence classifiers read as confidential (commit 0d9c8eb).
      "Our M&A team advised on 14 completed transactions this year. Client names are on the deal tombstones we're allowed to share.",
      'Spirits are high in the office after our biggest quarter yet. Thank you to every customer.',
    ]) {
      expect(readDraft(whole, text)?.professional).toBe(true);
      expect(modelFindings(text, [])).toEqual([]);
    }
    const read = training.filter((d) => readDraft(whole, d.text)?.professional);
    expect(read.length).toBeGreaterThan(100);
    for (const d of read) expect(modelFindings(d.text, classify(d.text, { rulesOnly: true }))).toEqual([]);
  });
});

describe('modelFindings', () => {
  // The first should-warn training draft the model reports on (x0033, Vyvanse for an audit, until 2026-11-22).
  const text = training.find((d) => d.shouldWarn && modelFindings(d.text, []).length > 0)?.text ?? '';

  it('reports a span inside the text, medium severity, with an explanation', () => {
    const [f] = modelFindings(text, []);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('medium');
    expect(f!.text).toBe(text.slice(f!.start, f!.end));
    expect(f!.why).toMatch(/^Reads like/);
  });

  it('does not repeat a category the rules found in that sentence, nor overlap a rule finding', () => {
    const [f] = modelFindings(text, []);
    const rule: Finding = { ...f!, why: 'rule', severity: 'high' };
    expect(modelFindings(text, [rule]).filter((m) => m.start < rule.end && rule.start < m.end)).toEqual([]);
  });

  it('features: lower case, leetspeak, stretched letters', () => {
    expect(words('SOOOO Drunk, w33d & f**k!')).toEqual(['soo', 'drunk', 'weed', 'f**k']);
    expect(featureBuckets('')).toHaveLength(1);
  });

  it('features: a link, an e-mail address or a handle is one word, "#link"; "@ss" stays a masked word', () => {
    expect(words('Thanks u/Sam_Rivera, see reddit.com/u/nobody or https://x.com/a?b=1 and sam.r@gmail.com @elonmusk')).toEqual(
      ['thanks', '#link', 'see', '#link', 'or', '#link', 'and', '#link', '#link'],
    );
    expect(words('kick @ss in r/cats')).toEqual(['kick', 'ass', 'in', '#link']);
  });

  it('reads nothing into a draft of handles and links (too few words once they are set aside)', () => {
    expect(classify('Thanks u/Sam_Rivera and /u/ada-l! Not reddit.com/u/nobody, r/cats or u/x.')).toEqual([]);
  });
});

describe('classify with the model', () => {
  // Should-warn training drafts the rules leave below warn and the model adds a finding to (the
  // first five; the rules change, so they are found, not named).
  const withModel = training.filter((d) => d.shouldWarn).map((d) => d.text)
    .filter((t) => classify(t).some((f) => MODEL_WHY.has(f.why))).slice(0, 5);

  it('adds model findings to what the rules find, sorted by start', () => {
    expect(withModel.length).toBeGreaterThan(0);
    for (const t of withModel) {
      const starts = classify(t).map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('drops a model finding whose span contains a never-warn term', () => {
    for (const t of withModel) {
      const f = classify(t).find((x) => MODEL_WHY.has(x.why))!;
      const term = f.text.split(/\s+/).find((w) => /^\p{L}{4,}$/u.test(w))!;
      expect(classify(t, { neverTerms: [term] }).filter((x) => x.start === f.start && MODEL_WHY.has(x.why))).toEqual([]);
    }
  });
});

// Any UTF-16 sequence: lone surrogates, control characters, bidi marks, NUL.
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
const pieces = fc.constantFrom(
  'my boss is useless', 'interview tomorrow', 'borrowed some pills', ' ', '.', '!\n', '\u00a0', '\u200f', 'שלום', '🍺', '\ud83c', '\udf7a', '\u0000', '\r\n', 'İ', 'ß',
);
const text = fc.array(fc.oneof(codeUnits, pieces), { maxLength: 30 }).map((parts) => parts.join(''));
const rules = (length: number) =>
  fc.array(
    fc.record({ a: fc.nat(length), b: fc.nat(length), category: fc.constantFrom(...MODEL_CATEGORIES) }).map(({ a, b, category }) => ({
      category, severity: 'high' as const, start: Math.min(a, b), end: Math.max(a, b) + 1, text: '', why: 'rule',
    })),
    { maxLength: 4 },
  );

describe('modelFindings on arbitrary text', () => {
  it('never throws; findings lie inside the text, sorted, disjoint, off the rule findings', () => {
    fc.assert(
      fc.property(text.chain((t) => fc.tuple(fc.constant(t), rules(t.length))), ([t, ruleFindings]) => {
        const found = modelFindings(t, ruleFindings);
        for (const [i, f] of found.entries()) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.text).toBe(t.slice(f.start, f.end));
          expect(MODEL_CATEGORIES).toContain(f.category);
          if (i > 0) expect(f.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          for (const r of ruleFindings) expect(f.start < r.end && r.start < f.end).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes odd arguments without throwing', () => {
    expect(modelFindings(undefined as unknown as string, [])).toEqual([]);
    expect(modelFindings('my boss is useless', null as unknown as Finding[])).toBeInstanceOf(Array);
  });

  it('takes 1 MB of text and finds things in it (its time: bench/model.ts)', () => {
    // Any text the model reports on, repeated (the first should-warn training draft it reports on).
    const sample = `${training.find((d) => d.shouldWarn && modelFindings(d.text, []).length > 0)!.text} `;
    const big = sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);
    const found = modelFindings(big, []);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.start >= 0 && f.end <= big.length && f.start < f.end)).toBe(true);
  });
});

describe('whole-draft classifiers (draft-weights.json)', () => {
  const whole = loadModel(JSON.parse(readFileSync(new URL('../../src/core/detect/model/draft-weights.json', import.meta.url), 'utf8')) as WeightsFile);
  const long = (d: { text: string }) => d.text.split(/\s+/).length >= 15;

  it('load, and read most long professional training drafts as professional, few personal ones', () => {
    const professional = training.filter((d) => d.kind === 'professional' && long(d));
    const personal = training.filter((d) => d.kind === 'personal' && d.shouldWarn && long(d));
    const share = (ds: typeof training) => ds.filter((d) => readDraft(whole, d.text)?.professional).length / ds.length;
    expect(share(professional)).toBeGreaterThan(0.8);
    expect(share(personal)).toBeLessThan(0.05);
  });

  it('never read a short draft as professional, nor one longer than they read', () => {
    expect(readDraft(whole, 'Our brand party had weed')?.professional).toBe(false);
    expect(readDraft(whole, 'a '.repeat(2000))).toBeNull();
  });

  it('quiet only unclaimed findings of work subjects in a professional draft, and claimed ones too when it is strongly one', () => {
    const at = (text: string, category: Finding['category']): Finding => ({ category, severity: 'medium', start: 0, end: 1, text: text.slice(0, 1), why: 'test' });
    const professional = training.filter((d) => d.kind === 'professional' && long(d));
    // Read as work, but not beyond doubt: what an "I" claims stays.
    const plain = professional.find((d) => { const r = readDraft(whole, d.text); return r?.professional && !r.strong; })!.text;
    const [drugs, swearing, owned] = [at(plain, 'drugs'), at(plain, 'profanity'), at(plain, 'alcohol')];
    expect(quietProfessional(whole, plain, [drugs, swearing, owned], (f) => f !== owned)).toEqual([swearing, owned]);
    // Beyond doubt (a recruiter's "I"): the claimed work subject goes too; swearing never does.
    const strong = professional.find((d) => readDraft(whole, d.text)?.strong)!.text;
    const [drugs2, swearing2, owned2] = [at(strong, 'drugs'), at(strong, 'profanity'), at(strong, 'alcohol')];
    expect(quietProfessional(whole, strong, [drugs2, swearing2, owned2], (f) => f !== owned2)).toEqual([swearing2]);
    // A personal draft is never strong.
    expect(training.filter((d) => d.kind === 'personal' && d.shouldWarn && readDraft(whole, d.text)?.strong).length).toBeLessThan(5);
  });

  it('leave a complaint or a leak told in a work voice to warn', () => {
    // Posts for work with the writer's complaint or a leak in them: quieting complaints under a
    // strong professional reading (tried 2026-11-23) lost the first.
    for (const text of [
      'Reminder for all managers: performance reviews are due Friday. Honestly our leadership team is useless and HR is a black hole, but please submit them on time.',
      'Reminder to all staff: the layoffs are coming next month, our managers will brief the teams.',
    ]) {
      const findings = classify(text);
      expect(findings.some((f) => f.category === 'work-complaint' || f.category === 'confidential'), text).toBe(true);
    }
  });
});
