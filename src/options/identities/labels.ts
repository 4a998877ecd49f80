import type { AudienceKind, IdentityKind, Level } from '../../core/types';

export const KIND_LABELS: Record<IdentityKind, string> = { personal: 'Personal', work: 'Work', brand: 'Brand' };

/** The policy's words: 'none' is shown as "Ignore" (no warning at all). */
export const POLICY_LEVEL_LABELS: Record<Level, string> = { none: 'Ignore', notice: 'Notice', warn: 'Warn', confirm: 'Confirm' };

export const AUDIENCE_LABELS: Record<AudienceKind, string> = {
  professional: 'Professional audience',
  public: 'Public, audience unknown',
  personal: 'Personal only',
};
