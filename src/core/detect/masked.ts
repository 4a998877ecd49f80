// Masked swear words: "f***", "sh*t", "b****", "a**hole". A mask keeps the first letter and
// usually the length, so each star stands for one or more letters; the most common word that
// fits wins. Only words with a star get here, so the list is short and the cost is nil.

/** Most likely first: "s***" is "shit" before it is "slut". */
const MASKABLE = [
  'fuck', 'fucking', 'fucked', 'fucker', 'fuckin', 'motherfucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches',
  'asshole', 'ass', 'cunt', 'damn', 'hell', 'crap', 'piss', 'pissed', 'bastard', 'dick', 'cock', 'slut', 'whore', 'twat',
  'wanker', 'wtf', 'stfu', 'motherfucking', 'fucks', 'shitting', 'bitching', 'bullshitting', 'fuckers', 'shithead',
  'prick', 'arse', 'arsehole', 'dickhead', 'bollocks', 'shite',
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

/**
 * A grawlix: comic-strip symbols standing in for letters ("f#%k", "sh#t", "f@#king", "a@$hole",
 * "b#tch"). Unlike stars, people type one to three symbols whatever the length, so a run of n
 * symbols stands for 1 to n + 2 letters; to stay clear of "C#", "F# minor", "R&D", "AT&T", "S&T",
 * "#hashtags", "@mentions" and "$$$", the symbols must sit between letters (or be a run of three
 * or more of two kinds after a first letter, "what the f#@%"), a run of "&" alone is "and", a run
 * of one leetspeak symbol is a letter, and only swear words of four letters or more can come out.
 * (2026-11-23)
 */
const GRAWLIX_SHAPE = /^[a-z]+(?:[*#@$%!&|]+[a-z]+)+$|^[a-z]{1,2}[*#@$%&]{3,4}$/;
const SYMBOL_RUN = /[*#@$%!&|]+/g;
const LEET_RUN = /^(?:@+|\$+|!+|\|+)$/;

/** The swear word a grawlix stands for, or null. `word` is lower case; a trailing apostrophe ("kin'") is dropped. */
export function unmaskGrawlix(word: string): string | null {
  const w = word.endsWith("'") ? word.slice(0, -1) : word;
  if (!GRAWLIX_SHAPE.test(w)) return null;
  const runs = w.match(SYMBOL_RUN)!;
  // "&" alone is "and"; "@", "$", "!" or "|" alone is leetspeak for a letter ("p@ss" is pass), read in tokens.ts.
  if (runs.some((r) => /^&+$/.test(r)) || runs.every((r) => LEET_RUN.test(r))) return null;
  const trailing = !/[a-z]$/.test(w);
  if (trailing && new Set(runs[0]).size < 2) return null;
  const pattern = new RegExp(`^${w.replace(SYMBOL_RUN, (r) => `[a-z]{1,${trailing ? r.length : r.length + 2}}`)}$`);
  for (const candidate of MASKABLE) if (candidate.length >= 4 && pattern.test(candidate)) return candidate;
  return null;
}

/** Swear stems a masked compound may hide ("sh*tshow", "clusterf*ck", "f*ckwit"): swear-stems.ts then reads the filled word. */
const STEMS = ['fuck', 'shit', 'cunt', 'twat', 'wank', 'piss', 'bitch', 'bastard', 'bollock'];

/**
 * A starred word that no listed swear word fits, filled with a swear stem whose shown letters agree
 * (each star one letter, every star covered, at least two of the stem's letters shown): "sh*tshow" is
 * "shitshow", "clusterf*ck" "clusterfuck". Only a stem can come out, so "c*t" or "w*rk" stay as typed.
 */
export function unmaskCompound(word: string): string | null {
  if (!/^[a-z*]+$/.test(word)) return null;
  for (const stem of STEMS) {
    for (let p = 0; p + stem.length <= word.length; p++) {
      let stars = 0;
      let fits = true;
      for (let k = 0; k < stem.length && fits; k++) {
        const c = word[p + k];
        if (c === '*') stars++;
        else if (c !== stem[k]) fits = false;
      }
      if (!fits || stars === 0 || stem.length - stars < 2) continue;
      const filled = word.slice(0, p) + stem + word.slice(p + stem.length);
      if (!filled.includes('*')) return filled;
    }
  }
  return null;
}
