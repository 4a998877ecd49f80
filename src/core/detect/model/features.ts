// Features for the statistical second stage: lower-cased word unigrams, bigrams and crude stems,
// hashed into 2^BITS buckets (the hashing trick), each present feature counted once. Pure and
// linear in the length of the text; shared by the build-time trainer (scripts/train-detector.ts)
// and the runtime scorer (index.ts), so both see exactly the same features.

export const BITS = 18;
const MASK = (1 << BITS) - 1;

/** Leetspeak inside a word that also has letters: "w33d", "b00ze", "sh1t", "@ss". */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
// The \p{…} expressions are built on first use, not written as literals: V8 checks a literal's
// property names against ICU when it parses the bundle (about 0.3 ms each on a cold start,
// 2026-11), and the model often never runs.
let word: RegExp | null = null;
/** Invisible characters inside words ("dr\u200bunk"): dropped, so they change nothing. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
let hasLetter: RegExp | null = null;
/**
 * The same for ASCII text, where they are exactly these: \p{L} is A-Z and a-z, \p{N} is 0-9, and
 * no ASCII character is Extended_Pictographic. Compiling the \p{L} expressions took ~2 ms of the
 * first draft the model reads (bench/model.ts, 2026-11); most drafts are ASCII.
 */
const ASCII_TEXT = /^[^\u0080-\uffff]*$/;
const ASCII_WORD = /#link|[A-Za-z0-9'*@$]+/g;
const ASCII_LETTER = /[a-z]/;
const ALL_DIGITS = /^[0-9]+$/;

/**
 * The value of each present feature: 1/sqrt(n), but never more than for a NORM_FLOOR-feature text,
 * so a four-word sentence needs as much evidence as a paragraph does, not three times less.
 */
export const NORM_FLOOR = 60;
export function featureValue(count: number): number {
  return 1 / Math.sqrt(Math.max(count, NORM_FLOOR));
}

/** FNV-1a over UTF-16 code units, masked to the bucket range. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** A plain lower-case ASCII word: most words, and cleanWord changes nothing in it but runs of three. */
const PLAIN_WORD = /^[a-z]+$/;

