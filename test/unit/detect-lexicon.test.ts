import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMBOS } from '../../src/core/detect/combos';
import { EMOJI } from '../../src/core/detect/lexicon/emoji';
import { SPELLINGS } from '../../src/core/detect/lexicon/spellings';
import { lowerBound, termsOf } from '../../src/core/detect/terms';
import { termWords } from '../../src/core/detect/phrase-index';
import { EXCUSED_BY, SIGNALS } from '../../src/core/detect/signals';
import { CATEGORIES } from '../../src/core/types';

// The lexicons are data. The matcher finds phrases by binary search in each list
// (phrase-index.ts), so "sorted" is not tidiness: an unsorted list silently loses terms.
const dir = resolve(__dirname, '../../src/core/detect/lexicon');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const modules = await Promise.all(files.map(async (f) => [f, await import(resolve(dir, f))] as const));
// A list is a template string, one term a line, with a line break first and last (terms.ts).
const lists = modules.flatMap(([file, mod]) =>
  Object.entries(mod as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string')
    .map(([name, v]) => ({ where: `${file} ${name}`, raw: v as string, terms: termsOf(v as string) })));

describe('lexicon lists', () => {
  it('are found (one per export)', () => {
    expect(lists.length).toBeGreaterThan(60);
  });

  it.each(lists)('$where is sorted and free of duplicates', ({ terms }) => {
    expect(terms).toEqual([...terms].sort());
    expect(new Set(terms).size).toBe(terms.length);
  });

  it.each(lists)('$where is one term a line, with a line break first and last, no empty line', ({ raw, terms }) => {
    expect(raw).toBe(`\n${terms.join('\n')}\n`);
  });

  // The index files a term under its first word as typed in the list (phrase-index.ts), so that
  // word must be spelled as the tokenizer looks it up: "dont tell", "higher ups", not "don't tell".
  it.each(lists)('$where spells each first word as it is looked up', ({ terms }) => {
    for (const term of terms) expect(termWords(term)[0], term).toBe(term.split(' ')[0]);
  });

  it.each(lists)('$where finds each of its terms by binary search', ({ raw, terms }) => {
    for (const term of terms) {
      const at = lowerBound(raw, term);
      expect(raw.slice(at, at + term.length + 1), term).toBe(`${term}\n`);
    }
    expect(lowerBound(raw, '~')).toBe(raw.length);
  });

  it.each(lists)('$where holds lower-case words separated by single spaces', ({ terms }) => {
    for (const term of terms) {
      expect(term, term).toBe(term.trim());
      expect(term, term).not.toMatch(/ {2}|[A-Z]/);
      expect(termWords(term).length, term).toBeGreaterThan(0);
    }
  });

  it('gives every list a signal, and the signals lists do not repeat a term', () => {
    for (const [id, signal] of Object.entries(SIGNALS)) {
      const terms = termsOf(signal.terms);
      expect(new Set(terms).size, id).toBe(terms.length);
    }
  });
});

describe('emoji table', () => {
  const keys = EMOJI.map(([emoji]) => emoji);

  it('is sorted by emoji, each once', () => {
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds single pictographic code points (no variation selector: normalisation drops it)', () => {
    for (const emoji of keys) {
      expect([...emoji], emoji).toHaveLength(1);
      expect(emoji).toMatch(/^\p{Extended_Pictographic}$/u);
    }
  });

  it('names only known signals', () => {
    for (const [emoji, ...signals] of EMOJI) for (const s of signals) expect(SIGNALS[s], `${emoji} ${s}`).toBeDefined();
  });

  it('covers the issue\'s examples 🍺🍻🥴🌿🍑💊', () => {
    for (const e of ['🍺', '🍻', '🥴', '🌿', '🍑', '💊']) expect(keys).toContain(e);
  });
});

describe('spellings table', () => {
  it('is sorted by what is written, each once, lower case', () => {
    const written = SPELLINGS.map(([w]) => w);
    expect(written).toEqual([...written].sort());
    expect(new Set(written).size).toBe(written.length);
    for (const [w, meant] of SPELLINGS) expect(`${w} ${meant}`).toBe(`${w} ${meant}`.toLowerCase());
  });
});

describe('signals and combinations', () => {
  it('combinations name only known signals', () => {
    for (const combo of COMBOS) for (const s of [...combo.on, ...combo.with]) expect(SIGNALS[s], s).toBeDefined();
  });

  it('every category id except custom can be found by some signal or combination', () => {
    const found = new Set([...Object.values(SIGNALS).flatMap((s) => (s.finding ? [s.finding.category] : [])), ...COMBOS.map((c) => c.finding.category)]);
    for (const c of CATEGORIES) if (c !== 'custom') expect(found, c).toContain(c);
  });

  it('professional context excuses only through known cue lists', () => {
    for (const cues of Object.values(EXCUSED_BY)) for (const cue of cues ?? []) expect(SIGNALS[cue]?.pass, cue).toBe('cue');
  });

  it('every finding explains itself in a short sentence', () => {
    const specs = [...Object.values(SIGNALS).flatMap((s) => (s.finding ? [s.finding] : [])), ...COMBOS.map((c) => c.finding)];
    for (const spec of specs) {
      expect(spec.why.length, spec.why).toBeGreaterThan(8);
      expect(spec.why.length, spec.why).toBeLessThan(70);
      expect(spec.why, spec.why).not.toMatch(/\b(?:should|must|never|unprofessional)\b/i);
    }
  });
});
