// Google Contacts → Export → "Google CSV" (also what Gmail's old export wrote). Two header families:
//   since ~2022: First Name,Middle Name,Last Name,…,Labels,E-mail 1 - Label,E-mail 1 - Value,…,
//                Phone 1 - Value,…,Organization Name,Organization Title,…,Website 1 - Value
//   older:       Name,Given Name,Additional Name,Family Name,…,Group Membership,E-mail 1 - Type,
//                E-mail 1 - Value,…,Organization 1 - Name,Organization 1 - Title,…,Website 1 - Value
// and the "Outlook CSV" option: First Name,Middle Name,Last Name,…,E-mail Address,E-mail 2 Address,
// Company,Job Title. A cell may hold several values joined by " ::: ". An address book mixes work and
// personal people, so contacts are untagged unless a Google label says which ("Coworkers", "Family").
import { ContactCollector } from './collect';
import { parseEmails } from './emails';
import { checkSize, ImportError, wrongFormat } from './error';
import { anyHandle } from './handles-social';
import { cellReader, scanTableAnyDelimiter, truncationWarning } from './table';
import { combineImportedTags, tagFromText } from './tags';
import { joinName } from './text';
import type { ImportResult, ParseOptions } from './types';

const FORMAT = 'google-contacts' as const;
const EMAIL_COLUMN = /^e-mail( \d+ - value| address| \d+ address)$/;
const WEBSITE_COLUMN = /^website \d+ - value$/;

export function isGoogleHeader(columns: Map<string, number>): boolean {
  if (columns.has('connected on')) return false; // LinkedIn
  const keys = [...columns.keys()];
  const googleEmail = keys.some((k) => /^e-mail \d+ - value$/.test(k));
  const newNames = columns.has('first name') && columns.has('last name') && (columns.has('organization name') || columns.has('file as'));
  const oldNames = columns.has('given name') && columns.has('family name');
  const outlook = columns.has('first name') && columns.has('e-mail address');
  return googleEmail || newNames || oldNames || outlook;
}

/** Google writes " ::: " between values, and labels as "* myContacts ::: Coworkers". */
function splitMulti(cell: string): string[] {
  return cell.split(':::').map((v) => v.trim()).filter(Boolean); // a plain split: a regex with \s* around ::: is quadratic on long blank runs
}

export function parseGoogleContacts(text: string, options: ParseOptions = {}): ImportResult {
  checkSize(FORMAT, text);
  const baseTag = options.tag ?? 'untagged';
  const out = new ContactCollector();
  let cell: ReturnType<typeof cellReader> = () => '';
  const emailCols: number[] = [];
  const webCols: number[] = [];
  const scan = scanTableAnyDelimiter(text, {
    within: 5,
    isHeader: (columns, header) => {
      if (!isGoogleHeader(columns)) return false;
      cell = cellReader(columns);
      header.forEach((h, i) => {
        const k = h.trim().toLowerCase();
        if (EMAIL_COLUMN.test(k)) emailCols.push(i);
        else if (WEBSITE_COLUMN.test(k) || k === 'web page' || k === 'personal web page') webCols.push(i);
      });
      return true;
    },
    onProgress: options.onProgress,
    onRow: (row, line) => {
      const emails: string[] = [];
      for (const c of emailCols) {
        const parsed = parseEmails(row[c]);
        emails.push(...parsed.emails);
        out.countInvalidEmails(parsed.invalid);
      }
      const handles: string[] = [];
      for (const c of webCols) {
        for (const site of splitMulti(row[c] ?? '')) {
          const h = anyHandle(site);
          if (h.startsWith('email:')) emails.push(h.slice(6));
          else if (h) handles.push(h);
        }
      }
      let tag = baseTag;
      if (!options.tag) for (const label of splitMulti(cell(row, 'labels', 'group membership'))) tag = combineImportedTags(tag, tagFromText(label.replace(/^\*\s*/, '')) ?? 'untagged');
      const employer = splitMulti(cell(row, 'organization name', 'organization 1 - name', 'company'))[0];
      const name = joinName(cell(row, 'first name', 'given name'), cell(row, 'middle name', 'additional name'), cell(row, 'last name', 'family name'))
        || cell(row, 'name', 'file as', 'nickname')
        || employer;
      out.add({ name, emails, handles, employer, title: splitMulti(cell(row, 'organization title', 'organization 1 - title', 'job title'))[0], tag }, line);
    },
  });
  if (!scan.header) {
    throw wrongFormat(FORMAT, "the header 'First Name,Middle Name,Last Name,…,E-mail 1 - Value,…' (or the older 'Name,Given Name,…') was not found.");
  }
  if (scan.rows === 0 && !scan.truncated) throw new ImportError(FORMAT, 'empty', 'This Google Contacts CSV has its header but no contacts in it.');
  out.warnings.push(...truncationWarning(scan.truncated, 'Google Contacts CSV'));
  return out.result(FORMAT, 'row', 'line');
}
