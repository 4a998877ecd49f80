// What every importer returns. Plain JSON (no classes, Maps or Dates): results cross from a worker
// to the options page by structured clone and may be kept in an undo log.
import type { ContactTag } from '../audience';

export const IMPORT_FORMATS = [
  'linkedin-connections',
  'facebook-friends',
  'google-contacts',
  'vcard',
  'mastodon-following',
  'x-followers',
  'x-following',
  'generic-csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How each format is named to people, in messages such as "This does not look like …". */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'linkedin-connections': 'LinkedIn Connections.csv',
  'facebook-friends': 'Facebook friends file (your_friends.json / friends.json)',
  'google-contacts': 'Google Contacts CSV',
  vcard: 'vCard (.vcf) file',
  'mastodon-following': 'Mastodon following_accounts.csv',
  'x-followers': 'X archive follower.js',
  'x-following': 'X archive following.js',
  'generic-csv': 'CSV file',
};

/** The text fields of a contact that came from a cell or value someone else wrote. */
export type ContactTextField = 'name' | 'employer' | 'title';

export interface ImportedContact {
  name: string;
  /** Site-qualified handles (`linkedin:jane-doe`, `mastodon:ana@mastodon.social`, `x:id:123`). E-mails are not repeated here. */
  handles: string[];
  /** Lower-cased, validated addresses. */
  emails: string[];
  employer?: string;
  title?: string;
  tag: ContactTag;
  /**
   * Fields whose text starts like a spreadsheet formula (`=HYPERLINK(…)`, `+cmd`, `@SUM`). They are kept
   * as plain text, never evaluated; an exporter must neutralise them (see `neutraliseFormula`).
   */
  formulaFields?: ContactTextField[];
}

export interface ParseOptions {
  /** Overrides the format's default tag for every contact. */
  tag?: ContactTag;
  /** Fraction of the file read, 0–1: about every 1% for CSV files, and once at the end for every format. */
  onProgress?: (fraction: number) => void;
}

export interface ImportResult {
  format: ImportFormat;
  contacts: ImportedContact[];
  /** Sentences for people: rows skipped, duplicates merged, a file that seems cut short. */
  warnings: string[];
}
