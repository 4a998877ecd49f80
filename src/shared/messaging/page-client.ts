import type { TabState } from '../../core/types';
import { send } from './send';

/** Extension pages' surface (popup, options). */
export function getTabState(tabId: number): Promise<TabState | null> {
  return send('tab:state', { tabId });
}
