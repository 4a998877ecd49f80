import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseGenericCsv, previewCsv, sniffDelimiter, suggestMapping } from '../../src/core/import/generic-csv';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');
const crm = fixture('generic/crm-export.csv');
const crmMapping = { name: 'Kontakt', email: 'E-Mail', profileUrl: 'LinkedIn', employer: 'Firma', title: 'Funktion', tag: 'Typ' };

describe('generic CSV with a column mapping', () => {
  it('previews a semicolon CSV with a BOM for the mapping form', () => {
    expect(previewCsv(crm)).toEqual({
      delimiter: ';',
      header: ['Kontakt', 'E-Mail', 'LinkedIn', 'Firma', 'Funktion', 'Typ'],
      sample: expect.any(Array),
      rowCount: 4,
    });
  });

  it('imports with the chosen columns; tag words map to tags; unknown ones get the default and a warning', () => {
    const result = parseGenericCsv(crm, { mapping: crmMapping });
    expect(result.format).toBe('generic-csv');
    expect(result.contacts).toEqual([
      { name: 'Dana Whitfield', handles: ['linkedin:dana-whitfield-4a1b2c3d'], emails: ['dana.whitfield@acme-corp.example'], employer: 'Acme Corp', title: 'Head of Engineering', tag: 'work' },
      { name: 'Nair; Priya', handles: ['linkedin:priyanair'], emails: ['priya@startup.example'], employer: 'Startup Example', title: 'Founder & CEO', tag: 'work' },
      { name: 'Ana Silva', handles: ['mastodon:anasilva@mastodon.social'], emails: ['ana.silva@mail.example'], tag: 'personal' },
      { name: 'Bob Stone', handles: [], emails: ['bob@stone.example'], employer: 'Stone & Co', title: '-2+3', tag: 'untagged', formulaFields: ['title'] },
    ]);
    expect(result.warnings).toEqual([
      "1 tag value(s) were not work or personal (nor a word like colleague, client, friend, family); those rows got the default tag 'untagged'.",
      '1 row holds text that starts like a spreadsheet formula (line 5); it was kept as plain text and is never run.',
    ]);
  });

  it('takes columns by number, first + last name, several e-mail columns, and no header', () => {
    const text = 'Jane,Doe,jane@work.example,jane@home.example,x:id:5\nJohn,Roe,john@example.com,,\n';
    const result = parseGenericCsv(text, { hasHeader: false, mapping: { firstName: 0, lastName: 1, email: [2, 3], handle: 4 }, tag: 'personal' });
    expect(result.contacts).toEqual([
      { name: 'Jane Doe', handles: ['x:id:5'], emails: ['jane@work.example', 'jane@home.example'], tag: 'personal' },
      { name: 'John Roe', handles: [], emails: ['john@example.com'], tag: 'personal' },
    ]);
  });

  it('warns about handles it cannot read', () => {
    const result = parseGenericCsv('name,handle\nJane,@jane\n', { mapping: { name: 'name', handle: 'handle' } });
    expect(result.contacts).toEqual([{ name: 'Jane', handles: [], emails: [], tag: 'untagged' }]);
    expect(result.warnings[0]).toMatch(/^1 handle or profile value\(s\) were not recognised/);
  });

  it('names a missing column and lists the ones there are', () => {
    expect(() => parseGenericCsv(crm, { mapping: { name: 'Name' } })).toThrow(
      "This CSV has no column 'Name' (chosen for name). The columns are: 'Kontakt', 'E-Mail', 'LinkedIn', 'Firma', 'Funktion', 'Typ'.");
    expect(() => parseGenericCsv(crm, { mapping: { employer: 'Firma' } })).toThrow(/Choose at least one column for the name, e-mail, handle or profile link/);
    expect(() => parseGenericCsv(crm, { mapping: { name: -1 } })).toThrow(ImportError);
  });

  it('suggests a mapping from common header names', () => {
    expect(suggestMapping(['Full Name', 'Email', 'Company', 'Job Title', 'LinkedIn URL', 'Tag'])).toEqual({ name: 0, email: 1, employer: 2, title: 3, profileUrl: 4, tag: 5 });
    expect(suggestMapping(['First Name', 'Last Name', 'E-mail Address'])).toEqual({ firstName: 0, lastName: 1, email: 2 });
  });

  it('sniffs the delimiter from the first line, ignoring quoted ones', () => {
    expect(sniffDelimiter('a,b,c\n')).toBe(',');
    expect(sniffDelimiter('"a,b";c;d\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });
});
