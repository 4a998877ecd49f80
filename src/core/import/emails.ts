// E-mail cells as exports write them: one address, several joined by " ::: " (Google), ";" or ","
// (Outlook, hand-made sheets), "Name <addr>" forms, "mailto:" links.

const EMAIL = /^[^\s@:/,;<>"()[\]\\]+@[^\s@:/,;<>"()[\]\\]+\.[^\s@:/,;<>"()[\]\\]+$/;

/** One address, lower-cased, or '' when it is not one. */
export function normalizeEmail(value: string): string {
  let v = value.trim();
  const angle = /<([^<>]*)>\s*$/.exec(v);
  if (angle) v = angle[1]!.trim();
  v = v.replace(/^mailto:/i, '').replace(/^["']|["']$/g, '');
  return v.length <= 254 && EMAIL.test(v) ? v.toLowerCase() : '';
}

export interface ParsedEmails {
  emails: string[];
  /** Pieces that looked like input but were no address (counted for a warning). */
  invalid: number;
}

export function parseEmails(cell: string | undefined): ParsedEmails {
  const emails: string[] = [];
  let invalid = 0;
  if (!cell) return { emails, invalid };
  // Split on ':::' as a plain string first: /\s*:::\s*/ would be quadratic on a long run of spaces.
  for (const piece of cell.split(':::').flatMap((part) => part.split(/[;,\n\r]+/))) {
    if (!piece.trim()) continue;
    const email = normalizeEmail(piece);
    if (email) {
      if (!emails.includes(email)) emails.push(email);
    } else {
      invalid++;
    }
  }
  return { emails, invalid };
}
