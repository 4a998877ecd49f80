import { describe, expect, it, vi } from 'vitest';

// "Resume now" asks the worker to end the site's snooze, then shows the tab without it.
const unsnoozeSite = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../../src/shared/messaging/page-client', () => ({ getTabState: vi.fn(), unsnoozeSite }));
vi.mock('webextension-polyfill', () => ({ default: { storage: { session: {} } } }));

const { usePopup } = await import('../../src/popup/store');

describe('popup store: resume', () => {
  it('unsnoozes the tab\'s site and drops snoozedUntil from the view', async () => {
    usePopup.setState({ tabId: 3, tab: { tabId: 3, site: 'facebook', url: 'https://www.facebook.com/', composers: [], snoozedUntil: Date.now() + 60_000 }, status: 'ready' });
    await usePopup.getState().resume();
    expect(unsnoozeSite).toHaveBeenCalledExactlyOnceWith('facebook');
    expect(usePopup.getState().tab).toEqual({ tabId: 3, site: 'facebook', url: 'https://www.facebook.com/', composers: [] });
  });

  it('does nothing without a tab', async () => {
    unsnoozeSite.mockClear();
    usePopup.setState({ tab: null });
    await usePopup.getState().resume();
    expect(unsnoozeSite).not.toHaveBeenCalled();
  });
});
