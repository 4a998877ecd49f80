// Contacts back out as CSV (a backup, or to edit in a spreadsheet and import again as a generic CSV).
// Every cell that starts like a formula is neutralised (formula.ts): text that came in from someone
// else's export is never handed to a spreadsheet raw.
import { writeCsv } from './csv';

export interface ExportableContact {
  name: string;
  emails?: string[];
  handles: string[];
  employer?: string;
  title?: string;
  tag: string;
}

export const EXPORT_HEADER = ['Name', 'E-mail', 'Handles', 'Employer', 'Title', 'Tag'] as const;

/** The mapping that reads an exported file back with parseGenericCsv. */
export const EXPORT_MAPPING = { name: 'Name', email: 'E-mail', handle: 'Handles', employer: 'Employer', title: 'Title', tag: 'Tag' } as const;

export function contactsToCsv(contacts: readonly ExportableContact[]): string {
  const rows = contacts.map((c) => [
    c.name,
    (c.emails ?? []).join(' ::: '),
    c.handles.filter((h) => !h.startsWith('email:')).join(' ::: '),
    c.employer ?? '',
    c.title ?? '',
    c.tag,
  ]);
  return `\uFEFF${writeCsv([[...EXPORT_HEADER], ...rows], { neutraliseFormulas: true })}`;
}
