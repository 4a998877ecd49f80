// Restoring a backup into what is stored now. Pure: it returns a plan (rows to add, rows to update)
// for the storage layer to write in one transaction.
//
// A restore never deletes what it cannot replace: every stored row is kept, updated or left alone,
// and rows of the file that match nothing are added. Matching:
// - identities by name (any case) and kind; a file identity whose name another kind already uses is
//   added as "Name (restored)";
// - accounts by site + handle;
// - contacts as imports match people (core/import/merge.ts): a contact exactly as in the file is
//   left alone; then by e-mail or handle; then by name + employer; then, for a file contact with no
//   e-mail, handle or employer, by name alone. Each stored contact is claimed by name at most once
//   per restore, and the file's contacts are never matched against each other: two people the
//   backup kept apart stay apart;
// - weekly counts by week, site, decision and level (the larger count is kept: restoring twice does
//   not double them); past imports by time, file name and format.
// Where both copies have a value: for contacts the more recently edited copy wins (a contact edited
// after the backup was made keeps the edit); for identities, accounts and settings the file wins.
// Lists (handles, e-mails, terms, domains) combine; an e-mail or handle another stored contact owns
// is never given to a second one.
import { foldName, personKey } from '../import/match-keys';
import { weekKey, type Backup, type BackupContact, type BackupDecisionWeek, type BackupIdentity, type BackupImport, type BackupSettings } from './format';

export interface StoredIdentity extends Omit<BackupIdentity, 'ref'> {
  id: number;
}
export interface StoredAccount {
  id: number;
  site: string;
  handle: string;
  name: string;
  identityId: number;
}
export interface StoredContact extends BackupContact {
  id: number;
}
export interface StoredImport extends BackupImport {
  id: number;
}
export interface StoredSettings {
  activeIdentityId: number | null;
  /** Site id → the identity chosen there (`until`: a choice for the next hour). */
  siteIdentity: Record<string, { identityId: number; until?: number }>;
  paused: boolean;
  holdAtWarn: boolean;
  sendDelaySeconds: number;
  detectedProfiles: NonNullable<BackupSettings['detectedProfiles']>;
}

/** Everything stored now, as the plan sees it. */
export interface Snapshot {
  identities: StoredIdentity[];
  accounts: StoredAccount[];
  contacts: StoredContact[];
  decisionWeeks: BackupDecisionWeek[];
  imports: StoredImport[];
  settings: StoredSettings;
}

/** An identity of the file: an existing one's id, or added (the id comes when storage writes it). */
export type IdentityTarget = { kind: 'existing'; id: number } | { kind: 'added'; ref: number };

export interface TableCounts {
  added: number;
  updated: number;
  /** Rows of the file already stored as they are. */
  unchanged: number;
}

export interface RestoreSummary {
  identities: TableCounts;
  accounts: TableCounts;
  contacts: TableCounts;
  decisionWeeks: TableCounts;
  imports: TableCounts;
  /** How many settings changed. */
  settings: number;
}

export interface RestorePlan {
  identities: { add: Array<{ ref: number; row: Omit<StoredIdentity, 'id'> }>; update: StoredIdentity[]; targets: Map<number, IdentityTarget> };
  accounts: { add: Array<{ row: Omit<StoredAccount, 'id' | 'identityId'>; identityRef: number }>; update: Array<{ row: Omit<StoredAccount, 'identityId'>; identityRef: number }> };
  contacts: { add: BackupContact[]; update: StoredContact[] };
  decisionWeeks: BackupDecisionWeek[];
  imports: BackupImport[];
  /**
   * Settings to write; the refs are resolved through `identities.targets` (`siteIdentityRefs`: the
   * file's sites, to put over the stored choices of other sites).
   */
  settings: Partial<Omit<StoredSettings, 'activeIdentityId' | 'siteIdentity'>> & { activeIdentityRef?: number | null; siteIdentityRefs?: Record<string, number> };
  summary: RestoreSummary;
  warnings: string[];
}

/** Equal data, equal text (a missing field and an undefined one alike); no replacer: it is 5× slower. */
const canonical = (value: unknown) => JSON.stringify(value);

