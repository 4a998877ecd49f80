// Gathers one file's contacts: drops rows with nothing to match on, merges duplicate rows (the same
// e-mail, handle or explicit key twice in one file), flags formula-like text, and turns what it saw
// into warnings a person can act on.
import type { ContactTag } from '../audience';
import { isFormulaLike } from './formula';
import { isCleanHandle } from './handles-social';
import { combineImportedTags } from './tags';
import { cleanText } from './text';
import type { ContactTextField, ImportedContact, ImportFormat, ImportResult } from './types';

export interface ContactDraft {
  name?: string;
  handles?: string[];
  emails?: string[];
  employer?: string;
  title?: string;
  tag: ContactTag;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pluralOf = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** Up to three examples, then "…": enough to find the rows without flooding the page. */
function examples(lines: number[]): string {
  const shown = lines.slice(0, 3).join(', ');
  return lines.length > 3 ? `${shown}, …` : shown;
}

export class ContactCollector {
  private readonly contacts: ImportedContact[] = [];
  private readonly byKey = new Map<string, ImportedContact>();
  private readonly skippedAt: number[] = [];
  private readonly formulaAt: number[] = [];
  private duplicates = 0;
  private invalidEmails = 0;
  readonly warnings: string[] = [];

  /** `where` is a line or entry number for messages; `key` identifies a row when it has no e-mail or handle. */
  add(draft: ContactDraft, where: number, key?: string): void {
    const handles = unique((draft.handles ?? []).filter(isCleanHandle));
    const emails = unique(draft.emails ?? []);
    const name = cleanText(draft.name) || emails[0] || handles[0] || '';
    if (!name) {
      this.skippedAt.push(where);
      return;
    }
    const contact: ImportedContact = { name, handles, emails, tag: draft.tag };
    const employer = cleanText(draft.employer);
    const title = cleanText(draft.title);
    if (employer) contact.employer = employer;
    if (title) contact.title = title;
    const formulaFields = (['name', 'employer', 'title'] as ContactTextField[]).filter((f) => isFormulaLike(contact[f] ?? ''));
    if (formulaFields.length) {
      contact.formulaFields = formulaFields;
      this.formulaAt.push(where);
    }

    const keys = [...emails.map((e) => `e:${e}`), ...handles.map((h) => `h:${h}`)];
    if (key !== undefined) keys.push(`k:${key}`);
    // A row with nothing to match on is a duplicate only if it is the same row again.
    if (keys.length === 0) keys.push(`r:${name}\u0000${employer}\u0000${title}`);
    const seen = keys.map((k) => this.byKey.get(k)).find((c) => c !== undefined);
    if (seen) {
      this.duplicates++;
      mergeInto(seen, contact);
      for (const k of keys) if (!this.byKey.has(k)) this.byKey.set(k, seen);
      return;
    }
    this.contacts.push(contact);
    for (const k of keys) this.byKey.set(k, contact);
  }

  countInvalidEmails(n: number): void {
    this.invalidEmails += n;
  }

  get size(): number {
    return this.contacts.length;
  }

  /** `unit` names what a record is ("row", "entry", "card"); `at` what the numbers passed to add() count ("line", "entry"). */
  result(format: ImportFormat, unit: string, at: string): ImportResult {
    const warnings = [...this.warnings];
    const n = this.skippedAt.length;
    const units = pluralOf(unit);
    if (n) warnings.push(`${plural(n, `${unit} has`, `${units} have`)} no name, e-mail or handle and ${n === 1 ? 'was' : 'were'} skipped (${at} ${examples(this.skippedAt)}).`);
    if (this.duplicates) warnings.push(`${plural(this.duplicates, `duplicate ${unit} was`, `duplicate ${units} were`)} merged.`);
    if (this.invalidEmails) warnings.push(`${plural(this.invalidEmails, 'e-mail address was', 'e-mail addresses were')} not valid and left out.`);
    if (this.formulaAt.length) warnings.push(`${plural(this.formulaAt.length, `${unit} holds`, `${units} hold`)} text that starts like a spreadsheet formula (${at} ${examples(this.formulaAt)}); it was kept as plain text and is never run.`);
    return { format, contacts: this.contacts, warnings };
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function mergeInto(target: ImportedContact, extra: ImportedContact): void {
  target.tag = combineImportedTags(target.tag, extra.tag);
  for (const h of extra.handles) if (!target.handles.includes(h)) target.handles.push(h);
  for (const e of extra.emails) if (!target.emails.includes(e)) target.emails.push(e);
  if (!target.employer && extra.employer) target.employer = extra.employer;
  if (!target.title && extra.title) target.title = extra.title;
  if (extra.formulaFields) target.formulaFields = [...new Set([...(target.formulaFields ?? []), ...extra.formulaFields])];
  if (target.formulaFields) target.formulaFields = target.formulaFields.filter((f) => isFormulaLike(target[f] ?? ''));
  if (target.formulaFields?.length === 0) delete target.formulaFields;
}
