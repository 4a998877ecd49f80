import browser from 'webextension-polyfill';
import { create } from 'zustand';
import type { TabState } from '../core/types';
import type { Identity } from '../shared/storage/db';
import { listIdentities } from '../shared/storage/identities';
import type { Sensitivity } from '../core/sensitivity';
import type { Category } from '../core/types';
import { setCategoryOn, setSensitivity } from '../shared/storage/quick-settings';
import { accountOf } from './account';
import { activeIdentity } from './active-identity';
import { applyChoice, linkAccount, linkedIdentityId, readChoice, type IdentityChoice } from './identity-choice';
import { getTabState, pauseSite, unsnoozeSite } from '../shared/messaging/page-client';
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
  /** "Post as": the identity chosen here and where it applies; until: the end of "for the next hour". */
  choice: IdentityChoice & { until?: number };
  /** The identity the tab's account is linked to (null: none). */
  linkedId: number | null;
  status: 'loading' | 'ready' | 'error';
  error: string;
  load(tabId: number): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  setHoldAtWarn(hold: boolean): Promise<void>;
  setChoice(choice: IdentityChoice): Promise<void>;
  /** "This account is …": links the page's account to an identity (null: unlinks it). */
  setLinked(identityId: number | null): Promise<void>;
  setSendDelay(seconds: number): Promise<void>;
  /** Quick settings of the identity the tab's drafts are checked as (storage/quick-settings.ts). */
  setSensitivity(sensitivity: Sensitivity): Promise<void>;
  setCategory(category: Category, on: boolean): Promise<void>;
  /** "Pause on this site for 1 hour": snoozes the tab's site (every tab of it), as the in-page panel does. */
  pauseSite(): Promise<void>;
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
  choice: { identityId: null, scope: 'everywhere' },
  linkedId: null,
  status: 'loading',
  error: '',
  async load(tabId) {
    set({ tabId, status: 'loading' });
    try {
      const [tab, paused, holdAtWarn, identities, sendDelaySeconds] = await Promise.all([getTabState(tabId), getSetting('paused'), getSetting('holdAtWarn'), listIdentities(), getSetting('sendDelaySeconds')]);
      const [choice, linkedId] = await Promise.all([readChoice(tab?.site), linkedIdentityId(accountOf(tab))]);
      set({ tab, paused, holdAtWarn, identities, sendDelaySeconds, choice, linkedId, status: 'ready' });
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
  async setChoice(choice) {
    const site = get().tab?.site;
    await applyChoice(site, choice);
    set({ choice: await readChoice(site) });
    await recheck(get().tabId);
  },
  async setLinked(identityId) {
    const account = accountOf(get().tab);
    if (!account) return;
    try {
      await linkAccount(account, identityId);
      set({ linkedId: identityId, error: '' });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
    await recheck(get().tabId);
  },
  async setSensitivity(sensitivity) {
    await changeActive(get, set, (id) => setSensitivity(id, sensitivity));
  },
  async setCategory(category, on) {
    await changeActive(get, set, (id) => setCategoryOn(id, category, on));
  },
  async pauseSite() {
    const tab = get().tab;
    if (!tab) return;
    const until = await pauseSite(tab.site, 60);
    set({ tab: { ...tab, snoozedUntil: until } });
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

/** Writes one quick setting of the active identity, re-reads the identities, and checks the tab again. */
async function changeActive(get: () => PopupState, set: (partial: Partial<PopupState>) => void, write: (id: number) => Promise<unknown>): Promise<void> {
  const { identities, choice, linkedId, tab, tabId } = get();
  const active = activeIdentity(identities, choice, linkedId, tab);
  if (active?.id === undefined) return;
  try {
    await write(active.id);
    set({ identities: await listIdentities(), error: '' });
  } catch (error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  }
  await recheck(tabId);
}

/**
 * Asks the tab's compose boxes to check their drafts again: a setting changed here changes the
 * verdict of a draft that did not change. A tab without our content script has nobody to answer.
 */
async function recheck(tabId: number | null): Promise<void> {
  if (tabId === null) return;
  await browser.tabs?.sendMessage(tabId, { hatcheck: 1, type: 'recheck' }).catch(() => undefined);
}

