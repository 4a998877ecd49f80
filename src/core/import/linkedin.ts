// LinkedIn "Get a copy of your data" → Connections.csv. The file opens with a "Notes:" paragraph about
// missing e-mail addresses and a blank line, then the header
//   First Name,Last Name,URL,Email Address,Company,Position,Connected On
// (exports before about 2020 have no URL column). E-mail is empty unless the connection allowed it.
// Connections are colleagues, clients and recruiters: tagged work by default.
import { linkedinHandle } from '../handles';
import { ContactCollector } from './collect';
import { parseEmails } from './emails';
import { checkSize, ImportError, wrongFormat } from './error';
import { cellReader, scanTableAnyDelimiter, truncationWarning } from './table';
import { joinName } from './text';
import type { ImportResult, ParseOptions } from './types';

const FORMAT = 'linkedin-connections' as const;

export function isLinkedInHeader(columns: Map<string, number>): boolean {
  return columns.has('first name') && columns.has('last name') && columns.has('connected on');
}

export function parseLinkedInConnections(text: string, options: ParseOptions = {}): ImportResult {
  checkSize(FORMAT, text);
  const tag = options.tag ?? 'work';
  const out = new ContactCollector();
  let cell: ReturnType<typeof cellReader> = () => '';
  const scan = scanTableAnyDelimiter(text, {
    // The notes before the header are a few rows; 50 leaves room for LinkedIn adding more.
    within: 50,
    isHeader: (columns) => {
      if (!isLinkedInHeader(columns)) return false;
      cell = cellReader(columns);
      return true;
    },
    onProgress: options.onProgress,
    onRow: (row, line) => {
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
      }, line);
    },
  });
  if (!scan.header) {
    throw wrongFormat(FORMAT, "the header 'First Name,Last Name,URL,Email Address,Company,Position,Connected On' was not found.");
  }
  if (scan.rows === 0 && !scan.truncated) throw new ImportError(FORMAT, 'empty', 'This Connections.csv has its header but no connections in it.');
  out.warnings.push(...truncationWarning(scan.truncated, 'Connections.csv'));
  return out.result(FORMAT, 'row', 'line');
}
