// Finds personal content in a draft. Pure: no DOM, no browser APIs, no state between calls.
//
// Per sentence (chunk.ts): normalise (normalize.ts), split into words (tokens.ts), join spelled-out
// letters and split hashtags (expand.ts), then look up phrases (phrase-index.ts), emoji (emoji.ts),
// patterns (pii.ts) and, for unknown swear-like words, swear stems (swear-stems.ts). Each hit carries
// signals (signals.ts); context (context.ts) and combinations (combos.ts) turn signals into
// findings; overlaps are resolved and offsets mapped back to the text as typed.

import { foldForMatching } from '../text';
import type { Finding, Severity } from '../types';
import { chunkSentences } from './chunk';
import { COMBOS, type Combo } from './combos';
import { insideRange, isOwned, nearSelf, negationOf, quotedRanges, rangeAt, reportedSpeech, selfPositions, withoutSpeech, type Negation } from './context';
import { findEmoji } from './emoji';
import { CUE_INDEX, FIND_INDEX, vocabulary } from './engine';
import { expandTokens } from './expand';
import { endOf, normalize, startOf, type Normalized } from './normalize';
import { keepStrongest } from './overlaps';
import { swearStem } from './swear-stems';
import { matchAll, matchLongest } from './phrase-index';
import { findPatterns, linkRanges } from './pii';
import { EXCUSED_BY, EXCUSED_NEARBY, REVIEW_CATEGORIES, SIGNALS, STORY_CATEGORIES, type FindingSpec } from './signals';
import { tokenize, type Token } from './tokens';
import { headlineLabel, LABEL_WORK, postVoice, SELF_WORDS, someoneElse, voiceWords, type Unowned, type Voice } from './voice';
import { customFindings, dropNeverTerms } from './user-terms';
import { MODEL_WHY, modelFindings, professionalQuiets } from './model/index';

export interface ClassifyOptions {
  /** The user's own always-warn terms (project codenames, client names): `custom` findings. */
  customTerms?: readonly string[];
  /** The user's never-warn terms: a finding whose text contains one, or lies inside one, is dropped. */
  neverTerms?: readonly string[];
  /** The rules alone, without the trained model (for its trainer and tuning tools). */
  rulesOnly?: boolean;
}

/** Something seen in a sentence, before context decides whether it is a finding. */
interface Hit {
  id: number;
  signals: readonly string[];
  chunk: number;
  /** Token range [from, to) in the chunk; for emoji and patterns, the tokens around it. */
  from: number;
  to: number;
  /** Range in the chunk's normalised text. */
  start: number;
  end: number;
  /** "I don't drink"; health stays health when merely denied. */
  negated: boolean;
  /** "Faked a migraine": nothing happened, whatever the category. */
  faked: boolean;
  quoted: boolean;
}

interface Sentence {
  /** Position among the draft's sentences. */
  chunk: number;
  view: Normalized;
  tokens: Token[];
  hits: Hit[];
  self: number[];
  /** Asks the reader ("Looking for a new job? Here are 5 tips") without "I" or "my" in it. */
  askingReader: boolean;
  /** Cue signals present anywhere in the sentence. */
  cues: Set<string>;
  /** Cue signals of this sentence and the two either side (FindingSpec.workNearby); set when finishing. */
  nearbyCues?: Set<string>;
  candidates: Candidate[];
  /** Work-voice and home-life words in the sentence (voice.ts). */
  voice: { work: number; home: number };
  /** Words outside quotation marks: a quote reported inside a sentence has some. */
  unquoted: number;
  /** `self` without the positions inside quotation marks (those are the quoted speaker's). */
  selfUnquoted: number[];
  /** The sentence starts inside a quote opened in an earlier one: the rest of someone's reported words. */
  quoteRunsOn: boolean;
  /** A sentence reporting what someone else said (reportedSpeech): the sentence's start, where what was said starts, the sentence's end (offsets in the text as typed). */
  reported: [number, number, number] | null;
  /** Hits by signal, built on first use (hitsBySignal). */
  bySignal?: Map<string, Hit[]>;
}

interface Candidate {
  spec: FindingSpec;
  severity: Severity;
  start: number;
  end: number;
  /** "I", "me" or "my" near the words: the writer's own. */
  owned: boolean;
}

