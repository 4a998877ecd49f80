// Finding columns by header name in CSV exports whose column order and extra columns vary by
// version and language settings.
import type { CsvTable } from './csv';

/** Header cell → column index, by lower-cased trimmed name; the first column of a name wins. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = cell.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** The first of the first `within` rows that `isHeader` accepts, or -1. */
export function findHeaderRow(table: CsvTable, isHeader: (cells: Map<string, number>) => boolean, within = 50): number {
  const last = Math.min(table.rows.length, within);
  for (let r = 0; r < last; r++) if (isHeader(columnIndex(table.rows[r]!))) return r;
  return -1;
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

export function truncationWarning(table: CsvTable, format: string): string[] {
  return table.truncated ? [`The ${format} ends inside a quoted value, so it may have been cut short; the incomplete last row was left out.`] : [];
}
