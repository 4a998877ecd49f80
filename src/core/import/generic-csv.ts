// Any other CSV (a CRM export, a hand-made sheet): the person picks which columns hold what. The
// options page shows previewCsv() and suggestMapping() and passes back a ColumnMapping.
import type { ContactTag } from '../audience';
import { ContactCollector } from './collect';
import { eachCsvRow, stripBom } from './csv';
import { parseEmails } from './emails';
import { checkSize, ImportError } from './error';
import { anyHandle } from './handles-social';
import { columnIndex, scanTable, truncationWarning } from './table';
import { tagFromText } from './tags';
import { joinName } from './text';
import type { ImportResult, ParseOptions } from './types';

const FORMAT = 'generic-csv' as const;

/** A column by its header text (case and surrounding spaces ignored) or by 0-based position. */
export type ColumnRef = string | number;

export interface ColumnMapping {
  name?: ColumnRef;
  firstName?: ColumnRef;
  lastName?: ColumnRef;
  email?: ColumnRef | ColumnRef[];
  /** Handles or profile links of any supported form (`linkedin:…`, `@ana@mastodon.social`, URLs). */
  handle?: ColumnRef | ColumnRef[];
  profileUrl?: ColumnRef | ColumnRef[];
  employer?: ColumnRef;
  title?: ColumnRef;
  /** Cells like "work", "personal", "friend", "colleague"; others fall back to the default tag. */
  tag?: ColumnRef;
}

export type Delimiter = ',' | ';' | '\t';

export interface GenericCsvOptions extends ParseOptions {
  mapping: ColumnMapping;
  /** The first row is a header (default true). Without one, refer to columns by number. */
  hasHeader?: boolean;
  /** Guessed from the first line when not given (Excel writes ";" in many locales). */
  delimiter?: Delimiter;
  /** Tag for rows without a tag column or an unknown tag value (default untagged). */
  tag?: ContactTag;
  onProgress?: (fraction: number) => void;
}

