// Who will see the post: the site's visibility setting, who the user is posting as, the people the
// draft mentions or addresses, and the user's own audience map (the index of their contacts),
// joined into one summary with a sentence a person can read. Pure: the background builds the index
// from the contact store and passes it in; only the summary (at most five names) leaves the worker.
import { EMPTY_INDEX, MAX_NAMED, WORK_ROLES, compareNamed, emptyCounts, findPerson, isWorkAddress, isWorkTag, networkBit, type AudienceIndex, type AudiencePerson } from './audience-index';
import { siteAudience, visibilityMeaning } from './audience-sites';
import type { AudienceCounts, AudienceKind, AudienceSummary, ContactTag, IdentityKind, Mention, NamedContact, VisibilityKind } from './types';

export type { ContactTag } from './types';

/** A mention already looked up by the caller (kept for callers that match mentions themselves). */
export interface MatchedMention {
  mention: Mention;
  tag: ContactTag;
}

export interface AudienceInput {
  site: string;
  /** The site's own label ("Friends except…", "Connections only"); empty when the page gives none. */
  visibility: string;
  /** Mentions, or an e-mail's recipients (handles `email:…`). */
  mentions: readonly Mention[];
  /** Who the user is posting as; a work or brand identity's followers are a professional audience. */
  identityKind?: IdentityKind;
  /** The user's contacts, folded (buildAudienceIndex, with the identities' work domains and employers). */
  index?: AudienceIndex;
  /**
   * Who reads what the user writes on this site, as the user said in the popup (a site enabled for
   * the generic adapter, `web:<host>`, which has no visibility setting Hatcheck can read). A
   * mentioned work contact still makes it professional.
   */
  chosenAudience?: AudienceKind;
}

