// Finding the same person stored twice (a LinkedIn connection added by hand before the import, a
// Facebook friend who is also in Google Contacts) and merging them. Pure: the options page shows
// the groups, storage writes the merge in one transaction.
//
// Evidence, strongest first: a shared e-mail; a shared handle; the same normalised name and employer
// (match-keys.ts, as imports match); the same normalised name alone, only across different sources
// (a Facebook friend and a LinkedIn connection) and only when few contacts carry that name and their
// employers do not disagree — "John Smith" ×40 is not one person.
import type { ContactRole } from '../types';
import type { ContactTag } from '../audience';
import { employerKey, foldName, personKey } from './match-keys';

export interface DupContact {
  id: number;
  name: string;
  handles: string[];
  emails: string[];
  employer?: string;
  title?: string;
  role?: ContactRole;
  tag: ContactTag;
  tagSource: 'manual' | 'import';
  sources: string[];
}

export type DupReason = 'email' | 'handle' | 'name-employer' | 'name';

export interface DuplicateGroup {
  /** Contact ids, the one the merge keeps first. */
  ids: number[];
  /** What the contacts share, strongest first. */
  reasons: DupReason[];
}

/** More contacts than this sharing a bare name is a common name, not a duplicate. */
const MAX_SAME_NAME = 3;

const STRENGTH: Record<DupReason, number> = { email: 0, handle: 1, 'name-employer': 2, name: 3 };

export function findDuplicates<T extends DupContact>(contacts: readonly T[]): DuplicateGroup[] {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path halving is enough here; groups are small.
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const reasons = new Map<number, Set<DupReason>>(); // root → reasons (merged on union)
  const union = (a: number, b: number, why: DupReason) => {
    const ra = find(a);
    const rb = find(b);
    const merged = new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), why]);
    if (ra !== rb) {
      parent.set(rb, ra);
      reasons.delete(rb);
    }
    reasons.set(ra, merged);
  };
  for (const c of contacts) parent.set(c.id, c.id);

  const byKey = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  };
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const c of contacts) {
    for (const e of new Set([...c.emails, ...c.handles.filter((h) => h.startsWith('email:')).map((h) => h.slice(6))])) add(`email\u0000${e.toLowerCase()}`, c.id);
    for (const h of new Set(c.handles.filter((h) => !h.startsWith('email:')))) add(`handle\u0000${h}`, c.id);
    const pk = personKey(c.name, c.employer);
    if (pk) add(`name-employer\u0000${pk}`, c.id);
    const nk = foldName(c.name);
    if (nk) add(`name\u0000${nk}`, c.id);
  }
  for (const [key, ids] of byKey) {
    if (ids.length < 2) continue;
    const why = key.slice(0, key.indexOf('\u0000')) as DupReason;
    if (why === 'name') {
      if (ids.length > MAX_SAME_NAME) continue;
      const members = ids.map((id) => byId.get(id)!);
      const employers = new Set(members.map((m) => employerKey(m.employer)).filter(Boolean));
      if (employers.size > 1) continue;
      // Across sources: some two of them came from places that share nothing.
      const across = members.some((a, i) => members.slice(i + 1).some((b) => !a.sources.some((s) => b.sources.includes(s))));
      if (!across) continue;
    }
    for (const id of ids.slice(1)) union(ids[0]!, id, why);
  }

  const groups = new Map<number, number[]>();
  for (const c of contacts) {
    const root = find(c.id);
    if (!reasons.has(root)) continue;
    const list = groups.get(root);
    if (list) list.push(c.id);
    else groups.set(root, [c.id]);
  }
  const out: DuplicateGroup[] = [];
  for (const [root, ids] of groups) {
    if (ids.length < 2) continue;
    const members = ids.map((id) => byId.get(id)!);
    out.push({ ids: orderForMerge(members).map((m) => m.id), reasons: [...reasons.get(root)!].sort((a, b) => STRENGTH[a] - STRENGTH[b]) });
  }
  // Strongest evidence first, then by name, so the list reads the same each time.
  return out.sort((a, b) => STRENGTH[a.reasons[0]!] - STRENGTH[b.reasons[0]!] || foldName(byId.get(a.ids[0]!)!.name).localeCompare(foldName(byId.get(b.ids[0]!)!.name)) || a.ids[0]! - b.ids[0]!);
}

/** The contact a merge keeps: one the user tagged by hand, else the one that knows most, else the oldest. */
function orderForMerge<T extends DupContact>(members: readonly T[]): T[] {
  const weight = (c: T) => (c.tagSource === 'manual' ? 1000 : 0) + c.handles.length + c.emails.length + (c.employer ? 1 : 0) + (c.role ? 1 : 0);
  return [...members].sort((a, b) => weight(b) - weight(a) || a.id - b.id);
}

export type TagChoice = { tag: ContactTag } | { conflict: ContactTag[] };

/**
 * The tag a merged contact gets: any tag beats 'untagged', 'both' covers 'work' and 'personal'. Work
 * against personal is the person's call (the page asks), never guessed.
 */
export function mergedTag(tags: readonly ContactTag[]): TagChoice {
  const set = new Set(tags.filter((t) => t !== 'untagged'));
  if (set.size === 0) return { tag: 'untagged' };
  if (set.has('both')) return { tag: 'both' };
  if (set.size === 1) return { tag: [...set][0]! };
  return { conflict: ['work', 'personal', 'both'] };
}

const union = (lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())];

export type MergeOutcome<T> = { keep: T; remove: number[] } | { conflict: ContactTag[] };

/**
 * Merges a group into its first contact (findDuplicates orders it): every handle, e-mail and source
 * kept, empty fields filled from the others, the stronger tag (or `tag`, the person's answer to a
 * conflict). The others are to be removed.
 */
export function mergeGroup<T extends DupContact>(group: readonly T[], tag?: ContactTag): MergeOutcome<T> {
  if (group.length < 2) throw new Error('mergeGroup: a group has at least two contacts');
  const choice = tag ? { tag } : mergedTag(group.map((c) => c.tag));
  if ('conflict' in choice) return choice;
  const [first, ...rest] = group as [T, ...T[]];
  const keep: T = {
    ...first,
    handles: union(group.map((c) => c.handles)),
    emails: union(group.map((c) => c.emails)),
    sources: union(group.map((c) => c.sources)),
    tag: choice.tag,
    tagSource: tag || group.some((c) => c.tagSource === 'manual') ? 'manual' : 'import',
  };
  for (const field of ['employer', 'title', 'role'] as const) {
    if (keep[field]) continue;
    const from = rest.find((c) => c[field]);
    if (from) (keep as DupContact)[field] = from[field] as never;
  }
  return { keep, remove: rest.map((c) => c.id) };
}
