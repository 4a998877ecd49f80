import type { ContentHandlers, PageHandlers } from '../shared/messaging/server';
import { noteDetectedProfile } from '../shared/storage/detected-profiles';
import { clearComposer, composerState, readTabState, recordProblem, recordVerdict } from '../shared/storage/tab-state';
import { showTabBadge } from './badge';
import { checkDraft } from './check-draft';

// Every request the background answers, in one place. The types come from the protocol, so a
// handler that returns the wrong shape does not compile.

export const contentHandlers: ContentHandlers = {
  async 'draft:check'(snapshot, sender) {
    // The site comes from the browser-attributed URL, never from the message body.
    // The profile the user posts as is remembered (handle and name only) so the options page can
    // offer it to an identity; a failure there must not cost the verdict.
    const [verdict] = await Promise.all([checkDraft({ ...snapshot, site: sender.site }), noteDetectedProfile(sender.site, snapshot.profile).catch(() => false)]);
    const state = snapshot.text.trim()
      ? await recordVerdict(sender.tabId, sender.site, sender.url, composerState(snapshot.composerId, verdict, Date.now()))
      : await clearComposer(sender.tabId, snapshot.composerId);
    await showTabBadge(state);
    return verdict;
  },

  async 'draft:clear'({ composerId }, sender) {
    await showTabBadge(await clearComposer(sender.tabId, composerId));
    return null;
  },

  async 'page:problem'({ problem }, sender) {
    await recordProblem(sender.tabId, sender.site, sender.url, problem);
    return null;
  },
};

export const pageHandlers: PageHandlers = {
  async 'tab:state'({ tabId }) {
    return readTabState(tabId);
  },
};
