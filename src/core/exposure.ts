// The exposure report: which of the user's personal audiences hold work contacts ("12 of your
// Facebook friends are LinkedIn connections at Acme, including your manager Dana"). Pure; it reads
// the audience index, where the same person on LinkedIn and Facebook — joined by e-mail, handle, or
// normalised name plus employer, and by name alone when an import merged a Facebook friend into a
// LinkedIn connection (core/import/merge.ts) — is one person.
import { WORK_ROLES, compareNamed, isWorkTag, networkBit, networksOf, type AudienceIndex, type AudiencePerson } from './audience-index';
import { siteAudience, type Network } from './audience-sites';
import { employerKey } from './import/match-keys';
import type { NamedContact } from './types';

/** Networks where people post about their own lives. */
export const PERSONAL_NETWORKS: readonly Network[] = ['facebook', 'x', 'bluesky', 'mastodon', 'discord'];

export interface ExposureGroup {
  /** The employer as the contacts spell it; empty when the contacts give none. */
  employer: string;
  /** Whether these people are also the user's LinkedIn connections. */
  onLinkedIn: boolean;
  count: number;
  /** At most five, most senior relation first. */
  named: NamedContact[];
  sentence: string;
}

export interface NetworkExposure {
  network: Network;
  /** "Facebook friends". */
  audience: string;
  /** People the user knows on this network. */
  people: number;
  /** Of them, work (or both). */
  work: number;
  sentence: string;
  /** Largest first; at most MAX_GROUPS, the rest counted in `otherWork`. */
  groups: ExposureGroup[];
  otherWork: number;
}

export interface ExposureReport {
  /** Personal networks that hold at least one person, most exposed first. */
  networks: NetworkExposure[];
  /** People the user knows (rows folded into people). */
  people: number;
  /** People found on more than one network. */
  acrossNetworks: number;
}

const MAX_GROUPS = 5;
const MAX_NAMED = 5;

function namedOf(people: readonly AudiencePerson[]): NamedContact[] {
  return [...people].sort(compareNamed).slice(0, MAX_NAMED).map((p) => (p.role && WORK_ROLES.has(p.role) ? { name: p.name, role: p.role, mentioned: false } : { name: p.name, mentioned: false }));
}

function includingTop(named: readonly NamedContact[]): string {
  const top = named[0];
  return top?.role && WORK_ROLES.has(top.role) ? `, including your ${top.role} ${top.name}` : '';
}

function groupSentence(audience: string, g: Omit<ExposureGroup, 'sentence'>): string {
  const n = g.count;
  const are = n === 1 ? 'is' : 'are';
  const lead = `${n} of your ${audience}`;
  const what = g.onLinkedIn
    ? `${are} ${n === 1 ? 'a LinkedIn connection' : 'LinkedIn connections'}${g.employer ? ` at ${g.employer}` : ''}`
    : g.employer ? `${n === 1 ? 'works' : 'work'} at ${g.employer}` : `${are} tagged work`;
  return `${lead} ${what}${includingTop(g.named)}`;
}

export function exposureReport(index: AudienceIndex): ExposureReport {
  const networks: NetworkExposure[] = [];
  const linkedin = networkBit('linkedin');
  for (const network of PERSONAL_NETWORKS) {
    const bit = networkBit(network);
    const members = index.people.filter((p) => (p.networks & bit) !== 0);
    if (members.length === 0) continue;
    const audience = siteAudience(network)?.audienceNoun ?? `${network} contacts`;
    const work = members.filter((p) => isWorkTag(p.tag));
    const buckets = new Map<string, { employer: string; onLinkedIn: boolean; people: AudiencePerson[] }>();
    for (const p of work) {
      const onLinkedIn = (p.networks & linkedin) !== 0;
      const key = `${onLinkedIn ? 1 : 0}\u0000${employerKey(p.employer)}`;
      const bucket = buckets.get(key) ?? { employer: p.employer?.trim() ?? '', onLinkedIn, people: [] };
      bucket.people.push(p);
      buckets.set(key, bucket);
    }
    const all = [...buckets.values()]
      .map((b) => ({ employer: b.employer, onLinkedIn: b.onLinkedIn, count: b.people.length, named: namedOf(b.people) }))
      // Largest first; an employer named before none; then by name, so the order is stable.
      .sort((a, b) => b.count - a.count || Number(!a.employer) - Number(!b.employer) || (a.employer < b.employer ? -1 : a.employer > b.employer ? 1 : 0) || Number(b.onLinkedIn) - Number(a.onLinkedIn));
    const groups = all.slice(0, MAX_GROUPS).map((g) => ({ ...g, sentence: groupSentence(audience, g) }));
    const otherWork = all.slice(MAX_GROUPS).reduce((sum, g) => sum + g.count, 0);
    const sentence = work.length === 0
      ? `None of your ${audience} (${members.length}) is a work contact`
      : `${work.length} of your ${members.length} ${audience} ${work.length === 1 ? 'is a work contact' : 'are work contacts'}${includingTop(namedOf(work))}`;
    networks.push({ network, audience, people: members.length, work: work.length, sentence, groups, otherWork });
  }
  networks.sort((a, b) => b.work - a.work || b.people - a.people);
  const acrossNetworks = index.people.filter((p) => networksOf(p.networks).filter((n) => n !== 'email').length > 1).length;
  return { networks, people: index.people.length, acrossNetworks };
}
