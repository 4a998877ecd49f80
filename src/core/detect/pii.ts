// Personal details found by pattern: phone numbers, e-mail addresses at personal mail providers,
// street addresses, money amounts. Each scan is linear: no pattern can backtrack over more than a
// few characters (e-mail addresses are grown by hand around each "@" for that reason).

export interface PatternHit {
  signal: 'pii.phone' | 'pii.email' | 'pii.address' | 'pii.postal' | 'pii.payment' | 'money.amount';
  /** Range in the chunk's normalised text. */
  start: number;
  end: number;
}

/** Mail providers people use privately; an address at a company domain is a work address. */
const PERSONAL_MAIL = new Set([
  '126', '163', 'aol', 'att', 'btinternet', 'comcast', 'cox', 'fastmail', 'gmail', 'gmx', 'googlemail', 'hey', 'hotmail',
  'icloud', 'inbox', 'live', 'mac', 'mail', 'me', 'msn', 'outlook', 'pm', 'proton', 'protonmail', 'qq', 'rocketmail',
  'sbcglobal', 'tuta', 'tutanota', 'verizon', 'web', 'yahoo', 'yandex', 'ymail', 'zoho',
]);

const PERSONAL_LOCAL = /(?:^|[._-])(?:home|personal|private|family|fam)(?:$|[._\d-])/;
const LOCAL = /[a-z0-9._%+-]/;
const DOMAIN = /[a-z0-9.-]/;

function emails(text: string, out: PatternHit[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e]!)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    if (s === at || e === at + 1) continue;
    const domain = text.slice(at + 1, e);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain)) continue;
    // A personal provider, or a personal address at any domain ("jane.home@…", "smith.family@…").
    if (PERSONAL_MAIL.has(domain.split('.')[0]!) || PERSONAL_LOCAL.test(text.slice(s, at))) out.push({ signal: 'pii.email', start: s, end: e });
  }
}

// A run of digits and separators that starts and ends with a digit (optionally "+" first).
const PHONE = /(?<![\w+$€£.,/-])\+?\(?\d[\d ().-]{5,17}\d(?![\w%/]|[.,]\d)/g;
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const YEARS = /^(?:19|20)\d\d\s*-\s*(?:19|20)\d\d$/;
const GROUPED_NUMBER = /^\d{1,3}(?:[.,]\d{3})+$/;
const PHONE_WORDS = /\b(?:call|text|cell|mobile|phone|number|whatsapp|tel|ring|reach me|signal)\b/;

function phones(text: string, out: PatternHit[]): void {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    if (DATE.test(raw) || YEARS.test(raw) || GROUPED_NUMBER.test(raw)) continue;
    const separated = /[ ().-]/.test(raw) || raw.startsWith('+');
    // Ten digits in a row could be an order number; seven to nine digits could be anything.
    if (!separated && !(digits >= 10 && PHONE_WORDS.test(text))) continue;
    if (digits < 10 && !raw.startsWith('+') && !PHONE_WORDS.test(text)) continue;
    out.push({ signal: 'pii.phone', start: m.index, end: m.index + raw.length });
  }
}

const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|way|close|crescent|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|mews|grove|gardens|alley|view|rise|hill|park|green|walk|gate|row|yard|wharf|quay|parade|esplanade|promenade';
/**
 * A number, one to four words, a street suffix: "221b Baker Street". The words are matched with
 * `+?` and counted after the match (addressMatches): `{1,4}?` made V8 compile the expression 3–4 ms
 * the first time a draft had a digit (start-up budget). A test checks the two find the same.
 */
const ADDRESS = new RegExp(`(?<![\\w$€£.,/-])\\d{1,5}[a-z]?((?: [a-z0-9'.]+)+?) (?:${SUFFIX})\\b\\.?(?:,? (?:apt|apartment|unit|flat|suite|#) ?\\w+)?`, 'g');
const MAX_STREET_WORDS = 4;

