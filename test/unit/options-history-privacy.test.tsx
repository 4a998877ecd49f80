// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBackup } from '../../src/options/backup/store';
import { HistoryChart } from '../../src/options/history/HistoryChart';
import { PrivacyPanel } from '../../src/options/PrivacyPanel';
import { addContact } from '../../src/shared/storage/contacts';
import { db } from '../../src/shared/storage/db';
import { recordDecision } from '../../src/shared/storage/decision-history';
import { setSetting } from '../../src/shared/storage/settings';

// zustand's React binding is loaded by Node outside vite's `react` → preact/compat alias: bind the
// real vanilla store to Preact here instead.
vi.mock('zustand', async () => {
  const { useSyncExternalStore } = await import('preact/compat');
  const { createStore } = await import('zustand/vanilla');
  return {
    create: (init: import('zustand/vanilla').StateCreator<unknown>) => {
      const api = createStore(init);
      const hook = (select: (s: unknown) => unknown = (s) => s) => useSyncExternalStore(api.subscribe, () => select(api.getState()));
      return Object.assign(hook, api);
    },
  };
});

// The options page's History and Privacy sections: the chart's numbers are in a table screen readers
// reach (the picture is hidden from them), "Delete everything" asks once more and then empties
// every table.
let root: HTMLElement;

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('HistoryChart', () => {
  it('draws this week\'s decisions and gives the same numbers in a table, saying no draft text is kept', async () => {
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol'] });
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol'] });
    await recordDecision('x', { decision: 'posted-anyway', level: 'confirm', categories: ['drugs'] });
    render(<HistoryChart />, root);
    await until(() => root.querySelector('table') !== null);
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe('history-title');
    expect(root.textContent).toMatch(/never any draft text/);
    expect(root.textContent).toMatch(/3 warnings answered in 12 weeks; most often about/);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('rect')).toHaveLength(2); // this week: edited and posted anyway
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)!.slice(1)).toEqual(['3', '2', '0', '1']);
    expect(root.querySelector('table caption')!.textContent).toMatch(/per week/);
  });

  it('says so when there is nothing to show', async () => {
    render(<HistoryChart />, root);
    await until(() => /No warnings answered/.test(root.textContent ?? ''));
    expect(root.querySelector('svg')).toBeNull();
  });
});

describe('PrivacyPanel', () => {
  it('says what is stored where, and deletes everything only after the confirm step', async () => {
    await addContact({ name: 'Dana Whitfield', handle: 'dana@acme.example', tag: 'work' });
    await recordDecision('linkedin', { decision: 'edited', level: 'warn', categories: ['alcohol'] });
    await setSetting('paused', true);
    render(<PrivacyPanel />, root);
    const text = root.textContent ?? '';
    for (const phrase of [/Nothing leaves this computer/, /IndexedDB/, /storage\.session/, /104 weeks/, /until you delete them/, /No draft text is ever stored/]) expect(text).toMatch(phrase);

    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
    button('Delete everything…')!.click();
    await until(() => button('Yes, delete everything') !== undefined);
    expect(await db().contacts.count()).toBe(1); // nothing yet
    button('Cancel')!.click();
    await until(() => button('Delete everything…') !== undefined);
    button('Delete everything…')!.click();
    await until(() => button('Yes, delete everything') !== undefined);
    await until(() => document.activeElement === button('Yes, delete everything'));
    button('Yes, delete everything')!.click();
    await until(() => /Deleted everything Hatcheck kept/.test(root.textContent ?? ''));
    expect(await db().contacts.count()).toBe(0);
    expect(await db().decisionWeeks.count()).toBe(0);
    expect(await db().settings.get('paused')).toBeUndefined();
    expect((await db().identities.toArray()).map((i) => i.name)).toEqual(['Personal', 'Work']);
    expect(useBackup.getState().generation).toBeGreaterThan(0);
  });
});
