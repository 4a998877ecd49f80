import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseVcard } from '../../src/core/import/vcard';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

describe('vCard', () => {
  it('reads 3.0 cards: folded lines, several EMAIL lines, groups, ORG, TITLE, URL, social profiles, CATEGORIES', () => {
    const result = parseVcard(fixture('vcard/contacts-v3.vcf'));
    expect(result.format).toBe('vcard');
    expect(result.contacts).toEqual([
      {
        name: 'Dana Whitfield',
        handles: ['linkedin:dana-whitfield-4a1b2c3d', 'x:danawhit'],
        emails: ['dana.whitfield@acme-corp.example', 'dana@acme-corp.example', 'dana.w@mail.example'],
        employer: 'Acme Corp',
        title: 'Head of Engineering',
        tag: 'work',
      },
      { name: 'José Fernández', handles: [], emails: ['jose.fernandez@mail.example'], employer: 'Ferreter, Hijos y Cía', tag: 'personal' },
      { name: 'Pizza Palace', handles: [], emails: [], employer: 'Pizza Palace', tag: 'untagged' },
      {
        name: 'Long Folded Name',
        handles: [],
        emails: ['long.folded@example.com'],
        title: 'A title that was folded by a strict writer at seventy-five octets, in the middle of a word',
        tag: 'untagged',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads 4.0 cards (PREF, quoted TYPE lists, SOCIALPROFILE)', () => {
    expect(parseVcard(fixture('vcard/contacts-v4.vcf')).contacts).toEqual([
      {
        name: 'Priya Nair',
        handles: ['linkedin:priyanair', 'mastodon:priya@hachyderm.io'],
        emails: ['priya@startup.example', 'priya.nair@mail.example'],
        employer: 'Startup Example',
        title: 'Founder & CEO',
        tag: 'untagged',
      },
      { name: 'Ana Silva', handles: [], emails: ['ana.silva@mail.example'], tag: 'personal' },
    ]);
  });

  it('reads 2.1 quoted-printable values in UTF-8 and Latin-1, with soft line breaks', () => {
    expect(parseVcard(fixture('vcard/contacts-v21.vcf')).contacts).toEqual([
      { name: 'Jürgen Müller', handles: [], emails: ['juergen.mueller@initech.example'], employer: 'Initech GmbH', title: 'Senior Berater für Datenschutz und Sicherheit', tag: 'untagged' },
      { name: 'René Dupont', handles: [], emails: ['rene.dupont@mail.example'], tag: 'untagged' },
    ]);
  });

  it('reads LF-only files and a BOM the same way', () => {
    const text = fixture('vcard/contacts-v3.vcf');
    expect(parseVcard(`\uFEFF${text.replace(/\r\n/g, '\n')}`).contacts).toEqual(parseVcard(text).contacts);
  });

  it('uses N when FN is missing and merges duplicate cards', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;Q;;\r\nEMAIL:jane@example.com\r\nEND:VCARD\r\n';
    const result = parseVcard(card + card);
    expect(result.contacts).toEqual([{ name: 'Jane Q Doe', handles: [], emails: ['jane@example.com'], tag: 'untagged' }]);
    expect(result.warnings).toEqual(['1 duplicate card was merged.']);
  });

  it('does not take an AGENT card’s properties for its parent', () => {
    const text = 'BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEMAIL:assistant@example.com\nEND:VCARD\nEMAIL:boss@example.com\nEND:VCARD\n';
    expect(parseVcard(text).contacts).toEqual([{ name: 'Boss', handles: [], emails: ['boss@example.com'], tag: 'untagged' }]);
  });

  it('leaves out a card cut short at the end of the file and says so', () => {
    const text = fixture('vcard/contacts-v4.vcf');
    const cut = text.slice(0, text.lastIndexOf('EMAIL;TYPE="home'));
    const result = parseVcard(cut);
    expect(result.contacts.map((c) => c.name)).toEqual(['Priya Nair']);
    expect(result.warnings[0]).toMatch(/ends inside a card \(line 14\)/);
  });

  it('leaves out group cards', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Book club\nMEMBER:urn:uuid:1\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Ana\nEND:VCARD\n';
    const result = parseVcard(text);
    expect(result.contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(result.warnings).toEqual(['1 group card(s) (KIND:group) were left out: a group is not a person.']);
  });

  it('keeps formula-like text as text', () => {
    const result = parseVcard('BEGIN:VCARD\nVERSION:3.0\nFN:=cmd|\' /C calc\'!A0\nORG:+SUM(1)\nEND:VCARD\n');
    expect(result.contacts[0]).toMatchObject({ name: "=cmd|' /C calc'!A0", employer: '+SUM(1)', formulaFields: ['name', 'employer'] });
  });

  it('names the format it expected', () => {
    let error: unknown;
    try {
      parseVcard('First Name,Last Name\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe("This does not look like a vCard (.vcf) file: no 'BEGIN:VCARD' … 'END:VCARD' card was found.");
  });
});
