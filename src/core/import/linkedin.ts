// LinkedIn "Get a copy of your data" → Connections.csv. The file opens with a "Notes:" paragraph about
// missing e-mail addresses and a blank line, then the header
//   First Name,Last Name,URL,Email Address,Company,Position,Connected On
// (exports before about 2020 have no URL column). E-mail is empty unless the connection allowed it.
// Connections are colleagues, clients and recruiters: tagged work by default.
import type { ContactTag } from '../audience';
import { linkedinHandle } from '../handles';
import { ContactCollector } from './collect';
import { readCsv } from './csv';
import { parseEmails } from './emails';
import { checkSize, ImportError, wrongFormat } from './error';
import { cellReader, columnIndex, findHeaderRow, truncationWarning } from './table';
import { joinName } from './text';
import type { ImportResult } from './types';

const FORMAT = 'linkedin-connections' as const;

export function isLinkedInHeader(columns: Map<string, number>): boolean {
  return columns.has('first name') && columns.has('last name') && columns.has('connected on');
}

export function parseLinkedInConnections(text: string, options: { tag?: ContactTag } = {}): ImportResult {
  checkSize(FORMAT, text);
  const tag = options.tag ?? 'work';
  const table = readCsv(text);
  const headerRow = findHeaderRow(table, isLinkedInHeader);
  if (headerRow < 0) {
    throw wrongFormat(FORMAT, "the header 'First Name,Last Name,URL,Email Address,Company,Position,Connected On' was not found.");
  }
  const columns = columnIndex(table.rows[headerRow]!);
  const cell = cellReader(columns);
  const out = new ContactCollector();
  out.warnings.push(...truncationWarning(table, 'Connections.csv'));
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const { emails, invalid } = parseEmails(cell(row, 'email address'));
    out.countInvalidEmails(invalid);
    const handle = linkedinHandle(cell(row, 'url', 'profile url'));
    out.add({
      name: joinName(cell(row, 'first name'), cell(row, 'last name')),
      handles: handle ? [handle] : [],
      emails,
      employer: cell(row, 'company'),
      title: cell(row, 'position'),
      tag,
    }, table.lines[r]!);
  }
  if (out.size === 0 && !table.truncated && table.rows.length === headerRow + 1) {
    throw new ImportError(FORMAT, 'empty', 'This Connections.csv has its header but no connections in it.');
  }
  return out.result(FORMAT, 'row', 'line');
}
