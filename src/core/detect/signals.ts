// What each lexicon list means. A list gives a *signal*; a signal may be a finding on its own
// (with a category, a severity and a reason a person can read), or only a cue that other rules
// use: a professional word, a leisure word, a weak word that needs company (combos.ts).

import type { Category, Severity } from '../types';
import type { TermList } from './terms';
import * as absence from './lexicon/absence';
import * as alcohol from './lexicon/alcohol';
import * as confidential from './lexicon/confidential';
import * as drugs from './lexicon/drugs';
import * as family from './lexicon/family';
import * as health from './lexicon/health';
import * as jobSearch from './lexicon/job-search';
import * as money from './lexicon/money';
import * as personalInfo from './lexicon/personal-info';
import * as politics from './lexicon/politics';
import * as professional from './lexicon/professional';
import * as profanity from './lexicon/profanity';
import * as religion from './lexicon/religion';
import * as sexual from './lexicon/sexual';
import * as workComplaint from './lexicon/work-complaint';

/**
 * `strong`: a work word in the sentence never excuses it ("blackout drunk at the client dinner").
 * `plain`: professional context for its category excuses it ("our tequila brand partnership").
 */
export type Strength = 'strong' | 'plain';

export interface FindingSpec {
  category: Category;
  severity: Severity;
  /** Short and warm: what was seen, not a lecture. */
  why: string;
  strength: Strength;
  /** Counts only with "I", "me", "my" nearby: "my cancer", not "cancer research". */
  needsSelf?: boolean;
  /** With needsSelf: a sentence that starts with it has an implied "I" ("Interviewing at Acme next week"). */
  selfAtStart?: boolean;
  /** Professional context counts from the two sentences either side too (a job ad's salary line). */
  workNearby?: boolean;
}

/**
 * `find` lists are matched leftmost-longest and each word belongs to one match, so a neutral
 * phrase ("sick leave policy") hides the trigger inside it. `cue` lists are matched everywhere,
 * overlapping, and never hide anything.
 */
export interface SignalSpec {
  pass: 'find' | 'cue';
  /** Sorted terms, one a line (terms.ts); '' for a signal no lexicon gives. */
  terms: TermList;
  finding?: FindingSpec;
}

const find = (terms: TermList, finding?: FindingSpec): SignalSpec => ({ pass: 'find', terms, finding });
const cue = (terms: TermList): SignalSpec => ({ pass: 'cue', terms });
const spec = (category: Category, severity: Severity, why: string, strength: Strength, needsSelf = false): FindingSpec =>
  ({ category, severity, why, strength, ...(needsSelf ? { needsSelf } : {}) });

export const DRINKING = spec('alcohol', 'medium', 'Mentions a night of drinking', 'plain');
export const DRUG_USE = spec('drugs', 'high', 'Mentions drug use', 'strong');

