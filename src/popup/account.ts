import type { TabState } from '../core/types';

/** The author account the tab's newest checked draft showed (handle and name only). */
export function accountOf(tab: TabState | null): { site: string; handle: string; name: string } | undefined {
  return [...(tab?.composers ?? [])].sort((a, b) => b.updatedAt - a.updatedAt).find((c) => c.account)?.account;
}
