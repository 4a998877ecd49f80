// The audience index: the user's contacts folded into what resolving an audience needs — how many
// people the user knows on each network, by tag, and the most senior work contacts there — so that
// resolving one draft's audience costs a few map look-ups whatever the size of the address book.
// Pure: the background builds it from Dexie rows (src/shared/storage/audience-index.ts) and keeps it
// until a contact changes.
//
// People, not rows: rows that share an e-mail, a handle, or a normalised name plus employer are one
// person (the same rule mergeContacts applies when importing, here applied to what is already stored,
// so a contact added by hand and the same person imported later are counted once).
import { NETWORKS, type Network } from './audience-sites';
import { nameKey } from './handles';
import { employerKey, personKey } from './import/match-keys';
import { combineImportedTags } from './import/tags';
import type { AudienceCounts, ContactRole, ContactTag } from './types';

/** A stored contact as the index reads it (the Dexie row has these fields and more). */
export interface AudienceContact {
  id?: number | string;
  name: string;
  handles: readonly string[];
  emails: readonly string[];
  employer?: string;
  role?: ContactRole;
  tag: ContactTag;
  tagSource?: 'manual' | 'import';
  sources?: readonly string[];
}

/** What marks someone as work for the user: their employers and their work e-mail domains. */
export interface WorkRules {
  workDomains: readonly string[];
  employers: readonly string[];
}

export const NO_RULES: WorkRules = { workDomains: [], employers: [] };

export interface AudiencePerson {
  /** Stable within one index: the position in `people`. */
  id: number;
  name: string;
  /** After the work rules: an untagged colleague at the user's employer is work. */
  tag: ContactTag;
  role?: ContactRole;
  /** Bit i set: the person is on NETWORKS[i]. */
  networks: number;
  employer?: string;
  /** The stored rows this person was folded from. */
  rows: number;
}

export interface NetworkAudience {
  /** People the user knows on this network, by tag. */
  counts: AudienceCounts;
  /** Up to five work (or both) people, most senior relation first (`compareNamed`). */
  top: number[];
}

export interface AudienceIndex {
  people: AudiencePerson[];
  networks: Record<Network, NetworkAudience>;
  byHandle: Map<string, number>;
  byEmail: Map<string, number>;
  byName: Map<string, number>;
  rules: { workDomains: string[]; employerKeys: Set<string> };
}

export const MAX_NAMED = 5;

/** Manager first, then client, report, colleague, recruiter; work contacts with no role next. */
const ROLE_RANK: Record<ContactRole, number> = { manager: 0, client: 1, report: 2, colleague: 3, recruiter: 4, friend: 6, family: 7 };
export const WORK_ROLES: ReadonlySet<ContactRole> = new Set(['manager', 'client', 'report', 'colleague', 'recruiter']);
export const roleRank = (role: ContactRole | undefined): number => (role ? ROLE_RANK[role] : 5);

export const isWorkTag = (tag: ContactTag): boolean => tag === 'work' || tag === 'both';

export function networkBit(network: Network): number {
  return 1 << NETWORKS.indexOf(network);
}

export function networksOf(bits: number): Network[] {
  return NETWORKS.filter((_, i) => (bits & (1 << i)) !== 0);
}

const HANDLE_NETWORK: Record<string, Network> = {
  linkedin: 'linkedin', facebook: 'facebook', x: 'x', twitter: 'x', bluesky: 'bluesky', bsky: 'bluesky',
  mastodon: 'mastodon', slack: 'slack', discord: 'discord', teams: 'teams', email: 'email', reddit: 'reddit',
  instagram: 'instagram', threads: 'threads',
};

/** Import formats (core/import/types.ts) and the network their people are on. */
const SOURCE_NETWORK: Record<string, Network> = {
  'linkedin-connections': 'linkedin',
  'facebook-friends': 'facebook',
  'x-followers': 'x',
  'x-following': 'x',
  'mastodon-following': 'mastodon',
  'google-contacts': 'email',
  vcard: 'email',
};

export function contactNetworks(c: Pick<AudienceContact, 'handles' | 'emails' | 'sources'>): number {
  let bits = c.emails.length > 0 ? networkBit('email') : 0;
  for (const h of c.handles) {
    const site = h.slice(0, h.indexOf(':'));
    const network = Object.hasOwn(HANDLE_NETWORK, site) ? HANDLE_NETWORK[site] : undefined;
    if (network) bits |= networkBit(network);
  }
  for (const s of c.sources ?? []) {
    const network = Object.hasOwn(SOURCE_NETWORK, s) ? SOURCE_NETWORK[s] : undefined;
    if (network) bits |= networkBit(network);
  }
  return bits;
}

function cleanDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '').replace(/^www\./, '').replace(/\.$/, '');
}

export function normaliseRules(rules: WorkRules): AudienceIndex['rules'] {
  return {
    workDomains: [...new Set(rules.workDomains.map(cleanDomain).filter((d) => d.includes('.')))],
    employerKeys: new Set(rules.employers.map((e) => employerKey(e)).filter(Boolean)),
  };
}