export const SIGNALS: Record<string, SignalSpec> = {
  'alcohol.drunk': find(alcohol.DRUNK, spec('alcohol', 'high', 'Mentions being drunk', 'strong')),
  'alcohol.tipsy': find(alcohol.TIPSY, spec('alcohol', 'medium', 'Mentions being tipsy', 'plain')),
  'alcohol.hangover': find(alcohol.HANGOVER, spec('alcohol', 'high', 'Mentions being hungover', 'strong')),
  'alcohol.drink': find(alcohol.DRINKS, spec('alcohol', 'low', 'Mentions a drink', 'plain')),
  'alcohol.party': find(alcohol.PARTY),
  'alcohol.neutral': find(alcohol.NEUTRAL),
  'alcohol.excess': cue(alcohol.EXCESS),
  'alcohol.count': cue(alcohol.COUNT),

  'drugs.use': find(drugs.USE, DRUG_USE),
  'drugs.self': find(drugs.USE_SELF, { ...spec('drugs', 'high', 'Mentions being high', 'strong', true), selfAtStart: true }),
  'drugs.name': find(drugs.NAMES, spec('drugs', 'high', 'Mentions drugs', 'plain')),
  'drugs.weak': find(drugs.WEAK),
  'drugs.party-slang': find(drugs.PARTY_SLANG),
  'drugs.party-place': cue(drugs.PARTY_PLACES),
  'drugs.neutral': find(drugs.NEUTRAL),

  'sexual.explicit': find(sexual.EXPLICIT, spec('sexual', 'high', 'Reads as sexual content', 'strong')),
  'sexual.dating': find(sexual.DATING, spec('sexual', 'medium', 'Mentions dating or hook-up apps', 'plain')),
  'sexual.weak': find(sexual.WEAK),
  'sexual.neutral': find(sexual.NEUTRAL),

  'profanity.strong': find(profanity.STRONG, spec('profanity', 'medium', 'Uses a swear word', 'strong')),
  'profanity.mild': find(profanity.MILD, spec('profanity', 'low', 'Uses a mild swear word', 'strong')),
  'profanity.slur': find(profanity.SLURS, spec('profanity', 'high', 'A slur; hurtful to many readers', 'strong')),
  'profanity.neutral': find(profanity.NEUTRAL),

  // Plain: a survey or podcast about faked sick days is work talk (absence's work cues are research words only).
  'absence.skipped': find(absence.SKIPPED, spec('absence', 'high', 'Says you skipped work or called in sick', 'plain')),
  'absence.off': find(absence.OFF_WORK),
  'absence.neutral': find(absence.NEUTRAL),
  'work.absence': cue(absence.WORK),
  'absence.told': find(absence.TOLD),
  'absence.lie': cue(absence.LIE),
  'absence.excuse': cue(absence.EXCUSES),
  'absence.sickness': cue(absence.SICKNESS),
  'absence.hiding': cue(absence.HIDING),
  'absence.fake-excuse': find('', spec('absence', 'high', 'Calls a work excuse into doubt', 'plain')),
  leisure: cue(absence.LEISURE),

  // Plain, but excused only by an organisation's or a study's voice ("our survey of junior doctors").
  'work-complaint.complaint': find(workComplaint.COMPLAINTS, spec('work-complaint', 'medium', 'Complains about your job or boss', 'plain')),
  'work-complaint.neutral': find(workComplaint.NEUTRAL),
  'work-complaint.target': cue(workComplaint.TARGETS),
  'work-complaint.harsh-verb': cue(workComplaint.HARSH_VERBS),
  'work-complaint.harsh': cue(workComplaint.HARSH),
  'work-complaint.sarcasm': cue(workComplaint.SARCASM),

  'job-search.hunting': find(jobSearch.HUNTING, spec('job-search', 'medium', 'Says you are looking for another job', 'plain')),
  'job-search.self': find(jobSearch.HUNTING_SELF, { ...spec('job-search', 'medium', 'Says you are looking for another job', 'plain', true), selfAtStart: true }),
  // The same words as weak cues, so "got an offer" + "competitor" is a combination too.
  'job-search.weak-self': find(jobSearch.HUNTING_SELF),
  'job-search.weak': find(jobSearch.WEAK),
  'job-search.neutral': find(jobSearch.NEUTRAL),
  'job-search.secrecy': cue(jobSearch.SECRECY),

  'health.self-evident': find(health.SELF_EVIDENT, spec('health', 'medium', 'Shares a health matter', 'strong')),
  'health.medical': find(health.MEDICAL, spec('health', 'medium', 'Shares a health matter', 'plain')),
  'health.condition': find(health.CONDITIONS, spec('health', 'medium', 'Shares a health matter', 'plain', true)),
  'health.neutral': find(health.NEUTRAL),

  'money.personal': find(money.PERSONAL, spec('money', 'medium', 'Shares your own money matters', 'plain')),
  'money.neutral': find(money.NEUTRAL),
  'money.hardship': find(money.HARDSHIP_SELF, spec('money', 'medium', 'Shares your own money matters', 'plain', true)),
  'money.word': cue(money.AMOUNT_VERBS),

  'personal-info.home-empty': find(personalInfo.HOME_EMPTY, spec('personal-info', 'medium', 'Says when your home will be empty', 'strong')),
  'personal-info.identifier': find(personalInfo.IDENTIFIERS, spec('personal-info', 'medium', 'Shares private details', 'strong')),
  'personal-info.neutral': find(personalInfo.NEUTRAL),
  'personal-info.home-cue': cue(personalInfo.HOME_CUES),
  'personal-info.away': cue(personalInfo.AWAY),
  'personal-info.home': cue(personalInfo.HOME),
  'personal-info.routine': cue(personalInfo.ROUTINE),
  'personal-info.kid-place': cue(personalInfo.KID_PLACE),
  'personal-info.location': cue(personalInfo.LOCATION),

  // Plain: "internal only" in a security reminder is work talk.
  'confidential.marker': find(confidential.MARKERS, spec('confidential', 'high', 'Sounds like something meant to stay inside work', 'plain')),
  'confidential.layoffs': find(confidential.LAYOFFS, spec('confidential', 'high', 'Talks about layoffs before they are public', 'strong')),
  'confidential.sensitive': find(confidential.SENSITIVE),
  'confidential.neutral': find(confidential.NEUTRAL),
  'confidential.leak': cue(confidential.LEAK_CUES),
  'confidential.patient': cue(confidential.PATIENT_CONTEXT),
  'confidential.patient-detail': cue(confidential.PATIENT_DETAIL),

  'family.word': find(family.FAMILY, spec('family', 'medium', 'Mentions your family or relationships', 'plain')),
  'family.neutral': find(family.NEUTRAL),
  'politics.word': find(politics.POLITICS, spec('politics', 'medium', 'A political topic', 'plain')),
  'politics.neutral': find(politics.NEUTRAL),
  'religion.word': find(religion.RELIGION, spec('religion', 'medium', 'A religious topic', 'plain')),
  'religion.neutral': find(religion.NEUTRAL),

  work: cue(professional.WORK),
  'work.org': cue(professional.ORG),
  'work.story': cue(professional.STORY),
  'work.review': cue(professional.REVIEW),
  'work.alcohol': cue(alcohol.WORK),
  'work.drugs': cue(drugs.WORK),
  'work.sexual': cue(sexual.WORK),
  'work.health': cue(health.WORK),
  'work.money': cue(money.WORK),
  'work.job-search': cue(jobSearch.WORK),
  'work.personal-info': cue(personalInfo.WORK),
  'work.confidential': cue(confidential.WORK),

  // Signals with no lexicon: emoji (lexicon/emoji.ts) and patterns (pii.ts) give them.
  'alcohol.emoji': find('', spec('alcohol', 'low', 'The emoji reads as drinking', 'plain')),
  'alcohol.woozy': find('', spec('alcohol', 'low', 'The 🥴 reads as tipsy', 'plain')),
  'alcohol.emoji-run': find('', spec('alcohol', 'medium', 'A row of drink emoji reads as a big night', 'plain')),
  'alcohol.queasy': find(''),
  'drugs.emoji': find(''),
  // ❄ and 👃: snow and a nose are cocaine only together ("❄️❄️👃"), or beside other drug slang.
  'drugs.snow': find(''),
  'drugs.nose': find(''),
  'sexual.emoji': find(''),
  'sexual.explicit-emoji': find('', spec('sexual', 'medium', 'The 🔞 marks adult content', 'strong')),
  'profanity.gesture': find('', spec('profanity', 'medium', 'The middle finger reads as swearing', 'strong')),
  'profanity.mild-emoji': find('', spec('profanity', 'low', 'The emoji reads as swearing', 'strong')),
  secrecy: cue(''),
  'pii.phone': find('', spec('personal-info', 'low', 'Shares a phone number', 'plain')),
  'pii.address': find('', spec('personal-info', 'low', 'Shares a street address', 'plain')),
  'pii.email': find('', spec('personal-info', 'medium', 'Shares a personal e-mail address', 'plain')),
  // A house number through a postcode is an address someone could post a letter (or a burglar) to.
  'pii.postal': find('', spec('personal-info', 'medium', 'Shares a full postal address', 'plain')),
  'pii.payment': find('', spec('personal-info', 'medium', 'Shares a payment handle', 'plain')),
  'money.amount': find(''),
};