/** Whether a letter repeats three times running ("sooo"): what the stretch rule below rewrites. */
function hasRunOfThree(w: string): boolean {
  for (let i = 2; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return true;
  return false;
}

function cleanWord(raw: string, ascii: boolean): string {
  // The common case, without the four regular-expression passes below (a fifth of a warm
  // classify's time on a 280-character draft, 2026-11-23): a word that lower-cases to [a-z]+ has
  // no invisible characters, leetspeak, masks or apostrophes, so the result is that word itself.
  const lower = raw.toLowerCase();
  if (PLAIN_WORD.test(lower) && !hasRunOfThree(lower)) return lower;
  let w = raw.replace(INVISIBLE, '').toLowerCase();
  if (ascii ? ASCII_LETTER.test(w) : (hasLetter ??= new RegExp(String.raw`\p{L}`, 'u')).test(w)) {
    let out = '';
    for (const ch of w) out += LEET[ch] ?? ch;
    w = out;
  } else if (ALL_DIGITS.test(w)) {
    return w.length <= 2 ? w : '#num';
  }
  // Stretched letters: "sooooo" -> "soo", "fuuuck" -> "fuuck".
  w = w.replace(/(.)\1{2,}/gu, '$1$1');
  // Masks and apostrophes at the edges: "'sup", "drunk'", "f**k" keeps its inner stars.
  w = w.replace(/^['*]+|['*]+$/g, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

/**
 * Addresses rather than words: web links ("https://…", "www.…", "reddit.com/u/nobody"), e-mail
 * addresses, Reddit's "u/name" and "r/name", and "@handles" of four characters or more ("@ss" stays
 * a masked word). Their pieces ("u", "r", "com", a name) are not language, yet the classifiers gave
 * them weight: "Thanks u/Sam_Rivera … r/cats or u/x." read as a health post (2026-11-23). Each
 * becomes one placeholder word, so a draft of links still reads as one with links, and they do
 * not count towards the words a reading needs (addressWords).
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|(?<=[\s(/]))\/?[ur]\/[A-Za-z0-9_-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|edu|ly|gg|tv|app|dev|co\.uk|org\.uk|ac\.uk|ie)\b(?:\/\S*)?|\b[\w-]+\.me\/\S+|(?:^|(?<=[\s(]))@[A-Za-z0-9_.]{4,}/g;
/**
 * A quick test before ADDRESS: every address has "/" or "@", or a dot with two letters after it
 * ("x.com", "www.bbc"). A sentence's own full stop has none, so most sentences skip ADDRESS.
 */
const ADDRESS_HINT = /[/@]|\.[A-Za-z]{2}/;

/** `text` with each address replaced by " #link " (see ADDRESS). */
export function withoutAddresses(text: string): string {
  return ADDRESS_HINT.test(text) ? text.replace(ADDRESS, ' #link ') : text;
}

/** How many address placeholders withoutAddresses put into `text`'s words. */
export function addressCount(text: string): number {
  if (!ADDRESS_HINT.test(text)) return 0;
  let n = 0;
  ADDRESS.lastIndex = 0;
  while (ADDRESS.exec(text)) n++;
  return n;
}

/** Normalised word tokens of a string, in order (an address is the one word "#link"). */
export function words(text: string): string[] {
  const out: string[] = [];
  const plain = withoutAddresses(text);
  const ascii = ASCII_TEXT.test(plain);
  const WORD = ascii ? ASCII_WORD : (word ??= new RegExp(String.raw`#link|[\p{L}\p{N}'*@$\u00ad\u200b-\u200d\u2060\ufeff]+|\p{Extended_Pictographic}`, 'gu'));
  WORD.lastIndex = 0;
  for (let m = WORD.exec(plain); m; m = WORD.exec(plain)) {
    const w = m[0] === '#link' ? '#link' : cleanWord(m[0], ascii);
    if (w) out.push(w);
  }
  return out;
}

/** FNV-1a continued over `s` from hash `h` (unmasked): bucketOf(a + b) is fnv(fnv(OFFSET, a), b) & MASK. */
function fnv(h: number, s: string, end = s.length): number {
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const OFFSET = 0x811c9dc5;
const UNIGRAM = fnv(OFFSET, 'u:');
const STEM = fnv(OFFSET, 's:');
const BIGRAM = fnv(OFFSET, 'b:');
const BIAS_DOC = fnv(OFFSET, '<bias-doc>');
const START = fnv(BIGRAM, '<s> ');

/** A crude suffix stripper ("drinking", "drinks", "drinked" all give "drink"): the stem's length. */
function stemLength(w: string): number {
  const n = w.length;
  if (n > 5 && w.endsWith('ing')) return n - 3;
  if (n > 4 && w.endsWith('ed')) return n - 2;
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) return n - 1;
  return n;
}

/**
 * Distinct hashed feature buckets of a string: "u:word", "s:stem" (when it differs), "b:prev word"
 * (from "<s>" to "</s>") and "<bias-doc>". The hashes are chained over the parts instead of
 * hashing joined strings (the same numbers, without building ~3 strings a word).
 */
export function featureBuckets(text: string): number[] {
  const ws = words(text);
  const seen = new Set<number>();
  seen.add((BIAS_DOC >>> 0) & MASK);
  let prev = START;
  for (const w of ws) {
    seen.add((fnv(UNIGRAM, w) >>> 0) & MASK);
    const cut = stemLength(w);
    if (cut !== w.length) seen.add((fnv(STEM, w, cut) >>> 0) & MASK);
    seen.add((fnv(prev, w) >>> 0) & MASK);
    prev = fnv(fnv(BIGRAM, w), ' ');
  }
  if (ws.length > 0) seen.add((fnv(prev, '</s>') >>> 0) & MASK);
  return [...seen];
}
