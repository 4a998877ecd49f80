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
export function composerState(composerId: string, verdict: Verdict, now: number, account?: ComposerState['account']): ComposerState {
  return {
    composerId,
    ...(account?.handle ? { account } : {}),
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
  // A snooze belongs to the site, not the page (markSiteSnoozed).
  if (previous?.site === site && previous.snoozedUntil !== undefined) next.snoozedUntil = previous.snoozedUntil;
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
  if (previous?.site === site && previous.snoozedUntil !== undefined) next.snoozedUntil = previous.snoozedUntil;
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

/**
 * Writes a site's snooze (or its end, with `until` undefined) into the state of every tab on that
 * site, so an open popup sees it change; `tab` gets a state even if nothing was checked there yet.
 * The setting (snoozes.ts) stays the authority: the `tab:state` answer is read from it.
 */
export async function markSiteSnoozed(site: string, until: number | undefined, tab?: { tabId: number; url: string }): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const writes: Record<string, TabState> = {};
  for (const [k, value] of Object.entries(all)) {
    const state = value as TabState | undefined;
    if (!k.startsWith('tab:') || state?.site !== site) continue;
    writes[k] = withSnooze(state, until);
  }
  if (tab && !writes[key(tab.tabId)]) writes[key(tab.tabId)] = withSnooze({ tabId: tab.tabId, site, url: tab.url, composers: [] }, until);
  if (Object.keys(writes).length) await browser.storage.session.set(writes);
}

/** The state with `snoozedUntil` set to `until`, or without it. */
export function withSnooze(state: TabState, until: number | undefined): TabState {
  const { snoozedUntil: _old, ...rest } = state;
  return until === undefined ? rest : { ...rest, snoozedUntil: until };
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
