import { describe, expect, it } from 'vitest';
import type { Backup, BackupContact } from '../../src/core/backup/format';
import { planRestore, restoreSummaryText, type Snapshot, type StoredContact } from '../../src/core/backup/restore-plan';

// How a backup's contacts meet the stored ones: the import's matching keys, each stored contact
// claimed once by the weak keys, the file's own rows never merged, and nothing stored ever dropped.
const contact = (c: Partial<BackupContact> & { name: string }): BackupContact => ({ handles: [], emails: [], tag: 'work', tagSource: 'import', sources: [], updatedAt: 100, ...c });
const stored = (id: number, c: Partial<BackupContact> & { name: string }): StoredContact => ({ ...contact(c), id });

function snapshot(contacts: StoredContact[]): Snapshot {
  return { identities: [], accounts: [], contacts, decisionWeeks: [], imports: [], settings: { activeIdentityId: null, siteIdentity: {}, paused: false, holdAtWarn: false, sendDelaySeconds: 0, detectedProfiles: [] } };
}
function file(contacts: BackupContact[]): Backup {
  return { format: 'hatcheck-backup', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', identities: [], accounts: [], contacts, settings: {}, decisionWeeks: [], imports: [] };
}

describe('planRestore: contacts', () => {
  it('matches by e-mail, then handle, then name + employer, then a bare name', () => {
    const plan = planRestore(snapshot([
      stored(1, { name: 'Dana Whitfield', emails: ['dana@acme.example'] }),
      stored(2, { name: 'Lee Park', handles: ['x:leepark'] }),
      stored(3, { name: 'José Núñez', employer: 'Acme Inc.' }),
      stored(4, { name: 'Sam Rivera', tag: 'personal' }),
    ]), file([
      contact({ name: 'Dana W.', emails: ['dana@acme.example'], title: 'CTO', updatedAt: 200 }),
      contact({ name: 'Lee Park', handles: ['x:leepark', 'bluesky:lee.bsky.social'] }),
      contact({ name: 'Jose Nunez', employer: 'ACME', role: 'manager', updatedAt: 50 }),
      contact({ name: 'sam rivera', tag: 'personal', sources: ['facebook-friends'] }),
    ]));
    expect(plan.contacts.add).toEqual([]);
    expect(plan.contacts.update.map((c) => [c.id, c.name])).toEqual([[1, 'Dana W.'], [2, 'Lee Park'], [3, 'José Núñez'], [4, 'sam rivera']]); // equally recent: the file's spelling
    expect(plan.contacts.update[0]).toMatchObject({ title: 'CTO', updatedAt: 200 });
    expect(plan.contacts.update[1]!.handles).toEqual(['x:leepark', 'bluesky:lee.bsky.social']);
    // The stored copy is newer: its name and employer stay, the file fills in the role it lacked.
    expect(plan.contacts.update[2]).toMatchObject({ employer: 'Acme Inc.', role: 'manager', updatedAt: 100 });
    expect(plan.contacts.update[3]!.sources).toEqual(['facebook-friends']);
  });

  it('never merges two people of the file, and claims a stored contact by name once', () => {
    const plan = planRestore(snapshot([stored(1, { name: 'John Smith', employer: 'Acme' })]), file([
      contact({ name: 'John Smith', employer: 'Acme', emails: ['john1@acme.example'] }),
      contact({ name: 'John Smith', employer: 'Acme', emails: ['john2@acme.example'] }),
    ]));
    expect(plan.contacts.update.map((c) => c.emails)).toEqual([['john1@acme.example']]);
    expect(plan.contacts.add.map((c) => c.emails)).toEqual([['john2@acme.example']]);
    expect(plan.summary.contacts).toEqual({ added: 1, updated: 1, unchanged: 0 });
  });

  it('does not give a second stored contact an e-mail another one owns', () => {
    const plan = planRestore(snapshot([
      stored(1, { name: 'Dana Whitfield', emails: ['dana@acme.example'] }),
      stored(2, { name: 'Dana Whitfield', employer: 'Acme' }),
    ]), file([contact({ name: 'Dana Whitfield', employer: 'Acme', handles: ['linkedin:dana'], emails: ['dana@acme.example'] })]));
    // Matched by e-mail (the stronger key) to contact 1, which gains the handle.
    expect(plan.contacts.update).toHaveLength(1);
    expect(plan.contacts.update[0]).toMatchObject({ id: 1, handles: ['linkedin:dana'], emails: ['dana@acme.example'] });
  });

  it('leaves an exact copy alone, and says so in the summary', () => {
    const dana = contact({ name: 'Dana Whitfield', emails: ['dana@acme.example'] });
    const plan = planRestore(snapshot([{ ...dana, id: 7 }]), file([dana]));
    expect([plan.contacts.add, plan.contacts.update]).toEqual([[], []]);
    expect(restoreSummaryText(plan.summary)).toBe('Restored 1 contact (1 already up to date); settings as they were.');
  });
});

describe('planRestore: identities, weeks, settings', () => {
  it('combines lists, keeps a term in the list it is stored in, and keeps the larger weekly count', () => {
    const base = { color: '#000000', customTerms: ['falcon'], neverTerms: ['lager'], workDomains: ['acme.example'], employers: [], createdAt: 5 };
    const snap: Snapshot = {
      ...snapshot([]),
      identities: [{ id: 9, name: 'Acme', kind: 'brand', ...base }],
      decisionWeeks: [{ week: '2026-W48', site: 'x', decision: 'edited', level: 'warn', count: 4, categories: { alcohol: 4 } }],
    };
    const plan = planRestore(snap, {
      ...file([]),
      identities: [{ ref: 1, name: 'acme', kind: 'brand', color: '#ffffff', customTerms: ['Lager', 'eagle'], neverTerms: ['falcon'], workDomains: ['beta.example'], employers: ['Acme'], createdAt: 3 }],
      decisionWeeks: [{ week: '2026-W48', site: 'x', decision: 'edited', level: 'warn', count: 2, categories: { alcohol: 1, drugs: 1 } }],
      settings: { activeIdentityRef: 1, paused: true },
    });
    expect(plan.identities.update).toEqual([{ id: 9, name: 'acme', kind: 'brand', color: '#ffffff', customTerms: ['falcon', 'eagle'], neverTerms: ['lager'], workDomains: ['acme.example', 'beta.example'], employers: ['Acme'], createdAt: 3 }]);
    expect(plan.decisionWeeks).toEqual([{ week: '2026-W48', site: 'x', decision: 'edited', level: 'warn', count: 4, categories: { alcohol: 4, drugs: 1 } }]);
    expect(plan.settings).toEqual({ activeIdentityRef: 1, paused: true });
    expect(plan.identities.targets.get(1)).toEqual({ kind: 'existing', id: 9 });
    expect(plan.summary.settings).toBe(2);
  });
});
