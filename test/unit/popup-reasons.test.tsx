// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposerState, TabState } from '../../src/core/types';
import { App } from '../../src/popup/App';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { openOptionsPage: vi.fn() }, storage: { session: {} } } }));
// The store's hook is zustand's React binding (aliased to preact/compat only in the build): here the
// component reads a plain state object instead.
/** The popup's switches, all at their defaults. */
const SWITCHES = { holdAtWarn: false, setHoldAtWarn: vi.fn(), identities: [], choice: { identityId: null, scope: 'everywhere' }, setChoice: vi.fn(), linkedId: null, setLinked: vi.fn(), sendDelaySeconds: 0, setSendDelay: vi.fn() };
const view = vi.hoisted(() => ({ state: {} as Record<string, unknown> }));
vi.mock('../../src/popup/store', () => ({ usePopup: () => view.state }));

// The popup shows the verdict's reasons under who can see the post, and still renders state that an
// older version wrote without them.
const composer: ComposerState = {
  composerId: 'c1',
  level: 'confirm',
  headline: 'Check before posting: alcohol',
  findings: [{ category: 'alcohol', severity: 'high', start: 0, end: 8, why: 'Mentions drinking heavily.' }],
  audience: {
    kind: 'professional', description: 'Anyone on or off LinkedIn, including 14 work contacts', visibility: 'Anyone', workMentions: [], personalMentions: [],
    visibilityKind: 'public', counts: { work: 14, personal: 0, both: 0, untagged: 0 }, named: [], reason: 'Public post: anyone, including 14 work contacts, can see it',
  },
  identity: { name: 'Acme Corp', kind: 'brand' },
  reasons: ['Posting as Acme Corp (brand)', 'Public post: anyone, including 14 work contacts, can see it'],
  updatedAt: 1,
};

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function show(state: ComposerState) {
  const tab: TabState = { tabId: 3, site: 'linkedin', url: 'https://www.linkedin.com/feed/', composers: [state] };
  view.state = { tabId: 3, tab, status: 'ready', error: '', paused: false, setPaused: vi.fn(), ...SWITCHES };
  act(() => render(<App />, root));
}

describe('popup reasons', () => {
  it('lists the reasons under "Why", after who can see it', () => {
    show(composer);
    const terms = [...root.querySelectorAll('.composer dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Posting as', 'Who can see it', 'Why']);
    expect([...root.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual(['Posting as Acme Corp (brand).', 'Public post: anyone, including 14 work contacts, can see it.']);
    expect(root.textContent).toContain('Anyone on or off LinkedIn, including 14 work contacts');
  });

  it('renders state without reasons (written by an older version)', () => {
    const { reasons: _dropped, ...old } = composer;
    show(old as ComposerState);
    expect([...root.querySelectorAll('.composer dt')].map((dt) => dt.textContent)).toEqual(['Posting as', 'Who can see it']);
    expect(root.textContent).toContain('Anyone on or off LinkedIn');
  });
});
