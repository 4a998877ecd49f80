// Combinations that make a draft personal when no single word does: "tequila" + "shots",
// "sick day" + a beach, "interview" + "my boss has no idea", "NDA" + 🤫, "my boss" + "useless".

import { DRINKING, DRUG_USE, type FindingSpec } from './signals';

export interface Combo {
  /** Signals that get the finding. */
  on: readonly string[];
  /** Signals, at least one of which must be seen (a different hit from the `on` one). */
  with: readonly string[];
  /**
   * Where `with` must be: in the same sentence; within three sentences ("Called in sick. Beach
   * day!"); or within a token window around the `on` hit ([before, after]).
   */
  scope: 'sentence' | 'nearby' | { before: number; after: number };
  finding: FindingSpec;
  /** Also cover the partner's words: "boss is a total clown" rather than "boss". Window scopes only. */
  span?: 'both';
  /** Only when the `on` word is the writer's: "I"/"my" nearby or "my"/"our"/"this" right before it. */
  needsOwner?: boolean;
}

const DRINK_SIGNS = ['alcohol.drink', 'alcohol.emoji', 'alcohol.woozy'];
const HEAVY = ['alcohol.drunk', 'alcohol.hangover', 'alcohol.tipsy'];
const FUN = ['leisure', 'alcohol.drink', 'alcohol.emoji', 'alcohol.party', 'drugs.use', ...HEAVY];
const COMPLAINT = { category: 'work-complaint', severity: 'medium', why: 'Complains about your job or boss', strength: 'strong' } as const;
const ABSENT = { category: 'absence', severity: 'high', why: 'Says you were off work while out having fun', strength: 'strong' } as const;
const SECRET_JOB = ['job-search.secrecy', 'secrecy', 'absence.skipped', 'absence.told', 'absence.hiding', 'absence.fake-excuse'];

export const COMBOS: readonly Combo[] = [
  { on: DRINK_SIGNS, with: ['alcohol.party', 'alcohol.excess', 'alcohol.queasy', 'alcohol.woozy', ...HEAVY], scope: 'sentence', finding: DRINKING },
  // A count beside the drink ("three large glasses of wine", "🍷 I'm on my third"), not a number elsewhere in the sentence.
  { on: DRINK_SIGNS, with: ['alcohol.count'], scope: { before: 4, after: 4 }, finding: DRINKING },
  { on: ['alcohol.party'], with: DRINK_SIGNS, scope: 'sentence', finding: DRINKING },
  { on: ['alcohol.queasy'], with: [...DRINK_SIGNS, 'alcohol.party', ...HEAVY], scope: 'sentence', finding: { ...DRINKING, why: 'Mentions being sick from drinking' } },
  { on: ['drugs.weak', 'drugs.emoji'], with: ['drugs.weak', 'drugs.emoji'], scope: 'sentence', finding: { ...DRUG_USE, strength: 'plain' } },
  { on: ['sexual.weak', 'sexual.emoji'], with: ['sexual.weak', 'sexual.emoji'], scope: 'sentence', finding: { category: 'sexual', severity: 'high', why: 'Reads as sexual', strength: 'plain' } },
  { on: ['absence.off', 'absence.sickness'], with: [...FUN, 'absence.hiding'], scope: 'nearby', finding: ABSENT },
  { on: ['absence.off'], with: ['absence.lie'], scope: 'sentence', finding: { ...ABSENT, why: 'Says you were somewhere other than work' } },
  { on: ['absence.told'], with: ['absence.lie', 'absence.fake-excuse', 'absence.hiding', ...FUN], scope: 'nearby', finding: { ...ABSENT, why: 'Tells a story to work that was not true' } },
  { on: ['work-complaint.target'], with: ['work-complaint.harsh-verb'], scope: { before: 3, after: 0 }, span: 'both', finding: COMPLAINT },
  { on: ['work-complaint.target'], with: ['work-complaint.harsh'], scope: { before: 2, after: 5 }, span: 'both', needsOwner: true, finding: COMPLAINT },
  { on: ['work-complaint.target'], with: ['work-complaint.sarcasm'], scope: 'nearby', needsOwner: true, finding: { ...COMPLAINT, why: 'Reads as a dig at your job' } },
  { on: ['job-search.weak', 'job-search.weak-self'], with: SECRET_JOB, scope: 'nearby', finding: { category: 'job-search', severity: 'high', why: 'Says you are job hunting on the quiet', strength: 'plain' } },
  { on: ['confidential.sensitive'], with: ['confidential.leak', 'secrecy'], scope: 'sentence', finding: { category: 'confidential', severity: 'high', why: "Sounds like news that isn't public yet", strength: 'plain', workNearby: true } },
  { on: ['confidential.patient-detail'], with: ['confidential.patient'], scope: 'nearby', finding: { category: 'confidential', severity: 'high', why: 'Describes a patient closely enough to identify them', strength: 'strong' } },
  { on: ['money.amount'], with: ['money.word'], scope: 'sentence', finding: { category: 'money', severity: 'medium', why: 'Shares your own money matters', strength: 'plain', workNearby: true } },
  { on: ['drugs.snow'], with: ['drugs.nose', 'drugs.weak', 'drugs.party-slang'], scope: 'sentence', finding: { ...DRUG_USE, strength: 'plain' } },
  { on: ['drugs.nose'], with: ['drugs.snow', 'drugs.weak', 'drugs.party-slang', 'drugs.emoji'], scope: 'sentence', finding: { ...DRUG_USE, strength: 'plain' } },
  { on: ['drugs.party-slang', 'drugs.emoji'], with: ['drugs.party-place', 'alcohol.party', 'alcohol.drunk', 'alcohol.tipsy'], scope: 'sentence', finding: { ...DRUG_USE, strength: 'plain' } },
  { on: ['pii.phone'], with: ['personal-info.home-cue'], scope: 'sentence', finding: { category: 'personal-info', severity: 'medium', why: 'Shares a private phone number', strength: 'plain' } },
  { on: ['pii.address'], with: ['personal-info.home-cue', 'personal-info.home'], scope: 'sentence', finding: { category: 'personal-info', severity: 'medium', why: 'Shares a home address', strength: 'plain' } },
  // "waiting outside 5 Jupiter St every morning at 7:05": where you can be found, and when.
  { on: ['pii.address'], with: ['personal-info.routine'], scope: 'sentence', finding: { category: 'personal-info', severity: 'medium', why: 'Says where you can be found and when', strength: 'plain' } },
  { on: ['personal-info.away'], with: ['personal-info.home'], scope: 'sentence', finding: { category: 'personal-info', severity: 'medium', why: 'Says when your home will be empty', strength: 'strong' } },
  { on: ['personal-info.routine'], with: ['personal-info.kid-place'], scope: 'nearby', finding: { category: 'personal-info', severity: 'medium', why: "Shares where and when a child can be found", strength: 'strong' } },
  // A place described without a number ("at the end of", "opposite the") needs a dwelling word
  // (house, flat, door): the home cues that go with a number ("me", "my", "text") are too common.
  { on: ['personal-info.location'], with: ['personal-info.home'], scope: 'sentence', finding: { category: 'personal-info', severity: 'medium', why: 'Says where you live', strength: 'plain' } },
];
