// The audience index (audience-index.ts) as one string, so a background worker that has just been
// started reads one stored record instead of every contact (50,000 rows cost seconds of structured
// clones on a loaded machine; one string is one copy, then one JSON.parse). Columns, not objects:
// the people's fields are parallel arrays and each Map is its keys and values side by side.
// Pure; the storage side (shared/storage/audience-index.ts) decides when a snapshot may be used.
import type { AudienceIndex, AudiencePerson, NetworkAudience } from './audience-index';
import type { Network } from './audience-sites';
import type { ContactRole, ContactTag } from './types';

/** Bumped whenever the layout below changes: an older snapshot is then rebuilt, never misread. */
export const SNAPSHOT_FORMAT = 1;

interface Columns {
  format: number;
  names: string[];
  tags: ContactTag[];
  /** `null` where the person has no role / no employer (JSON has no `undefined`). */
  roles: Array<ContactRole | null>;
  employers: Array<string | null>;
  networks: number[];
  rows: number[];
  audiences: Array<[string, NetworkAudience]>;
  byHandle: [string[], number[]];
  byEmail: [string[], number[]];
  byName: [string[], number[]];
  workDomains: string[];
  employerKeys: string[];
}

const mapColumns = (map: Map<string, number>): [string[], number[]] => [[...map.keys()], [...map.values()]];

function mapOf([keys, values]: [string[], number[]]): Map<string, number> {
  if (keys.length !== values.length) throw new Error('audience snapshot: map columns differ in length');
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i]!, values[i]!);
  return map;
}

export function encodeAudienceIndex(index: AudienceIndex): string {
  const columns: Columns = {
    format: SNAPSHOT_FORMAT,
    names: index.people.map((p) => p.name),
    tags: index.people.map((p) => p.tag),
    roles: index.people.map((p) => p.role ?? null),
    employers: index.people.map((p) => p.employer ?? null),
    networks: index.people.map((p) => p.networks),
    rows: index.people.map((p) => p.rows),
    audiences: Object.entries(index.networks),
    byHandle: mapColumns(index.byHandle),
    byEmail: mapColumns(index.byEmail),
    byName: mapColumns(index.byName),
    workDomains: index.rules.workDomains,
    employerKeys: [...index.rules.employerKeys],
  };
  return JSON.stringify(columns);
}

/** The index a snapshot holds; `undefined` for a snapshot of another format or a damaged one (then rebuild). */
export function decodeAudienceIndex(text: string): AudienceIndex | undefined {
  try {
    const c = JSON.parse(text) as Columns;
    if (c?.format !== SNAPSHOT_FORMAT) return undefined;
    const n = c.names.length;
    if ([c.tags, c.roles, c.employers, c.networks, c.rows].some((column) => column.length !== n)) return undefined;
    const people: AudiencePerson[] = new Array<AudiencePerson>(n);
    for (let id = 0; id < n; id++) {
      const person: AudiencePerson = { id, name: c.names[id]!, tag: c.tags[id]!, networks: c.networks[id]!, rows: c.rows[id]! };
      const role = c.roles[id];
      const employer = c.employers[id];
      if (role) person.role = role;
      if (employer) person.employer = employer;
      people[id] = person;
    }
    return {
      people,
      networks: Object.fromEntries(c.audiences) as Record<Network, NetworkAudience>,
      byHandle: mapOf(c.byHandle),
      byEmail: mapOf(c.byEmail),
      byName: mapOf(c.byName),
      rules: { workDomains: c.workDomains, employerKeys: new Set(c.employerKeys) },
    };
  } catch {
    return undefined;
  }
}
