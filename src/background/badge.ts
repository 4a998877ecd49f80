import browser from 'webextension-polyfill';
import type { Level, TabState } from '../core/types';
import { maxLevel } from '../core/levels';

const COLORS: Record<Level, string> = { none: '#2e7d32', notice: '#5b7fa6', warn: '#b26a00', confirm: '#b3261e' };

/** The toolbar badge: the tab's most serious level, so a glance at the toolbar tells. */
export async function showTabBadge(state: TabState | null): Promise<void> {
  if (!state) return;
  const level = state.composers.reduce<Level>((acc, c) => maxLevel(acc, c.level), 'none');
  const count = state.composers.reduce((n, c) => n + new Set(c.findings.map((f) => f.category)).size, 0);
  const text = level === 'none' ? '' : String(count);
  try {
    await browser.action.setBadgeText({ tabId: state.tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: COLORS[level] });
    await browser.action.setTitle({ tabId: state.tabId, title: level === 'none' ? 'Hatcheck' : `Hatcheck: ${state.composers[0]?.headline ?? level}` });
  } catch {
    // The tab closed between the verdict and the badge: nothing to show it on.
  }
}
