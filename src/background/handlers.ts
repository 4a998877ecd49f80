import type { ContentHandlers, PageHandlers } from '../shared/messaging/server';
import { recordDecision } from '../shared/storage/decision-history';
import { noteDetectedProfile } from '../shared/storage/detected-profiles';
import { ignorePhrase } from '../shared/storage/identities';
import { activeSnooze, snoozeSite, unsnoozeSite } from '../shared/storage/snoozes';
import { clearComposer, composerState, markSiteSnoozed, readTabState, recordProblem, recordVerdict, withSnooze } from '../shared/storage/tab-state';
import { afterReply, inOrder } from './after-reply';
import { showTabBadge } from './badge';
import { checkDraft, identityFor } from './check-draft';
import { audienceIndex } from '../shared/storage/audience-index';
import { getSetting } from '../shared/storage/settings';
import { injectEnabledSite } from './mastodon-instances';
import { openPopupWindow } from './open-popup';
import { siteBrowser } from './site-browser';
import { createRateLimiter } from './rate-limit';

// Content scripts cannot be trusted to pace themselves (a buggy loop on a page): the panel's actions
// that write are capped per tab, and what is over the cap is dropped quietly, not thrown.
const PER_MINUTE = 60_000;
const limits = {
  'phrase:ignore': createRateLimiter(60, PER_MINUTE),
  'decision:record': createRateLimiter(60, PER_MINUTE),
  // A window per call: a loop must not bury the screen in them.
  'popup:open': createRateLimiter(3, PER_MINUTE),
};
const allowed = (type: keyof typeof limits, tabId: number) => limits[type].allow(String(tabId));

// Every request the background answers, in one place. The types come from the protocol, so a
// handler that returns the wrong shape does not compile.

export const contentHandlers: ContentHandlers = {
  async 'draft:check'(snapshot, sender) {
    // The site comes from the browser-attributed URL, never from the message body.
    const verdict = await checkDraft({ ...snapshot, site: sender.site });
    // After the answer (after-reply.ts): the popup's copy of the verdict, the toolbar badge, and the
    // profile the user posts as (handle and name only, so the options page can offer it to an
    // identity). None of them changes the verdict; a failure there must not cost it.
    const at = Date.now();
    afterReply(async () => {
      const state = snapshot.text.trim()
        ? await recordVerdict(sender.tabId, sender.site, sender.url, composerState(snapshot.composerId, verdict, at, { site: sender.site, handle: snapshot.profile.handle, name: snapshot.profile.name }))
        : await clearComposer(sender.tabId, snapshot.composerId);
      await showTabBadge(state);
      await noteDetectedProfile(sender.site, snapshot.profile).catch(() => false);
    });
    return verdict;
  },

  async 'draft:clear'({ composerId }, sender) {
    await inOrder(async () => showTabBadge(await clearComposer(sender.tabId, composerId)));
    return null;
  },

  async 'page:problem'({ problem }, sender) {
    await inOrder(() => recordProblem(sender.tabId, sender.site, sender.url, problem));
    return null;
  },

  async 'phrase:ignore'({ phrase, profile }, sender) {
    if (!allowed('phrase:ignore', sender.tabId)) return { identityName: '', result: 'rate-limited' };
    // The same identity draft:check uses for this site and profile (the popup's choice wins).
    const identity = await identityFor(sender.site, profile);
    if (identity.id === undefined) return { identityName: identity.summary.name, result: 'no-identity' };
    const { identity: stored, result } = await ignorePhrase(identity.id, phrase);
    return { identityName: stored?.name ?? identity.summary.name, result };
  },

  async 'site:snooze'({ minutes }, sender) {
    const until = await snoozeSite(sender.site, minutes);
    await inOrder(() => markSiteSnoozed(sender.site, until, { tabId: sender.tabId, url: sender.url }));
    return { until };
  },

  async 'popup:open'(_payload, sender) {
    if (allowed('popup:open', sender.tabId)) await openPopupWindow(sender.tabId);
    return null;
  },

  async 'page:site'(_payload, sender) {
    // Which site this page is, as the browser's URL and the grants say (a granted origin is a
    // Mastodon instance or a site the user enabled, `web:<host>`): the content script picks its adapter.
    return { site: sender.site };
  },

  async 'worker:wake'() {
    // Starting the worker is the point (its top level opens the database and warms the detector,
    // warm-up.ts); the audience index is the rest of a first verdict's reading, cached after this.
    await audienceIndex();
    return null;
  },

  async 'decision:record'(decision, sender) {
    if (allowed('decision:record', sender.tabId)) await recordDecision(sender.site, decision);
    return null;
  },
};

export const pageHandlers: PageHandlers = {
  async 'tab:state'({ tabId }) {
    // After the verdicts already answered have been recorded (after-reply.ts).
    const state = await inOrder(() => readTabState(tabId));
    // The snooze setting is the authority; what the tab's state carries may have ended since.
    return state && withSnooze(state, await activeSnooze(state.site));
  },

  async 'site:inject'({ tabId }) {
    // The popup's "Check drafts on …", after the grant: run the content script in that tab now.
    return { injected: await injectEnabledSite(siteBrowser, tabId, () => getSetting('webSites')) };
  },

  async 'site:pause'({ site, minutes }) {
    const until = await snoozeSite(site, minutes);
    await inOrder(() => markSiteSnoozed(site, until));
    return { until };
  },

  async 'site:unsnooze'({ site }) {
    await unsnoozeSite(site);
    await inOrder(() => markSiteSnoozed(site, undefined));
    return null;
  },
};
