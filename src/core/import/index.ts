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
export { contactsToCsv, EXPORT_HEADER, EXPORT_MAPPING, type ExportableContact } from './export-csv';

// How an import runs end to end (storage and the options page own the steps that touch the browser):
//   1. bytes of the picked file → decodeImportBytes (UTF-8/UTF-16/Windows-1252) → text
//   2. detectFormat(name, text); a 'generic-csv' needs previewCsv + suggestMapping and the person's choice
//   3. parseImport(name, text, { mapping?, tag?, onProgress }) — in a worker for big files; ImportError's
//      message is meant to be shown as it is, and nothing has been stored yet
//   4. mergeContacts(stored contacts, result.contacts, { format }) → adds, updates, undo
//      (`after` keeps the stored row's other fields: refresh derived ones such as nameKey and updatedAt)
//   5. write adds and updates in one transaction; bindAddedIds(undo, new ids); keep the UndoRecord
//   6. to undo: planUndo(current contacts, undo) → remove / restore / skipped (changed since), applied
//      in one transaction
