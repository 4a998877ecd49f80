import browser from 'webextension-polyfill';
import type { ComposerState, TabState, Verdict } from '../../core/types';

// Per-tab facts live in storage.session: memory only, cleared when the browser closes, and not
// exposed to content scripts (its default access level). The worker may die between any two
// events, so nothing here is kept in module variables.

const key = (tabId: number) => `tab:${tabId}`;
const MAX_COMPOSERS = 10;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

/** Records a verdict for a composer, without its draft text. */
export function composerState(composerId: string, verdict: Verdict, now: number): ComposerState {
  return {
    composerId,
    level: verdict.level,
    headline: verdict.headline,
    findings: verdict.findings.map(({ text: _dropped, ...rest }) => rest),
    audience: verdict.audience,
    identity: verdict.identity,
    reasons: verdict.reasons,
    updatedAt: now,
  };
}

export async function recordVerdict(tabId: number, site: string, url: string, state: ComposerState): Promise<TabState> {
  const previous = await readTabState(tabId);
  const others = (previous?.url === url || previous?.site === site ? previous.composers : []).filter((c) => c.composerId !== state.composerId);
  const next: TabState = { tabId, site, url, composers: [state, ...others].slice(0, MAX_COMPOSERS) };
  // A box that works says nothing about the one that did not: the page's problem stays.
  if (previous?.url === url && previous.problem) next.problem = previous.problem;
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

export async function clearComposer(tabId: number, composerId: string): Promise<TabState | null> {
  const previous = await readTabState(tabId);
  if (!previous) return null;
  const next: TabState = { ...previous, composers: previous.composers.filter((c) => c.composerId !== composerId) };
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

/** Records the self-test's finding for the tab's current page (a new URL starts clean). */
export async function recordProblem(tabId: number, site: string, url: string, problem: TabState['problem']): Promise<TabState> {
  const previous = await readTabState(tabId);
  const same = previous?.url === url;
  const next: TabState = { tabId, site, url, composers: same ? previous.composers : [], problem };
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export function onTabStateChanged(tabId: number, listener: (state: TabState | null) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>) => {
    const change = changes[key(tabId)];
    if (change) listener((change.newValue as TabState | undefined) ?? null);
  };
  browser.storage.session.onChanged.addListener(handler);
  return () => browser.storage.session.onChanged.removeListener(handler);
}
