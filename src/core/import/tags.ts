// When two imports disagree about someone (a LinkedIn connection who is also a Facebook friend), the
// person is both: work + personal → 'both' (which counts as work when Hatcheck warns). Any tag wins
// over 'untagged'. A tag the user set by hand is never passed through here (merge.ts keeps it).
import type { ContactTag } from '../audience';

export function combineImportedTags(a: ContactTag, b: ContactTag): ContactTag {
  if (a === b || b === 'untagged') return a;
  if (a === 'untagged') return b;
  return 'both';
}

const WORDS: Record<string, ContactTag> = {
  work: 'work', professional: 'work', business: 'work', colleague: 'work', colleagues: 'work', coworker: 'work', coworkers: 'work',
  'co-worker': 'work', 'co-workers': 'work', client: 'work', clients: 'work', manager: 'work', recruiter: 'work', recruiters: 'work',
  personal: 'personal', private: 'personal', friend: 'personal', friends: 'personal', family: 'personal',
  both: 'both', 'work and personal': 'both', 'work & personal': 'both',
  untagged: 'untagged', none: 'untagged', '': 'untagged',
};

/** A tag cell a person wrote ("Work", "friend") to a tag, or undefined when it means nothing we know. */
export function tagFromText(value: string): ContactTag | undefined {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}
