// One error type for every way an import file can be wrong, so the options page can show the
// message as it is and know nothing was stored. Anything else thrown by a parser is a bug.
import { FORMAT_LABELS, type ImportFormat } from './types';

export type ImportErrorReason = 'wrong-format' | 'damaged' | 'empty' | 'too-large';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    /** The format that was expected, or null when no format was recognised at all. */
    readonly format: ImportFormat | null,
    readonly reason: ImportErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** "This does not look like a LinkedIn Connections.csv: …" */
export function wrongFormat(format: ImportFormat, why: string): ImportError {
  const label = FORMAT_LABELS[format];
  return new ImportError(format, 'wrong-format', `This does not look like ${/^[AEIOUX]/.test(label) ? 'an' : 'a'} ${label}: ${why}`);
}

/**
 * Files this big are not contact lists (a 30,000-connection export is about 3 MB). The cap keeps one
 * bad pick from holding hundreds of megabytes of strings; 100 MB-class exports still pass.
 */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** Every parser's first check: text at all, not too big, not empty. */
export function checkSize(format: ImportFormat | null, text: string, limit = MAX_IMPORT_CHARS): void {
  if (typeof text !== 'string') throw new ImportError(format, 'damaged', 'The file could not be read as text.');
  if (text.length > limit) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    throw new ImportError(format, 'too-large', `This file is ${mb(text.length)} MB of text; Hatcheck imports contact files up to ${mb(limit)} MB.`);
  }
  if (!/\S/.test(text)) { // \s includes the BOM
    throw new ImportError(format, 'empty', format ? `This file is empty; expected a ${FORMAT_LABELS[format]}.` : 'This file is empty.');
  }
}
