// The Mastodon adapter (src/sites/mastodon) against the replica (test/fixtures/mastodon): React 18
// renders Mastodon's compose form with a controlled <textarea>; text is typed with Playwright's
// real keyboard. The same page is served at mastodon.social and at hachyderm.io: the adapter must
// recognise the app by its DOM on both, and read the instance's domain from the page.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {} from '../fixtures/mastodon/fixture-hook';
import { PLANTED_TOKEN } from '../fixtures/mastodon/initial-state';
import { MASTODON_URLS } from '../fixtures/mastodon/pages';
import { FIXTURE_URLS } from '../support/fixtures';
import { adapterCall, useFixtureBrowser } from '../support/fixture-browser';
import { enterLines, typeLines } from '../support/keyboard';

const EDITOR = 'form.compose-form textarea.autosuggest-textarea__textarea';
const PLACEHOLDER = 'What’s on your mind?';

const INSTANCES = [
  { name: 'mastodon.social (built in)', url: MASTODON_URLS.home, domain: 'mastodon.social' },
  { name: 'hachyderm.io (any domain)', url: MASTODON_URLS.otherInstanceHome, domain: 'hachyderm.io' },
  { name: 'mastodon.social, 4.2 layout', url: MASTODON_URLS.classicHome, domain: 'mastodon.social' },
];

const DRAFTS: Array<[string, string[]]> = [
  ['a single line', ['Good morning, fediverse!']],
  ['paragraphs with an empty line, emoji and unicode', ['Called in sick, so hungover 🍺', '', 'Zürich café — “quoted” 👩🏽‍💻 🇩🇪', '日本語のテキスト']],
  ['leading and trailing spaces and empty lines', ['  indented', 'trailing   ', '', '', 'last', '']],
];

const browser = useFixtureBrowser({ injectAdapters: true });

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

async function open(url: string): Promise<Page> {
  const page = await browser.open(url);
  await page.locator(EDITOR).click();
  return page;
}


const reactText = (page: Page) => page.evaluate(() => window.__mastodon!.composerText());

async function chooseVisibility(page: Page, value: 'public' | 'unlisted' | 'private' | 'direct'): Promise<void> {
  await page.locator('button.dropdown-button').click();
  await page.locator(`.privacy-dropdown__option[data-index="${value}"]`).click();
  await expect.poll(() => page.evaluate(() => window.__mastodon!.privacy())).toBe(value);
}

describe.each(INSTANCES)('$name', (instance) => {
  it('finds exactly the one compose box', async () => {
    const page = await browser.open(instance.url);
    await page.locator(EDITOR).waitFor();
    expect(await adapterCall(page, 'describe')).toEqual([{ tag: 'textarea', className: 'autosuggest-textarea__textarea', ariaLabel: null, inShadowRoot: false }]);
  });

  it.each(DRAFTS)('reads %s exactly as typed', async (_label, lines) => {
    const page = await open(instance.url);
    await enterLines(page, lines);
    const typed = lines.join('\n');
    await expect.poll(() => reactText(page)).toBe(typed);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe(typed);
  });

  it('never reads the placeholder: empty is "", and "" again after deleting', async () => {
    const page = await open(instance.url);
    expect(await page.locator(EDITOR).getAttribute('placeholder')).toBe(PLACEHOLDER);
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
    await typeLines(page, ['oops', 'wrong account']);
    await expect.poll(() => reactText(page)).toBe('oops\nwrong account');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => reactText(page)).toBe('');
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('');
  });

  it('reads mentions as mastodon:user@instance, a bare @user on this instance', async () => {
    const page = await open(instance.url);
    await page.keyboard.type('Thanks @ada and @Sam@Hachyderm.io, cc @ada again; mail me at jane@example.com or see https://x.example/@nobody');
    await expect.poll(() => reactText(page)).toContain('@nobody');
    expect(await adapterCall(page, 'readMentions', EDITOR)).toEqual([
      { name: '@ada', handle: `mastodon:ada@${instance.domain}` },
      { name: '@Sam@Hachyderm.io', handle: 'mastodon:sam@hachyderm.io' },
    ]);
  });

  it('reads the signed-in account from the navigation bar, with this instance as its domain', async () => {
    const page = await open(instance.url);
    expect(await adapterCall(page, 'readProfile', EDITOR)).toEqual({ name: 'Jane Doe', handle: `mastodon:jane@${instance.domain}`, kind: 'unknown' });
  });

  it('reads the visibility from its icon, whatever the label says', async () => {
    const page = await open(instance.url);
    expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe('Public');
    for (const [value, label] of [['unlisted', 'Quiet public'], ['private', 'Followers'], ['direct', 'Specific people'], ['public', 'Public']] as const) {
      await chooseVisibility(page, value);
      expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe(label);
    }
    // A German UI: the label is localized, the icon is not.
    await chooseVisibility(page, 'private');
    await page.locator('.dropdown-button__label').evaluate((el) => { el.textContent = 'Nur Follower'; });
    expect(await adapterCall(page, 'readVisibility', EDITOR)).toBe('Followers');
  });

  it('is a post composer with the Post button and Ctrl/Cmd+Enter; gone once unmounted', async () => {
    const page = await open(instance.url);
    expect(await adapterCall(page, 'composerKind', EDITOR)).toBe('post');
    expect(await adapterCall(page, 'submitButton', EDITOR)).toMatchObject({ text: 'Post' });
    expect(await adapterCall(page, 'submitKey', EDITOR)).toBe('mod+enter');
    // The replica submits on that key, as compose_form.jsx does (so the guard has something to stop).
    await page.keyboard.type('hello');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.evaluate(() => window.__mastodon!.posted())).toEqual({ count: 1, lastText: 'hello', lastVisibility: 'public' });
    expect(await adapterCall(page, 'count')).toBe(1);
    await page.evaluate(() => window.__mastodon!.removeComposer());
    // The site unmounts on its own schedule (React renders after the call returns).
    await expect.poll(() => adapterCall(page, 'count')).toBe(0);
  });
});

