import { describe, expect, it } from 'vitest';
import { findDuplicates, mergedTag, mergeGroup, type DupContact } from '../../src/core/import/duplicates';

const c = (id: number, name: string, extra: Partial<DupContact> = {}): DupContact => ({
  id, name, handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: ['linkedin-connections'], ...extra,
});

describe('findDuplicates', () => {
  it('groups by a shared e-mail (also one kept as an email: handle), a shared handle, and name + employer', () => {
    const groups = findDuplicates([
      c(1, 'Jane Doe', { emails: ['jane@acme.com'] }),
      c(2, 'J. Doe', { handles: ['email:jane@acme.com'], sources: ['manual'] }),
      c(3, 'Sam Lee', { handles: ['linkedin:sam-lee'] }),
      c(4, 'Samuel Lee', { handles: ['linkedin:sam-lee', 'x:samlee'], sources: ['x-following'] }),
      c(5, 'José Núñez', { employer: 'Acme Inc.' }),
      c(6, 'Jose Nunez', { employer: 'ACME' }),
      c(7, 'Nobody Else'),
    ]);
    expect(groups).toEqual([
      { ids: [1, 2], reasons: ['email'] },
      { ids: [4, 3], reasons: ['handle'] }, // 4 knows more (two handles): it is kept
      { ids: [5, 6], reasons: ['name-employer'] }, // one source: the bare name alone would not join them
    ]);
  });

  it('joins a bare name only across sources, among few of that name, with no disagreeing employers', () => {
    const groups = findDuplicates([
      c(1, 'Ana Silva', { sources: ['facebook-friends'] }),
      c(2, 'Ana Silva', { sources: ['linkedin-connections'], employer: 'Globex' }),
      // The same source twice: two different friends who share a name.
      c(3, 'Tom Berg', { sources: ['facebook-friends'] }),
      c(4, 'Tom Berg', { sources: ['facebook-friends'] }),
      // Different employers: different people.
      c(5, 'Kim Park', { sources: ['manual'], employer: 'Initech' }),
      c(6, 'Kim Park', { sources: ['google-contacts'], employer: 'Umbrella' }),
      // Four of one name: a common name, not one person.
      ...[7, 8, 9, 10].map((id) => c(id, 'John Smith', { sources: [`s${id}`] })),
    ]);
    expect(groups).toEqual([{ ids: [2, 1], reasons: ['name'] }]);
  });

  it('chains evidence into one group (A shares an e-mail with B, B a handle with C)', () => {
    const groups = findDuplicates([
      c(1, 'A', { emails: ['a@x.org'] }),
      c(2, 'B', { emails: ['a@x.org'], handles: ['x:b'] }),
      c(3, 'C', { handles: ['x:b'] }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.ids.sort()).toEqual([1, 2, 3]);
    expect(groups[0]!.reasons).toEqual(['email', 'handle']);
  });

  it('finds nothing in distinct contacts', () => {
    expect(findDuplicates(Array.from({ length: 500 }, (_, i) => c(i + 1, `Person ${i}`, { emails: [`p${i}@example.com`] })))).toEqual([]);
  });
});

describe('mergedTag and mergeGroup', () => {
  it('takes the stronger tag; work against personal is a question', () => {
    expect(mergedTag(['untagged', 'work'])).toEqual({ tag: 'work' });
    expect(mergedTag(['personal', 'both'])).toEqual({ tag: 'both' });
    expect(mergedTag(['untagged', 'untagged'])).toEqual({ tag: 'untagged' });
    expect(mergedTag(['work', 'personal'])).toEqual({ conflict: ['work', 'personal', 'both'] });
  });

  it('keeps every handle, e-mail and source, fills empty fields, and removes the others', () => {
    const out = mergeGroup([
      c(4, 'Samuel Lee', { handles: ['linkedin:sam-lee', 'x:samlee'], sources: ['x-following'], tag: 'work', tagSource: 'manual' }),
      c(3, 'Sam Lee', { handles: ['linkedin:sam-lee'], emails: ['sam@acme.com'], employer: 'Acme', role: 'manager', tag: 'untagged' }),
    ]);
    expect(out).toEqual({
      keep: { id: 4, name: 'Samuel Lee', handles: ['linkedin:sam-lee', 'x:samlee'], emails: ['sam@acme.com'], employer: 'Acme', role: 'manager', tag: 'work', tagSource: 'manual', sources: ['x-following', 'linkedin-connections'] },
      remove: [3],
    });
  });

  it('asks on conflicting tags and uses the answer', () => {
    const group = [c(1, 'Ana', { tag: 'work' }), c(2, 'Ana', { tag: 'personal', sources: ['facebook-friends'] })];
    expect(mergeGroup(group)).toEqual({ conflict: ['work', 'personal', 'both'] });
    const answered = mergeGroup(group, 'both');
    expect('keep' in answered && answered.keep).toMatchObject({ id: 1, tag: 'both', tagSource: 'manual', sources: ['linkedin-connections', 'facebook-friends'] });
  });
});
