// Keys for recognising the same person across files: "José Núñez" = "Jose Nunez", "Acme Inc." = "ACME".
import { nameKey } from '../handles';

/** nameKey (NFKC, trimmed, lower case) without accents and punctuation. */
export function foldName(name: string): string {
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
  const n = foldName(name);
  const e = employerKey(employer);
  return n && e ? `${n}\u0000${e}` : '';
}
