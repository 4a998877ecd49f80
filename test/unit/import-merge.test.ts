import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactTag } from '../../src/core/audience';
import { mergeContacts, type ExistingContact } from '../../src/core/import/merge';
import type { ImportedContact } from '../../src/core/import/types';
import { applyMerge, applyUndo, bindAddedIds, planUndo } from '../../src/core/import/undo';

const imported = (c: Partial<ImportedContact> & { name: string }): ImportedContact => ({ handles: [], emails: [], tag: 'work', ...c });
const stored = (c: Partial<ExistingContact> & { id: number; name: string }): ExistingContact => ({ handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: [], ...c });

/** Merge, store (ids from 1000), and return everything a test looks at. */
function run(existing: ExistingContact[], incoming: ImportedContact[], format: 'linkedin-connections' | 'facebook-friends' = 'linkedin-connections') {
  const result = mergeContacts(existing, incoming, { format });
  const ids = result.adds.map((_, i) => 1000 + i);
  const after = applyMerge(existing, result, ids);
  const undo = bindAddedIds(result.undo, ids);
  return { result, after, undo };
}

describe('mergeContacts', () => {
  it('adds new people as import-tagged contacts with their source', () => {
    const { result } = run([], [imported({ name: 'Dana', emails: ['dana@acme.example'], handles: ['linkedin:dana'], employer: 'Acme', title: 'CTO' })]);
    expect(result.adds).toEqual([{ ref: 'add-1', contact: { name: 'Dana', handles: ['linkedin:dana'], emails: ['dana@acme.example'], employer: 'Acme', title: 'CTO', tag: 'work', tagSource: 'import', sources: ['linkedin-connections'] } }]);
    expect(result.updates).toEqual([]);
  });

  it('matches by e-mail first (also one stored as an email: handle), adding what is new', () => {
    const existing = [stored({ id: 1, name: 'Dana W.', handles: ['email:dana@acme.example'], emails: [] })];
    const { result } = run(existing, [imported({ name: 'Dana Whitfield', emails: ['dana@acme.example'], handles: ['linkedin:dana'], employer: 'Acme' })]);
    expect(result.adds).toEqual([]);
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0]!.after).toMatchObject({ id: 1, name: 'Dana W.', handles: ['email:dana@acme.example', 'linkedin:dana'], employer: 'Acme', tag: 'work' });
    expect(result.updates[0]!.changed).toEqual(['handles', 'employer', 'tag', 'sources']);
  });

  it('matches by handle, then by name + employer (accents, case and legal forms ignored)', () => {
    const existing = [
      stored({ id: 1, name: 'Raj', handles: ['linkedin:raj'] }),
      stored({ id: 2, name: 'José Núñez', employer: 'Acme Inc.' }),
    ];
    const { result } = run(existing, [
      imported({ name: 'Raj Patel', handles: ['linkedin:raj'], emails: ['raj@globex.example'] }),
      imported({ name: 'jose nunez', employer: 'ACME', title: 'Engineer' }),
    ]);
    expect(result.adds).toEqual([]);
    expect(result.updates.map((u) => [u.id, u.after.emails, u.after.title])).toEqual([[1, ['raj@globex.example'], undefined], [2, [], 'Engineer']]);
  });

  it('does not merge on a name alone when the import has an employer, nor two people only sharing a common name with different employers', () => {
    const existing = [stored({ id: 1, name: 'Sam Lee', employer: 'Acme' })];
    const { result } = run(existing, [imported({ name: 'Sam Lee', employer: 'Globex' })]);
    expect(result.adds).toHaveLength(1);
  });

  it('matches a name-only entry (Facebook) to a stored contact of that name, which then counts as both', () => {
    const existing = [stored({ id: 1, name: 'Dana Whitfield', employer: 'Acme', handles: ['linkedin:dana'], tag: 'work', sources: ['linkedin-connections'] })];
    const { result } = run(existing, [imported({ name: 'Dana Whitfield', tag: 'personal' })], 'facebook-friends');
    expect(result.adds).toEqual([]);
    expect(result.updates[0]!.after).toMatchObject({ tag: 'both', sources: ['linkedin-connections', 'facebook-friends'] });
  });

  it('never changes a tag the user set by hand, and says so', () => {
    const existing = [stored({ id: 1, name: 'Dana', emails: ['dana@acme.example'], tag: 'personal', tagSource: 'manual' })];
    const { result } = run(existing, [imported({ name: 'Dana', emails: ['dana@acme.example'], tag: 'work' })]);
    expect(result.updates[0]!.after.tag).toBe('personal');
    expect(result.updates[0]!.after.tagSource).toBe('manual');
    expect(result.warnings).toEqual(['1 contact(s) you tagged yourself kept your tag, although the import suggested another.']);
  });

  it('fills empty fields but never overwrites stored ones', () => {
    const existing = [stored({ id: 1, name: 'Dana', emails: ['dana@acme.example'], employer: 'Acme', tag: 'work' })];
    const { result } = run(existing, [imported({ name: 'Dana Whitfield', emails: ['dana@acme.example'], employer: 'Globex', title: 'CTO' })]);
    expect(result.updates[0]!.after).toMatchObject({ name: 'Dana', employer: 'Acme', title: 'CTO' });
  });

  it('replaces a placeholder name (an address) with a real one', () => {
    const existing = [stored({ id: 1, name: 'ana@mastodon.social', handles: ['mastodon:ana@mastodon.social'], tag: 'personal' })];
    const { result } = run(existing, [imported({ name: 'Ana Silva', handles: ['mastodon:ana@mastodon.social'], tag: 'untagged' })]);
    expect(result.updates[0]!.after).toMatchObject({ name: 'Ana Silva', tag: 'personal' });
  });

  it('never gives one contact an e-mail or handle another already has', () => {
    const existing = [stored({ id: 1, name: 'A', emails: ['a@x.example'] }), stored({ id: 2, name: 'B', handles: ['linkedin:b'] })];
    const { result, after } = run(existing, [imported({ name: 'A or B', emails: ['a@x.example'], handles: ['linkedin:b'] })]);
    expect(after.find((c) => c.id === 1)!.handles).toEqual([]);
    expect(after.find((c) => c.id === 2)!.handles).toEqual(['linkedin:b']);
    expect(result.warnings[0]).toMatch(/matched two different stored contacts/);
  });

  it('merges duplicates inside one import into one add', () => {
    const { result } = run([], [
      imported({ name: 'Dana', emails: ['dana@acme.example'] }),
      imported({ name: 'Dana W', emails: ['dana@acme.example'], handles: ['linkedin:dana'], tag: 'personal' }),
    ]);
    expect(result.adds).toHaveLength(1);
    expect(result.adds[0]!.contact).toMatchObject({ handles: ['linkedin:dana'], tag: 'both' });
  });

  it('is idempotent: the same file imported twice changes nothing the second time', () => {
    const incoming = [imported({ name: 'Dana', emails: ['dana@acme.example'] }), imported({ name: 'Ana', tag: 'personal' })];
    const first = run([], incoming);
    const second = mergeContacts(first.after, incoming, { format: 'linkedin-connections' });
    expect(second.adds).toEqual([]);
    expect(second.updates).toEqual([]);
    expect(second.unchanged).toBe(2);
  });
});

