// Finding columns by header name in CSV exports whose column order and extra columns vary by
// version and language settings, and reading the rows after the header one at a time.
import { eachCsvRow, type CsvOptions } from './csv';

/** Header cell → column index, by lower-cased trimmed name; the first column of a name wins. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = cell.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** A reader for one row: cell by column name, '' for a missing column or a short (ragged) row. */
export function cellReader(columns: Map<string, number>) {
  return (row: readonly string[], ...names: string[]): string => {
    for (const name of names) {
      const i = columns.get(name);
      if (i !== undefined && row[i]) return row[i]!;
    }
    return '';
  };
}

export interface TableScan {
  /** The header row, or null when none of the first `within` rows was one (reading stopped there). */
  header: string[] | null;
  headerLine: number;
  /** Rows passed to onRow. */
  rows: number;
  truncated: boolean;
}

export interface TableOptions extends CsvOptions {
  /** Accepts the header row (given its columns). */
  isHeader: (columns: Map<string, number>, cells: string[], line: number) => boolean;
  /** How many rows may come before the header (LinkedIn's notes). */
  within: number;
  onRow: (cells: string[], line: number) => void;
  /** Fraction of the text read, 0–1, at most about every 1% and once at the end. */
  onProgress?: (fraction: number) => void;
}

/**
 * scanTable with ',' and, if no header turns up, ';' and tab: a file opened and saved again in a
 * spreadsheet set to a European locale comes back with semicolons. Retrying costs only the first rows.
 */
export function scanTableAnyDelimiter(text: string, options: Omit<TableOptions, 'delimiter'>): TableScan {
  let scan = scanTable(text, { ...options, delimiter: ',' });
  for (const delimiter of [';', '\t']) {
    if (scan.header) break;
    scan = scanTable(text, { ...options, delimiter });
  }
  return scan;
}

/** Finds the header among the first rows, then streams the rest to onRow. */
export function scanTable(text: string, options: TableOptions): TableScan {
  const scan: TableScan = { header: null, headerLine: 0, rows: 0, truncated: false };
  let seen = 0;
  let reported = 0;
  const total = Math.max(text.length, 1);
  const { truncated } = eachCsvRow(text, options, (cells, line, end) => {
    if (!scan.header) {
      if (options.isHeader(columnIndex(cells), cells, line)) {
        scan.header = cells;
        scan.headerLine = line;
        return true;
      }
      return ++seen < options.within; // not a header within the first rows: stop reading the file
    }
    scan.rows++;
    options.onRow(cells, line);
    if (options.onProgress && end - reported > total / 100) {
      reported = end;
      options.onProgress(Math.min(end / total, 1));
    }
    return true;
  });
  scan.truncated = truncated;
  options.onProgress?.(1);
  return scan;
}

export function truncationWarning(truncated: boolean, format: string): string[] {
  return truncated ? [`The ${format} ends inside a quoted value, so it may have been cut short; the incomplete last row was left out.`] : [];
}
