import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type PageErrors } from '../support/browser';
import { distDir } from '../support/dist';
import { seedContacts } from '../support/seed-contacts';
import { axeViolations } from './axe';

// The contacts table of the built extension's options page with 3,000 seeded people (see
// seed-contacts.ts for who they are) and two pairs of duplicates: only a window of rows in the DOM,
// keyboard moves and selection, search + filters with counts, a range and "select all matching"
// tagged in bulk, kept after a reload and undone; an edit in place (Escape cancels, a bad value is
// refused with the text kept, Enter saves); duplicates found and merged (asking when the tags
// disagree) and the merge undone. One browser launch; each reload re-reads what Dexie stored.
// HATCHECK_SCREENSHOTS=1 also saves docs/screenshots/options.png (after the bulk tag).
const screenshots = Boolean(process.env.HATCHECK_SCREENSHOTS);
const N = 3000;
const TOTAL = N + 4;
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;
let page: Page;
let errors: PageErrors;

beforeAll(async () => {
  const launched = await launchChromium({ extensionPath: distDir('chrome') });
  ({ context, close } = launched);
  extensionId = launched.extensionId!;
  errors = collectPageErrors(context);
  page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // The page has opened (and so created) the database once it says the list is empty.
  await page.getByText(/^No contacts yet\. Add the people/).waitFor();
  await seedContacts(page, N, [
    // Same e-mail, from two sources: merged without a question (untagged + work → work).
    { name: 'Ben Ortiz', emails: ['ben@ortiz.example'], tag: 'untagged', sources: ['google-contacts'] },
    { name: 'B. Ortiz', handles: ['email:ben@ortiz.example', 'x:benortiz'], tag: 'work', sources: ['x-following'] },
    // Same name from Facebook and LinkedIn, tagged differently: the merge asks.
    { name: 'Ana Silva', handles: ['linkedin:ana-silva'], employer: 'Globex', tag: 'work', sources: ['linkedin-connections'] },
    { name: 'Ana Silva', handles: ['facebook:ana.silva'], tag: 'personal', tagSource: 'manual', sources: ['facebook-friends'] },
  ]);
  await reload();
}, 60_000);

afterAll(async () => {
  await close?.();
});

const grid = () => page.getByRole('grid', { name: /Your contacts/ });
const bodyRows = () => grid().locator('tbody tr:not(.spacer)');
const shown = () => page.locator('.contact-count');
const search = () => page.getByRole('search', { name: 'Find contacts' }).getByLabel('Search');
const filter = (label: string) => page.getByRole('search', { name: 'Find contacts' }).getByLabel(label, { exact: true });
const bulk = () => page.getByRole('group', { name: 'Selected contacts' });
const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

async function reload() {
  await page.reload();
  // locator.waitFor, not expect.poll: beforeAll uses it too.
  await shown().getByText(`${TOTAL.toLocaleString('en')} contacts.`, { exact: true }).waitFor();
}