const CHOSEN_WORDS: Record<AudienceKind, string> = { professional: 'a professional audience', public: 'anyone (a public audience)', personal: 'a personal audience' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Visibilities whose audience is a list of people the draft names, not a network. */
const BY_PEOPLE: ReadonlySet<VisibilityKind> = new Set(['mentioned-only', 'recipients']);
/** Visibilities whose audience is the user's people on the network (or a part of them). */
const NETWORK_WIDE: ReadonlySet<VisibilityKind> = new Set(['public', 'friends', 'friends-except', 'connections', 'followers']);

interface Addressed {
  /** Display name: the contact's, else the page's, else the address. */
  name: string;
  person?: AudiencePerson;
  tag: ContactTag;
  /** Not in the contacts; `tag` is from the work domains or 'untagged'. */
  unknown: boolean;
}

/** Each mention once per person (a name and a handle for the same contact count once). */
function addressed(index: AudienceIndex, mentions: readonly Mention[]): Addressed[] {
  const out: Addressed[] = [];
  const seenPeople = new Set<number>();
  const seenUnknown = new Set<string>();
  for (const mention of mentions) {
    const person = findPerson(index, mention);
    if (person) {
      if (seenPeople.has(person.id)) continue;
      seenPeople.add(person.id);
      out.push({ name: person.name || mention.name, person, tag: person.tag, unknown: false });
      continue;
    }
    const address = mention.handle.startsWith('email:') ? mention.handle.slice('email:'.length).toLowerCase() : '';
    const key = address || mention.handle || mention.name.trim().toLowerCase();
    if (!key || seenUnknown.has(key)) continue;
    seenUnknown.add(key);
    // In e-mail, an address on a work domain is a work contact even if the user never stored it.
    const work = address !== '' && isWorkAddress(index.rules, address);
    out.push({ name: mention.name.trim() || address || mention.handle, tag: work ? 'work' : 'untagged', unknown: true });
  }
  return out;
}

function rolePhrase(n: NamedContact): string {
  return n.role && WORK_ROLES.has(n.role) ? `your ${n.role} ${n.name}` : n.name;
}

/** "14 work contacts, including your manager Dana, can see this" (or "1 work contact, your manager Dana, can see this"). */
function workSentence(work: number, top: NamedContact | undefined): string {
  const who = top?.role && WORK_ROLES.has(top.role) ? rolePhrase(top) : '';
  if (!who) return `${plural(work, 'work contact')} can see this`;
  return work === 1 ? `1 work contact, ${who}, can see this` : `${plural(work, 'work contact')}, including ${who}, can see this`;
}

export function resolveAudience(input: AudienceInput): AudienceSummary {
  const { site, visibility, mentions } = input;
  const index = input.index ?? EMPTY_INDEX;
  const table = siteAudience(site);
  const meaning = visibilityMeaning(site, visibility);
  const people = addressed(index, mentions);
  const byPeople = BY_PEOPLE.has(meaning.kind) || (table?.network === 'email' && meaning.kind !== 'only-me');
  const visibilityKind: VisibilityKind = table?.network === 'email' ? 'recipients' : meaning.kind;

  // Who can see it: the network's people (for network-wide settings) plus everyone the draft
  // addresses; for mentioned-only and e-mail, the addressed people alone.
  const counts: AudienceCounts = emptyCounts();
  let candidates: Array<{ key: string; contact: NamedContact }> = [];
  let networkKnown = 0;
  if (table && NETWORK_WIDE.has(meaning.kind) && !byPeople) {
    const entry = index.networks[table.network];
    Object.assign(counts, entry.counts);
    networkKnown = entry.counts.work + entry.counts.personal + entry.counts.both + entry.counts.untagged;
    candidates = entry.top.map((id) => index.people[id]!).map((p) => named(p.name, p, false));
  }
  const inNetwork = (p: Addressed) => table !== undefined && networkKnown > 0 && p.person !== undefined && (p.person.networks & networkBit(table.network)) !== 0;
  const mentionedWork: Addressed[] = [];
  for (const p of people) {
    if (isWorkTag(p.tag)) mentionedWork.push(p);
    if (!inNetwork(p)) counts[p.tag]++;
  }
  // Mentioned first among equals; each person once.
  const mentionedNames = new Set(mentionedWork.map((p) => (p.person ? `#${p.person.id}` : p.name)));
  candidates = candidates.filter((c) => !mentionedNames.has(c.key));
  const all = [...mentionedWork.map((p) => named(p.name, p.person, true, p.unknown ? p.name : undefined)), ...candidates]
    .sort((a, b) => compareNamed(a.contact, b.contact) || Number(b.contact.mentioned) - Number(a.contact.mentioned));
  const namedContacts = all.slice(0, MAX_NAMED).map((c) => c.contact);
  const work = counts.work + counts.both;

  // Professional or not.
  let kind: AudienceKind;
  if (input.chosenAudience && mentionedWork.length === 0) {
    const where = siteLabel(site);
    const description = `Your readers on ${where}: ${CHOSEN_WORDS[input.chosenAudience]}, as you chose`;
    const reason = `You said what you write on ${where} reaches ${CHOSEN_WORDS[input.chosenAudience]}`;
    return { kind: input.chosenAudience, description, visibility, workMentions: [], personalMentions: people.filter((p) => p.tag === 'personal').map((p) => p.name), visibilityKind: 'unknown', counts, named: namedContacts, reason };
  }
  if (mentionedWork.length > 0) kind = 'professional'; // mentioning a work contact notifies them, whatever the setting
  else if (meaning.kind === 'only-me') kind = 'personal';
  else if (table?.professional) kind = 'professional';
  else if (!byPeople && (input.identityKind === 'work' || input.identityKind === 'brand')) kind = 'professional';
  else if (work > 0) kind = 'professional';
  else if (byPeople) kind = people.length === 0 || people.every((p) => !p.unknown) ? 'personal' : 'public';
  else if (NETWORK_WIDE.has(meaning.kind) && meaning.kind !== 'public' && !meaning.broad && networkKnown > 0) kind = 'personal';
  else kind = 'public';

  const workMentions = mentionedWork.map((p) => p.name);
  const personalMentions = people.filter((p) => p.tag === 'personal').map((p) => p.name);
  const description = describe(meaning.phrase, byPeople, people.length, visibilityKind, workMentions, work, namedContacts);
  const reason = explain({ site, kind, visibilityKind, phrase: meaning.phrase, broad: meaning.broad === true, work, networkKnown, people, namedContacts, professionalSite: table?.professional === true, audienceNoun: table?.audienceNoun });
  return { kind, description, visibility, workMentions, personalMentions, visibilityKind, counts, named: namedContacts, reason };
}

function named(name: string, person: AudiencePerson | undefined, mentioned: boolean, unknownKey?: string): { key: string; contact: NamedContact } {
  const contact: NamedContact = { name, mentioned };
  if (person?.role && (WORK_ROLES.has(person.role) || isWorkTag(person.tag))) contact.role = person.role;
  return { key: person ? `#${person.id}` : (unknownKey ?? name), contact };
}

/** The phrase after "Who can see it:": the setting, then the work contacts in it. */
function describe(phrase: string, byPeople: boolean, addressedCount: number, visibilityKind: VisibilityKind, workMentions: string[], work: number, top: NamedContact[]): string {
  const topRole = top.find((n) => !n.mentioned && n.role && WORK_ROLES.has(n.role));
  if (byPeople) {
    const base = visibilityKind === 'recipients' ? (addressedCount ? plural(addressedCount, 'recipient') : 'No recipients yet') : phrase;
    const role = top[0]?.role && WORK_ROLES.has(top[0].role) ? ` (${rolePhrase(top[0])})` : '';
    return work > 0 ? `${base}, including ${plural(work, 'work contact')}${role}` : base;
  }
  const parts: string[] = [];
  if (workMentions.length) parts.push(`${plural(workMentions.length, 'work contact')} you mentioned (${workMentions.join(', ')})`);
  const others = work - workMentions.length;
  if (others > 0) {
    const role = topRole ? ` (${rolePhrase(topRole)})` : '';
    parts.push(`${plural(others, workMentions.length ? 'other work contact' : 'work contact')}${role}`);
  }
  return parts.length ? `${phrase}, including ${parts.join(' and ')}` : phrase;
}

interface ExplainInput {
  site: string;
  kind: AudienceKind;
  visibilityKind: VisibilityKind;
  phrase: string;
  broad: boolean;
  work: number;
  networkKnown: number;
  people: Addressed[];
  namedContacts: NamedContact[];
  professionalSite: boolean;
  audienceNoun?: string;
}

/** The reason, as one sentence: who can see it and why that makes the audience what it is. */
function explain(x: ExplainInput): string {
  const top = x.namedContacts[0];
  const site = siteAudience(x.site)?.label;
  switch (x.visibilityKind) {
    case 'only-me':
      return x.work > 0 ? workSentence(x.work, top) : 'Only you can see this';
    case 'public': {
      const role = top?.role && WORK_ROLES.has(top.role) ? ` (${rolePhrase(top)})` : '';
      if (x.work > 0) return `Public post: anyone, including ${plural(x.work, 'work contact')}${role}, can see it`;
      if (x.professionalSite) return `Public post on ${site}, a professional network: anyone can see it`;
      return 'Public post: anyone can see it';
    }
    case 'friends':
    case 'friends-except':
    case 'connections':
    case 'followers': {
      if (x.work > 0) return workSentence(x.work, top);
      if (x.professionalSite) return `${x.phrase} can see this: a professional audience`;
      if (x.broad) return `${x.phrase} can see this, including people you do not know`;
      if (x.networkKnown === 0) return `${x.phrase} can see this; Hatcheck does not know who they are (import your ${x.audienceNoun ?? 'contacts'} to find out)`;
      return `${x.phrase} can see this; none of the ${x.networkKnown} you know there is a work contact`;
    }
    case 'mentioned-only':
    case 'recipients': {
      const n = x.people.length;
      const noun = x.visibilityKind === 'recipients' ? 'recipient' : 'person you mention';
      const nouns = x.visibilityKind === 'recipients' ? 'recipients' : 'people you mention';
      if (n === 0) return x.visibilityKind === 'recipients' ? 'No recipients yet' : 'Only you can see this until you mention someone';
      if (x.work > 0) {
        const who = top?.role && WORK_ROLES.has(top.role) ? `, including ${rolePhrase(top)}` : '';
        return x.work === n ? `${n === 1 ? `The ${noun} is a work contact` : `All ${n} ${nouns} are work contacts`}${who}` : `${x.work} of the ${n} ${nouns} ${x.work === 1 ? 'is a work contact' : 'are work contacts'}${who}`;
      }
      const unknown = x.people.filter((p) => p.unknown).length;
      if (unknown > 0 && x.visibilityKind === 'recipients') {
        return unknown === 1 ? '1 recipient is not in your contacts and not on a work domain' : `${unknown} recipients are not in your contacts, and none is on a work domain`;
      }
      if (unknown > 0) return `${unknown === 1 ? '1 person you mention is' : `${unknown} people you mention are`} not in your contacts: Hatcheck cannot tell who they are`;
      return n === 1 ? `Only the ${noun} can see this, and they are not a work contact` : `Only the ${n} ${nouns} can see this; none is a work contact`;
    }
    case 'channel':
      if (x.work > 0) return workSentence(x.work, top);
      return x.professionalSite ? `${x.phrase}: a workplace audience Hatcheck cannot list` : `${x.phrase}: Hatcheck cannot see who is in it`;
    case 'unknown':
    default:
      if (x.work > 0) return workSentence(x.work, top);
      if (x.professionalSite) return `${x.phrase}: a professional audience`;
      return site ? `${x.phrase}: Hatcheck cannot tell who can see this` : 'Hatcheck cannot see who can see this';
  }
}

export function siteLabel(site: string): string {
  // A site the user enabled (`web:forum.example.com`) is called by its host.
  return siteAudience(site)?.label ?? (site.startsWith('web:') ? site.slice(4) : site);
}
