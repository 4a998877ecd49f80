// Which parser a picked file needs. Decided by content first (people rename files: "linkedin (3).csv"),
// the file name only breaking ties; cheap: it reads the first few kilobytes.
import { readCsv, stripBom } from './csv';
import { checkSize, ImportError } from './error';
import { parseFacebookFriends } from './facebook';
import { parseGenericCsv, type ColumnMapping, type Delimiter } from './generic-csv';
import { isGoogleHeader, parseGoogleContacts } from './google';
import { mastodonHandle } from './handles-social';
import { isLinkedInHeader, parseLinkedInConnections } from './linkedin';
import { isMastodonHeader, parseMastodonFollowing } from './mastodon';
import { columnIndex } from './table';
import { FORMAT_LABELS, type ImportFormat, type ImportResult, type ParseOptions } from './types';
import { parseVcard } from './vcard';
import { parseXArchive, xArchiveKind } from './x-archive';

const HEAD_CHARS = 64 * 1024;

function csvHead(head: string, delimiter = ','): string[][] {
  // Drop a last line that may be cut by the head window.
  const cut = Math.max(head.lastIndexOf('\n'), 0);
  return readCsv(head.length < HEAD_CHARS ? head : head.slice(0, cut), { delimiter }).rows.slice(0, 50);
}

/**
 * The format of an import file, or null when it is none Hatcheck knows. A CSV that is none of the
 * known exports is 'generic-csv' (it then needs a column mapping).
 */
export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const name = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  const head = stripBom(text.slice(0, HEAD_CHARS));
  const start = head.trimStart();
  if (!start) return null;

  const x = xArchiveKind(start);
  if (x) return x;
  if (/^window\.YTD\./.test(start)) return null; // another file of the X archive
  if (/^BEGIN:VCARD\s*$/im.test(head.slice(0, 4096))) return 'vcard';
  if (start[0] === '{' || start[0] === '[') {
    if (/"friends(_v2)?"\s*:/.test(start.slice(0, 4096))) return 'facebook-friends';
    if (/^\[\s*\{\s*"(follower|following)"\s*:/.test(start)) return name.includes('following') ? 'x-following' : 'x-followers';
    // A bare array of friend entries: {"name", "timestamp"} or {"timestamp", "label_values"}.
    const firstEntry = /^\[\s*\{[^{}]*/.exec(start.slice(0, 4096))?.[0] ?? '';
    if (/"timestamp"\s*:/.test(firstEntry) && /"(name|label_values)"\s*:/.test(firstEntry)) return 'facebook-friends';
    if (/friends/.test(name) && /^\[\s*\]/.test(start)) return 'facebook-friends';
    return null;
  }

  const rows = csvHead(head);
  if (rows.length === 0) return null;
  // The two exports with fixed headers are also recognised after a spreadsheet re-saved them with ';' or tabs.
  const alternatives = [rows, csvHead(head, ';'), csvHead(head, '\t')];
  if (alternatives.some((rs) => rs.some((r) => isLinkedInHeader(columnIndex(r))))) return 'linkedin-connections';
  // LinkedIn's notes with no header after them: a cut-short Connections.csv, for its parser to explain.
  if (/^notes:/i.test(start) && name.includes('connections')) return 'linkedin-connections';
  if (isMastodonHeader(rows[0]!)) return 'mastodon-following';
  if (alternatives.some((rs) => rs.slice(0, 5).some((r) => isGoogleHeader(columnIndex(r))))) return 'google-contacts';
  // Mastodon's headerless export: every line one user@instance (with @ or a following_accounts name).
  const singleAddresses = rows.every((r) => r.length <= 4 && mastodonHandle(r[0] ?? '') !== '');
  if (singleAddresses && (name.includes('following') || name.includes('mastodon') || rows.some((r) => r.length > 1 || (r[0] ?? '').startsWith('@')))) return 'mastodon-following';
  if (/\.(csv|tsv|txt)$/.test(name) || rows[0]!.length > 1) return 'generic-csv';
  return null;
}

export interface ParseImportOptions extends ParseOptions {
  /** Needed for a generic CSV. */
  mapping?: ColumnMapping;
  delimiter?: Delimiter;
  hasHeader?: boolean;
  /** Skip detection (the person chose the format). */
  format?: ImportFormat;
}

const SUPPORTED = 'a LinkedIn Connections.csv, Facebook your_friends.json, Google Contacts CSV, vCard (.vcf), Mastodon following_accounts.csv, X archive follower.js / following.js, or a CSV with columns you choose';

/** Detects the format (unless given) and runs its parser. Throws ImportError for anything it cannot import. */
export function parseImport(fileName: string, text: string, options: ParseImportOptions = {}): ImportResult {
  checkSize(options.format ?? null, text);
  const format = options.format ?? detectFormat(fileName, text);
  if (!format) throw new ImportError(null, 'wrong-format', `Hatcheck does not recognise this file. It imports ${SUPPORTED}.`);
  const { tag, onProgress } = options;
  switch (format) {
    case 'linkedin-connections': return parseLinkedInConnections(text, { tag, onProgress });
    case 'facebook-friends': return parseFacebookFriends(text, { tag, onProgress });
    case 'google-contacts': return parseGoogleContacts(text, { tag, onProgress });
    case 'vcard': return parseVcard(text, { tag, onProgress });
    case 'mastodon-following': return parseMastodonFollowing(text, { tag, onProgress });
    case 'x-followers':
    case 'x-following': return parseXArchive(text, { tag, onProgress, expect: format });
    case 'generic-csv':
      if (!options.mapping) throw new ImportError(format, 'wrong-format', `This ${FORMAT_LABELS[format]} is not one of the known exports; choose which columns hold the name, e-mail and handle.`);
      return parseGenericCsv(text, { mapping: options.mapping, delimiter: options.delimiter, hasHeader: options.hasHeader, tag, onProgress });
  }
}
