// Masked swear words: "f***", "sh*t", "b****", "a**hole". A mask keeps the first letter and
// usually the length, so each star stands for one or more letters; the most common word that
// fits wins. Only words with a star get here, so the list is short and the cost is nil.

/** Most likely first: "s***" is "shit" before it is "slut". */
const MASKABLE = [
  'fuck', 'fucking', 'fucked', 'fucker', 'fuckin', 'motherfucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches',
  'asshole', 'ass', 'cunt', 'damn', 'hell', 'crap', 'piss', 'pissed', 'bastard', 'dick', 'cock', 'slut', 'whore', 'twat',
  'wanker', 'wtf', 'stfu', 'motherfucking', 'fucks', 'shitting', 'bitching', 'bullshitting', 'fuckers', 'shithead',
];

/** The word a masked token stands for, or null. `word` is lower case and contains "*". */
export function unmask(word: string): string | null {
  if (!/^[a-z*]+$/.test(word) || !/[a-z]/.test(word) || word[0] === '*') return null;
  let letters = 0;
  for (const ch of word) if (ch !== '*') letters++;
  if (letters < 1) return null;
  const pattern = new RegExp(`^${word.replace(/\*+/g, (stars) => `[a-z]{1,${stars.length}}`)}$`);
  for (const candidate of MASKABLE) if (candidate.length >= word.length - 1 && pattern.test(candidate)) return candidate;
  return null;
}