/** Matches of "number, one to four words, suffix" in `text`, as the expression with `{1,4}?` finds them. */
export function addressMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    // The fewest words that reach a suffix, counted by their spaces. More than four: no address
    // starts here, so the search goes on from the next character, as `{1,4}?` would.
    let words = 0;
    for (let k = m[1]!.indexOf(' '); k >= 0; k = m[1]!.indexOf(' ', k + 1)) words++;
    if (words > MAX_STREET_WORDS) {
      ADDRESS.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** `upper(i)` says whether character i of the chunk was typed in upper case (street names are). */
function addresses(text: string, upper: (i: number) => boolean, out: PatternHit[]): void {
  for (const m of addressMatches(text)) {
    const nameStart = m.index + m[0].indexOf(' ') + 1;
    const ordinal = /^\d+(?:st|nd|rd|th) /.test(m[0].slice(m[0].indexOf(' ') + 1) + ' ') || /^\d/.test(text[nameStart] ?? '');
    if (!upper(nameStart) && !ordinal) continue;
    out.push({ signal: 'pii.address', start: m.index, end: m.index + m[0].length });
  }
}

/**
 * A UK or Irish postcode as typed in capitals ("SA19 6AB", "E8 1PL", "D06 X2Y4"), read on the
 * lower-cased chunk with `upper` checking its first letter. Bounded: no backtracking beyond eight characters.
 */
const POSTCODE = /(?<![\w-])(?:[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]\d[\dw] ?[a-z\d]{4})(?![\w-])/g;
/** A house or flat number starting a stretch of words ("3 Fernhill Cottages, Llandeilo", "flat 2, 41 …"). */
const HOUSE_NUMBER = /(?<![\w$€£.,/:-])(?:\d{1,3}|(?!19|20)\d{4})[a-z]?,? [a-z]/;
/** How far before a postcode its house number may be: a street, a town and a county. */
const POSTAL_REACH = 70;

/**
 * A whole postal address: a house number, words, then a postcode within POSTAL_REACH characters
 * (a street name without a known suffix still counts, which the street pattern cannot tell).
 */
function postalAddresses(text: string, upper: (i: number) => boolean, out: PatternHit[]): void {
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    if (!upper(m.index) || !/\d/.test(m[0])) continue;
    // Only the stretch before this postcode is searched, so many postcodes cost no more than one each.
    const from = Math.max(0, m.index - POSTAL_REACH);
    const house = HOUSE_NUMBER.exec(text.slice(from, m.index));
    if (!house) continue;
    out.push({ signal: 'pii.postal', start: from + house.index, end: m.index + m[0].length });
  }
}

/**
 * A payment handle shared to be paid: "Venmo me @dan-r", "cashapp $jess22", "paypal.me/jdoe". The
 * handle itself is dropped by the tokenizer (an @name is a mention), so it is found here.
 */
const PAYMENT = /\b(?:venmo|cash ?app|paypal(?:\.me)?|revolut|monzo|zelle|paylah|upi)(?: me)?(?: at| on)?:? ?[@$£/][a-z0-9][\w.-]{2,30}/g;
function paymentHandles(text: string, out: PatternHit[]): void {
  PAYMENT.lastIndex = 0;
  for (let m = PAYMENT.exec(text); m; m = PAYMENT.exec(text)) out.push({ signal: 'pii.payment', start: m.index, end: m.index + m[0].length });
}

const AMOUNT = /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:k|m|mm|bn|million|billion|thousand|grand))?|(?<![\w.,])\d[\d,.]*\s?(?:k|grand|dollars|bucks|pounds|quid|euros|usd|gbp|eur)(?![\w]))/g;

/**
 * A race, not a sum: "signed up for a 10k.", "my first 5k run", "the parkrun 5k today". A bare
 * "5k" or "10k" (no currency sign) right after an article or a running word, and not followed by
 * a word that makes it money ("a 10k raise", "a 5k bonus"): only these words may follow.
 */
const RACE_BEFORE = /(?:^|\s)(?:a|the|my|his|her|our|first|next|this|that|another|charity|virtual|parkrun|ran|run|running|did|do|doing)\s$/;
const RACE_AFTER = /^(?:\s*$|\s*[.,!?;:)\u2014\u2013-]|\s+(?:run|race|runs|races|route|time|pb|in|on|at|with|for|and|today|tonight|tomorrow|yesterday|this|next|last|around|round|along|through|trail|fun|was|is|went|done)\b)/;
function isRace(text: string, start: number, end: number, match: string): boolean {
  if (!/^\d{1,2}k$/.test(match)) return false;
  return RACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && RACE_AFTER.test(text.slice(end, end + 12));
}

function amounts(text: string, out: PatternHit[]): void {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const end = m.index + m[0].length;
    if (!isRace(text, m.index, end, m[0])) out.push({ signal: 'money.amount', start: m.index, end });
  }
}

/** All pattern hits in one normalised chunk. */
export function findPatterns(text: string, upper: (i: number) => boolean): PatternHit[] {
  const out: PatternHit[] = [];
  if (text.includes('@')) emails(text, out);
  if (/[@$£/]/.test(text)) paymentHandles(text, out);
  if (/\d/.test(text)) {
    phones(text, out);
    addresses(text, upper, out);
    postalAddresses(text, upper, out);
    amounts(text, out);
  }
  return out;
}

/** Web addresses and e-mail addresses: words inside them are not the writer's words. */
// Label lengths are bounded so a failed attempt never rescans a long run of letters.
const LINK = /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|io|co|ai|app|dev|ly|gl|me|uk|de|fr)\b(?:\/\S*)?/g;

export function linkRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (text.includes('.')) {
    LINK.lastIndex = 0;
    for (let m = LINK.exec(text); m; m = LINK.exec(text)) out.push([m.index, m.index + m[0].length]);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e]!)) e++;
    // "@handle" alone is a mention (handled by the tokenizer), not an address.
    if (s < at && e > at + 1) out.push([s, e]);
  }
  return out;
}
