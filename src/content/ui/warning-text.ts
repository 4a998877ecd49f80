import type { Category, ContactRole, Level, NamedContact, Verdict } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';

// Every sentence the in-page UI shows, built from the i18n catalogue (public/_locales). The
// verdict's own sentences (audience description, a finding's explanation) come from the worker.

const LEVEL_KEYS: Record<Level, MessageKey> = {
  none: 'level_none',
  notice: 'level_notice',
  warn: 'level_warn',
  confirm: 'level_confirm',
};

export function categoryText(category: Category): string {
  return t(`category_${category.replace('-', '_')}` as MessageKey);
}

export function categoriesOf(verdict: Verdict): string[] {
  return [...new Set(verdict.findings.map((f) => categoryText(f.category)))];
}

/** The badge's accessible name: level, what was found, who will see it. */
export function badgeLabel(verdict: Verdict | undefined): string {
  if (!verdict) return t('badge_checking');
  if (verdict.level === 'none') return t('badge_label_none', verdict.audience.description);
  return t('badge_label', t(LEVEL_KEYS[verdict.level]), categoriesOf(verdict).join(', '), verdict.audience.description);
}

/** What the badge shows: who the user is posting as, and how many topics were found. */
export function badgeText(verdict: Verdict | undefined): string {
  if (!verdict) return t('badge_text_idle');
  const who = verdict.identity.name || t('badge_text_idle');
  if (verdict.level === 'none' || verdict.findings.length === 0) return t('badge_text_none', who);
  const n = new Set(verdict.findings.map((f) => f.category)).size;
  return n === 1 ? t('badge_text_one_topic', who) : t('badge_text_topics', who, n);
}

/** The alert's title. Names the level first: screen readers announce it as the alert's start. */
export function alertTitle(verdict: Verdict): string {
  return t(verdict.level === 'confirm' ? 'alert_title_confirm' : 'alert_title_warn', categoriesOf(verdict).join(', '));
}

/** The held submit's dialog title. */
export function dialogTitle(verdict: Verdict, kind: 'post' | 'comment' | 'message'): string {
  return t(kind === 'message' ? 'dialog_title_message' : 'dialog_title', categoriesOf(verdict).join(', '));
}

function contactText(contact: NamedContact): string {
  return contact.role ? t('contact_with_role', contact.name, t(`role_${contact.role}` satisfies `role_${ContactRole}`)) : contact.name;
}

/** Who can see the post, the work contacts among them by name, and who the user posts as. */
export function audienceLine(verdict: Verdict): string {
  const parts = [t('who_can_see', verdict.audience.description)];
  // People the draft mentions are named in the description already.
  const named = (verdict.audience.named ?? []).filter((n) => !n.mentioned);
  if (named.length) parts.push(t('including_contacts', named.map(contactText).join(', ')));
  const { identity } = verdict;
  if (identity.kind === 'brand') parts.push(t('posting_as_brand', identity.name));
  else if (identity.name) parts.push(t('posting_as', identity.name));
  return parts.join(' ');
}