/** The delimiter that splits the first line into the most cells (outside quotes). */
export function sniffDelimiter(text: string): Delimiter {
  const body = stripBom(text);
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < body.length && i < 10_000; i++) {
    const c = body[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c as Delimiter]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

export interface CsvPreview {
  delimiter: Delimiter;
  header: string[];
  sample: string[][];
  rowCount: number;
}

/** What the column-mapping form shows: the header, a few rows, how many rows (counted, not kept). */
export function previewCsv(text: string, sampleRows = 5): CsvPreview {
  checkSize(FORMAT, text);
  const delimiter = sniffDelimiter(text);
  const kept: string[][] = [];
  let count = 0;
  eachCsvRow(text, { delimiter }, (cells) => {
    if (count++ <= sampleRows) kept.push(cells);
  });
  if (kept.length === 0) throw new ImportError(FORMAT, 'empty', 'This CSV file is empty.');
  return { delimiter, header: kept[0]!, sample: kept.slice(1), rowCount: count - 1 };
}

const GUESSES: Array<[keyof ColumnMapping, RegExp]> = [
  ['name', /^(full ?name|name|display ?name|contact( name)?)$/],
  ['firstName', /^(first ?name|given ?name|first|forename)$/],
  ['lastName', /^(last ?name|family ?name|surname|last)$/],
  ['email', /^(e-?mail|e-?mail ?address|email \d|work e-?mail|personal e-?mail)$/],
  ['profileUrl', /^(url|profile|profile ?url|linkedin|linkedin ?url|website)$/],
  ['handle', /^(handle|username|user ?name|account|mastodon|twitter|x)$/],
  ['employer', /^(company|employer|organi[sz]ation|org)$/],
  ['title', /^(title|job ?title|position|role)$/],
  ['tag', /^(tag|type|category|relationship|group)$/],
];

/** A first guess at the mapping from header names, for the form to start from. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    const hit = GUESSES.find(([field, re]) => re.test(key) && mapping[field] === undefined);
    if (hit) mapping[hit[0]] = i;
  });
  return mapping;
}

export function parseGenericCsv(text: string, options: GenericCsvOptions): ImportResult {
  checkSize(FORMAT, text);
  const { mapping } = options;
  const hasHeader = options.hasHeader ?? true;
  const defaultTag = options.tag ?? 'untagged';
  const out = new ContactCollector();
  let unknownTags = 0;
  let unreadableHandles = 0;
  let addRow: (row: string[], line: number) => void = () => undefined;

  /** Resolves the mapping against the header (or, without one, the first row's width) and returns the row reader. */
  const prepare = (header: string[]) => {
    const columns = columnIndex(header);
    const resolve = (ref: ColumnRef, field: string): number => {
      if (typeof ref === 'number') {
        if (Number.isInteger(ref) && ref >= 0) return ref;
      } else {
        const i = columns.get(ref.trim().toLowerCase());
        if (i !== undefined) return i;
      }
      const known = header.length ? ` The columns are: ${header.map((h) => `'${h}'`).join(', ')}.` : '';
      throw new ImportError(FORMAT, 'wrong-format', `This CSV has no column '${ref}' (chosen for ${field}).${known}`);
    };
    const many = (ref: ColumnRef | ColumnRef[] | undefined, field: string) => (ref === undefined ? [] : (Array.isArray(ref) ? ref : [ref]).map((r) => resolve(r, field)));
    const one = (ref: ColumnRef | undefined, field: string) => (ref === undefined ? -1 : resolve(ref, field));
    const col = {
      name: one(mapping.name, 'name'),
      first: one(mapping.firstName, 'first name'),
      last: one(mapping.lastName, 'last name'),
      emails: many(mapping.email, 'e-mail'),
      handles: [...many(mapping.handle, 'handle'), ...many(mapping.profileUrl, 'profile link')],
      employer: one(mapping.employer, 'employer'),
      title: one(mapping.title, 'title'),
      tag: one(mapping.tag, 'tag'),
    };
    if (col.name < 0 && col.first < 0 && col.last < 0 && col.emails.length === 0 && col.handles.length === 0) {
      throw new ImportError(FORMAT, 'wrong-format', 'Choose at least one column for the name, e-mail, handle or profile link.');
    }
    const at = (row: string[], i: number) => (i >= 0 ? row[i] ?? '' : '');
    addRow = (row, line) => {
      const emails: string[] = [];
      for (const c of col.emails) {
        const parsed = parseEmails(at(row, c));
        emails.push(...parsed.emails);
        out.countInvalidEmails(parsed.invalid);
      }
      const handles: string[] = [];
      for (const c of col.handles) {
        for (const piece of at(row, c).split(':::').flatMap((part) => part.split(/[\s,;]+/))) {
          if (!piece) continue;
          const h = anyHandle(piece);
          if (!h) unreadableHandles++;
          else if (h.startsWith('email:')) emails.push(h.slice(6));
          else handles.push(h);
        }
      }
      let tag = defaultTag;
      const tagCell = at(row, col.tag);
      if (tagCell.trim()) {
        const t = tagFromText(tagCell);
        if (t) tag = t;
        else unknownTags++;
      }
      const name = at(row, col.name) || joinName(at(row, col.first), at(row, col.last));
      out.add({ name, emails, handles, employer: at(row, col.employer), title: at(row, col.title), tag }, line);
    };
  };

  const scan = scanTable(text, {
    delimiter: options.delimiter ?? sniffDelimiter(text),
    within: 1,
    isHeader: (_, cells, line) => {
      prepare(hasHeader ? cells : []);
      if (!hasHeader) addRow(cells, line);
      return true;
    },
    onProgress: options.onProgress,
    onRow: (row, line) => addRow(row, line),
  });
  if (!scan.header) throw new ImportError(FORMAT, 'empty', 'This CSV file is empty.');
  out.warnings.push(...truncationWarning(scan.truncated, 'CSV file'));
  if (unknownTags) out.warnings.push(`${unknownTags} tag value(s) were not work or personal (nor a word like colleague, client, friend, family); those rows got the default tag '${defaultTag}'.`);
  if (unreadableHandles) out.warnings.push(`${unreadableHandles} handle or profile value(s) were not recognised (use a profile link, an e-mail, or a form like linkedin:jane-doe or @ana@mastodon.social) and were left out.`);
  return out.result(FORMAT, 'row', 'line');
}
