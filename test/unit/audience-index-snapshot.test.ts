import { describe, expect, it } from 'vitest';
import { buildAudienceIndex, findPerson, type AudienceContact } from '../../src/core/audience-index';
import { decodeAudienceIndex, encodeAudienceIndex } from '../../src/core/audience-index-snapshot';
import { resolveAudience } from '../../src/core/audience';

// The stored snapshot must give back exactly the index it was made from: a worker that reads it
// instead of the contacts must answer every draft the same way.
const contacts: AudienceContact[] = [
  { name: 'Dana Whitfield', handles: ['linkedin:dana-w'], emails: ['dana@acme.example'], employer: 'Acme', role: 'manager', tag: 'work', tagSource: 'manual', sources: ['linkedin-connections'] },
  // The same person by e-mail: folded into Dana (rows 2).
  { name: 'Dana W.', handles: [], emails: ['DANA@acme.example'], tag: 'untagged', sources: ['google-contacts'] },
  { name: 'Sam Lee', handles: ['mastodon:sam@social.example'], emails: [], tag: 'personal', tagSource: 'manual' },
  { name: 'Bo Chen', handles: ['x:bochen'], emails: ['bo@acme.example'], tag: 'untagged', tagSource: 'import' },
  { name: 'Ünïcode “Quote” \\ Name', handles: ['linkedin:uni'], emails: [], tag: 'both', role: 'friend' },
];
const rules = { workDomains: ['acme.example'], employers: ['Acme Inc.'] };

describe('audience index snapshot', () => {
  it('decodes to an index equal to the one encoded, Maps, Sets and optional fields included', () => {
    const index = buildAudienceIndex(contacts, rules);
    const decoded = decodeAudienceIndex(encodeAudienceIndex(index));
    expect(decoded).toEqual(index);
    // toEqual ignores an `undefined` property; the decoded people must not even have the key.
    expect(Object.keys(decoded!.people[2]!).sort()).toEqual(Object.keys(index.people[2]!).sort());
    expect(decoded!.people[0]).toMatchObject({ rows: 2, role: 'manager', employer: 'Acme' });
    expect(decoded!.rules.employerKeys).toBeInstanceOf(Set);
  });

  it('answers look-ups and audiences as the original does', () => {
    const index = buildAudienceIndex(contacts, rules);
    const decoded = decodeAudienceIndex(encodeAudienceIndex(index))!;
    for (const mention of [{ name: '', handle: 'linkedin:dana-w' }, { name: '', handle: 'email:dana@acme.example' }, { name: 'Sam Lee', handle: '' }, { name: 'Nobody', handle: 'x:nobody' }]) {
      expect(findPerson(decoded, mention)).toEqual(findPerson(index, mention));
    }
    const ask = (i: typeof index) => resolveAudience({ site: 'linkedin', visibility: 'Anyone', mentions: [{ name: 'Bo Chen', handle: 'x:bochen' }], index: i });
    expect(ask(decoded)).toEqual(ask(index));
    expect(ask(decoded).named.length).toBeGreaterThan(0);
  });

  it('round-trips an empty index', () => {
    const index = buildAudienceIndex([]);
    expect(decodeAudienceIndex(encodeAudienceIndex(index))).toEqual(index);
  });

  it('refuses another format or a damaged snapshot (the caller rebuilds)', () => {
    const text = encodeAudienceIndex(buildAudienceIndex(contacts, rules));
    expect(decodeAudienceIndex(text.replace('"format":1', '"format":99'))).toBeUndefined();
    expect(decodeAudienceIndex(text.slice(0, text.length / 2))).toBeUndefined();
    const columns = JSON.parse(text) as { tags: string[] };
    columns.tags.pop();
    expect(decodeAudienceIndex(JSON.stringify(columns))).toBeUndefined();
  });
});
