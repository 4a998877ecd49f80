// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generic, isGenericComposer } from '../../src/sites/generic/adapter';
import { adapterForPage } from '../../src/sites/registry';

// The generic adapter's choice of compose boxes, on a forum page in jsdom. jsdom does no layout, so
// boxes get their size from a data-h attribute (a hidden one has no client rects); the browser
// end-to-end test (test/e2e/generic-site.test.ts) runs the same choices with real layout.

beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const h = Number(this.dataset.h ?? 80);
    return { x: 0, y: 0, top: 0, left: 0, right: 300, bottom: h, width: 300, height: h, toJSON: () => ({}) } as DOMRect;
  };
  HTMLElement.prototype.getClientRects = function (this: HTMLElement) {
    return (this.hidden || this.closest('[hidden]') ? [] : [this.getBoundingClientRect()]) as unknown as DOMRectList;
  };
  // jsdom has no isContentEditable.
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    get(this: HTMLElement) {
      const value = this.closest('[contenteditable]')?.getAttribute('contenteditable');
      return value !== undefined && value !== null && value !== 'false';
    },
  });
});

/** Replaces the body with parsed markup (test-only: the page is ours, not a site's). */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

function forum(): void {
  setBody(`
    <header>
      <form role="search"><textarea id="search-in-form" data-h="60"></textarea></form>
      <div id="searchbox" contenteditable="true" role="searchbox" data-h="60"></div>
      <textarea id="find" placeholder="Search threads" data-h="60"></textarea>
      <input id="input" type="text" />
    </header>
    <div class="comment"><div id="comment" contenteditable="true" aria-label="Write a comment" data-h="60"><p id="para">x</p></div><button>Comment</button></div>
    <form id="reply">
      <input name="title" />
      <textarea id="body" name="body" rows="6"></textarea>
      <textarea id="tags" name="tags" rows="1" data-h="20"></textarea>
      <textarea id="disabled" disabled></textarea>
      <textarea id="readonly" readonly></textarea>
      <textarea id="hidden" hidden></textarea>
      <button type="button">Preview</button>
      <button type="submit" id="post">Post</button>
    </form>
    <form id="single"><textarea id="only"></textarea><button id="send">Send</button></form>
    <form id="words"><textarea id="w"></textarea><button type="button">Cancel</button><button type="button" id="publish">Publish</button></form>`);
}
const el = (id: string) => document.getElementById(id)!;

describe('generic adapter: which boxes are compose boxes', () => {
  it('visible, enabled textareas and contenteditable roots; not inputs, search boxes, tiny, disabled, read-only or hidden boxes', () => {
    forum();
    expect(generic.findComposers(document).map((e) => e.id)).toEqual(['comment', 'body', 'only', 'w']);
    for (const id of ['search-in-form', 'searchbox', 'find', 'tags', 'disabled', 'readonly', 'hidden', 'para']) expect(isGenericComposer(el(id))).toBe(false);
  });

  it('a one-line box that grows as the user types becomes a compose box', () => {
    forum();
    expect(isGenericComposer(el('tags'))).toBe(false);
    el('tags').dataset.h = '30';
    expect(isGenericComposer(el('tags'))).toBe(true);
  });

  it('search boxes are not reported as unprotected composers by the self-test', () => {
    forum();
    expect(generic.isNotComposer?.(el('searchbox'))).toBe(true);
    expect(generic.isNotComposer?.(el('tags'))).toBe(true);
    expect(generic.isNotComposer?.(el('body'))).toBe(false);
    expect(generic.isNotComposer?.(el('para'))).toBe(false);
  });
});

describe('generic adapter: reading and submitting', () => {
  it('no mentions, visibility or profile: the user choices in the popup decide', () => {
    forum();
    (el('body') as HTMLTextAreaElement).value = 'Hi @dana, so hungover';
    expect(generic.readText(el('body'))).toBe('Hi @dana, so hungover');
    expect(generic.readMentions(el('body'))).toEqual([]);
    expect(generic.readVisibility(el('body'))).toBe('');
    expect(generic.readProfile(el('body'), new URL('https://forum.example.com/'))).toEqual({ name: '', handle: '', kind: 'unknown' });
    expect(generic.composerKind(el('body'))).toBe('post');
  });

  it('the compose box is the form, else the editor\'s block', () => {
    forum();
    expect(generic.composerBox(el('body'))).toBe(el('reply'));
    expect(generic.composerBox(el('comment'))).toBe(el('comment').parentElement);
  });

  it('the submit button: type=submit, a typeless button named like posting, else the last button named so; none outside a form', () => {
    forum();
    expect(generic.submitButton(el('body'))).toBe(el('post'));
    expect(generic.submitButton(el('only'))).toBe(el('send'));
    expect(generic.submitButton(el('w'))).toBe(el('publish'));
    expect(generic.submitButton(el('comment'))).toBeNull();
  });

  it('the submit key: none for a textarea among other fields, Ctrl/Cmd+Enter for a lone textarea and for contenteditable boxes', () => {
    forum();
    expect(generic.submitKey(el('body'))).toBe('none');
    expect(generic.submitKey(el('only'))).toBe('mod+enter');
    expect(generic.submitKey(el('comment'))).toBe('mod+enter');
  });
});

describe('adapterForPage: generic only where the worker says the page is an enabled site', () => {
  it('built-in sites by URL without asking; a granted origin by the worker\'s answer', async () => {
    forum();
    const ask = vi.fn(async () => 'web:forum.example.com');
    expect((await adapterForPage(new URL('https://www.linkedin.com/feed/'), ask))?.id).toBe('linkedin');
    expect((await adapterForPage(new URL('https://mastodon.social/home'), ask))?.id).toBe('mastodon');
    expect(ask).not.toHaveBeenCalled();
    expect((await adapterForPage(new URL('https://forum.example.com/t/1'), ask))?.id).toBe('web');
    // A Mastodon-granted origin that is not a Mastodon app, and a refusal, get nothing.
    expect(await adapterForPage(new URL('https://forum.example.com/t/1'), async () => 'mastodon')).toBeUndefined();
    expect(await adapterForPage(new URL('https://forum.example.com/t/1'), () => Promise.reject(new Error('refused')))).toBeUndefined();
    setBody('<div id="mastodon"></div>');
    expect((await adapterForPage(new URL('https://hachyderm.io/home'), async () => 'mastodon'))?.id).toBe('mastodon');
    expect(await adapterForPage(new URL('http://forum.example.com/'), ask)).toBeUndefined();
  });
});
