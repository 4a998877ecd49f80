// The popup's quick settings for an identity: one sensitivity for every category, and each category
// on or off. Both are written into the identity's policy table (the same table the options page
// edits cell by cell), so there is one source of truth and a backup carries them without a new field.
import { levelRank } from './levels';
import { DEFAULT_POLICY, isCategoryOff, type CategoryPolicy, type Policy } from './policy';

export { isCategoryOff };
import { CATEGORIES, LEVELS, type AudienceKind, type Category, type Level } from './types';

export const SENSITIVITIES = ['relaxed', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const SENSITIVITY_LABELS: Record<Sensitivity, string> = {
  relaxed: 'Relaxed: one step quieter',
  standard: 'Standard',
  strict: 'Strict: one step louder',
};

const AUDIENCES: readonly AudienceKind[] = ['professional', 'public', 'personal'];
const STEP: Record<Sensitivity, number> = { relaxed: -1, standard: 0, strict: 1 };

/**
 * A level moved by the sensitivity. `none` stays `none` when made stricter: "strict" asks for louder
 * warnings where Hatcheck already warns, not for notices about family photos among friends.
 */
function shifted(level: Level, sensitivity: Sensitivity): Level {
  if (level === 'none') return 'none';
  const rank = Math.min(LEVELS.length - 1, Math.max(0, levelRank(level) + STEP[sensitivity]));
  return LEVELS[rank]!;
}

const OFF: CategoryPolicy = { professional: 'none', public: 'none', personal: 'none' };


/** The full policy for a sensitivity with some categories off. */
export function presetPolicy(sensitivity: Sensitivity, off: ReadonlySet<Category>): Policy {
  const out = {} as Policy;
  for (const category of CATEGORIES) {
    const base = DEFAULT_POLICY[category];
    out[category] = off.has(category) ? { ...OFF } : { professional: shifted(base.professional, sensitivity), public: shifted(base.public, sensitivity), personal: shifted(base.personal, sensitivity) };
  }
  return out;
}

const sameRow = (a: CategoryPolicy, b: CategoryPolicy) => AUDIENCES.every((k) => a[k] === b[k]);

/**
 * Which preset a policy is, or 'custom' when the options page made cells that no preset has. The
 * categories that are off are left out of the comparison: they are off in every preset.
 */
export function sensitivityOf(policy: Readonly<Policy>): Sensitivity | 'custom' {
  const off = offCategories(policy);
  return SENSITIVITIES.find((s) => {
    const preset = presetPolicy(s, off);
    return CATEGORIES.every((c) => sameRow(preset[c], policy[c]));
  }) ?? 'custom';
}

export function offCategories(policy: Readonly<Policy>): Set<Category> {
  return new Set(CATEGORIES.filter((c) => isCategoryOff(policy, c)));
}

/**
 * What to store for an identity: only the rows that differ from the default (the shape
 * identities.ts keeps), or undefined when nothing does.
 */
export function policyOverrides(policy: Readonly<Policy>): Partial<Policy> | undefined {
  const out: Partial<Policy> = {};
  for (const c of CATEGORIES) if (!sameRow(policy[c], DEFAULT_POLICY[c])) out[c] = { ...policy[c] };
  return Object.keys(out).length ? out : undefined;
}

/** A category turned on or off, keeping the rest of the policy as it is (custom cells too). */
export function withCategory(policy: Readonly<Policy>, category: Category, on: boolean, sensitivity: Sensitivity | 'custom'): Policy {
  const next: Policy = { ...policy };
  // Turned back on: the level the current sensitivity gives it (standard when the table is custom).
  next[category] = on ? presetPolicy(sensitivity === 'custom' ? 'standard' : sensitivity, new Set())[category] : { ...OFF };
  return next;
}
