// The voice of a whole post (lexicon/voice.ts): is the writer speaking in a work role, for an
// organisation, reporting or advising, rather than telling their own news? Listed phrases
// ("our brewery client", "sick leave policy") excuse only what someone thought of; counting the
// post's work words against its "I"/"me"/"my" carries over to posts nobody listed.

import type { Category, Finding } from '../types';
import { dropsI } from './context';
import { HOME, OTHER_PEOPLE, ROLE, TITLES, WORK } from './lexicon/voice';
import type { FindingSpec } from './signals';
import { termsOf } from './terms';
import type { Token } from './tokens';

const VOICE_WORDS: ReadonlySet<string> = new Set([...termsOf(ROLE), ...termsOf(WORK)]);
const HOME_WORDS: ReadonlySet<string> = new Set(termsOf(HOME));
/** A sentence that opens on a past tense with no subject has dropped its "I": "Skived off…", "Asked for a raise…". */
const DROPPED_I_PAST = /^[a-z]{2,}ed$/;
/** Job titles after "as a": "as a pharmacist", "as an HR director" (not "as a mother", "as a survivor"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(termsOf(TITLES));

const OTHERS: ReadonlySet<string> = new Set(termsOf(OTHER_PEOPLE));

/** Whether tokens [from, to) name someone other than the writer: "she", "they", "the patient". */
export function someoneElse(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OTHERS.has(tokens[i]!.keys[0]!)) return true;
  return false;
}

/** Counts over the whole post. */
export interface Voice {
  /** Work-voice words. */
  work: number;
  /** "I", "me", "my", the verb of a dropped "I" (context.ts selfPositions), home-life words. */
  self: number;
  /** The post opens on an adviser's label ("Pharmacist tip:", "Lawyer's reminder:"): headlineLabel. */
  advising?: boolean;
  /** A leak's cue ("don't tell anyone"), layoffs or a deal somewhere in the post: a label does not excuse it. */
  leak?: boolean;
}

/** What an opening label says the post is: "tip", "reminder", "PSA", "lesson", "A doctor writes:". */
const LABEL_GENRES: ReadonlySet<string> = new Set(['advice', 'explainer', 'fact', 'facts', 'lesson', 'lessons', 'note', 'plea', 'psa', 'reminder', 'tip', 'tips', 'writes']);
/** Words any label may hold: with only these and the genre, it is anyone's ("Hot tip:", "Reminder to self:", "Life lesson:"). */
const LABEL_PLAIN: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'big', 'daily', 'day', 'final', 'friendly', 'from', 'fun', 'gentle', 'hot', 'just', 'life', 'little', 'of', 'one',
  'pro', 'quick', 'random', 'self', 'small', 'the', 'this', 'to', 'today', 'todays', 'top', 'week', 'weekly',
]);
/** At most this many words before the colon of a label. */
const LABEL_WORDS = 6;
/** What a label counts for in the post's work voice: as much as a role speaking in three words. */
export const LABEL_WORK = 3;

/**
 * Whether a post's first sentence opens on an adviser's label: a few words, a genre and a colon,
 * with someone or some work named besides the genre ("Pharmacist tip of the week:", "Lawyer's
 * reminder:", "Audit season reminder:", "Lesson from 20 years in PR:", "A doctor writes:"), or a
 * role signing in ("GP here.", "Estate agent here, and…"). What
 * follows is advice or a notice to readers, not the writer's news. "Hot tip:", "Life lesson:",
 * "Reminder to self:", a label with "I"/"my" in it and one followed by a dropped "I" are anyone's. `text` is the normalised sentence.
 */
export function headlineLabel(tokens: readonly Token[], text: string): boolean {
  // "GP here.", "Estate agent here, and…": a role signing in.
  const here = tokens.findIndex((t, k) => k < 3 && t.keys[0] === 'here');
  if (here > 0 && (here === tokens.length - 1 || /^\s*[,.:!\u2014-]/.test(text.slice(tokens[here]!.end, tokens[here]!.end + 2)))) {
    const role = tokens[here - 1]!.keys[0]!;
    if (TITLE_WORDS.has(role) || VOICE_WORDS.has(role)) return true;
  }
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  let genre = false;
  let named = false;
  let i = 0;
  for (; i < tokens.length && tokens[i]!.end <= colon; i++) {
    const key = tokens[i]!.keys[0]!;
    if (SELF_WORDS.test(key) || HOME_WORDS.has(key)) return false;
    if (LABEL_GENRES.has(key)) genre = true;
    else if (!LABEL_PLAIN.has(key)) named = true;
  }
  // "Trading lesson: lost 4 lakh in three weeks" is a diary under a label: its "I" is dropped.
  const next = tokens[i]?.keys[0] ?? '';
  return i > 0 && i <= LABEL_WORDS && genre && named && !dropsI(next) && !DROPPED_I_PAST.test(next);
}

/** Whether one of the three words from `at` names a role: "pharmacist", "HR director", "small pharmacy". */
function namesRole(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) if (VOICE_WORDS.has(tokens[k]!.keys[0]!) || TITLE_WORDS.has(tokens[k]!.keys[0]!)) return true;
  return false;
}