/** Categories whose words in a lesson post ("here's what bankruptcy taught me") are the lesson. */
export const STORY_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['health', 'money', 'job-search', 'family', 'work-complaint']);

/**
 * Categories that a review's subject may hold ("heroin" in a crime thriller, "hangovers" in an album's
 * lyrics). Not swearing: unquoted, it is the reviewer's own word (quoted, it is milder already).
 */
export const REVIEW_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['alcohol', 'drugs', 'sexual', 'health']);

/** Which professional cues excuse a `plain` finding of each category; none excuse the rest. */
export const EXCUSED_BY: Partial<Record<Category, readonly string[]>> = {
  alcohol: ['work', 'work.alcohol', 'work.org'],
  absence: ['work.absence', 'work.org'],
  drugs: ['work', 'work.drugs', 'work.org'],
  sexual: ['work.sexual', 'work.org'],
  health: ['work.health', 'work.org'],
  money: ['work', 'work.money', 'work.org'],
  'job-search': ['work.job-search', 'work.org'],
  'personal-info': ['work.personal-info', 'work.org'],
  confidential: ['work.confidential', 'work.org'],
  'work-complaint': ['work.org'],
};

/** Excusing cues that count from the two sentences either side as well (an organisation's voice). */
export const EXCUSED_NEARBY: ReadonlySet<string> = new Set(['work.org']);
