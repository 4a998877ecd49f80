import { create } from 'zustand';
import type { TabState } from '../core/types';
import { getTabState, unsnoozeSite } from '../shared/messaging/page-client';
import { getSetting, setSetting } from '../shared/storage/settings';
import { onTabStateChanged } from '../shared/storage/tab-state';

// View state only: the tab's verdicts live in storage.session, settings in Dexie.

interface PopupState {
  tabId: number | null;
  tab: TabState | null;
  paused: boolean;
  holdAtWarn: boolean;
  status: 'loading' | 'ready' | 'error';
  error: string;
  load(tabId: number): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  setHoldAtWarn(hold: boolean): Promise<void>;
  /** "Resume now": ends the snooze on the tab's site (the worker updates every tab's state). */
  resume(): Promise<void>;
}

export const usePopup = create<PopupState>((set, get) => ({
  tabId: null,
  tab: null,
  paused: false,
  holdAtWarn: false,
  status: 'loading',
  error: '',
  async load(tabId) {
    set({ tabId, status: 'loading' });
    try {
      const [tab, paused, holdAtWarn] = await Promise.all([getTabState(tabId), getSetting('paused'), getSetting('holdAtWarn')]);
      set({ tab, paused, holdAtWarn, status: 'ready' });
      onTabStateChanged(tabId, (next) => set({ tab: next }));
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
  async setPaused(paused) {
    await setSetting('paused', paused);
    set({ paused });
  },
  async setHoldAtWarn(holdAtWarn) {
    await setSetting('holdAtWarn', holdAtWarn);
    set({ holdAtWarn });
  },
  async resume() {
    const tab = get().tab;
    if (!tab) return;
    await unsnoozeSite(tab.site);
    const { snoozedUntil: _ended, ...rest } = tab;
    set({ tab: rest });
  },
}));
