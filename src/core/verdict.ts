import { resolveAudience, type MatchedMention } from './audience';
import { classify } from './detect/classify';
import { categoryLabel } from './labels';
import { decideLevel, isFirstPerson, type Policy } from './policy';
import type { DraftSnapshot, IdentitySummary, Level, Verdict } from './types';

export interface VerdictInput {
  snapshot: DraftSnapshot;
  matched: readonly MatchedMention[];
  identity: IdentitySummary;
  policy?: Readonly<Policy>;
  customTerms?: readonly string[];
  neverTerms?: readonly string[];
}

const LEVEL_WORDS: Record<Level, string> = {
  none: 'Nothing personal found',
  notice: 'Worth a look',
  warn: 'Warning',
  confirm: 'Check before posting',
};

/** Joins the three questions (who posts, who sees, is it personal) into one answer. Pure. */
export function buildVerdict({ snapshot, matched, identity, policy, customTerms, neverTerms }: VerdictInput): Verdict {
  const findings = classify(snapshot.text, { customTerms, neverTerms });
  const audience = resolveAudience(snapshot.site, snapshot.visibility, matched);
  const level = decideLevel({ findings, audience: audience.kind, identity: identity.kind, firstPerson: isFirstPerson(snapshot.text), policy });
  const categories = [...new Set(findings.map((f) => categoryLabel(f.category)))];
  const headline = level === 'none'
    ? LEVEL_WORDS.none
    : `${LEVEL_WORDS[level]}: ${categories.join(', ')}${identity.kind === 'brand' ? `, posting as ${identity.name}` : ''}`;
  return { level, findings, audience, identity, headline };
}
