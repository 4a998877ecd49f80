// The importers' public surface: what storage and the options page use.
export { IMPORT_FORMATS, FORMAT_LABELS, type ImportFormat, type ImportedContact, type ImportResult, type ContactTextField, type ParseOptions } from './types';
export { ImportError, MAX_IMPORT_CHARS, type ImportErrorReason } from './error';
export { detectFormat, parseImport, type ParseImportOptions } from './detect';
export { parseLinkedInConnections } from './linkedin';
export { parseFacebookFriends } from './facebook';
export { parseGoogleContacts } from './google';
export { parseVcard } from './vcard';
export { parseMastodonFollowing } from './mastodon';
export { parseXArchive } from './x-archive';
export { parseGenericCsv, previewCsv, suggestMapping, sniffDelimiter, type ColumnMapping, type ColumnRef, type GenericCsvOptions, type CsvPreview, type Delimiter } from './generic-csv';
export { readCsv, eachCsvRow, writeCsv, writeCsvCell, type CsvTable, type CsvRowHandler } from './csv';
export { isFormulaLike, neutraliseFormula } from './formula';
export { decodeImportBytes } from './utf8';
export { fixMojibake } from './mojibake';
export { mastodonHandle, xIdHandle, xHandleFromUrl, facebookHandleFromUrl, anyHandle } from './handles-social';
export { mergeContacts, type ContactFields, type ContactId, type ExistingContact, type MergeResult, type MergeOptions, type ContactAdd, type ContactUpdate, type UndoRecord, type TagSource } from './merge';
export { bindAddedIds, planUndo, applyMerge, applyUndo, type UndoPlan } from './undo';
export { combineImportedTags, tagFromText } from './tags';
