// Keys for recognising the same person across files: "José Núñez" = "Jose Nunez", "Acme Inc." = "ACME".
import { nameKey } from '../handles';

/** nameKey (NFKC, trimmed, lower case) without accents and punctuation. */
export function foldName(name: string): string {
  // Plain ASCII (most names in most exports) needs no Unicode normalisation, which is the slow part.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return nameKey(name).normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Legal-form words that one export writes and another leaves out.
const LEGAL_SUFFIX = /(?:\s(?:inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|bv|nv|co|corp|corporation|company|pty|srl|spa|oy|ab|as))+$/;

export function employerKey(employer: string | undefined): string {
  if (!employer) return '';
  const folded = foldName(employer);
  return folded.replace(LEGAL_SUFFIX, '').trim() || folded;
}

/** Name plus employer, or '' when either is missing (a name alone is too common to merge on). */
export function personKey(name: string, employer: string | undefined): string {
  return personKeyOf(foldName(name), employer);
}

/** personKey for a name already folded. */
export function personKeyOf(foldedName: string, employer: string | undefined): string {
  const e = employerKey(employer);
  return foldedName && e ? `${foldedName}\u0000${e}` : '';
}
