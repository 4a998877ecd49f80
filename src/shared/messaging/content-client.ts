import type { DraftSnapshot, Verdict } from '../../core/types';
import { send } from './send';

// The whole surface a content script has: it can ask for a verdict, say a composer is gone, and
// say the page's compose boxes cannot be read. Nothing here returns contacts or settings.

export { ContextInvalidated } from './send';

export function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  return send('draft:check', snapshot);
}

export async function clearDraft(composerId: string): Promise<void> {
  await send('draft:clear', { composerId });
}

export async function reportProblem(problem: 'unrecognised-editor' | 'read-failed'): Promise<void> {
  await send('page:problem', { problem });
}
