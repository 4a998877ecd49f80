// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanDue, watchComposers } from '../../src/content/watch-composers';
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

/** `tag` with `children` inside (the lint forbids parsing HTML, tests included). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
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
    // (jsdom's contentEditable property sets no attribute; a browser's does.)
    box.setAttribute('contenteditable', 'true');
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

    // A change outside the editor that cannot hold a box (a feed's new post, its text churn): not scanned.
    const post = h('section', {}, h('p', {}, 'A new post'), h('button', {}, 'Like'));
    document.body.append(post);
    post.firstChild!.textContent = 'An edited post';
    await settle();
    expect(scans.count).toBe(before);

    // One that can (a comment form with a textarea): scanned once for the whole batch.
    const form = h('form', {}, h('textarea'));
    document.body.append(form);
    document.body.append(document.createElement('iframe'));
    await settle();
    expect(scans.count).toBe(before + 1);

    box.remove();
    await settle();
    expect(gone).toEqual([box]);
    controller.abort();
  });

  it('scans for a contenteditable switched on and for a box focused or typed in that is not known yet', async () => {
    vi.useFakeTimers();
    const { adapter } = fakeAdapter();
    const found: HTMLElement[] = [];
    const controller = new AbortController();
    const div = document.createElement('div');
    div.dataset.box = '';
    const field = document.createElement('textarea');
    document.body.append(div, field);
    watchComposers(adapter, document, controller.signal, { found: (e) => found.push(e), gone: () => undefined });
    expect(found).toEqual([div]);

    // The adapter's rule now matches a box no mutation announced: focusing it is enough.
    field.dataset.box = '';
    field.focus();
    await settle();
    expect(found).toEqual([div, field]);

    // One the adapter did not take (too small), taken once typing made it qualify.
    const grows = h('div', { contenteditable: 'true' });
    document.body.append(grows);
    await settle();
    expect(found).toEqual([div, field]);
    grows.dataset.box = '';
    grows.dispatchEvent(new Event('beforeinput', { bubbles: true }));
    await settle();
    expect(found).toEqual([div, field, grows]);

    const late = document.createElement('div');
    document.body.append(late);
    await settle();
    late.dataset.box = '';
    late.setAttribute('contenteditable', 'true');
    await settle();
    expect(found).toEqual([div, field, grows, late]);
    controller.abort();
  });
});

describe('watchComposers, a box typed in that is not a composer (yet)', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('asks the adapter about that box\'s root only, never walks the page\'s roots again, and finds it once it qualifies', async () => {
    vi.useFakeTimers();
    const { adapter, scans } = fakeAdapter();
    let rootWalks = 0;
    const roots = adapter.roots.bind(adapter);
    adapter.roots = (doc) => {
      rootWalks++;
      return roots(doc);
    };
    const found: HTMLElement[] = [];
    const controller = new AbortController();
    const small = h('div', { contenteditable: 'true' });
    document.body.append(small);
    watchComposers(adapter, document, controller.signal, { found: (e) => found.push(e), gone: () => undefined });
    expect(rootWalks).toBe(1);
    const before = scans.count;
    // Typed in ten times (a one-line box the adapter does not take): looked at, the page not walked.
    for (let i = 0; i < 10; i++) {
      small.dispatchEvent(new Event('beforeinput', { bubbles: true }));
      await settle();
    }
    expect(found).toEqual([]);
    expect(rootWalks).toBe(1);
    expect(scans.count - before).toBe(10);
    // It grew into a compose box: the next key finds it.
    small.dataset.box = '';
    small.dispatchEvent(new Event('beforeinput', { bubbles: true }));
    await settle();
    expect(found).toEqual([small]);
    expect(rootWalks).toBe(1);
    // A mutation that can mount a box still walks the page (a whole scan).
    document.body.append(h('textarea'));
    await settle();
    expect(rootWalks).toBe(2);
    controller.abort();
  });
});

describe('scanDue', () => {
  const record = (init: Partial<MutationRecord>) => ({ type: 'childList', target: document.body, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...init }) as MutationRecord;
  const nodes = (...list: Node[]) => list as unknown as NodeList;
  afterEach(() => document.body.replaceChildren());

  it('is due for boxes, frames and custom elements added, not for text or plain elements', () => {
    const plain = h('article', {}, h('p', {}, 'text'), h('img', { alt: '' }));
    const holder = h('div', {}, h('div', {}, h('div', { contenteditable: 'true' })));
    expect(scanDue([record({ addedNodes: nodes(document.createTextNode('x'), plain) })], new Set())).toBe(false);
    expect(scanDue([record({ addedNodes: nodes(plain) }), record({ addedNodes: nodes(holder) })], new Set())).toBe(true);
    expect(scanDue([record({ addedNodes: nodes(document.createElement('iframe')) })], new Set())).toBe(true);
    expect(scanDue([record({ addedNodes: nodes(document.createElement('my-editor')) })], new Set())).toBe(true);
    expect(scanDue([record({ type: 'attributes', attributeName: 'contenteditable' })], new Set())).toBe(true);
  });

  it('is due for a removal only when a known box went with it, and never for changes inside a known box', () => {
    const editor = document.createElement('div');
    const other = document.createElement('p');
    document.body.append(editor, other);
    const known = new Set([editor]);
    other.remove();
    expect(scanDue([record({ removedNodes: nodes(other) })], known)).toBe(false);
    editor.remove();
    expect(scanDue([record({ removedNodes: nodes(editor) })], known)).toBe(true);
    document.body.append(editor);
    const typed = h('p', {}, h('textarea'));
    expect(scanDue([record({ target: editor, addedNodes: nodes(typed) })], known)).toBe(false);
  });
});