describe('replies, direct messages and content warnings', () => {
  it('a reply is the same form with the reply indicator: a comment, prefilled mention, Reply button', async () => {
    const page = await browser.open(MASTODON_URLS.home);
    await page.locator('.status__action-bar button[title="Reply"]').first().click();
    await page.locator('.reply-indicator').waitFor();
    await page.keyboard.type('Congrats!');
    await expect.poll(() => reactText(page)).toBe('@sam@hachyderm.io Congrats!');
    const snapshot = await adapterCall(page, 'snapshot', EDITOR);
    expect(snapshot).toMatchObject({ text: '@sam@hachyderm.io Congrats!', kind: 'comment', visibility: 'Public', mentions: [{ name: '@sam@hachyderm.io', handle: 'mastodon:sam@hachyderm.io' }] });
    expect(await adapterCall(page, 'submitButton', EDITOR)).toMatchObject({ text: 'Reply' });
  });

  it('a post to "Specific people" is a direct message to the people it mentions', async () => {
    const page = await open(MASTODON_URLS.otherInstanceHome);
    await chooseVisibility(page, 'direct');
    await page.locator(EDITOR).click();
    await page.keyboard.type('@dana are you free later?');
    await expect.poll(() => reactText(page)).toBe('@dana are you free later?');
    const snapshot = await adapterCall(page, 'snapshot', EDITOR);
    expect(snapshot).toMatchObject({ kind: 'message', visibility: 'Specific people', mentions: [{ name: '@dana', handle: 'mastodon:dana@hachyderm.io' }] });
  });

  it('reads the content warning after the body while the CW is on, and not once it is off', async () => {
    const page = await open(MASTODON_URLS.home);
    await typeLines(page, ['Long day.', '', 'Details below']);
    await page.locator('button[title="Add content warning"]').click();
    await page.locator('#cw-spoiler-input').click();
    await page.keyboard.type('so hungover 🍺');
    await expect.poll(() => page.evaluate(() => window.__mastodon!.spoilerText())).toBe('so hungover 🍺');
    // The body keeps its offsets: the textarea's text comes first.
    expect(await adapterCall(page, 'readText', EDITOR)).toBe('Long day.\n\nDetails below\n\nso hungover 🍺');
    await page.locator('button[title="Remove content warning"]').click();
    await expect.poll(() => adapterCall(page, 'readText', EDITOR)).toBe('Long day.\n\nDetails below');
  });
});

describe('secrets: #initial-state holds meta.access_token', () => {
  it('the planted token is on the page, and in nothing the adapter returns', async () => {
    for (const url of [MASTODON_URLS.home, MASTODON_URLS.otherInstanceHome]) {
      const page = await open(url);
      expect(await page.locator('#initial-state').textContent()).toContain(PLANTED_TOKEN);
      await page.keyboard.type('@ada hi');
      const before = await adapterCall(page, 'snapshot', EDITOR);
      // Without the navigation bar the profile comes from #initial-state's identity fields.
      await page.locator('.navigation-bar').evaluate((el) => el.remove());
      const after = await adapterCall(page, 'snapshot', EDITOR);
      const domain = new URL(url).hostname;
      expect(after.profile).toEqual({ name: 'Jane Doe', handle: `mastodon:jane@${domain}`, kind: 'unknown' });
      const everything = JSON.stringify([before, after, await adapterCall(page, 'describe'), await adapterCall(page, 'submitButton', EDITOR)]);
      expect(everything).not.toContain(PLANTED_TOKEN);
      expect(everything).not.toContain('access_token');
      await page.close();
    }
  });
});

describe('recognised by the DOM, not the host', () => {
  it('a logged-out Mastodon page has no composer', async () => {
    const page = await browser.open(MASTODON_URLS.explore);
    await page.locator('#mastodon .column').waitFor();
    expect(await adapterCall(page, 'count')).toBe(0);
  });

  it('an https page that is not Mastodon (textareas, no #mastodon) has none either', async () => {
    const page = await browser.open(`${FIXTURE_URLS.editors}?box=textarea`);
    await page.locator('textarea').first().waitFor();
    expect(await page.locator('textarea').count()).toBeGreaterThan(0);
    expect(await adapterCall(page, 'count')).toBe(0);
  });
});
