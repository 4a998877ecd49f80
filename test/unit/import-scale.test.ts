// Size: a 30,000-connection export parses and merges correctly, and inputs built to make a naive
// parser quadratic give the right answer. How long each takes is `npm run bench`'s job
// (bench/imports.ts prints it against the budget); no assertion here depends on the clock.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/import/csv';
import { parseFacebookFriends } from '../../src/core/import/facebook';
import { parseGenericCsv } from '../../src/core/import/generic-csv';
import { parseGoogleContacts } from '../../src/core/import/google';
import { parseLinkedInConnections } from '../../src/core/import/linkedin';
import { mergeContacts } from '../../src/core/import/merge';
import { parseVcard } from '../../src/core/import/vcard';

const NOTES = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

/** A Connections.csv of `n` realistic rows: quoted commas, doubled quotes, a line break, accents, e-mails. */
function connectionsCsv(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(i % 10 === 0
      ? `José ${i},"Núñez, PhD",https://www.linkedin.com/in/jose-nunez-${i},jose.${i}@example.com,"Acme ${i % 97}, Inc.","Senior ""Platform"" Engineer\nBerlin",12 Mar 2024`
      : `Person${i},Surname${i},https://www.linkedin.com/in/person-${i.toString(36)},,Company ${i % 500},Engineer,0${1 + (i % 9)} Jan 2024`);
  }
  return NOTES + HEADER + rows.join('\n') + '\n';
}

describe('import at scale', () => {
  it('parses a 30,000-row Connections.csv', () => {
    const value = parseLinkedInConnections(connectionsCsv(30_000));
    expect(value.contacts).toHaveLength(30_000);
    expect(value.contacts[0]).toMatchObject({ name: 'José 0 Núñez, PhD', employer: 'Acme 0, Inc.', title: 'Senior "Platform" Engineer Berlin' });
    expect(value.contacts[29_999]).toMatchObject({ name: 'Person29999 Surname29999', employer: 'Company 499' });
  });

  it('merges 30,000 imported contacts into the same 30,000 stored ones as no change', () => {
    const imported = parseLinkedInConnections(connectionsCsv(30_000)).contacts;
    const existing = imported.map((c, i) => ({ ...c, id: i + 1, tagSource: 'import' as const, sources: ['linkedin-connections'] }));
    const value = mergeContacts(existing, imported, { format: 'linkedin-connections' });
    expect(value.adds).toHaveLength(0);
    expect(value.updates).toHaveLength(0);
  });

  it('reports progress as it reads, ending at 1', () => {
    const seen: number[] = [];
    parseLinkedInConnections(connectionsCsv(5_000), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.length).toBeLessThan(150); // about every 1%, not every row
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('refuses a big file of the wrong format by its header (that it stops reading early: bench/imports.ts)', () => {
    const big = `Name,Email\n${'Jane,jane@example.com\n'.repeat(1_000_000)}`;
    expect(() => parseLinkedInConnections(big)).toThrow(/header 'First Name,Last Name,URL/);
  });

  it('gives the right answer on inputs that make naive parsers quadratic (their time: bench/imports.ts)', () => {
    const mb = 1024 * 1024;
    expect(readCsv(`a,"${'""'.repeat(mb)}"\n`).rows[0]?.[1]).toHaveLength(mb);
    expect(readCsv(`a,"${'x\n'.repeat(mb)}`)).toMatchObject({ rows: [], truncated: true });
    expect(parseGenericCsv(`name,email\nA,"${' '.repeat(mb)}:::"\n`, { mapping: { name: 0, email: 1 } }).contacts[0]?.emails).toEqual([]);
    expect(parseGoogleContacts(`First Name,Last Name,Labels,E-mail 1 - Value\nA,B,"${' '.repeat(mb)}:::x",a@b.example\n`).contacts).toHaveLength(1);
    const card = parseVcard(`BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:A${'=\r\n='.repeat(50_000)}\r\nNOTE:x${'\r\n y'.repeat(50_000)}\r\nEND:VCARD\r\n`);
    expect(card.contacts).toHaveLength(1);
    expect(parseFacebookFriends(JSON.stringify({ friends_v2: Array.from({ length: 100_000 }, (_, i) => ({ name: `Fr\u00c3\u00a9d ${i}`, timestamp: i })) })).contacts[99_999]?.name).toBe('Fréd 99999');
    const same = mergeContacts(Array.from({ length: 30_000 }, (_, i) => ({ id: i, name: 'John Smith', handles: [], emails: [], tag: 'personal' as const, tagSource: 'import' as const })), Array.from({ length: 30_000 }, () => ({ name: 'John Smith', handles: [], emails: [], tag: 'personal' as const })));
    // Each imported "John Smith" meets one stored "John Smith" of its own: nothing added, nothing changed.
    expect([same.adds.length, same.updates.length, same.unchanged]).toEqual([0, 0, 30_000]);
  });
});
