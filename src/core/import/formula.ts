// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @ (or a tab or
// carriage return) is run as a formula when a spreadsheet opens the file: `=HYPERLINK(…)` leaks data,
// `=cmd|' /C calc'!A0` starts programs. Hatcheck never evaluates anything; it keeps such text as plain
// data, flags it on import, and neutralises it whenever it writes a CSV again.

// Leading white space is skipped first: some spreadsheets trim before parsing. Fullwidth forms are
// included because some spreadsheets fold them to ASCII on input.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The cell as an exporter must write it: a leading apostrophe makes spreadsheets show it as text. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
