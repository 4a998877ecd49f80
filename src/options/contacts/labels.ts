// Words for tags, roles, sites and sources in the contacts table, its filters and bulk actions.
import type { ContactTag } from '../../core/audience';
import { FORMAT_LABELS, type ImportFormat } from '../../core/import/types';
import type { ContactRole } from '../../shared/storage/db';

export const TAGS: Array<{ value: ContactTag; label: string }> = [
  { value: 'work', label: 'Work' },
  { value: 'personal', label: 'Personal' },
  { value: 'both', label: 'Work and personal' },
  { value: 'untagged', label: 'Not tagged' },
];

export const TAG_LABEL = Object.fromEntries(TAGS.map((t) => [t.value, t.label])) as Record<ContactTag, string>;

export const ROLE_LABELS: Record<ContactRole, string> = {
  manager: 'Manager', colleague: 'Colleague', report: 'Reports to me', client: 'Client', recruiter: 'Recruiter', friend: 'Friend', family: 'Family',
};

const SITE_LABELS: Record<string, string> = {
  email: 'E-mail', linkedin: 'LinkedIn', facebook: 'Facebook', x: 'X', mastodon: 'Mastodon', bluesky: 'Bluesky', reddit: 'Reddit',
  instagram: 'Instagram', threads: 'Threads', slack: 'Slack', discord: 'Discord', teams: 'Teams', youtube: 'YouTube', github: 'GitHub',
};

export const siteLabel = (site: string) => SITE_LABELS[site] ?? site;

/** 'manual' or an import format, as people name them ("LinkedIn Connections.csv"). */
export function sourceLabel(source: string): string {
  if (source === 'manual') return 'Added or edited by hand';
  return FORMAT_LABELS[source as ImportFormat] ?? source;
}

export const count = (n: number) => n.toLocaleString('en');
