// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExposureReport } from '../../src/options/ExposureReport';
import { addContact } from '../../src/shared/storage/contacts';
import { tagContacts } from '../../src/shared/storage/contact-changes';
import { db } from '../../src/shared/storage/db';
import { useOptions } from '../../src/options/store';

// The report reads the contacts store (zustand): bind zustand's vanilla store to Preact, as
// options-history-privacy.test.tsx does (Node loads zustand's React binding outside vite's alias).
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

// The options page's exposure section: headings and lists a screen reader can walk, a polite live
// region for the summary, and an answer that follows contact edits made anywhere.
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

const text = () => root.textContent ?? '';

describe('ExposureReport', () => {
  it('is a labelled section with a live summary, one heading per personal audience, and follows tag edits', async () => {
    await addContact({ name: 'Dana Whitfield', handle: 'dana@acme.example', tag: 'work' });
    const dana = (await db().contacts.toArray())[0]!;
    await db().contacts.update(dana.id!, { sources: ['manual', 'facebook-friends', 'linkedin-connections'], employer: 'Acme', role: 'manager' });
    render(<ExposureReport />, root);
    // The report is built from the contacts the options page's store reads (main.tsx starts it).
    void useOptions.getState().load();

    const section = root.querySelector('section[aria-labelledby="exposure-title"]')!;
    expect(section.querySelector('#exposure-title')?.tagName).toBe('H2');
    const live = section.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(root.querySelector('#exposure-facebook')).not.toBeNull());
    expect(root.querySelector('#exposure-facebook')?.tagName).toBe('H3');
    expect(root.querySelector('#exposure-facebook')?.textContent).toBe('Facebook friends');
    expect(live.textContent).toBe('1 of your 1 contacts is on more than one network. 1 personal audience holds work contacts.');
    const items = [...root.querySelectorAll('ul[aria-label="Work contacts among your Facebook friends"] li')].map((li) => li.textContent);
    expect(items).toEqual(['1 of your Facebook friends is a LinkedIn connection at Acme, including your manager Dana Whitfield.']);
    // The chart's table (the SVG is hidden from screen readers): audience, work contacts, people.
    const chartRows = () => [...root.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(root.querySelector('table caption')?.textContent).toBe('Work contacts in each personal audience');
    expect(root.querySelector('svg.exposure-chart')?.getAttribute('aria-hidden')).toBe('true');
    expect(chartRows()).toEqual([['Facebook friends', '1', '1']]);

    await tagContacts([dana.id!], 'personal');
    await vi.waitFor(() => expect(live.textContent).toContain('No personal audience holds a work contact.'));
    expect(text()).toContain('None of your Facebook friends (1) is a work contact.');
    expect(root.querySelector('ul[aria-label^="Work contacts among"]')).toBeNull();
    expect(chartRows()).toEqual([['Facebook friends', '0', '1']]);
  });

  it('says what to do when there are no contacts', async () => {
    render(<ExposureReport />, root);
    // The report is built from the contacts the options page's store reads (main.tsx starts it).
    void useOptions.getState().load();
    await vi.waitFor(() => expect(text()).toContain('No contacts yet'));
  });
});
