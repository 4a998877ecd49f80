import browser from 'webextension-polyfill';
import { create } from 'zustand';
import type { TabState } from '../core/types';
import type { Identity } from '../shared/storage/db';
import { listIdentities } from '../shared/storage/identities';
import { accountOf } from './account';
import { applyChoice, linkAccount, linkedIdentityId, readChoice, type IdentityChoice } from './identity-choice';
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
  await browser.tabs?.sendMessage(tabId, { hatcheck: 1, type: 'recheck' }).catch(() => undefined);
}