/** Verbs that introduce the writer's role after "I": "I'm a", "I am a", "I've been a", "I run a", "I work as a". */
const ROLE_INTRO: ReadonlySet<string> = new Set(['am', 'run', 'own']);

/** After "I'm a" / "I've been an" / "I run a" / "I work as a" at `i`, the index of the word after the article; else 0. */
function roleIntro(tokens: readonly Token[], i: number): number {
  const key = tokens[i]!.keys[0]!;
  let k = i + 1;
  if (key === 'i') {
    const verb = tokens[k]?.keys[0];
    if (verb === 'work' && tokens[k + 1]?.keys[0] === 'as') k += 2;
    else if (verb !== undefined && ROLE_INTRO.has(verb)) k++;
    else return 0;
  } else if (key === 'im') {
    // nothing between: "I'm a"
  } else if (key === 'ive' && tokens[k]?.keys[0] === 'been') k++;
  else return 0;
  return /^an?$/.test(tokens[k]?.keys[0] ?? '') ? k + 1 : 0;
}

/** Work-voice words, and what the sentence adds to the writer's own: home-life words, "my team", a dropped "I". */
export function voiceWords(tokens: readonly Token[]): { work: number; home: number } {
  let work = 0;
  let home = tokens.length > 1 && DROPPED_I_PAST.test(tokens[0]!.keys[0]!) ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.keys[0]!;
    // "As a pharmacist", "as an HR director": the writer speaks from a role.
    if (key === 'as' && /^an?$/.test(tokens[i + 1]?.keys[0] ?? '') && namesRole(tokens, i + 2)) work++;
    // "I'm a career coach", "I've been an HR director for 14 years", "I run a small pharmacy": the
    // writer introduces their role, and that "I" is the role's, not their own news.
    const article = roleIntro(tokens, i);
    if (article > 0 && namesRole(tokens, article)) {
      work++;
      home--;
    }
    // "My employer", "my team": the writer's own workplace, told as their news.
    if (VOICE_WORDS.has(key)) {
      if (i > 0 && tokens[i - 1]!.keys[0] === 'my') home++;
      else work++;
    }
    else if (HOME_WORDS.has(key)) home++;
  }
  return { work, home };
}

/**
 * Categories a work voice may quiet: the ones that are a subject of work (drinks, drugs, sex
 * education, health, money, addresses, absence and job-hunting as HR topics). Swearing is
 * swearing in any voice; a complaint or a leak is made in the work voice.
 */
const QUIETABLE: ReadonlySet<Category> = new Set<Category>([
  'alcohol', 'drugs', 'sexual', 'absence', 'job-search', 'health', 'money', 'personal-info', 'family', 'politics', 'religion',
]);
/**
 * Under an adviser's label (headlineLabel) a plain confidentiality word is the advice's subject
 * too ("Lawyer's reminder: 'off the record' means nothing in a tribunal"), unless a leak's cue is in
 * the post ("Team reminder: strictly confidential, don't tell anyone"), or layoffs ("Team reminder:
 * the layoffs are Friday, strictly confidential").
 */
const advisedOn = (voice: Voice, f: Finding, u: Unowned) => f.category === 'confidential' && voice.advising === true && !voice.leak && u.spec.strength === 'plain';

/** At least this many work words, and this many for each "I"/"my" of the writer's. */
const MIN_WORK = 2;
const WORK_PER_SELF = 3;

/** The writer in a stretch of text (a model finding's sentence). */
export const SELF_WORDS = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b/i;

/** A rule finding no "I"/"my" claims: what it is, and the work words of its own sentence. */
export interface Unowned {
  spec: FindingSpec;
  work: number;
  /** The writer's own words in that sentence ("I", "my", "my team"). */
  self: number;
}

export interface WorkVoice {
  /** Whether a rule finding is quiet in this post; `unowned` is given when no "I"/"my" was near it. */
  quiets(finding: Finding, unowned: Unowned | undefined): boolean;
  /** Whether a model finding (a sentence read whole) is quiet in this post. */
  quietsModel(finding: Finding): boolean;
}

/** The post's work voice, or null when it is not written in one. */
export function postVoice(voice: Voice): WorkVoice | null {
  if (voice.work < MIN_WORK || voice.work < WORK_PER_SELF * voice.self) return null;
  return {
    // The finding's own sentence speaks for work too, or the writer is absent from a post with
    // plenty of work words ("Big news on our brand partnership. Then tequila shots all night!" is
    // two posts in one). A strong word ("sexting", "fit note", "date of birth") only in the latter.
    quiets: (f, u) => u !== undefined && (QUIETABLE.has(f.category) || advisedOn(voice, f, u))
      && ((u.spec.strength === 'plain' && u.work > 0) || (u.self === 0 && voice.work >= MIN_WORK + 1)),
    // The model reads whole sentences, so only in a post where the writer never appears.
    quietsModel: (f) => voice.self === 0 && QUIETABLE.has(f.category) && !SELF_WORDS.test(f.text),
  };
}
