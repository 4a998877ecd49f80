import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { keepStrongest } from '../../src/core/detect/overlaps';

// Several readings can claim the same words; the reader sees one finding per stretch of text.
// (Replaces the first-pass test that swapped in a rule table: the engine no longer has one.)
describe('keepStrongest', () => {
  const span = (severity: 'low' | 'medium' | 'high', start: number, end: number, name: string) => ({ severity, start, end, name });

  it('keeps the higher severity over a longer span, then the longer, then the earlier', () => {
    const kept = keepStrongest([
      span('low', 0, 20, 'long low'),
      span('high', 5, 9, 'short high'),
      span('medium', 12, 18, 'medium'),
      span('medium', 10, 19, 'longer medium'),
      span('low', 25, 30, 'alone'),
    ]);
    expect(kept.map((s) => s.name)).toEqual(['short high', 'longer medium', 'alone']);
  });

  it('returns spans in text order and never two that overlap', () => {
    const kept = keepStrongest([span('low', 8, 9, 'b'), span('low', 0, 4, 'a'), span('low', 3, 5, 'overlaps a')]);
    expect(kept.map((s) => s.name)).toEqual(['a', 'b']);
  });
});

describe('classify: overlapping readings', () => {
  it('reports a drink that is also part of a night of drinking once, at the stronger level', () => {
    expect(classify('tequila shots').map(({ text, severity }) => [text, severity])).toEqual([['tequila', 'medium'], ['shots', 'medium']]);
  });

  it('reports "boss thinks I have the flu" as absence and health without overlap', () => {
    const findings = classify('My boss thinks I have the flu');
    expect(findings.map((f) => f.category)).toEqual(['absence', 'health']);
    expect(findings[0]!.end).toBeLessThanOrEqual(findings[1]!.start);
  });
});
