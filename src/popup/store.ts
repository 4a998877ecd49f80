import browser from 'webextension-polyfill';
import { create } from 'zustand';
import type { TabState } from '../core/types';
import type { Identity } from '../shared/storage/db';
import { listIdentities } from '../shared/storage/identities';
import { getTabState, unsnoozeSite } from '../shared/messaging/page-client';
import { getSetting, setSetting } from '../shared/storage/settings';
import { onTabStateChanged } from '../shared/storage/tab-state';

// View state only: the tab's verdicts live in storage.session, settings in Dexie.

interface PopupState {
  tabId: number | null;
  tab: TabState | null;
  paused: boolean;
  holdAtWarn: boolean;
  sendDelaySeconds: number;
  identities: Identity[];
  /** The identity chosen here; null: the one the page shows (linked accounts, then Personal). */
  activeIdentityId: number | null;
  status: 'loading' | 'ready' | 'error';
  error: string;
  load(tabId: number): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  setHoldAtWarn(hold: boolean): Promise<void>;
  setIdentity(id: number | null): Promise<void>;
  setSendDelay(seconds: number): Promise<void>;
  /** "Resume now": ends the snooze on the tab's site (the worker updates every tab's state). */
  resume(): Promise<void>;
}

export const usePopup = create<PopupState>((set, get) => ({
  tabId: null,
  tab: null,
  paused: false,
  holdAtWarn: false,
  sendDelaySeconds: 0,
  identities: [],
  activeIdentityId: null,
  status: 'loading',
  error: '',
  async load(tabId) {
    set({ tabId, status: 'loading' });
    try {
      const [tab, paused, holdAtWarn, identities, activeIdentityId, sendDelaySeconds] = await Promise.all([getTabState(tabId), getSetting('paused'), getSetting('holdAtWarn'), listIdentities(), getSetting('activeIdentityId'), getSetting('sendDelaySeconds')]);
      set({ tab, paused, holdAtWarn, identities, activeIdentityId, sendDelaySeconds, status: 'ready' });
      onTabStateChanged(tabId, (next) => set({ tab: next }));
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
  async setPaused(paused) {
    await setSetting('paused', paused);
    set({ paused });
    await recheck(get().tabId);
  },
  async setHoldAtWarn(holdAtWarn) {
    await setSetting('holdAtWarn', holdAtWarn);
    set({ holdAtWarn });
    await recheck(get().tabId);
  },
  async setSendDelay(sendDelaySeconds) {
    await setSetting('sendDelaySeconds', sendDelaySeconds);
    set({ sendDelaySeconds });
    await recheck(get().tabId);
  },
  async setIdentity(activeIdentityId) {
    await setSetting('activeIdentityId', activeIdentityId);
    set({ activeIdentityId });
    await recheck(get().tabId);
  },
  async resume() {
    const tab = get().tab;
    if (!tab) return;
    await unsnoozeSite(tab.site);
    const { snoozedUntil: _ended, ...rest } = tab;
    set({ tab: rest });
    await recheck(get().tabId);
  },
}));

/**
 * Asks the tab's compose boxes to check their drafts again: a setting changed here changes the
 * verdict of a draft that did not change. A tab without our content script has nobody to answer.
 */
async function recheck(tabId: number | null): Promise<void> {
  if (tabId === null) return;
  await browser.tabs.sendMessage(tabId, { hatcheck: 1, type: 'recheck' }).catch(() => undefined);
}
