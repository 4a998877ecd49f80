import type { TabState } from '../../core/types';
import { send } from './send';

/** Extension pages' surface (popup, options). */
export function getTabState(tabId: number): Promise<TabState | null> {
  return send('tab:state', { tabId });
}

/** The popup's "Resume now": ends the snooze on a site. */
export async function unsnoozeSite(site: string): Promise<void> {
  await send('site:unsnooze', { site });
}

/** The popup's "Pause on this site for 1 hour": the same snooze as the in-page panel's. */
export async function pauseSite(site: string, minutes: number): Promise<number> {
  return (await send('site:pause', { site, minutes })).until;
}

/** After the popup's grant: the worker registers the script and runs it in the tab at once. */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  return (await send('site:inject', { tabId })).injected;
}
