import { resolveAudience } from './audience';
import type { AudienceIndex } from './audience-index';
import { classify } from './detect/classify';
import { categoryLabel } from './labels';
import { decideLevel, DEFAULT_POLICY, isCategoryOff, isFirstPerson, type Policy } from './policy';
import type { DraftSnapshot, IdentitySummary, Level, Verdict } from './types';

export interface VerdictInput {
  snapshot: DraftSnapshot;
  /** The user's contacts folded for audience resolution; none known when omitted. */
  audienceIndex?: AudienceIndex;
  identity: IdentitySummary;
  policy?: Readonly<Policy>;
  customTerms?: readonly string[];
  neverTerms?: readonly string[];
  /** The audience the user chose for this site (enabled sites only: core/audience.ts). */
  chosenAudience?: import('./types').AudienceKind;
}

const LEVEL_WORDS: Record<Level, string> = {
  none: 'Nothing personal found',
  notice: 'Worth a look',
  warn: 'Warning',
  confirm: 'Check before posting',
};

/** Joins the three questions (who posts, who sees, is it personal) into one answer. Pure. */
const IDENTITY_WORDS = { brand: 'brand', work: 'work identity', personal: 'personal' } as const;

/** "Posting as Acme Corp (brand)": said when it changes the answer (a work or brand identity). */
export function identityReason(identity: IdentitySummary): string | undefined {
  if (identity.kind === 'personal') return undefined;
  return `Posting as ${identity.name || 'you'} (${IDENTITY_WORDS[identity.kind]})`;
}

export function buildVerdict({ snapshot, audienceIndex, identity, policy, customTerms, neverTerms, chosenAudience }: VerdictInput): Verdict {
  // A category the user turned off for this identity is not reported at all (nor highlighted).
  const findings = classify(snapshot.text, { customTerms, neverTerms }).filter((f) => !isCategoryOff(policy ?? DEFAULT_POLICY, f.category));
  const audience = resolveAudience({ site: snapshot.site, visibility: snapshot.visibility, mentions: snapshot.mentions, identityKind: identity.kind, index: audienceIndex, ...(chosenAudience ? { chosenAudience } : {}) });
  const level = decideLevel({ findings, audience: audience.kind, identity: identity.kind, firstPerson: isFirstPerson(snapshot.text), policy });
  const categories = [...new Set(findings.map((f) => categoryLabel(f.category)))];
  const headline = level === 'none'
    ? LEVEL_WORDS.none
    : `${LEVEL_WORDS[level]}: ${categories.join(', ')}${identity.kind === 'brand' ? `, posting as ${identity.name}` : ''}`;
  const reasons = [identityReason(identity), audience.reason].filter((r): r is string => !!r);
  return { level, findings, audience, identity, headline, reasons };
}
