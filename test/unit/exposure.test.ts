import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAudienceIndex, linkRows, type AudienceContact } from '../../src/core/audience-index';
import { exposureReport } from '../../src/core/exposure';
import { parseImport } from '../../src/core/import/detect';
import { mergeContacts, type ExistingContact } from '../../src/core/import/merge';
import type { ContactRole } from '../../src/core/types';

const contact = (name: string, fields: Partial<AudienceContact> = {}): AudienceContact => ({ name, handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: [], ...fields });

describe('cross-network matching', () => {
  it('one person on LinkedIn and Facebook, joined by e-mail', () => {
    const rows = [
      contact('Dana Whitfield', { emails: ['dana@acme.example'], handles: ['linkedin:dana'], employer: 'Acme', tag: 'work', sources: ['linkedin-connections'] }),
      contact('Dana W.', { emails: ['DANA@acme.example'.toLowerCase()], handles: ['facebook:dana.w'], tag: 'personal', sources: ['facebook-friends'] }),
    ];
    const index = buildAudienceIndex(rows);
    expect(index.people).toHaveLength(1);
    expect(index.people[0]).toMatchObject({ name: 'Dana Whitfield', tag: 'both', rows: 2 });
    expect(index.networks.facebook.counts).toEqual({ work: 0, personal: 0, both: 1, untagged: 0 });
    expect(index.networks.linkedin.counts).toEqual({ work: 0, personal: 0, both: 1, untagged: 0 });
  });

  it('joined by normalised name plus employer ("José Núñez, Acme Inc." = "jose nunez, ACME")', () => {
    const index = buildAudienceIndex([
      contact('José Núñez', { employer: 'Acme Inc.', tag: 'work', sources: ['linkedin-connections'] }),
      contact('jose  nunez', { employer: 'ACME', tag: 'personal', sources: ['facebook-friends'] }),
    ]);
    expect(index.people).toHaveLength(1);
  });

  it('never joined by a name alone, or by a name with another employer', () => {
    expect(buildAudienceIndex([contact('Sam Lee', { sources: ['facebook-friends'] }), contact('Sam Lee', { sources: ['linkedin-connections'] })]).people).toHaveLength(2);
    expect(buildAudienceIndex([contact('Sam Lee', { employer: 'Acme' }), contact('Sam Lee', { employer: 'Globex' })]).people).toHaveLength(2);
  });

  it('joins chains: A~B by e-mail and B~C by name and employer make one person', () => {
    const leaders = linkRows([
      contact('Ana', { emails: ['ana@x.example'] }),
      contact('Ana Ruiz', { emails: ['ana@x.example'], employer: 'Acme' }),
      contact('Ana Ruiz', { employer: 'Acme Ltd' }),
      contact('Ben'),
    ]);
    expect([...leaders]).toEqual([0, 0, 0, 3]);
  });

  it('is a partition: every row in exactly one person, rows sharing an e-mail together', () => {
    const emails = fc.subarray(['a@x.example', 'b@x.example', 'c@y.example']);
    fc.assert(fc.property(fc.array(fc.record({ name: fc.constantFrom('Ana', 'Ben'), emails, employer: fc.option(fc.constantFrom('Acme', 'Globex'), { nil: undefined }) }), { maxLength: 20 }), (rows) => {
      const contacts = rows.map((r) => contact(r.name, { emails: r.emails, employer: r.employer }));
      const leaders = linkRows(contacts);
      const index = buildAudienceIndex(contacts);
      expect(index.people.reduce((sum, p) => sum + p.rows, 0)).toBe(contacts.length);
      expect(new Set(leaders).size).toBe(index.people.length);
      contacts.forEach((a, i) => contacts.forEach((b, j) => {
        if (a.emails.some((e) => b.emails.includes(e))) expect(leaders[i]).toBe(leaders[j]);
      }));
    }));
  });
});

