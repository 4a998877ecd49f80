import type { DraftSnapshot, Verdict } from '../../core/types';
import { send } from './send';

// The whole surface a content script has: it can ask for a verdict and say a composer is gone.
// Nothing here returns contacts or settings.

export { ContextInvalidated } from './send';

export function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  return send('draft:check', snapshot);
}

export async function clearDraft(composerId: string): Promise<void> {
  await send('draft:clear', { composerId });
}
