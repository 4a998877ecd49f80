import type { DraftSnapshot } from '../core/types';
import type { SiteAdapter } from '../sites/types';

/** The protocol refuses longer drafts; nobody posts a megabyte, but nobody should crash on one either. */
const MAX_TEXT = 1_000_000;

export function readSnapshot(adapter: SiteAdapter, editor: HTMLElement, composerId: string, url: URL): DraftSnapshot {
  return {
    site: adapter.id,
    composerId,
    text: adapter.readText(editor).slice(0, MAX_TEXT),
    mentions: adapter.readMentions(editor).slice(0, 200),
    visibility: adapter.readVisibility(editor).slice(0, 500),
    profile: adapter.readProfile(editor, url),
  };
}