describe('exposureReport', () => {
  // 12 Facebook friends who are LinkedIn connections at Acme (one the manager), 2 at Globex, one work
  // friend with no employer, and 20 friends who are only friends.
  const roles: Array<ContactRole | undefined> = ['colleague', 'manager', 'recruiter'];
  const rows: AudienceContact[] = [
    ...Array.from({ length: 12 }, (_, i) => contact(`Acme Person ${String(i).padStart(2, '0')}`, { employer: i % 2 ? 'Acme' : 'Acme Inc.', tag: 'both', sources: ['linkedin-connections', 'facebook-friends'], role: roles[i] })),
    ...Array.from({ length: 2 }, (_, i) => contact(`Globex Person ${i}`, { employer: 'Globex', tag: 'both', sources: ['linkedin-connections', 'facebook-friends'] })),
    contact('Work Friend', { tag: 'work', sources: ['facebook-friends'] }),
    ...Array.from({ length: 20 }, (_, i) => contact(`Friend ${i}`, { tag: 'personal', sources: ['facebook-friends'] })),
    contact('Only LinkedIn', { tag: 'work', sources: ['linkedin-connections'], employer: 'Acme' }),
  ];

  it('says which personal audiences hold work contacts, by employer, the manager named', () => {
    const report = exposureReport(buildAudienceIndex(rows));
    expect(report.people).toBe(36);
    expect(report.acrossNetworks).toBe(14);
    expect(report.networks.map((n) => n.network)).toEqual(['facebook']);
    const facebook = report.networks[0]!;
    expect(facebook).toMatchObject({ audience: 'Facebook friends', people: 35, work: 15, otherWork: 0 });
    expect(facebook.sentence).toBe('15 of your 35 Facebook friends are work contacts, including your manager Acme Person 01');
    expect(facebook.groups.map((g) => g.sentence)).toEqual([
      '12 of your Facebook friends are LinkedIn connections at Acme Inc., including your manager Acme Person 01',
      '2 of your Facebook friends are LinkedIn connections at Globex',
      '1 of your Facebook friends is tagged work',
    ]);
    expect(facebook.groups[0]!.named.map((n) => n.role)).toEqual(['manager', 'colleague', 'recruiter', undefined, undefined]);
  });

  it('reports a personal audience with no work contact, and leaves out networks with nobody on them', () => {
    const report = exposureReport(buildAudienceIndex([contact('Pal', { tag: 'personal', handles: ['x:pal'] })]));
    expect(report.networks).toHaveLength(1);
    expect(report.networks[0]).toMatchObject({ network: 'x', work: 0, groups: [], sentence: 'None of your X followers and follows (1) is a work contact' });
    expect(exposureReport(buildAudienceIndex([])).networks).toEqual([]);
  });

  it('counts colleagues by the identities’ employers even when the import tagged them personal', () => {
    const index = buildAudienceIndex([contact('Kim', { employer: 'Acme GmbH', tag: 'personal', sources: ['facebook-friends'] })], { workDomains: [], employers: ['ACME'] });
    expect(exposureReport(index).networks[0]!.groups[0]!.sentence).toBe('1 of your Facebook friends works at Acme GmbH');
  });

  it('keeps at most five groups and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => contact(`P${i}`, { employer: `Employer ${i}`, tag: 'work', sources: ['facebook-friends'] }));
    const facebook = exposureReport(buildAudienceIndex(many)).networks[0]!;
    expect(facebook.groups).toHaveLength(5);
    expect(facebook.otherWork).toBe(3);
  });

  it('works on the sample exports: a Facebook friend who is a LinkedIn connection is found once', () => {
    const linkedin = parseImport('Connections.csv', readFileSync('test/fixtures/imports/linkedin/Connections.csv', 'utf8'));
    const facebook = parseImport('your_friends.json', readFileSync('test/fixtures/imports/facebook/your_friends.json', 'utf8'));
    const first = mergeContacts([], linkedin.contacts, { format: 'linkedin-connections' });
    const stored: ExistingContact[] = first.adds.map((a, i) => ({ ...a.contact, id: i + 1 }));
    const second = mergeContacts(stored, facebook.contacts, { format: 'facebook-friends' });
    const updated = new Map(second.updates.map((u) => [u.id, u.after]));
    const all = [...stored.map((c) => updated.get(c.id) ?? c), ...second.adds.map((a) => a.contact)].map((c) => ({ ...c, emails: c.emails ?? [] }));
    expect(second.updates.length).toBeGreaterThan(0);
    const report = exposureReport(buildAudienceIndex(all));
    const fb = report.networks.find((n) => n.network === 'facebook')!;
    expect(fb.people).toBe(facebook.contacts.length);
    // Every Facebook friend the merge joined to a LinkedIn connection is counted as a work contact there.
    expect(fb.work).toBe(second.updates.length);
    expect(report.acrossNetworks).toBe(second.updates.length);
  });
});
