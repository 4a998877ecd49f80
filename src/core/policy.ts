import { levelRank, maxLevel } from './levels';
import { LEVELS, type AudienceKind, type Category, type Finding, type IdentityKind, type Level } from './types';

export type CategoryPolicy = Record<AudienceKind, Level>;
export type Policy = Record<Category, CategoryPolicy>;

const row = (professional: Level, publicAudience: Level, personal: Level): CategoryPolicy => ({
  professional,
  public: publicAudience,
  personal,
});

/** The architecture's default policy table; users edit it per identity. */
export const DEFAULT_POLICY: Readonly<Policy> = {
  drugs: row('confirm', 'warn', 'none'),
  sexual: row('confirm', 'warn', 'none'),
  absence: row('confirm', 'warn', 'none'),
  'job-search': row('confirm', 'warn', 'none'),
  confidential: row('confirm', 'confirm', 'warn'),
  alcohol: row('warn', 'notice', 'none'),
  profanity: row('warn', 'notice', 'none'),
  'work-complaint': row('warn', 'notice', 'none'),
  health: row('warn', 'notice', 'none'),
  money: row('warn', 'notice', 'none'),
  'personal-info': row('warn', 'warn', 'none'),
  family: row('notice', 'none', 'none'),
  politics: row('notice', 'none', 'none'),
  religion: row('notice', 'none', 'none'),
  // The user's own always-warn terms: they asked for a warning wherever others could see it.
  custom: row('warn', 'warn', 'notice'),
};

/** Categories that are about the poster's own life (what the brand rule looks for). */
const PERSONAL_LIFE: ReadonlySet<Category> = new Set<Category>([
  'alcohol', 'drugs', 'sexual', 'profanity', 'absence', 'work-complaint', 'job-search', 'health',
  'money', 'personal-info', 'family', 'politics', 'religion',
]);

const FIRST_PERSON = /(?<![\w'])(?:i|i'm|im|i've|i'll|i'd|me|my|mine|myself)(?![\w'])/i;

export function isFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/**
 * A category is off when its row never warns, for any audience (the popup's category switch): its
 * findings are dropped from the verdict, and the brand rule does not count them either.
 */
export function isCategoryOff(policy: Readonly<Policy>, category: Category): boolean {
  const row = policy[category];
  return row.professional === 'none' && row.public === 'none' && row.personal === 'none';
}

export interface PolicyInput {
  findings: readonly Finding[];
  audience: AudienceKind;
  identity: IdentityKind;
  /** Whether the draft speaks in the first person (the brand rule needs it). */
  firstPerson: boolean;
  policy?: Readonly<Policy>;
}

/** A low-severity finding ("one beer") sits one level below its category's level. */
function findingLevel(finding: Finding, audience: AudienceKind, policy: Readonly<Policy>): Level {
  const base = policy[finding.category][audience];
  if (finding.severity !== 'low') return base;
  return LEVELS[Math.max(0, levelRank(base) - 1)] ?? 'none';
}

export function decideLevel({ findings, audience, identity, firstPerson, policy = DEFAULT_POLICY }: PolicyInput): Level {
  let level: Level = 'none';
  for (const finding of findings) level = maxLevel(level, findingLevel(finding, audience, policy));
  // Brand rule: first-person personal content from a brand account is never a quiet mistake.
  if (identity === 'brand' && firstPerson && findings.some((f) => PERSONAL_LIFE.has(f.category) && !isCategoryOff(policy, f.category))) {
    level = maxLevel(level, 'confirm');
  }
  return level;
}
