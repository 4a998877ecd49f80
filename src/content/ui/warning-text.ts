import { categoryLabel } from '../../core/labels';
import type { Level, Verdict } from '../../core/types';

const LEVEL_NAMES: Record<Level, string> = {
  none: 'no warning',
  notice: 'notice',
  warn: 'warning',
  confirm: 'check before posting',
};

export function categoriesOf(verdict: Verdict): string[] {
  return [...new Set(verdict.findings.map((f) => categoryLabel(f.category)))];
}

/** The badge's accessible name: level, what was found, who will see it. */
export function badgeLabel(verdict: Verdict | undefined): string {
  if (!verdict) return 'Hatcheck: checking this post';
  if (verdict.level === 'none') return `Hatcheck: nothing personal found. Who can see it: ${verdict.audience.description}.`;
  return `Hatcheck ${LEVEL_NAMES[verdict.level]}: ${categoriesOf(verdict).join(', ')}. Who can see it: ${verdict.audience.description}.`;
}

export function badgeText(verdict: Verdict | undefined): string {
  if (!verdict) return 'Hatcheck';
  if (verdict.level === 'none') return 'Hatcheck ✓';
  const n = new Set(verdict.findings.map((f) => f.category)).size;
  return `Hatcheck · ${n} ${n === 1 ? 'topic' : 'topics'}`;
}

/** The alert's title. Names the level first: screen readers announce it as the alert's start. */
export function alertTitle(verdict: Verdict): string {
  const level = verdict.level === 'confirm' ? 'Hatcheck: check before posting' : 'Hatcheck warning';
  return `${level}: ${categoriesOf(verdict).join(', ')}`;
}

export function audienceLine(verdict: Verdict): string {
  const as = verdict.identity.kind === 'brand' ? ` You are posting as ${verdict.identity.name}, a brand account.` : verdict.identity.name ? ` Posting as ${verdict.identity.name}.` : '';
  return `Who can see it: ${verdict.audience.description}.${as}`;
}
