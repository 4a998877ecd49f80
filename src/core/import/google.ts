// Google Contacts → Export → "Google CSV" (also what Gmail's old export wrote). Two header families:
//   since ~2022: First Name,Middle Name,Last Name,…,Labels,E-mail 1 - Label,E-mail 1 - Value,…,
//                Phone 1 - Value,…,Organization Name,Organization Title,…,Website 1 - Value
//   older:       Name,Given Name,Additional Name,Family Name,…,Group Membership,E-mail 1 - Type,
//                E-mail 1 - Value,…,Organization 1 - Name,Organization 1 - Title,…,Website 1 - Value
// and the "Outlook CSV" option: First Name,Middle Name,Last Name,…,E-mail Address,E-mail 2 Address,
// Company,Job Title. A cell may hold several values joined by " ::: ". An address book mixes work and
// personal people, so contacts are untagged unless a Google label says which ("Coworkers", "Family").
import type { ContactTag } from '../audience';
import { ContactCollector } from './collect';
import { readCsv } from './csv';
import { parseEmails } from './emails';
import { checkSize, ImportError, wrongFormat } from './error';
import { anyHandle } from './handles-social';
import { cellReader, columnIndex, findHeaderRow, truncationWarning } from './table';
import { combineImportedTags, tagFromText } from './tags';
import { joinName } from './text';
import type { ImportResult } from './types';

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

export function parseGoogleContacts(text: string, options: { tag?: ContactTag } = {}): ImportResult {
  checkSize(FORMAT, text);
  const baseTag = options.tag ?? 'untagged';
  const table = readCsv(text);
  const headerRow = findHeaderRow(table, isGoogleHeader, 5);
  if (headerRow < 0) {
    throw wrongFormat(FORMAT, "the header 'First Name,Middle Name,Last Name,…,E-mail 1 - Value,…' (or the older 'Name,Given Name,…') was not found.");
  }
  const header = table.rows[headerRow]!;
  const columns = columnIndex(header);
  const cell = cellReader(columns);
  const emailCols: number[] = [];
  const webCols: number[] = [];
  header.forEach((h, i) => {
    const k = h.trim().toLowerCase();
    if (EMAIL_COLUMN.test(k)) emailCols.push(i);
    else if (WEBSITE_COLUMN.test(k) || k === 'web page' || k === 'personal web page') webCols.push(i);
  });

  const out = new ContactCollector();
  out.warnings.push(...truncationWarning(table, 'Google Contacts CSV'));
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
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
    const employer = cell(row, 'organization name', 'organization 1 - name', 'company');
    const name = joinName(cell(row, 'first name', 'given name'), cell(row, 'middle name', 'additional name'), cell(row, 'last name', 'family name'))
      || cell(row, 'name', 'file as', 'nickname')
      || splitMulti(employer)[0];
    out.add({ name, emails, handles, employer: splitMulti(employer)[0], title: splitMulti(cell(row, 'organization title', 'organization 1 - title', 'job title'))[0], tag }, table.lines[r]!);
  }
  if (out.size === 0 && table.rows.length === headerRow + 1 && !table.truncated) {
    throw new ImportError(FORMAT, 'empty', 'This Google Contacts CSV has its header but no contacts in it.');
  }
  return out.result(FORMAT, 'row', 'line');
}
