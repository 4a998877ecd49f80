// Swear words the lexicon does not list: compounds ("clusterfuck", "absofuckinglutely",
// "shitshow") and inflections ("twatted", "pisshead"). A word the lexicon did not know is checked
// for a swear stem, after leetspeak is undone and stretched letters collapsed; a short list of
// innocent words that contain a stem ("Scunthorpe", "shiitake") keeps them quiet.
// (obscenity, which the research measured, does this too; see docs/decisions.md for why it is
// not used: its English dataset is built at module load, 31 ms, over the start-up budget.)

/** Stems that are swearing wherever they sit in a word. */
const ANYWHERE = /fuck|fuk|phuck|shit|cunt|bastard|bollock|motherf/;
/** Stems that are swearing only at the start of a word ("twatted", not "saltwater"). */
const AT_START = /^(?:twat|wank|piss|bitch|arse|dickhead|douche)/;
/** Slur stems, at the start of a word ("niggle" is innocent, below). */
const SLUR = /^(?:nigg|kike|retard|tranny|trannie|spastic|faggot)/;
/** Innocent words that contain a stem. */
const INNOCENT = new Set([
  'fukushima', 'fukuoka', 'shiitake', 'shitake', 'mishit', 'mishits', 'matsushita', 'hashita', 'scunthorpe', 'pissarro',
  'wankel', 'niggle', 'niggles', 'niggled', 'niggling', 'niggly', 'retardant', 'retardants', 'retardation', 'arsenal',
  'arsenic', 'arsenals', 'bitcoin', 'kikes', 'pushit',
]);

export type SwearKind = 'swear' | 'slur' | null;

/** Whether a word (lower case, leetspeak undone) is swearing the lexicon did not list. */
const DOUBLED = /(.)\1/;

export function swearStem(word: string): SwearKind {
  if (word.length < 4 || INNOCENT.has(word)) return null;
  const kind = stemIn(word);
  // "fuuuuck", "shiiit": the same with repeated letters collapsed.
  if (kind || !DOUBLED.test(word)) return kind;
  return stemIn(word.replace(/(.)\1+/g, '$1')) ?? stemIn(word.replace(/(.)\1+/g, '$1$1'));
}

function stemIn(w: string): SwearKind {
  if (SLUR.test(w)) return 'slur';
  return ANYWHERE.test(w) || AT_START.test(w) ? 'swear' : null;
}
