// A small RFC 4180 CSV reader and writer. Written here rather than taken from npm because it is short,
// must stay pure (core), and must keep formula-like cells as data and report them (see formula.ts).
//
// Tolerant where real exports are sloppy: a BOM, CRLF / LF / CR line ends, rows of different lengths,
// a stray quote inside an unquoted cell, text after a closing quote. One pass over the text, no
// backtracking, so time is linear in the size of the file.
import { isFormulaLike, neutraliseFormula } from './formula';

export interface CsvTable {
  rows: string[][];
  /** 1-based line of the file on which each row starts (rows may span lines inside quotes). */
  lines: number[];
  /** The file ended inside a quoted cell: it was probably cut short. That last row is dropped. */
  truncated: boolean;
  /** [row, column] of every cell that looks like a spreadsheet formula; kept as text. */
  formulaCells: Array<[number, number]>;
}

export interface CsvOptions {
  /** Defaults to ','. */
  delimiter?: string;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * Called for each record with its cells, the line it starts on and the offset just past it (for
 * progress). Return false to stop reading (a parser that has seen enough to refuse the file).
 */
export type CsvRowHandler = (cells: string[], line: number, end: number) => boolean | void;

export interface CsvScan {
  /** The file ended inside a quoted cell: it was probably cut short. That last row was not passed on. */
  truncated: boolean;
  /** Length of the text read (without its BOM), for progress fractions. */
  length: number;
}

/** Reads records one at a time, so a 100 MB file is never held as one big table. */
export function eachCsvRow(input: string, options: CsvOptions, onRow: CsvRowHandler): CsvScan {
  const text = stripBom(input);
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  const n = text.length;
  let line = 1;
  let i = 0;

  while (i < n) {
    const rowLine = line;
    const row: string[] = [];
    let rowEndedInQuote = false;
    let quoted = false;
    // One iteration per cell; `i` always moves forward.
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        quoted = true;
        value = '';
        let segment = i + 1;
        for (;;) {
          const q = text.indexOf('"', segment);
          if (q < 0) {
            value += text.slice(segment);
            line += countLineBreaks(text, segment, n);
            i = n;
            rowEndedInQuote = true;
            break;
          }
          line += countLineBreaks(text, segment, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segment, q + 1);
            segment = q + 2;
            continue;
          }
          value += text.slice(segment, q);
          i = q + 1;
          break;
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        const rest = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          i++;
        }
        if (i > rest) value += text.slice(rest, i);
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          i++;
        }
        value = text.slice(start, i);
      }
      row.push(value);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      break;
    }
    // End of row: a line break or the end of the text.
    if (i < n) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i += 1;
      line++;
    }
    if (rowEndedInQuote) return { truncated: true, length: n };
    // A blank line is no record (LinkedIn puts one before its header).
    if (row.length === 1 && row[0] === '' && !quoted) continue;
    if (onRow(row, rowLine, i) === false) break;
  }
  return { truncated: false, length: n };
}

/** The whole table at once (small files, tests); parsers use eachCsvRow. */
export function readCsv(input: string, options: CsvOptions = {}): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const formulaCells: Array<[number, number]> = [];
  const { truncated } = eachCsvRow(input, options, (cells, line) => {
    const r = rows.length;
    for (let c = 0; c < cells.length; c++) if (isFormulaLike(cells[c]!)) formulaCells.push([r, c]);
    rows.push(cells);
    lines.push(line);
  });
  return { rows, lines, truncated, formulaCells };
}

export interface CsvWriteOptions {
  /** Prefix formula-like cells with an apostrophe (on by default: files Hatcheck writes are safe to open). */
  neutraliseFormulas?: boolean;
}

export function writeCsvCell(value: string, options: CsvWriteOptions = {}): string {
  const v = (options.neutraliseFormulas ?? true) ? neutraliseFormula(value) : value;
  return /[",\r\n]/.test(v) || v.charCodeAt(0) === 0xfeff ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows to CSV text with CRLF line ends (RFC 4180). A row of one empty cell is written `""` so it does not read as a blank line. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const line = (row: readonly string[]) => (row.length === 1 && row[0] === '' ? '""' : row.map((cell) => writeCsvCell(cell, options)).join(','));
  return rows.map(line).join('\r\n') + (rows.length ? '\r\n' : '');
}