const DOWNGRADE: Record<Severity, Severity | null> = { high: 'medium', medium: 'low', low: null };
/** Categories whose words in a question to the reader are advice: "Looking for a new job?", "In debt?". */
const ADVICE: ReadonlySet<string> = new Set(['job-search', 'health', 'money', 'personal-info']);
/** How many sentences apart "called in sick" and "beach day" may be. */
const NEARBY = 3;

/** Finds personal content in a draft. Offsets are UTF-16 indices into `text`; findings are sorted by start. */
export function classify(text: string, options: ClassifyOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const quotes = quotedRanges(text);
  let nextId = 0;
  let findings: Finding[] = [];
  // A sliding window of sentences: sentence i is finished once sentence i + NEARBY has been read
  // (its combinations may look that far), and then dropped, so memory stays flat on long drafts.
  const window: Sentence[] = [];
  const voice: Voice = { work: 0, self: 0 };
  /** Rule findings that no "I"/"my" claims: the post's voice decides them at the end. */
  const unowned = new Map<Finding, Unowned>();
  /** The writer's own words outside quotation marks (voice.self counts a quoted speaker's "I" too). */
  let selfOutside = 0;
  /** What people other than the writer are reported to have said, without quotation marks. */
  const reports: Array<[number, number, number]> = [];
  const finish = (sentence: Sentence) => {
    // Work context from two sentences either side (money amounts, lesson posts), then judge.
    const cues = new Set<string>();
    for (const s of around(window, sentence, 2)) for (const c of s.cues) cues.add(c);
    sentence.nearbyCues = cues;
    judgeAlone(sentence);
    applyCombos(sentence, window);
    for (const [f, c] of resolve(sentence, text)) {
      findings.push(f);
      if (!c.owned) unowned.set(f, { spec: c.spec, work: sentence.voice.work, self: sentence.self.length + sentence.voice.home });
    }
  };
  let index = 0;
  for (const [from, to] of chunkSentences(text)) {
    const sentence = readSentence(text, from, to, index++, quotes, () => nextId++);
    voice.work += sentence.voice.work;
    // A leak's cue or news of layoffs: a label does not make the post's confidentiality advice.
    if (sentence.cues.has('confidential.leak') || sentence.hits.some((h) => h.signals.includes('confidential.layoffs') || h.signals.includes('confidential.sensitive'))) voice.leak = true;
    // "Pharmacist tip:", "Lawyer's reminder:": the post opens as advice to readers.
    if (sentence.chunk === 0 && headlineLabel(sentence.tokens, sentence.view.text)) {
      voice.work += LABEL_WORK;
      voice.advising = true;
    }
    voice.self += sentence.self.length + sentence.voice.home;
    selfOutside += sentence.selfUnquoted.length + sentence.voice.home;
    if (sentence.reported) reports.push(sentence.reported);
    window.push(sentence);
    const ready = window.length - 1 - NEARBY;
    if (ready >= 0 && window[ready]!.chunk === sentence.chunk - NEARBY) finish(window[ready]!);
    // Keep what the next sentence to finish may still look at: NEARBY either side of it.
    if (window.length > 2 * NEARBY + 1) window.shift();
  }
  const last = window[window.length - 1]?.chunk ?? -1;
  for (const sentence of window) if (sentence.chunk > last - NEARBY) finish(sentence);

  // A post written in a work voice (a team, patients, a policy, a trial) and not about the writer:
  // its plain findings that no "I"/"my" claims are the subject of the work, not the writer's news.
  // The writer's "I"/"my" are counted outside quotation marks: a quoted client's or patient's
  // "my" is theirs ('I'm often asked: "Can my employer fire me…?"'), as for the model below.
  const working = postVoice({ ...voice, self: selfOutside });
  if (working) findings = findings.filter((f) => !working.quiets(f, unowned.get(f)));
  if (!options.rulesOnly) {
    // A post in a work voice outside its quotes (an HR lead quoting an exit interview, a doctor
    // quoting patients): what its quoted speakers say as "I" or "we" is theirs, so the model does not
    // read it. In any other post, what a speaker says as "I"/"my" in double quotes (a reader's
    // question, a comedian's line) is theirs too. The rules still read both (quoted swearing, a quoted leak).
    const workOutside = postVoice({ ...voice, self: selfOutside }) !== null;
    const speech = quotes.length > 0 ? withoutSpeech(text, quotes, workOutside) : text;
    let added = speech === text ? modelFindings(text, findings) : modelFindings(speech, findings, text);
    if (speech !== text) added = added.map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
    if (working) added = added.filter((f) => !working.quietsModel(f));
    // A sentence that reports what someone else said ("a client told me she'd been rejected from 63
    // jobs") is theirs: the model's reading of it is not the writer's news.
    if (reports.length > 0 && workOutside) added = added.filter((f) => !reports.some(([from, , to]) => from <= f.start && f.end <= to));
    findings = [...findings, ...added].sort((a, b) => a.start - b.start);
    // A draft the trained "professional" classifier reads as written for work (a job ad, a news
    // report, a clinic's notice): what it says about drinks, drugs, health, money… is its subject.
    // Only what no "I"/"my" claims: rule findings the voice pass left unowned, model findings
    // (whole sentences) without the writer in them.
    findings = professionalQuiets(text, findings, (f) => unowned.has(f) || (MODEL_WHY.has(f.why) && !SELF_WORDS.test(f.text)));
  }
  const folded = foldForMatching(text);
  findings = dropNeverTerms(findings, folded, options.neverTerms);
  const custom = dropNeverTerms(customFindings(text, folded, options.customTerms), folded, options.neverTerms);
  if (custom.length > 0) findings = findings.concat(custom).sort((a, b) => a.start - b.start || b.end - a.end);
  return findings;
}