describe('undo', () => {
  const existing = [stored({ id: 1, name: 'Dana', emails: ['dana@acme.example'], tag: 'personal' }), stored({ id: 2, name: 'Raj', tag: 'work', tagSource: 'manual' })];
  const incoming = [imported({ name: 'Dana', emails: ['dana@acme.example'], handles: ['linkedin:dana'] }), imported({ name: 'Wei', handles: ['linkedin:wei'] })];

  it('takes an import back exactly', () => {
    const { after, undo } = run(existing, incoming);
    expect(after).not.toEqual(existing);
    const plan = planUndo(after, undo);
    expect(plan).toEqual({ remove: [1000], restore: [existing[0]], skipped: [] });
    expect(applyUndo(after, plan)).toEqual(existing);
  });

  it('keeps contacts changed after the import and names them', () => {
    const { after, undo } = run(existing, incoming);
    const edited = after.map((c) => (c.id === 1000 ? { ...c, tag: 'personal' as ContactTag, tagSource: 'manual' as const } : c.id === 1 ? { ...c, name: 'Dana Whitfield' } : c));
    const plan = planUndo(edited, undo);
    expect(plan).toEqual({ remove: [], restore: [], skipped: ['Wei', 'Dana Whitfield'] });
  });

  it('ignores contacts already deleted and adds never stored', () => {
    const { result, after } = run(existing, incoming);
    expect(planUndo(after.filter((c) => c.id !== 1000), bindAddedIds(result.undo, [1000])).remove).toEqual([]);
    expect(planUndo(after, result.undo).remove).toEqual([]); // ids never bound
    expect(() => bindAddedIds(result.undo, [])).toThrow(/0 ids for 1 added/);
  });

  it('survives JSON (it is stored with the import)', () => {
    const { after, undo } = run(existing, incoming);
    const revived = JSON.parse(JSON.stringify(undo));
    expect(applyUndo(after, planUndo(after, revived))).toEqual(existing);
  });
});

