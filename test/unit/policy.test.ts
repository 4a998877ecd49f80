import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, decideLevel, isFirstPerson } from '../../src/core/policy';
import type { AudienceKind, Category, Finding, IdentityKind, Level, Severity } from '../../src/core/types';

// Transcribed from ../shared/design/architecture.md, "Default policy", not from the code:
// category | professional audience | public, audience unknown | personal only
const TABLE: Array<[Category[], Level, Level, Level]> = [
  [['drugs', 'sexual', 'absence', 'job-search'], 'confirm', 'warn', 'none'],
  [['confidential'], 'confirm', 'confirm', 'warn'],
  [['alcohol', 'profanity', 'work-complaint', 'health', 'money'], 'warn', 'notice', 'none'],
  [['personal-info'], 'warn', 'warn', 'none'],
  [['family', 'politics', 'religion'], 'notice', 'none', 'none'],
];
const AUDIENCES: AudienceKind[] = ['professional', 'public', 'personal'];
const CASES = TABLE.flatMap(([categories, ...levels]) =>
  categories.flatMap((category) => AUDIENCES.map((audience, i) => ({ category, audience, expected: levels[i]! }))),
);

function finding(category: Category, severity: Severity = 'medium'): Finding {
  return { category, severity, start: 0, end: 1, text: 'x', why: '' };
}

function level(findings: Finding[], audience: AudienceKind, identity: IdentityKind = 'personal', firstPerson = false): Level {
  return decideLevel({ findings, audience, identity, firstPerson });
}

describe('default policy table', () => {
  it('lists 14 categories × 3 audiences', () => {
    expect(CASES).toHaveLength(42);
  });

  it.each(CASES)('$category to a $audience audience is $expected', ({ category, audience, expected }) => {
    expect(DEFAULT_POLICY[category][audience]).toBe(expected);
    expect(level([finding(category, 'medium')], audience)).toBe(expected);
    expect(level([finding(category, 'high')], audience)).toBe(expected);
  });
});

describe('decideLevel', () => {
  it('is none without findings', () => {
    expect(level([], 'professional')).toBe('none');
    expect(level([], 'professional', 'brand', true)).toBe('none');
  });

  it('takes the highest level of all findings', () => {
    expect(level([finding('family'), finding('drugs'), finding('alcohol')], 'professional')).toBe('confirm');
    expect(level([finding('family'), finding('alcohol')], 'public')).toBe('notice');
  });

  it.each([
    ['alcohol', 'professional', 'notice'],
    ['alcohol', 'public', 'none'],
    ['alcohol', 'personal', 'none'],
    ['drugs', 'professional', 'warn'],
    ['drugs', 'public', 'notice'],
    ['confidential', 'personal', 'notice'],
    ['family', 'professional', 'none'],
  ] as const)('puts a low-severity %s finding for %s one step down, at %s', (category, audience, expected) => {
    expect(level([finding(category, 'low')], audience)).toBe(expected);
  });

  it('uses a policy it is given instead of the default', () => {
    const policy = { ...DEFAULT_POLICY, alcohol: { professional: 'confirm', public: 'confirm', personal: 'warn' } } as const;
    expect(decideLevel({ findings: [finding('alcohol')], audience: 'personal', identity: 'personal', firstPerson: false, policy })).toBe('warn');
  });
});

describe('brand rule', () => {
  it.each(['alcohol', 'family', 'health', 'profanity'] as const)('raises first-person %s from a brand to confirm, whatever the audience', (category) => {
    expect(level([finding(category, 'low')], 'personal', 'brand', true)).toBe('confirm');
    expect(level([finding(category, 'low')], 'public', 'brand', true)).toBe('confirm');
  });

  it('keeps the table level for a brand without first person', () => {
    expect(level([finding('alcohol')], 'professional', 'brand', false)).toBe('warn');
    expect(level([finding('alcohol')], 'personal', 'brand', false)).toBe('none');
  });

  it('keeps the table level for first person from a personal or work identity', () => {
    expect(level([finding('alcohol')], 'public', 'personal', true)).toBe('notice');
    expect(level([finding('alcohol')], 'public', 'work', true)).toBe('notice');
  });

  it('does not count work matters or custom terms as personal content', () => {
    expect(level([finding('confidential')], 'personal', 'brand', true)).toBe('warn');
    expect(level([finding('custom')], 'personal', 'brand', true)).toBe(DEFAULT_POLICY.custom.personal);
  });
});

describe('isFirstPerson', () => {
  it.each(["I'm out", 'I’m out', 'so tired, me', 'My weekend', 'that one is mine', 'myself', 'i think', 'I’ve been', "I'd go"])('%j is first person', (text) => {
    expect(isFirstPerson(text)).toBe(true);
  });

  it.each(['Our team shipped', 'We are hiring', 'Imagine this', 'iPhone launch', "It's done", 'Mimi', 'The enemy'])('%j is not', (text) => {
    expect(isFirstPerson(text)).toBe(false);
  });
});