describe('options: the contacts table with 3,000 contacts', () => {
  it('puts only a window of rows in the DOM, tells the row count, and follows the scroll', async () => {
    expect(await grid().getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const rendered = await bodyRows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await bodyRows().first().getAttribute('aria-rowindex')).toBe('2');
    // Scroll to the middle: the rows there are rendered, the first ones are gone, the count stays small.
    await page.locator('.contact-scroll').evaluate((el) => { el.scrollTop = 1500 * 40; });
    await expect.poll(() => grid().getByRole('rowheader', { name: /^Person 01500 / }).count()).toBe(1);
    expect(await grid().getByRole('rowheader', { name: /^Person 00000 / }).count()).toBe(0);
    expect(await bodyRows().count()).toBeLessThan(60);
    expect(Number(await bodyRows().first().getAttribute('aria-rowindex'))).toBeGreaterThan(1400);
    // The Tab stop moved with the scroll: one cell of a rendered row is still reachable by Tab.
    expect(await grid().locator('[data-cell][tabindex="0"]').count()).toBe(1);
    await page.locator('.contact-scroll').evaluate((el) => { el.scrollTop = 0; });
  });

  it('moves between rows with the arrow keys and selects with Space and Shift+Space', async () => {
    await grid().getByRole('rowheader', { name: /^Ana Silva · Globex/ }).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedText).toBe('Ana Silva');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedText).toMatch(/^B\. Ortiz/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => bulk().getByText(/selected\.$/).innerText()).toBe('3 selected.');
    expect(await grid().locator('tr[aria-selected="true"] th').allInnerTexts()).toEqual([expect.stringMatching(/^B\. Ortiz/), expect.stringMatching(/^Ben Ortiz/), expect.stringMatching(/^Person 00000 /)]);
    // One Tab stop: the focused cell is the grid's only tabbable cell.
    expect(await grid().locator('[data-cell][tabindex="0"]').count()).toBe(1);
    // Scrolling the focused row far out of view (a mouse wheel, not a key) keeps it in the DOM and
    // focused: focus does not fall to the page, and the next arrow key goes on from it.
    await page.locator('.contact-scroll').evaluate((el) => { el.scrollTop = 2000 * 40; });
    await expect.poll(() => grid().getByRole('rowheader', { name: /^Person 02000 / }).count()).toBe(1);
    await expect.poll(focusedText).toMatch(/^Person 00000\b/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedText).toMatch(/^Person 00001\b/);
    await page.locator('.contact-scroll').evaluate((el) => { el.scrollTop = 0; });
    await bulk().getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => bulk().getByText(/selected\.$/).innerText()).toBe('None selected.');
  });

  it('searches and filters with counts, selects a range and all matching, tags them in bulk, keeps the tags after a reload and undoes', async () => {
    // Globex: every 10th person (300); on Mastodon: i % 3 === 2. Both: i % 30 === 20, 100 people.
    await search().fill('globex');
    await expect.poll(() => shown().innerText()).toBe(`301 of ${TOTAL.toLocaleString('en')} contacts.`); // 300 seeded + Ana Silva (LinkedIn)
    await filter('Site').selectOption({ label: 'Mastodon' });
    await expect.poll(() => shown().innerText()).toBe(`100 of ${TOTAL.toLocaleString('en')} contacts.`);
    await filter('Source').selectOption({ label: 'Mastodon following_accounts.csv' });
    await expect.poll(() => shown().innerText()).toBe(`100 of ${TOTAL.toLocaleString('en')} contacts.`);
    expect(await grid().getAttribute('aria-rowcount')).toBe('101');

    await grid().getByRole('checkbox', { name: 'Select Person 00020 Evans' }).click();
    await grid().getByRole('checkbox', { name: 'Select Person 00140 Moreau' }).click({ modifiers: ['Shift'] });
    await expect.poll(() => bulk().getByText(/selected\.$/).innerText()).toBe('5 selected.');
    await bulk().getByRole('button', { name: 'Select all 100 matching' }).click();
    await expect.poll(() => bulk().getByText(/selected\.$/).innerText()).toBe('100 selected.');
    await bulk().getByRole('button', { name: 'Tag Work', exact: true }).click();
    await expect.poll(() => bulk().getByRole('status').innerText()).toBe('Tagged 100 contacts Work. Undo');
    expect(await grid().getByLabel('Tag for Person 00020 Evans').inputValue()).toBe('work');
    if (screenshots) {
      await page.getByRole('search', { name: 'Find contacts' }).evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: 'docs/screenshots/options.png' });
    }

    await reload();
    await filter('Show').selectOption('work');
    // The 100 tagged here, Ana Silva (LinkedIn) and B. Ortiz.
    await expect.poll(() => shown().innerText()).toBe(`102 of ${TOTAL.toLocaleString('en')} contacts.`);
    expect(await bulk().getByRole('status').innerText()).toBe('Tagged 100 contacts Work. Undo');
    await bulk().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => shown().innerText()).toBe(`2 of ${TOTAL.toLocaleString('en')} contacts.`);
    await expect.poll(() => page.getByText('Undone: Tagged 100 contacts Work.').count()).toBe(1);
    await filter('Show').selectOption('');
  });

  it('edits a name and profiles in place: Escape cancels, a bad value is refused with the text kept, Enter saves', async () => {
    await search().fill('p7@');
    await expect.poll(() => shown().innerText()).toBe(`1 of ${TOTAL.toLocaleString('en')} contacts.`);
    const name = grid().getByRole('rowheader', { name: /^Person 00007 / });
    const oldProfiles = await bodyRows().first().locator('td.handles').innerText();
    await name.click();
    await page.keyboard.press('Enter');
    const nameBox = grid().getByLabel('Name of Person 00007 Haddad');
    await expect.poll(() => nameBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Nobody');
    await page.keyboard.press('Escape');
    await expect.poll(() => grid().getByRole('rowheader').first().innerText()).toBe('Person 00007 Haddad · Initech');
    await expect.poll(focusedText).toBe('Person 00007 Haddad · Initech'); // Escape hands focus back to the cell

    await page.keyboard.press('Enter');
    await nameBox.fill('Grace Hopper');
    await grid().getByLabel('Employer of Person 00007 Haddad').fill('US Navy');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid().getByRole('rowheader').first().innerText()).toBe('Grace Hopper · US Navy');
    await expect.poll(focusedText).toBe('Grace Hopper · US Navy'); // focus back on the cell

    // Profiles: someone else's e-mail is refused, the typed text stays, then a good value saves.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const profiles = grid().getByLabel('Profiles and e-mails of Grace Hopper, separated by commas');
    await profiles.fill('mastodon:p7@social.example, ben@ortiz.example');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'already belongs to' }).innerText()).toBe('ben@ortiz.example already belongs to Ben Ortiz; merge the two instead.');
    expect(await profiles.inputValue()).toBe('mastodon:p7@social.example, ben@ortiz.example');
    expect(await profiles.getAttribute('aria-invalid')).toBe('true');
    await profiles.fill('mastodon:p7@social.example, grace@navy.example');
    await page.keyboard.press('Enter');
    // The saved cell (td.handles is the cell out of edit mode; the box being edited would match a name query).
    await expect.poll(() => bodyRows().first().locator('td.handles').innerText()).toBe('mastodon:p7@social.example, grace@navy.example');

    await reload();
    await search().fill('grace');
    await expect.poll(() => grid().getByRole('rowheader').allInnerTexts()).toEqual(['Grace Hopper · US Navy']);
    expect(await bodyRows().first().locator('td.handles').innerText()).toBe('mastodon:p7@social.example, grace@navy.example');
    // An edit in place is the change Undo offers, after a reload too: it takes back the last edit only.
    await bulk().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => bodyRows().first().locator('td.handles').innerText()).toBe(oldProfiles);
    expect(await grid().getByRole('rowheader').allInnerTexts()).toEqual(['Grace Hopper · US Navy']);
    await search().fill('');
  });

  it('finds duplicates, asks which tag when they disagree, merges, and undoes the merge', async () => {
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    await expect.poll(() => page.getByText(/groups? of likely duplicates\.$/).innerText()).toBe('2 groups of likely duplicates.');
    const ana = page.getByRole('region', { name: 'Possible duplicate: Ana Silva' });
    expect(await ana.innerText()).toContain('the same name, from different sources');
    await ana.getByRole('button', { name: 'Merge into Ana Silva' }).click();
    await expect.poll(() => ana.getByRole('alert').innerText()).toBe('Choose a tag first.');
    await ana.getByLabel('Work and personal').check();
    expect(await axeViolations(page)).toEqual([]);
    await ana.getByRole('button', { name: 'Merge into Ana Silva' }).click();
    await expect.poll(() => page.getByText(/groups? of likely duplicates\.$/).innerText()).toBe('1 group of likely duplicates.');
    await expect.poll(() => bulk().getByRole('status').innerText()).toBe('Merged 2 contacts into Ana Silva. Undo');

    await search().fill('ana silva');
    await expect.poll(() => shown().innerText()).toBe(`1 of ${(TOTAL - 1).toLocaleString('en')} contacts.`);
    // The one left has both profiles, both sources and the chosen tag.
    expect(await grid().getByRole('gridcell', { name: 'facebook:ana.silva, linkedin:ana-silva' }).count()).toBe(1);
    expect(await grid().getByLabel('Tag for Ana Silva').inputValue()).toBe('both');

    const ben = page.getByRole('region', { name: /^Possible duplicate: B(en|\.) Ortiz/ });
    expect(await ben.innerText()).toContain('the same e-mail');
    await ben.getByRole('button', { name: /^Merge into/ }).click(); // untagged + work: no question
    await expect.poll(() => page.getByText(/likely duplicates\.$/).innerText()).toBe('No likely duplicates.');

    await bulk().getByRole('button', { name: 'Undo' }).click();
    await search().fill('ortiz');
    await expect.poll(() => shown().innerText()).toBe(`2 of ${(TOTAL - 1).toLocaleString('en')} contacts.`);
    expect(errors.errors).toEqual([]);
  });
});
