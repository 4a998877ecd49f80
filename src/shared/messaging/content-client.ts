import type { ActiveProfile, Category, DraftSnapshot, Level, Verdict } from '../../core/types';
import type { PhraseIgnored } from './protocol';
import { send } from './send';

// The whole surface a content script has: it can ask for a verdict, say a composer is gone, say the
// page's compose boxes cannot be read, and carry out the warning panel's actions. Nothing here
// returns contacts or settings; the site is always the one the browser attributes to the tab.

export { ContextInvalidated } from './send';

export function checkDraft(snapshot: DraftSnapshot): Promise<Verdict> {
  return send('draft:check', snapshot);
}

/**
 * Starts the worker if MV3 stopped it (src/content/worker-wake.ts); the worker also reads its
 * audience index, so the verdict after the debounce finds everything loaded. Carries nothing.
 */
export async function wakeWorker(): Promise<void> {
  await send('worker:wake', null);
}

export async function clearDraft(composerId: string): Promise<void> {
  await send('draft:clear', { composerId });
}

export async function reportProblem(problem: 'unrecognised-editor' | 'read-failed'): Promise<void> {
  await send('page:problem', { problem });
}

export type { PhraseIgnored } from './protocol';

/**
 * "Ignore this phrase for this identity": `profile` is the draft's (as in the snapshot); the worker
 * picks the identity exactly as draft:check does. The next check no longer reports the phrase
 * when the answer's `result` is `added` or `already-ignored`.
 */
export function ignorePhrase(phrase: string, profile: ActiveProfile): Promise<PhraseIgnored> {
  return send('phrase:ignore', { phrase, profile });
}

/** "Snooze on this site": warnings off on this site for `minutes` (1–1440); answers when it ends (ms since the epoch). */
export function snoozeSite(minutes: number): Promise<{ until: number }> {
  return send('site:snooze', { minutes });
}

/** Opens the popup for this tab in a small window, where the user can switch identity. */
export async function openPopup(): Promise<void> {
  await send('popup:open', null);
}

/** What the user did with a warning: counted per week for the History chart; never any text. */
export async function recordDecision(decision: 'posted-anyway' | 'edited' | 'dismissed', level: Level, categories: readonly Category[]): Promise<void> {
  // Each category once (there are fewer than the protocol's 20), so a long list is never refused.
  // One id for the decision: send() retries the same message while the worker wakes, and the worker
  // counts an id once.
  await send('decision:record', { id: crypto.randomUUID(), decision, level, categories: [...new Set(categories)].slice(0, 20) });
}

/** Which site the worker says this page is (`mastodon`, `web:<host>`, …), from the browser's URL. */
export async function pageSite(): Promise<string> {
  return (await send('page:site', null)).site;
}