/** Whether an address is on one of the work domains (or a subdomain: `eu.acme.example`). */
export function isWorkAddress(rules: AudienceIndex['rules'], email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const domain = cleanDomain(email.slice(at + 1));
  return rules.workDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * The tag the audience uses: the user's own tag, except that an untagged (or import-tagged personal)
 * contact at the user's employer, on a work domain, or with a work role is (also) work. A tag the
 * user chose by hand is final, unless it is "untagged", which says nothing.
 */
export function effectiveTag(c: AudienceContact, rules: AudienceIndex['rules']): ContactTag {
  if (c.tagSource === 'manual' && c.tag !== 'untagged') return c.tag;
  const work = (c.role !== undefined && WORK_ROLES.has(c.role))
    || (rules.employerKeys.size > 0 && rules.employerKeys.has(employerKey(c.employer)))
    || (rules.workDomains.length > 0 && c.emails.some((e) => isWorkAddress(rules, e)));
  if (!work) return c.tag;
  return c.tag === 'untagged' ? 'work' : c.tag === 'personal' ? 'both' : c.tag;
}

/** Named-contact order: role rank, then name (case-insensitive), then id. */
export function compareNamed(a: { name: string; role?: ContactRole }, b: { name: string; role?: ContactRole }): number {
  const r = roleRank(a.role) - roleRank(b.role);
  if (r !== 0) return r;
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  return an < bn ? -1 : an > bn ? 1 : 0;
}

export const emptyCounts = (): AudienceCounts => ({ work: 0, personal: 0, both: 0, untagged: 0 });

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Groups rows that are the same person: shared e-mail, handle, or name plus employer. Returns each row's group leader. */
export function linkRows(contacts: readonly AudienceContact[]): Int32Array {
  const uf = new UnionFind(contacts.length);
  const seen = new Map<string, number>();
  const link = (key: string, i: number) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else uf.union(first, i);
  };
  contacts.forEach((c, i) => {
    for (const e of c.emails) link(`e\u0000${e.toLowerCase()}`, i);
    for (const h of c.handles) link(`h\u0000${h}`, i);
    // A name alone is too common to join on (two friends called Sam); with the employer it is the
    // same key mergeContacts uses.
    if (c.employer) {
      const pk = personKey(c.name, c.employer);
      if (pk) link(`p\u0000${pk}`, i);
    }
  });
  const leaders = new Int32Array(contacts.length);
  for (let i = 0; i < contacts.length; i++) leaders[i] = uf.find(i);
  return leaders;
}

function insertTop(top: number[], id: number, people: readonly AudiencePerson[]): void {
  const p = people[id]!;
  if (top.length === MAX_NAMED && compareNamed(p, people[top[MAX_NAMED - 1]!]!) >= 0) return;
  let at = top.length;
  while (at > 0 && compareNamed(p, people[top[at - 1]!]!) < 0) at--;
  top.splice(at, 0, id);
  if (top.length > MAX_NAMED) top.pop();
}

/** Folds the contacts into the index. O(rows); done once per change of the contacts or the rules. */
export function buildAudienceIndex(contacts: readonly AudienceContact[], rules: WorkRules = NO_RULES): AudienceIndex {
  const normalised = normaliseRules(rules);
  const leaders = linkRows(contacts);
  const people: AudiencePerson[] = [];
  const personOfLeader = new Map<number, number>();
  const byHandle = new Map<string, number>();
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();

  contacts.forEach((c, i) => {
    const leader = leaders[i]!;
    let id = personOfLeader.get(leader);
    const tag = effectiveTag(c, normalised);
    const networks = contactNetworks(c);
    if (id === undefined) {
      id = people.length;
      personOfLeader.set(leader, id);
      const person: AudiencePerson = { id, name: c.name, tag, networks, rows: 1 };
      if (c.role) person.role = c.role;
      if (c.employer) person.employer = c.employer;
      people.push(person);
    } else {
      const p = people[id]!;
      p.tag = combineImportedTags(p.tag, tag);
      p.networks |= networks;
      p.rows++;
      if (roleRank(c.role) < roleRank(p.role)) p.role = c.role;
      if (!p.employer && c.employer) p.employer = c.employer;
    }
    for (const h of c.handles) if (!byHandle.has(h)) byHandle.set(h, id);
    for (const e of c.emails) if (!byEmail.has(e.toLowerCase())) byEmail.set(e.toLowerCase(), id);
  });

  // A name shared by several people resolves to the one who is work, if any: when in doubt, warn.
  people.forEach((p) => {
    const key = nameKey(p.name);
    if (!key) return;
    const holder = byName.get(key);
    if (holder === undefined || (!isWorkTag(people[holder]!.tag) && isWorkTag(p.tag))) byName.set(key, p.id);
  });

  const networks = Object.fromEntries(NETWORKS.map((n) => [n, { counts: emptyCounts(), top: [] as number[] }])) as Record<Network, NetworkAudience>;
  for (const p of people) {
    NETWORKS.forEach((n, bit) => {
      if ((p.networks & (1 << bit)) === 0) return;
      const entry = networks[n];
      entry.counts[p.tag]++;
      if (isWorkTag(p.tag)) insertTop(entry.top, p.id, people);
    });
  }
  return { people, networks, byHandle, byEmail, byName, rules: normalised };
}

/** The person a mention or recipient is: by handle or e-mail when the page gives one, else by name. */
export function findPerson(index: AudienceIndex, mention: { name: string; handle: string }): AudiencePerson | undefined {
  const handle = mention.handle.trim();
  let id: number | undefined;
  if (handle.startsWith('email:')) id = index.byEmail.get(handle.slice('email:'.length).toLowerCase());
  else if (handle) id = index.byHandle.get(handle.toLowerCase()) ?? index.byHandle.get(handle);
  if (id === undefined && mention.name.trim()) id = index.byName.get(nameKey(mention.name));
  return id === undefined ? undefined : index.people[id];
}

/** An index with no contacts: what the resolver uses when it is given none. */
export const EMPTY_INDEX: AudienceIndex = buildAudienceIndex([]);
