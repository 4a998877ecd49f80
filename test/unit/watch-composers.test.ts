// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchComposers } from '../../src/content/watch-composers';
import type { SiteAdapter } from '../../src/sites/types';

// A site whose compose boxes are [data-box] elements; counts how often the page is scanned.
function fakeAdapter() {
  const scans = { count: 0 };
  const adapter = {
    roots: (doc: Document) => [doc],
    findComposers: (root: Document | ShadowRoot) => {
      scans.count++;
      return Array.from(root.querySelectorAll<HTMLElement>('[data-box]'));
    },
  } as unknown as SiteAdapter;
  return { adapter, scans };
}

const settle = async () => {
  await Promise.resolve(); // MutationObserver callbacks are microtasks
  await vi.advanceTimersByTimeAsync(500);
};

describe('watchComposers', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('finds boxes mounted later and forgets removed ones, but does not rescan while the user types', async () => {
    vi.useFakeTimers();
    const { adapter, scans } = fakeAdapter();
    const found: HTMLElement[] = [];
    const gone: HTMLElement[] = [];
    const controller = new AbortController();
    watchComposers(adapter, document, controller.signal, { found: (e) => found.push(e), gone: (e) => gone.push(e) });

    const box = document.createElement('div');
    box.dataset.box = '';
    box.contentEditable = 'true';
    document.body.append(box);
    await settle();
    expect(found).toEqual([box]);

    const before = scans.count;
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `line ${i}`;
      box.append(p); // what an editor does as the user types
      await settle();
    }
    expect(scans.count).toBe(before);

    // A change outside the editor may mount or unmount a box: scanned.
    document.body.append(document.createElement('section'));
    await settle();
    expect(scans.count).toBe(before + 1);

    box.remove();
    await settle();
    expect(gone).toEqual([box]);
    controller.abort();
  });
});
