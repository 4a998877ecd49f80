import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/import/error';
import { parseGoogleContacts } from '../../src/core/import/google';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

describe('Google Contacts CSV', () => {
  const result = parseGoogleContacts(fixture('google/contacts.csv'));
  const byName = new Map(result.contacts.map((c) => [c.name, c]));

  it('reads names, employer, title, every e-mail (also " ::: "-joined) and profile links', () => {
    expect(result.format).toBe('google-contacts');
    expect(byName.get('Dana Whitfield')).toEqual({
      name: 'Dana Whitfield',
      handles: ['linkedin:dana-whitfield-4a1b2c3d'],
      emails: ['dana.whitfield@acme-corp.example', 'dana@acme-corp.example', 'dana.w@mail.example'],
      employer: 'Acme Corp',
      title: 'Head of Engineering',
      tag: 'work', // from the label "Coworkers"
    });
    expect(byName.get('Ana Silva')).toMatchObject({ handles: ['mastodon:anasilva@mastodon.social'], tag: 'personal' });
    expect(byName.get('Li Q. Chen')).toMatchObject({ emails: ['li.chen@example.net'], tag: 'untagged' });
  });

  it('leaves people untagged unless a label says otherwise', () => {
    expect(byName.get('Grandma')?.tag).toBe('personal'); // "Family"
    expect(byName.get('Pizza Palace')).toMatchObject({ employer: 'Pizza Palace', tag: 'untagged' });
  });

  it('survives multi-line quoted notes and addresses', () => {
    expect(result.contacts.map((c) => c.name)).toEqual(['Dana Whitfield', 'Grandma', 'Li Q. Chen', 'Pizza Palace', 'Ana Silva', '=2+3 Formula']);
  });

  it('flags formula-like names and employers and skips the row with nothing to match on', () => {
    expect(byName.get('=2+3 Formula')).toMatchObject({ employer: '@SUM(A1:A9)', formulaFields: ['name', 'employer'] });
    expect(result.warnings).toEqual([
      '1 row has no name, e-mail or handle and was skipped (line 11).',
      '1 row holds text that starts like a spreadsheet formula (line 10); it was kept as plain text and is never run.',
    ]);
  });

  it('reads the older Gmail header and the Outlook CSV variant', () => {
    const legacy = parseGoogleContacts(fixture('google/contacts-legacy.csv'));
    expect(legacy.contacts).toEqual([
      { name: 'Dana Whitfield', handles: [], emails: ['dana.whitfield@acme-corp.example'], employer: 'Acme Corp', title: 'Engineering Manager', tag: 'work' },
      { name: 'Mo Ahmed', handles: [], emails: ['mo@mail.example', 'mo.ahmed@mail.example'], tag: 'untagged' },
    ]);
    const outlook = parseGoogleContacts(fixture('google/contacts-outlook.csv'));
    expect(outlook.contacts).toEqual([
      { name: 'Dana Whitfield', handles: [], emails: ['dana.whitfield@acme-corp.example', 'dana.w@mail.example'], employer: 'Acme Corp', title: 'Head of Engineering', tag: 'untagged' },
    ]);
  });

  it('reads the same file with a BOM and LF line ends', () => {
    const lf = `\uFEFF${fixture('google/contacts.csv').replace(/\r\n/g, '\n')}`;
    expect(parseGoogleContacts(lf).contacts).toEqual(result.contacts);
  });

  it('a caller tag overrides labels', () => {
    expect(parseGoogleContacts(fixture('google/contacts.csv'), { tag: 'personal' }).contacts.every((c) => c.tag === 'personal')).toBe(true);
  });

  it('names the expected header when given another CSV', () => {
    const e = (() => {
      try {
        parseGoogleContacts(fixture('linkedin/Connections.csv'));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^This does not look like a Google Contacts CSV: the header 'First Name,Middle Name,Last Name,…,E-mail 1 - Value,…'/);
  });
});
