// Size and time: a 30,000-connection export parses well inside the 3 s budget (the real budget is
// tracked by `bench/imports.ts`; this guards against a regression by a wide margin), and inputs built
// to make a naive parser quadratic stay linear.
import { performance } from 'node:perf_hooks';
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

function time<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

describe('import at scale', () => {
  it('parses a 30,000-row Connections.csv in well under 3 s', () => {
    const text = connectionsCsv(30_000);
    parseLinkedInConnections(connectionsCsv(500)); // warm up the JIT
    const { value, ms } = time(() => parseLinkedInConnections(text));
    expect(value.contacts).toHaveLength(30_000);
    expect(value.contacts[0]).toMatchObject({ name: 'José 0 Núñez, PhD', employer: 'Acme 0, Inc.', title: 'Senior "Platform" Engineer Berlin' });
    expect(ms).toBeLessThan(3_000);
  });

  it('merges 30,000 imported contacts into 30,000 stored ones quickly', () => {
    const imported = parseLinkedInConnections(connectionsCsv(30_000)).contacts;
    const existing = imported.map((c, i) => ({ ...c, id: i + 1, tagSource: 'import' as const, sources: ['linkedin-connections'] }));
    const { value, ms } = time(() => mergeContacts(existing, imported, { format: 'linkedin-connections' }));
    expect(value.adds).toHaveLength(0);
    expect(value.updates).toHaveLength(0);
    expect(ms).toBeLessThan(3_000);
  });

  it('reports progress as it reads, ending at 1', () => {
    const seen: number[] = [];
    parseLinkedInConnections(connectionsCsv(5_000), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.length).toBeLessThan(150); // about every 1%, not every row
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('refuses a big file of the wrong format after its first rows, without reading it all', () => {
    const big = `Name,Email\n${'Jane,jane@example.com\n'.repeat(1_000_000)}`;
    const { ms } = time(() => expect(() => parseLinkedInConnections(big)).toThrow(/header 'First Name,Last Name,URL/));
    expect(ms).toBeLessThan(100);
  });

  it('stays linear on inputs that make naive parsers quadratic', () => {
    const mb = 1024 * 1024;
    const cases: Array<[string, () => unknown]> = [
      ['one 8 MB quoted cell full of doubled quotes', () => readCsv(`a,"${'""'.repeat(4 * mb)}"\n`)],
      ['an 8 MB file that opens a quote and never closes it', () => readCsv(`a,"${'x\n'.repeat(4 * mb)}`)],
      ['an 8 MB blank e-mail cell around ":::"', () => parseGenericCsv(`name,email\nA,"${' '.repeat(8 * mb)}:::"\n`, { mapping: { name: 0, email: 1 } })],
      ['a 4 MB blank label cell in a Google CSV', () => parseGoogleContacts(`First Name,Last Name,Labels,E-mail 1 - Value\nA,B,"${' '.repeat(4 * mb)}:::x",a@b.example\n`)],
      ['a vCard value folded over 500,000 lines', () => parseVcard(`BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:A${'=\r\n='.repeat(500_000)}\r\nNOTE:x${'\r\n y'.repeat(500_000)}\r\nEND:VCARD\r\n`)],
      ['100,000 Facebook friends', () => parseFacebookFriends(JSON.stringify({ friends_v2: Array.from({ length: 100_000 }, (_, i) => ({ name: `Fr\u00c3\u00a9d ${i}`, timestamp: i })) }))],
      ['30,000 stored people who share one name', () => mergeContacts(Array.from({ length: 30_000 }, (_, i) => ({ id: i, name: 'John Smith', handles: [], emails: [], tag: 'personal' as const, tagSource: 'import' as const })), Array.from({ length: 30_000 }, () => ({ name: 'John Smith', handles: [], emails: [], tag: 'personal' as const })))],
    ];
    for (const [what, run] of cases) {
      const { ms } = time(run);
      if (process.env.IMPORT_TIMINGS) console.log(what, ms.toFixed(0));
      expect(ms, what).toBeLessThan(5_000); // quadratic behaviour here takes minutes; the margin absorbs a loaded machine
    }
  });
});
