// Swear words the lexicon does not list: compounds ("clusterfuck", "absofuckinglutely"),
// vowel-dropped and look-alike spellings ("ʃṳ𝒸𝗄", "fuсk" with a Cyrillic с). obscenity (MIT) has
// curated patterns and a whitelist for these (../shared/research/detection.md §2.2). It is only
// asked about a word the lexicon did not know that contains a swear-word stem or mixes scripts,
// so its cost (≈0.16 ms per 280 characters when run over whole text) is paid almost never, and
// its matcher is built on first use so start-up does not pay for it either.

import { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

/** obscenity's words we ask about; the rest of its list (sexual terms, "dick") has too many innocent uses. */
const SWEARS = new Set(['arse', 'bastard', 'bitch', 'bollocks', 'cunt', 'fuck', 'piss', 'shit', 'twat', 'wank', 'turd']);
const SLURS = new Set(['abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'fag', 'kike', 'nigger', 'retard', 'spastic', 'tranny']);

/** Stems worth asking about, on the word with leetspeak undone and repeated letters collapsed. */
const STEM = /fu?c?k|fuk|phuc|phuk|sh[i1]?t|b[i1]a?tch|cunt|twat|wank|bastard|bol+ock|piss|nigg|fag|kike|retard|tran+y|spastic/;
/** Known innocent words that contain a stem ("Fukushima", "shiitake", "retardant"). */
const INNOCENT = /^(?:fukushima|fukuoka|shiitake|shitake|pissarro|wankel|fagioli|vandyke|mishit|retardant|retardants|retardation|scunthorpe|penistone|arsenal|arsenic|parse|sparse|arsed|saturday|turds?ay|hitch\w*|shitsu)$/;
const MIXED_SCRIPT = /[a-z]/;
const NON_ASCII_LETTER = /[^ -~]/;

type Matcher = { matcher: RegExpMatcher; dataset: DataSet<{ originalWord: string }> };
let built: Matcher | null = null;
function matcher(): Matcher {
  if (!built) {
    const dataset = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((phrase) => !SWEARS.has(phrase.metadata!.originalWord) && !SLURS.has(phrase.metadata!.originalWord));
    built = { dataset, matcher: new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }) };
  }
  return built;
}

/** Whether a word is worth asking obscenity about. `key` is its lower-case, leet-undone spelling. */
export function worthAsking(key: string, original: string): boolean {
  if (key.length < 3 || INNOCENT.test(key)) return false;
  if (STEM.test(key.replace(/(.)\1+/g, '$1'))) return true;
  return NON_ASCII_LETTER.test(original) && MIXED_SCRIPT.test(key);
}

export interface SwearHit {
  slur: boolean;
  /** Range in `word` (UTF-16). */
  start: number;
  end: number;
}

/** Swear words inside one word as typed. */
export function swearsIn(word: string): SwearHit[] {
  const { matcher: m, dataset } = matcher();
  return m.getAllMatches(word, true).map((match) => ({
    slur: SLURS.has(dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? ''),
    start: match.startIndex,
    end: match.endIndex + 1,
  }));
}
