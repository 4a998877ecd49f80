import { describe, expect, it } from 'vitest';
import { facets, filterRows, NO_FILTERS, toRow, compareRows } from '../../src/options/contacts/contact-filter';
import type { Contact } from '../../src/shared/storage/db';

let next = 1;
const contact = (name: string, extra: Partial<Contact> = {}): Contact => ({
  id: next++, name, nameKey: name.toLowerCase(), handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: ['linkedin-connections'], updatedAt: 1, ...extra,
});

const rows = [
  contact('José Núñez', { handles: ['linkedin:jose-nunez'], employer: 'Acme Inc.', tag: 'work', role: 'manager' }),
  contact('Ana Silva', { emails: ['ana@example.org'], tag: 'personal', sources: ['facebook-friends'] }),
  contact('Bob Stone', { handles: ['mastodon:bob@social.example'], emails: ['bob@acme.com'], tag: 'work', sources: ['manual', 'google-contacts'] }),
  contact('Dana Whitfield', { title: 'Head of Platform', tag: 'both' }),
].map(toRow).sort(compareRows);
const names = (filters: Partial<typeof NO_FILTERS>) => filterRows(rows, { ...NO_FILTERS, ...filters }).map((r) => r.contact.name);

describe('filterRows', () => {
  it('searches name (with or without accents), handle, e-mail, employer and title; every word must match', () => {
    expect(names({ search: 'jose' })).toEqual(['José Núñez']);
    expect(names({ search: 'NÚÑEZ' })).toEqual(['José Núñez']);
    expect(names({ search: 'acme' })).toEqual(['Bob Stone', 'José Núñez']);
    expect(names({ search: 'acme manag' })).toEqual([]); // a role is not searched text
    expect(names({ search: 'social.example' })).toEqual(['Bob Stone']);
    expect(names({ search: 'platform head' })).toEqual(['Dana Whitfield']);
    expect(names({ search: '  ' })).toHaveLength(4);
  });

  it('filters by tag, site, role and source, combined with the search', () => {
    expect(names({ tag: 'work' })).toEqual(['Bob Stone', 'José Núñez']);
    expect(names({ site: 'email' })).toEqual(['Ana Silva', 'Bob Stone']);
    expect(names({ site: 'mastodon', tag: 'work' })).toEqual(['Bob Stone']);
    expect(names({ role: 'manager' })).toEqual(['José Núñez']);
    expect(names({ role: 'none' })).toEqual(['Ana Silva', 'Bob Stone', 'Dana Whitfield']);
    expect(names({ source: 'manual' })).toEqual(['Bob Stone']);
    expect(names({ source: 'linkedin-connections', search: 'dana', tag: 'both' })).toEqual(['Dana Whitfield']);
    expect(names({ source: 'linkedin-connections', tag: 'personal' })).toEqual([]);
  });

  it('lists the sites and sources present, each once', () => {
    expect(facets(rows)).toEqual({ sites: ['email', 'linkedin', 'mastodon'], sources: ['facebook-friends', 'google-contacts', 'linkedin-connections', 'manual'] });
  });
});