/** The sentences of `window` within `reach` sentences of `sentence` (the window is in order). */
function around(window: readonly Sentence[], sentence: Sentence, reach: number): Sentence[] {
  return window.filter((s) => Math.abs(s.chunk - sentence.chunk) <= reach);
}

function readSentence(text: string, from: number, to: number, index: number, quotes: ReadonlyArray<[number, number]>, id: () => number): Sentence {
  const view = normalize(text, from, to);
  const t = view.text;
  const upper = (i: number) => {
    const c = i < t.length ? text.charCodeAt(startOf(view, i)) : -1;
    return c >= 0x41 && c <= 0x5a;
  };
  const links = linkRanges(t).sort((a, b) => a[0] - b[0]);
  // Tokens and links are both in text order: one walk drops the words inside links.
  let link = 0;
  const raw = tokenize(t).filter((tok) => {
    if (tok.handle) return false;
    while (link < links.length && links[link]![1] <= tok.start) link++;
    return !(link < links.length && links[link]![0] < tok.end);
  });
  const tokens = expandTokens(raw, t, vocabulary, upper);
  const isQuoted = (s: number) => quotes.length > 0 && insideRange(quotes, startOf(view, s));
  const hits: Hit[] = [];
  const add = (signals: readonly string[], from: number, to: number, start: number, end: number, negation: Negation) =>
    hits.push({ id: id(), signals, chunk: index, from, to, start, end, negated: negation !== 'none', faked: negation === 'faked', quoted: isQuoted(start) });
  /** Token index at or after a text offset: where an emoji or a pattern sits among the words. */
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const covered = new Uint8Array(tokens.length);
  const drinkAt = new Set<number>();
  // "Stoned Fruit podcast", "Hangover Lab's new drink": a one-word match inside a run of
  // capitalised words is part of a name.
  const title = (k: number) => {
    const tok = tokens[k];
    if (!tok || tok.text === 'i' || !upper(tok.start)) return false;
    return tok.end - tok.start === 1 || !upper(tok.start + 1);
  };
  // A neighbour makes a name only when nothing but a space separates them ("Klarna, Clearpay" is a
  // list), and the first word of a sentence is capitalised anyway ("Starting Ozempic").
  const nameNeighbour = (k: number, other: number) => other >= 0 && (other > 0 || k > 1) && title(other)
    && /^ $/.test(t.slice(tokens[Math.min(k, other)]!.end, tokens[Math.max(k, other)]!.start));
  /** Where a neutral phrase ("sick pay") or a denied one ("didn't call in sick") hides a category's cues too. */
  const hidden: Array<{ category: string; from: number; to: number }> = [];
  for (const m of matchLongest(FIND_INDEX, tokens)) {
    covered.fill(1, m.from, m.to);
    const swearing = m.phrase.signals.some((x) => x.startsWith('profanity.'));
    if (!swearing && m.to - m.from === 1 && title(m.from) && (nameNeighbour(m.from, m.from - 1) || nameNeighbour(m.from, m.from + 1))) continue;
    if (m.phrase.signals.includes('alcohol.drink')) drinkAt.add(m.from);
    const negation = negationOf(tokens, m.from, t);
    for (const s of m.phrase.signals) {
      if (s.endsWith('.neutral') || (negation !== 'none' && SIGNALS[s]?.finding)) hidden.push({ category: s.slice(0, s.indexOf('.')), from: m.from, to: m.to });
    }
    add(m.phrase.signals, m.from, m.to, tokens[m.from]!.start, tokens[m.to - 1]!.end, negation);
  }
  const cues = new Set<string>();
  for (const m of matchAll(CUE_INDEX, tokens)) {
    if (hidden.length > 0 && hidden.some((h) => h.from <= m.from && m.to <= h.to && m.phrase.signals.every((s) => s.startsWith(`${h.category}.`)))) continue;
    if (countsPeople(tokens, m.from, m.to, m.phrase.signals, drinkAt, t)) continue;
    for (const s of m.phrase.signals) cues.add(s);
    // Cues are context, not claims: "can't stand how management…" still names management. Only
    // faking counts ("faking a cough" is an excuse made up).
    const faked = negationOf(tokens, m.from, t) === 'faked' ? 'faked' : 'none';
    add(m.phrase.signals, m.from, m.to, tokens[m.from]!.start, tokens[m.to - 1]!.end, faked);
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // "six beers", "5 shots", "my 4th margarita": a count of three or more right before a drink is excess.
    if (drinkAt.has(i + 1) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tok.keys[0]!) && parseInt(tok.keys[0]!, 10) >= 3) {
      cues.add('alcohol.excess');
      add(['alcohol.excess'], i, i + 1, tok.start, tok.end, 'none');
    }
    if (covered[i]) continue;
    // A word the lexicon did not know that contains a swear stem ("clusterfuck"): the whole word.
    for (const key of tok.keys) {
      const kind = swearStem(key);
      if (!kind) continue;
      add([kind === 'slur' ? 'profanity.slur' : 'profanity.strong'], i, i + 1, tok.start, tok.end, negationOf(tokens, i, t));
      break;
    }
  }
  for (const e of findEmoji(t)) {
    for (const s of e.signals) if (SIGNALS[s]?.pass === 'cue') cues.add(s);
    const at = tokenAt(e.start);
    add(e.signals, at, at, e.start, e.end, 'none');
  }
  for (const p of findPatterns(t, upper)) {
    const at = tokenAt(p.start);
    add([p.signal], at, Math.max(at, tokenAt(p.end)), p.start, p.end, 'none');
  }
  // An excuse in scare quotes, or faked, is a story: "doctor's appointment", "faked a migraine".
  // Scare quotes hold little more than the excuse; a longer quote is someone's words ('I'm often
  // asked: "Can my employer fire me for a sick day?"').
  const scare = (h: Hit) => {
    const q = h.quoted ? rangeAt(quotes, startOf(view, h.start)) : null;
    return q !== null && wordsIn(text, q[0] + 1, q[1]) <= SCARE_WORDS;
  };
  for (const h of [...hits]) {
    if ((scare(h) || h.faked) && h.signals.includes('absence.excuse')) add(['absence.fake-excuse'], h.from, h.to, h.start, h.end, 'none');
  }
  for (const h of hits) if (h.quoted && h.signals.includes('absence.fake-excuse')) h.quoted = false;
  // Praise cut short and flat ("Genius.", "Innovative. Truly.", "Radical, all right.") is irony: with a
  // boss or a workplace within three sentences it is a dig (combos.ts). An exclamation mark reads sincere.
  if (tokens.length > 0 && tokens.length <= 3 && lastMark(t) === '.'
    && tokens.every((tok) => IRONY.has(tok.keys[0]!) || IRONY_PAD.has(tok.keys[0]!)) && tokens.some((tok) => IRONY.has(tok.keys[0]!))) {
    cues.add('work-complaint.sarcasm');
    add(['work-complaint.sarcasm'], 0, tokens.length, tokens[0]!.start, tokens[tokens.length - 1]!.end, 'none');
  }
  // Reported speech ("a client told me she'd been rejected from 63 jobs"): what was said is the
  // reporter's, read as if quoted; the listener "me" is not the writer's news.
  const report = reportedSpeech(tokens);
  if (report) for (const h of hits) if (h.from >= report.from) h.quoted = true;
  const self = report && report.listener >= 0 ? selfPositions(tokens).filter((p) => p !== report.listener) : selfPositions(tokens);
  // "Anyone else's antidepressants…?" asks as one of them, not as an adviser.
  // "If you're job hunting right now, …", "If you've accepted a new job, …" talk to the reader too.
  const askingReader = self.length === 0 && ((lastMark(t) === '?' && !/\banyone else/.test(t)) || /\b(?:if|when|whether) (?:you'?re|you are|you'?ve|you have|ur)\b/.test(t));
  let unquoted = 0;
  if (quotes.length > 0) for (const tok of tokens) if (!isQuoted(tok.start)) unquoted++;
  const selfUnquoted = quotes.length > 0 ? self.filter((p) => !isQuoted(tokens[p]!.start)) : self;
  const quoteRunsOn = quotes.length > 0 && insideRange(quotes, from);
  const reported: [number, number, number] | null = report ? [from, startOf(view, tokens[report.from]!.start), to] : null;
  return { chunk: index, view, tokens, hits, self, askingReader, cues, candidates: [], voice: voiceWords(tokens), unquoted, selfUnquoted, quoteRunsOn, reported };
}

