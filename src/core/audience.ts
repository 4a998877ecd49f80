import type { AudienceKind, AudienceSummary, Mention } from './types';

/** `both`: a friend who is also a colleague; for exposure they count as work. */
export type ContactTag = 'work' | 'personal' | 'both' | 'untagged';

export interface MatchedMention {
  mention: Mention;
  tag: ContactTag;
}

interface SiteAudience {
  label: string;
  /** The audience a post has when nothing else is known. */
  defaultKind: AudienceKind;
  /** Visibility labels (lower case) that narrow the audience, with their kind and phrase. */
  visibilities: Record<string, { kind: AudienceKind; phrase: string }>;
}

// LinkedIn is a professional network whatever the visibility: connections are colleagues,
// recruiters and clients. Labels as LinkedIn shows them in the author/audience button (2026-08).
const SITES: Record<string, SiteAudience> = {
  linkedin: {
    label: 'LinkedIn',
    defaultKind: 'professional',
    visibilities: {
      anyone: { kind: 'professional', phrase: 'Anyone on or off LinkedIn' },
      'connections only': { kind: 'professional', phrase: 'Your LinkedIn connections' },
      group: { kind: 'professional', phrase: 'A LinkedIn group' },
    },
  },
};

function visibilityOf(site: SiteAudience | undefined, visibility: string): { kind: AudienceKind; phrase: string } {
  if (!site) return { kind: 'public', phrase: 'An audience Hatcheck cannot see' };
  const key = visibility.toLowerCase().replace(/^post to\s+/, '').trim();
  // Own keys only: a label like "constructor" must not find Object.prototype's.
  const known = Object.hasOwn(site.visibilities, key) ? site.visibilities[key] : undefined;
  return known ?? { kind: site.defaultKind, phrase: visibility ? `${visibility} on ${site.label}` : `Your ${site.label} audience` };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Who will see the post: the site's visibility joined with the user's own audience map.
 * Pure; the background looks the mentions up in the contact store and passes the tags in.
 */
export function resolveAudience(site: string, visibility: string, matched: readonly MatchedMention[]): AudienceSummary {
  const base = visibilityOf(Object.hasOwn(SITES, site) ? SITES[site] : undefined, visibility);
  const workMentions = matched.filter((m) => m.tag === 'work' || m.tag === 'both').map((m) => m.mention.name);
  const personalMentions = matched.filter((m) => m.tag === 'personal').map((m) => m.mention.name);
  // Mentioning a work contact notifies them: the audience is professional whatever the setting.
  const kind: AudienceKind = workMentions.length > 0 ? 'professional' : base.kind;
  const description = workMentions.length > 0
    ? `${base.phrase}, including ${plural(workMentions.length, 'work contact')} you mentioned (${workMentions.join(', ')})`
    : base.phrase;
  return { kind, description, visibility, workMentions, personalMentions };
}

export function siteLabel(site: string): string {
  return (Object.hasOwn(SITES, site) ? SITES[site]?.label : undefined) ?? site;
}