// Small pools so that random contacts collide on e-mails, handles and names.
const email = fc.constantFrom('a@x.example', 'b@x.example', 'c@y.example', 'd@y.example');
const handle = fc.constantFrom('linkedin:a', 'linkedin:b', 'mastodon:c@m.social', 'x:id:4');
const name = fc.constantFrom('Ana Silva', 'ana silva', 'Dana', 'Raj Patel', 'José', 'Jose');
const employer = fc.option(fc.constantFrom('Acme', 'ACME Inc.', 'Globex'), { nil: undefined });
const tag = fc.constantFrom<ContactTag>('work', 'personal', 'both', 'untagged');
const importedArb = fc.record({ name, handles: fc.uniqueArray(handle, { maxLength: 2 }), emails: fc.uniqueArray(email, { maxLength: 2 }), employer, tag });

/** Stored contacts that already respect the rule: no e-mail or handle shared between two of them. */
const existingArb = fc.array(fc.record({ name, handles: fc.uniqueArray(handle, { maxLength: 2 }), emails: fc.uniqueArray(email, { maxLength: 2 }), employer, tag, manual: fc.boolean() }), { maxLength: 6 })
  .map((list) => {
    const seen = new Set<string>();
    return list.map((c, i): ExistingContact => {
      const own = (values: string[]) => values.filter((v) => !seen.has(v) && (seen.add(v), true));
      const out: ExistingContact = { id: i + 1, name: c.name, handles: own(c.handles), emails: own(c.emails), tag: c.tag, tagSource: c.manual ? 'manual' : 'import', sources: [] };
      if (c.employer) out.employer = c.employer;
      return out;
    });
  });

describe('mergeContacts properties', () => {
  it('never duplicates an e-mail or handle, keeps every one imported, keeps manual tags, and undoes exactly', () => {
    fc.assert(fc.property(existingArb, fc.array(importedArb, { maxLength: 8 }), (existing, incoming) => {
      const { result, after, undo } = run(existing, incoming);
      const owners = new Map<string, number>();
      for (const c of after) for (const key of [...c.handles, ...(c.emails ?? []).map((e) => `email:${e}`)]) {
        expect(owners.has(key), `${key} is on two contacts`).toBe(false);
        owners.set(key, c.id as number);
      }
      for (const c of incoming) for (const key of [...c.handles, ...c.emails.map((e) => `email:${e}`)]) expect(owners.has(key)).toBe(true);
      for (const c of existing.filter((e) => e.tagSource === 'manual')) expect(after.find((a) => a.id === c.id)!.tag).toBe(c.tag);
      expect(after.length).toBe(existing.length + result.adds.length);
      expect(applyUndo(after, planUndo(after, undo))).toEqual(existing);
      const again = mergeContacts(after, incoming, { format: 'linkedin-connections' });
      expect(again.adds).toEqual([]);
      expect(again.updates).toEqual([]);
    }), { numRuns: 400 });
  });
});