/** Most words of scare quotes around an excuse: "doctor's appointment", 'sorry, connection issues, camera off'. */
const SCARE_WORDS = 6;

/** Words (runs of characters other than white space) in text[from, to). */
function wordsIn(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = /\s/.test(text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** After a count, people: "between six of us", "ten friends". */
const PEOPLE = new Set(['us', 'them', 'you', 'people', 'friends', 'mates', 'guests', 'adults', 'kids', 'girls', 'boys', 'lads', 'family']);

/**
 * A count of people, not of drinks: "a bottle of prosecco shared between six of us", "ten friends
 * and a bottle of wine". Only a count straight before "us"/"friends" (or "of us"), with nothing but
 * a space between. (2026-11-23, round8's harmless drafts. "Far too many pretzels" beside a mulled
 * wine was tried the same way, "too many" before a word that is not a drink, and dropped: it cost a
 * should-warn draft on round5's even half.)
 */
function countsPeople(tokens: readonly Token[], from: number, to: number, signals: readonly string[], drinkAt: ReadonlySet<number>, t: string): boolean {
  if (!signals.includes('alcohol.count') || signals.some((s) => !s.startsWith('alcohol.')) || to >= tokens.length || drinkAt.has(to)) return false;
  if (!/^ +$/.test(t.slice(tokens[to - 1]!.end, tokens[to]!.start))) return false;
  const next = tokens[to]!.keys[0]!;
  return PEOPLE.has(next) || (next === 'of' && PEOPLE.has(tokens[to + 1]?.keys[0] ?? ''));
}

/**
 * Flat praise that, alone in a short sentence ending in a full stop, reads as irony ("Genius.",
 * "Of course."), with the words that may pad it ("Innovative. Truly.", "Radical, all right.").
 * Not the praise a work post means sincerely ("Amazing.", "Great.", "Inspiring.").
 */
const IRONY = new Set(['brilliant', 'classic', 'course', 'efficiency', 'efficient', 'genius', 'innovative', 'lovely', 'marvellous', 'perfect', 'radical', 'visionary']);
const IRONY_PAD = new Set(['all', 'of', 'really', 'right', 'so', 'truly', 'very']);

const TRAILING = /\s|\u200d|\ufe0f|\p{Extended_Pictographic}/u;
/** The last character that is not white space or an emoji: "?" for "Who's up? 🍆". */
function lastMark(text: string): string {
  let i = text.length;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? 2 : 1;
    const ch = text.slice(i - width, i);
    if (!TRAILING.test(ch)) return ch;
    i -= width;
  }
  return '';
}

/** Whether a finding survives its sentence's context; the severity it keeps, or null. */
function judge(sentence: Sentence, hit: Hit, spec: FindingSpec, skipNegation = false): Severity | null {
  // Health stays health when denied: "I don't have covid, just a cold", "six months without self-harm".
  if (hit.faked || (hit.negated && !skipNegation && spec.category !== 'health')) return null;
  if (spec.needsSelf && !nearSelf(sentence.self, hit.from, hit.to) && !(spec.selfAtStart && hit.from === 0)) return null;
  const excusers = EXCUSED_BY[spec.category];
  const cues = spec.workNearby ? sentence.nearbyCues ?? sentence.cues : sentence.cues;
  const nearby = sentence.nearbyCues ?? sentence.cues;
  const atWork = excusers?.some((cue) => cues.has(cue) || (EXCUSED_NEARBY.has(cue) && nearby.has(cue))) ?? false;
  if (spec.strength === 'plain' && (atWork || (sentence.askingReader && ADVICE.has(spec.category)))) return null;
  // A lesson told for work, within two sentences: "I failed my first startup. Here's what bankruptcy taught me."
  if (STORY_CATEGORIES.has(spec.category) && (sentence.nearbyCues ?? sentence.cues).has('work.story')) return null;
  // A review, within two sentences, of a film, album, game or show: what the work holds is not the
  // writer's news unless an "I"/"my" is by it ("Film review: watched it hungover" stays).
  if (REVIEW_CATEGORIES.has(spec.category) && nearby.has('work.review') && !nearSelf(sentence.self, hit.from, hit.to)) return null;
  if (!hit.quoted) return spec.severity;
  // Swearing in quotes is someone else's words unless the writer is right by them: a film review's
  // 'teenagers shouting "shit"', a script's '"f*** off, Gerald"'. One step milder (a quoted slur
  // still warns); 'I told him "f*** this"' keeps its weight.
  // A line that is all quote ('"Shit, that's upside down."' in a list of what I shouted) is said, not reported.
  // An "I"/"my" inside the quote is the speaker's ('"get that effing dog off my sofa"'), not the writer's.
  // A line that only continues a quote opened in an earlier sentence ("…,' she deadpans, 'so I
  // brought my whole self. HR said: not like that, sh*t.'") is the rest of that report, and in a
  // review every quote is the work's words ("Film review: … 'This town is sh*t.'").
  if (spec.category === 'profanity') {
    const said = sentence.unquoted < 3 && !sentence.quoteRunsOn && !nearby.has('work.review');
    return nearSelf(sentence.selfUnquoted, hit.from, hit.to) || said ? spec.severity : DOWNGRADE[spec.severity];
  }
  // Quoted: someone else's words or a term under discussion. In work talk ("a keynote quote",
  // "'Hangover-free' marketing claims") it is not personal at all; otherwise one step milder.
  // Swearing is swearing in quotes too.
  if (atWork || sentence.cues.has('work')) return null;
  return DOWNGRADE[spec.severity];
}

function judgeAlone(sentence: Sentence): void {
  for (const hit of sentence.hits) {
    for (const signal of hit.signals) {
      const spec = SIGNALS[signal]?.pass === 'find' ? SIGNALS[signal]!.finding : undefined;
      if (!spec) continue;
      const severity = judge(sentence, hit, spec);
      if (severity) sentence.candidates.push({ spec, severity, start: hit.start, end: hit.end, owned: ownedBy(sentence, hit) });
    }
  }
}

/** Each combo's signal sets, built once. */
const COMBO_SETS = COMBOS.map((combo) => ({ combo, on: new Set(combo.on), with: new Set(combo.with) }));

/** Hits of a sentence by signal, so each combo looks only at the hits it names. */
function hitsBySignal(sentence: Sentence): Map<string, Hit[]> {
  if (!sentence.bySignal) {
    const map = new Map<string, Hit[]>();
    for (const h of sentence.hits) {
      if (h.negated) continue;
      for (const sig of h.signals) {
        const list = map.get(sig);
        if (list) list.push(h);
        else map.set(sig, [h]);
      }
    }
    sentence.bySignal = map;
  }
  return sentence.bySignal;
}

/** Hits of `sentence` with any of `signals`, each once, in hit order. */
function hitsWith(sentence: Sentence, signals: readonly string[]): Hit[] {
  const map = hitsBySignal(sentence);
  let out: Hit[] | null = null;
  let single: Hit[] | undefined;
  for (const sig of signals) {
    const list = map.get(sig);
    if (!list) continue;
    if (!single && !out) { single = list; continue; }
    out ??= [...single!];
    for (const h of list) if (!out.includes(h)) out.push(h);
  }
  return out ?? single ?? [];
}

/** Combinations for one sentence; `window` holds its neighbours (NEARBY either side, at least). */
function applyCombos(sentence: Sentence, window: readonly Sentence[]): void {
  const near = around(window, sentence, NEARBY);
  for (const { combo } of COMBO_SETS) {
    const ons = hitsWith(sentence, combo.on);
    if (ons.length === 0) continue;
    const withs = combo.scope === 'nearby' ? near.flatMap((s) => hitsWith(s, combo.with)) : hitsWith(sentence, combo.with);
    if (withs.length === 0) continue;
    for (const hit of ons) {
      const partner = partnerFound(combo, hit, withs);
      if (!partner) continue;
      if (combo.needsOwner && !nearSelf(sentence.self, hit.from, hit.to) && !isOwned(sentence.tokens, hit.from, hit.to)) continue;
      const severity = judge(sentence, hit, combo.finding, true);
      if (!severity) continue;
      // Cover the partner's words too, unless they are a finding of their own ("dickhead" stays swearing).
      const both = combo.span === 'both' && partner.chunk === hit.chunk && !sentence.hits.some((h) =>
        h.start < partner.end && partner.start < h.end && h.signals.some((x) => SIGNALS[x]?.pass === 'find' && SIGNALS[x]?.finding));
      const start = both ? Math.min(hit.start, partner.start) : hit.start;
      const end = both ? Math.max(hit.end, partner.end) : hit.end;
      // The writer's when an "I"/"my" is by either word, each in its own sentence: "Resume tip: …"
      // with "one more" two sentences on is advice, not a job hunt on the quiet (2026-11-23).
      sentence.candidates.push({ spec: combo.finding, severity, start, end, owned: ownedBy(sentence, hit) || ownedBy(near.find((s) => s.chunk === partner.chunk) ?? sentence, partner) });
    }
  }
}

/** A `with` hit for `hit`: another hit, not over the same words, within the combo's scope. */
function partnerFound(combo: Combo, hit: Hit, withs: readonly Hit[]): Hit | null {
  const window = typeof combo.scope === 'object' ? combo.scope : null;
  // Usually the first candidate qualifies; the loop only runs on past readings of the same words
  // or hits outside a window, both few in a sentence of at most MAX_CHUNK characters.
  for (const other of withs) {
    if (other.id === hit.id) continue;
    // Two readings of the same words ("shots" as party word and as a drink) are not two hits.
    if (other.chunk === hit.chunk && other.start < hit.end && hit.start < other.end) continue;
    if (!window) return other;
    if (other.from >= hit.from - window.before && other.from < hit.to + window.after) return other;
  }
  return null;
}

/** Whether "I", "me" or "my" is near a hit in `sentence` (a hit from another sentence counts as the writer's). */
function ownedBy(sentence: Sentence, hit: Hit): boolean {
  if (hit.chunk !== sentence.chunk) return true;
  // Quoted words are claimed only by the writer's own "I"/"my" outside the quotes: in 'I'm often
  // asked: "Can my employer fire me for a sick day?"' the "my" and "me" are the asker's.
  const self = hit.quoted ? sentence.selfUnquoted : sentence.self;
  if (!nearSelf(self, hit.from, hit.to)) return false;
  // "A patient asked me if she could drink on antibiotics": someone else stands between the
  // writer and the words, so they are that person's. Only the work voice asks (voice.ts).
  return self.some((p) => (p < hit.from ? hit.from - p <= 6 && !someoneElse(sentence.tokens, p + 1, hit.from) : p < hit.to + 4 && !someoneElse(sentence.tokens, hit.to, p)));
}

/** Non-overlapping findings, strongest first, mapped to offsets in the text as typed, each with whether it is the writer's. */
function resolve(sentence: Sentence, text: string): Array<[Finding, Candidate]> {
  const { candidates, view } = sentence;
  if (candidates.length === 0) return [];
  return keepStrongest(candidates).map((c) => {
    const start = startOf(view, c.start);
    const end = endOf(view, c.end - 1);
    return [{ category: c.spec.category, severity: c.severity, start, end, text: text.slice(start, end), why: c.spec.why }, c];
  });
}
