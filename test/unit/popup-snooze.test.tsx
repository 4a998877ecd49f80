// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/core/types';
import { App } from '../../src/popup/App';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { openOptionsPage: vi.fn() }, storage: { session: {} } } }));
// As in popup-reasons.test.tsx: the component reads a plain state object instead of the store.
/** The popup's switches, all at their defaults. */
const SWITCHES = { holdAtWarn: false, setHoldAtWarn: vi.fn(), identities: [], choice: { identityId: null, scope: 'everywhere' }, setChoice: vi.fn(), linkedId: null, setLinked: vi.fn(), sendDelaySeconds: 0, setSendDelay: vi.fn() };
const view = vi.hoisted(() => ({ state: {} as Record<string, unknown> }));
vi.mock('../../src/popup/store', () => ({ usePopup: () => view.state }));

// The page's "snooze on this site" shows in the popup with a way to end it early.
const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function show(snoozedUntil?: number) {
  const tab: TabState = { tabId: 3, site: 'linkedin', url: 'https://www.linkedin.com/feed/', composers: [], ...(snoozedUntil === undefined ? {} : { snoozedUntil }) };
  const resume = vi.fn(async () => undefined);
  view.state = { tabId: 3, tab, status: 'ready', error: '', paused: false, setPaused: vi.fn(), resume, ...SWITCHES };
  act(() => render(<App />, root));
  return resume;
}

describe('popup snooze', () => {
  it('says until when, and "Resume now" ends it', () => {
    const until = Date.now() + 30 * 60_000;
    const resume = show(until);
    const time = new Date(until).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    expect(root.querySelector('.snoozed p')?.textContent).toBe(`Snoozed on this site until ${time}.`);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Resume now');
    act(() => button!.click());
    expect(resume).toHaveBeenCalledOnce();
  });

  it('says nothing when not snoozed, or when the snooze has ended', () => {
    show();
    expect(root.querySelector('.snoozed')).toBeNull();
    show(Date.now() - 1);
    expect(root.querySelector('.snoozed')).toBeNull();
    expect(root.textContent).not.toContain('Resume now');
  });
});