/** `a` and then what `b` adds to it (compared in any case); each list is kept as it is. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((s) => s.toLowerCase()));
  return [...a, ...b.filter((s) => !seen.has(s.toLowerCase()))];
}

function planIdentities(stored: readonly StoredIdentity[], file: readonly BackupIdentity[], warnings: string[]) {
  const byNameKind = new Map(stored.map((i) => [`${i.name.trim().toLowerCase()}\u0000${i.kind}`, i]));
  const takenNames = new Set(stored.map((i) => i.name.trim().toLowerCase()));
  for (const i of file) takenNames.add(i.name.trim().toLowerCase());
  const targets = new Map<number, IdentityTarget>();
  const add: RestorePlan['identities']['add'] = [];
  const update: StoredIdentity[] = [];
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const identity of file) {
    const { ref, ...row } = identity;
    const match = byNameKind.get(`${identity.name.trim().toLowerCase()}\u0000${identity.kind}`);
    if (!match) {
      let name = row.name;
      if (stored.some((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase())) {
        let n = 1;
        do name = `${row.name.slice(0, 60)} (restored${n > 1 ? ` ${n}` : ''})`;
        while (takenNames.has(name.toLowerCase()) && ++n < 1000);
        takenNames.add(name.toLowerCase());
        warnings.push(`The ${identity.kind} identity ${row.name} was added as ${name}: you already have a ${stored.find((s) => s.name.trim().toLowerCase() === row.name.trim().toLowerCase())!.kind} identity of that name.`);
      }
      add.push({ ref, row: { ...row, name } });
      targets.set(ref, { kind: 'added', ref });
      counts.added++;
      continue;
    }
    targets.set(ref, { kind: 'existing', id: match.id });
    const customTerms = union(match.customTerms, row.customTerms);
    const neverTerms = union(match.neverTerms, row.neverTerms);
    // A term cannot both always warn and never warn: the list it is stored in now keeps it.
    const storedCustom = new Set(match.customTerms.map((t) => t.toLowerCase()));
    const storedNever = new Set(match.neverTerms.map((t) => t.toLowerCase()));
    const merged: StoredIdentity = {
      id: match.id,
      name: row.name,
      kind: match.kind,
      color: row.color,
      customTerms: customTerms.filter((t) => storedCustom.has(t.toLowerCase()) || !storedNever.has(t.toLowerCase())),
      neverTerms: neverTerms.filter((t) => storedNever.has(t.toLowerCase()) || !customTerms.some((c) => c.toLowerCase() === t.toLowerCase())),
      workDomains: union(match.workDomains, row.workDomains),
      employers: union(match.employers, row.employers),
      createdAt: Math.min(match.createdAt, row.createdAt),
    };
    const policy = { ...(match.policy ?? {}), ...(row.policy ?? {}) };
    if (Object.keys(policy).length) merged.policy = policy;
    if (canonical(merged) === canonical(match)) counts.unchanged++;
    else {
      update.push(merged);
      counts.updated++;
    }
  }
  return { plan: { add, update, targets }, counts };
}

function planAccounts(stored: readonly StoredAccount[], file: Backup['accounts'], targets: Map<number, IdentityTarget>) {
  const bySiteHandle = new Map(stored.map((a) => [`${a.site}\u0000${a.handle}`, a]));
  const plan: RestorePlan['accounts'] = { add: [], update: [] };
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const account of file) {
    const match = bySiteHandle.get(`${account.site}\u0000${account.handle}`);
    const row = { site: account.site, handle: account.handle, name: account.name };
    if (!match) {
      plan.add.push({ row, identityRef: account.identityRef });
      counts.added++;
      continue;
    }
    const target = targets.get(account.identityRef)!;
    if (match.name === account.name && target.kind === 'existing' && target.id === match.identityId) counts.unchanged++;
    else {
      plan.update.push({ row: { ...row, id: match.id }, identityRef: account.identityRef });
      counts.updated++;
    }
  }
  return { plan, counts };
}

const OPTIONAL_CONTACT_FIELDS = ['employer', 'title', 'role'] as const;

function contactKey(c: BackupContact): string {
  return canonical([c.name, c.handles, c.emails, c.employer, c.title, c.role, c.tag, c.tagSource, c.sources, c.updatedAt]);
}

function planContacts(stored: readonly StoredContact[], file: readonly BackupContact[]) {
  const exact = new Map<string, number[]>();
  const byEmail = new Map<string, number>();
  const byHandle = new Map<string, number>();
  stored.forEach((c, index) => {
    const key = contactKey(c);
    const list = exact.get(key);
    if (list) list.push(index);
    else exact.set(key, [index]);
    for (const e of c.emails) if (!byEmail.has(e)) byEmail.set(e, index);
    for (const h of c.handles) if (!byHandle.has(h)) byHandle.set(h, index);
  });
  const claimed = new Set<number>();
  const working = new Map<number, StoredContact>();
  const matched = new Set<number>();
  const add: BackupContact[] = [];
  const addAt = new Map<number, number>(); // file index → position in `add`, so adds keep the file's order

  const mergeInto = (index: number, c: BackupContact) => {
    matched.add(index);
    const now = working.get(index) ?? stored[index]!;
    const fileNewer = c.updatedAt >= now.updatedAt;
    const [first, second] = fileNewer ? [c, now] : [now, c];
    const emails = c.emails.filter((e) => (byEmail.get(e) ?? index) === index);
    const handles = c.handles.filter((h) => (byHandle.get(h) ?? index) === index);
    const next: StoredContact = {
      id: now.id,
      name: first.name,
      handles: [...new Set([...now.handles, ...handles])],
      emails: [...new Set([...now.emails, ...emails])],
      tag: first.tag,
      tagSource: first.tagSource,
      sources: [...new Set([...now.sources, ...c.sources])],
      updatedAt: Math.max(now.updatedAt, c.updatedAt),
    };
    for (const field of OPTIONAL_CONTACT_FIELDS) {
      const value = first[field] ?? second[field];
      if (value !== undefined) (next as unknown as Record<string, unknown>)[field] = value;
    }
    for (const e of emails) byEmail.set(e, index);
    for (const h of handles) byHandle.set(h, index);
    working.set(index, next);
  };

  // Pass 1: exact copies (a second restore of the same file), then e-mails and handles.
  const weak: Array<[number, BackupContact]> = [];
  file.forEach((c, fileIndex) => {
    const same = exact.size ? exact.get(contactKey(c))?.find((i) => !claimed.has(i)) : undefined;
    if (same !== undefined) {
      claimed.add(same);
      matched.add(same);
      return;
    }
    const hits = [...c.emails.map((e) => byEmail.get(e)), ...c.handles.map((h) => byHandle.get(h))].filter((i): i is number => i !== undefined);
    const hit = hits.find((i) => !claimed.has(i)) ?? hits[0];
    if (hit !== undefined) {
      claimed.add(hit);
      mergeInto(hit, c);
    } else weak.push([fileIndex, c]);
  });

  // Pass 2: name + employer, then a name alone for a contact that carries nothing else.
  const byPerson = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  // Only when some row is left for them (a second restore of the same file leaves none).
  if (weak.length) {
    stored.forEach((c, index) => {
      push(byPerson, personKey(c.name, c.employer), index);
      push(byName, foldName(c.name), index);
    });
  }
  const take = (list: number[] | undefined) => {
    if (!list) return undefined;
    while (list.length && claimed.has(list[0]!)) list.shift();
    return list.shift();
  };
  for (const [fileIndex, c] of weak) {
    const pk = personKey(c.name, c.employer);
    const bare = c.emails.length === 0 && c.handles.length === 0 && !c.employer;
    const target = pk ? take(byPerson.get(pk)) : bare ? take(byName.get(foldName(c.name))) : undefined;
    if (target !== undefined) {
      claimed.add(target);
      mergeInto(target, c);
    } else {
      addAt.set(fileIndex, add.length);
      add.push(c);
    }
  }
  // Adds in the file's order (the weak pass may have visited them out of it).
  const adds = [...addAt].sort((a, b) => a[0] - b[0]).map(([, at]) => add[at]!);

  const update: StoredContact[] = [];
  for (const [index, next] of [...working].sort((a, b) => a[0] - b[0])) {
    if (contactKey(next) !== contactKey(stored[index]!)) update.push(next);
  }
  return { plan: { add: adds, update }, counts: { added: adds.length, updated: update.length, unchanged: file.length - adds.length - update.length } };
}

function planDecisionWeeks(stored: readonly BackupDecisionWeek[], file: readonly BackupDecisionWeek[]) {
  const byKey = new Map(stored.map((w) => [weekKey(w), w]));
  const put: BackupDecisionWeek[] = [];
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const w of file) {
    const match = byKey.get(weekKey(w));
    if (!match) {
      put.push(w);
      counts.added++;
      continue;
    }
    const categories = { ...match.categories };
    for (const [category, n] of Object.entries(w.categories) as Array<[keyof typeof categories, number | undefined]>) {
      if (n !== undefined) categories[category] = Math.max(categories[category] ?? 0, n);
    }
    const next = { ...match, count: Math.max(match.count, w.count), categories };
    if (canonical(next) === canonical(match)) counts.unchanged++;
    else {
      put.push(next);
      counts.updated++;
    }
  }
  return { put, counts };
}

function planImports(stored: readonly StoredImport[], file: readonly BackupImport[]) {
  const key = (i: BackupImport) => `${i.at}\u0000${i.fileName}\u0000${i.format}`;
  const known = new Set(stored.map(key));
  const add = file.filter((i) => !known.has(key(i)));
  return { add, counts: { added: add.length, updated: 0, unchanged: file.length - add.length } };
}

function planSettings(stored: StoredSettings, file: BackupSettings, targets: Map<number, IdentityTarget>) {
  const out: RestorePlan['settings'] = {};
  let changed = 0;
  for (const key of ['paused', 'holdAtWarn', 'sendDelaySeconds'] as const) {
    const value = file[key];
    if (value === undefined) continue;
    if (value !== stored[key]) changed++;
    (out as Record<string, unknown>)[key] = value;
  }
  if (file.activeIdentityRef !== undefined) {
    const target = file.activeIdentityRef === null ? null : targets.get(file.activeIdentityRef)!;
    const same = target === null ? stored.activeIdentityId === null : target.kind === 'existing' && target.id === stored.activeIdentityId;
    if (!same) changed++;
    out.activeIdentityRef = file.activeIdentityRef;
  }
  if (file.siteIdentity && Object.keys(file.siteIdentity).length) {
    out.siteIdentityRefs = file.siteIdentity;
    for (const [site, identityRef] of Object.entries(file.siteIdentity)) {
      const target = targets.get(identityRef)!;
      const now = stored.siteIdentity[site];
      if (!now || now.until !== undefined || target.kind !== 'existing' || target.id !== now.identityId) changed++;
    }
  }
  if (file.detectedProfiles) {
    const has = new Set(stored.detectedProfiles.map((p) => `${p.site}\u0000${p.handle}`));
    const more = file.detectedProfiles.filter((p) => !has.has(`${p.site}\u0000${p.handle}`));
    if (more.length) {
      out.detectedProfiles = [...stored.detectedProfiles, ...more];
      changed++;
    }
  }
  return { settings: out, changed };
}

export function planRestore(snapshot: Snapshot, backup: Backup): RestorePlan {
  const warnings: string[] = [];
  const identities = planIdentities(snapshot.identities, backup.identities, warnings);
  const accounts = planAccounts(snapshot.accounts, backup.accounts, identities.plan.targets);
  const contacts = planContacts(snapshot.contacts, backup.contacts);
  const weeks = planDecisionWeeks(snapshot.decisionWeeks, backup.decisionWeeks);
  const imports = planImports(snapshot.imports, backup.imports);
  const settings = planSettings(snapshot.settings, backup.settings, identities.plan.targets);
  return {
    identities: identities.plan,
    accounts: accounts.plan,
    contacts: contacts.plan,
    decisionWeeks: weeks.put,
    imports: imports.add,
    settings: settings.settings,
    summary: {
      identities: identities.counts,
      accounts: accounts.counts,
      contacts: contacts.counts,
      decisionWeeks: weeks.counts,
      imports: imports.counts,
      settings: settings.changed,
    },
    warnings,
  };
}

const n = (x: number) => x.toLocaleString('en');

/** "Restored 1,204 contacts (12 updated), 3 identities (1 updated), …": one sentence for the live region. */
export function restoreSummaryText(summary: RestoreSummary): string {
  const part = (counts: TableCounts, one: string, many: string) => {
    const total = counts.added + counts.updated + counts.unchanged;
    if (total === 0) return '';
    const details = [counts.added && `${n(counts.added)} added`, counts.updated && `${n(counts.updated)} updated`, counts.unchanged && `${n(counts.unchanged)} already up to date`].filter(Boolean);
    return `${n(total)} ${total === 1 ? one : many} (${details.join(', ')})`;
  };
  const parts = [
    part(summary.contacts, 'contact', 'contacts'),
    part(summary.identities, 'identity', 'identities'),
    part(summary.accounts, 'account', 'accounts'),
    part(summary.decisionWeeks, 'weekly count', 'weekly counts'),
    part(summary.imports, 'past import', 'past imports'),
  ].filter(Boolean);
  const settings = summary.settings ? `${summary.settings} ${summary.settings === 1 ? 'setting' : 'settings'} changed` : 'settings as they were';
  if (parts.length === 0) return `Restored nothing: the backup was empty (${settings}).`;
  return `Restored ${parts.join(', ')}; ${settings}.`;
}
