import type { Category, Level } from './types';

/** Words people read for each category id (the ids themselves are a contract, not UI text). */
const CATEGORY_LABELS: Record<Category, string> = {
  alcohol: 'alcohol',
  drugs: 'drugs',
  sexual: 'sexual content',
  profanity: 'swearing',
  absence: 'absence from work',
  'work-complaint': 'complaints about work',
  'job-search': 'job hunting',
  health: 'health',
  money: 'money',
  'personal-info': 'personal details',
  confidential: 'confidential matters',
  family: 'family',
  politics: 'politics',
  religion: 'religion',
  custom: 'your own terms',
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}

export const LEVEL_LABELS: Record<Level, string> = {
  none: 'No warning',
  notice: 'Notice',
  warn: 'Warning',
  confirm: 'Confirm before posting',
};
