import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type PageErrors } from '../support/browser';
import { accessibleNodes } from './a11y';
import { distDir } from '../support/dist';

// The options page of the built extension: a brand identity with a domain, an account and one
// policy change; a contact's role; a CSV of no known format imported through the mapping form.
// Each step re-reads the page after a reload, so what is checked is what Dexie stored.
// HATCHECK_SCREENSHOTS=1 also saves docs/screenshots/options-identities.png and options-csv-mapping.png.
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;
let page: Page;
let errors: PageErrors;
const screenshots = Boolean(process.env.HATCHECK_SCREENSHOTS);

beforeAll(async () => {
  const launched = await launchChromium({ extensionPath: distDir('chrome') });
  ({ context, close } = launched);
  extensionId = launched.extensionId!;
  errors = collectPageErrors(context);
  page = await context.newPage();
  await page.goto(optionsUrl());
});

afterAll(async () => {
  await close?.();
});

const optionsUrl = () => `chrome-extension://${extensionId}/src/options/index.html`;
const identity = (name: string) => page.getByRole('navigation', { name: 'Identities' }).getByRole('button', { name: new RegExp(`^${name}`) });
const editor = (name: string) => page.getByRole('region', { name: `Edit ${name}` });

/** Controls a screen reader would announce without a name (what "labelled controls" rules out). */
async function unnamedControls(): Promise<string[]> {
  const controls = await accessibleNodes(context, page, ['button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'PopUpButton', 'ComboBoxSelect']);
  expect(controls.length).toBeGreaterThan(20);
  return controls.filter((c) => !c.name.trim()).map((c) => `${c.role}: ${c.text}`);
}

async function reload() {
  await page.reload();
  await expect.poll(() => identity('Personal').count()).toBe(1);
}

describe('options: identities, roles and a mapped CSV', () => {
  it('lists the built-in identities, which cannot be deleted', async () => {
    await expect.poll(() => identity('Personal').count()).toBe(1);
    expect(await identity('Work').count()).toBe(1);
    await identity('Work').click();
    expect(await editor('Work').getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    expect(await editor('Work').getByLabel('Kind', { exact: true }).isDisabled()).toBe(true);
    expect(await unnamedControls()).toEqual([]);
  });

  it('adds a brand identity with a work domain and an account, refusing a bad domain with an alert', async () => {
    await page.getByRole('button', { name: 'Add brand' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'An identity needs a name.' }).count()).toBe(1);

    await page.getByLabel('New brand identity').fill('Acme Corp');
    await page.getByLabel('New brand identity').press('Enter');
    await expect.poll(() => identity('Acme Corp').getAttribute('aria-current')).toBe('true');
    const acme = editor('Acme Corp');

    const domain = acme.getByLabel('Add domain (work e-mail domains)');
    await domain.fill('not a domain');
    await domain.press('Enter');
    await expect.poll(() => acme.getByRole('alert').innerText()).toBe("'not a domain' is not an e-mail domain. Use a form like acme.com.");
    expect(await domain.getAttribute('aria-invalid')).toBe('true');
    await domain.fill('@Acme-Corp.example');
    await domain.press('Enter');
    await expect.poll(() => acme.getByRole('button', { name: 'Remove acme-corp.example from work e-mail domains' }).count()).toBe(1);
    expect(await acme.getByRole('alert').count()).toBe(0);

    await acme.getByLabel('Site').selectOption('linkedin');
    await acme.getByLabel('Handle or profile link').fill('https://www.linkedin.com/company/acme-corp/admin/');
    await acme.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(() => acme.getByRole('button', { name: 'Remove the account linkedin:company/acme-corp from Acme Corp' }).count()).toBe(1);

    await reload();
    await identity('Acme Corp').click();
    expect(await editor('Acme Corp').getByText('linkedin:company/acme-corp').count()).toBe(1);
    expect(await editor('Acme Corp').getByRole('list', { name: 'Work e-mail domains' }).innerText()).toContain('acme-corp.example');
  });

  it('changes one policy cell over the default and resets it', async () => {
    const acme = editor('Acme Corp');
    const cell = acme.getByLabel('Alcohol, public, audience unknown', { exact: false });
    expect(await cell.inputValue()).toBe('notice');
    await cell.selectOption('confirm');
    await expect.poll(() => acme.getByRole('button', { name: 'Reset alcohol to the default' }).count()).toBe(1);

    await reload();
    await identity('Acme Corp').click();
    const stored = editor('Acme Corp').getByLabel('Alcohol, public, audience unknown (default Notice)');
    expect(await stored.inputValue()).toBe('confirm');
    // Only that cell changed: its neighbours still hold the default.
    expect(await editor('Acme Corp').getByLabel('Alcohol, professional audience', { exact: true }).inputValue()).toBe('warn');
    expect(await editor('Acme Corp').getByLabel('Drugs, public, audience unknown', { exact: true }).inputValue()).toBe('warn');
    if (screenshots) {
      await mkdir('docs/screenshots', { recursive: true });
      await page.getByRole('region', { name: 'Edit Acme Corp' }).scrollIntoViewIfNeeded();
      await page.locator('section.identities').screenshot({ path: 'docs/screenshots/options-identities.png' });
    }
    await editor('Acme Corp').getByRole('button', { name: 'Reset alcohol to the default' }).click();
    await expect.poll(() => editor('Acme Corp').getByLabel('Alcohol, public, audience unknown', { exact: true }).inputValue()).toBe('notice');
  });

  it('sets a contact role, kept after a reload', async () => {
    const add = page.getByRole('form', { name: 'Add a contact' });
    await add.getByLabel('Name').fill('Sam Lee');
    await add.getByLabel('Profile link or e-mail').fill('https://www.linkedin.com/in/sam-lee');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.getByLabel('Role of Sam Lee').count()).toBe(1);
    await page.getByLabel('Role of Sam Lee').selectOption('manager');
    await expect.poll(() => page.getByText('Saved the role of Sam Lee: manager.').count()).toBe(1);
    await reload();
    expect(await page.getByLabel('Role of Sam Lee').inputValue()).toBe('manager');
  });

  it('imports a CSV of no known format through the column-mapping form, then undoes it', async () => {
    await page.getByLabel('Choose an export file').setInputFiles(resolve('test/fixtures/imports/generic/crm-export.csv'));
    const form = page.getByRole('form', { name: 'Which column holds what in crm-export.csv?' });
    await expect.poll(() => form.count()).toBe(1);
    // The semicolon file was sniffed; its header is previewed and e-mail / LinkedIn columns are guessed.
    expect(await form.getByLabel('Delimiter').inputValue()).toBe(';');
    const preview = form.getByRole('table');
    expect(await preview.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Kontakt/), expect.stringMatching(/^E-Mail\s*→ E-mail/)]));
    expect(await preview.getByRole('row').count()).toBe(5);

    await form.getByLabel('Name', { exact: true }).selectOption({ label: 'Kontakt (column 1)' });
    await form.getByLabel('Employer').selectOption({ label: 'Firma (column 4)' });
    await form.getByLabel('Tag (work, personal, friend…)').selectOption({ label: 'Typ (column 6)' });
    await form.getByLabel('Tag for every row').selectOption('work');
    expect(await unnamedControls()).toEqual([]);
    if (screenshots) await form.screenshot({ path: 'docs/screenshots/options-csv-mapping.png' });
    await form.getByRole('button', { name: 'Import crm-export.csv' }).click();

    await expect.poll(() => page.getByText('crm-export.csv (CSV file): 4 added, 0 merged, 0 skipped (already in your list).').count()).toBe(1);
    expect(await form.count()).toBe(0);
    expect(await page.getByLabel('Tag for Ana Silva').inputValue()).toBe('personal'); // "friend" in the Typ column
    expect(await page.getByLabel('Tag for Bob Stone').inputValue()).toBe('work'); // "vendor": the tag for every row
    expect(await page.getByRole('rowheader', { name: /Dana Whitfield · Acme Corp/ }).count()).toBe(1);

    await page.getByRole('search', { name: 'Find contacts' }).getByLabel('Search').fill('silva');
    await expect.poll(() => page.getByRole('grid', { name: /Your contacts/ }).getByRole('row').count()).toBe(2);

    await page.getByRole('button', { name: 'Undo the import of crm-export.csv' }).click();
    await expect.poll(() => page.getByText(/Undone: 4 removed/).count()).toBe(1);
    await page.getByRole('search', { name: 'Find contacts' }).getByLabel('Search').fill('');
    await expect.poll(() => page.getByLabel('Role of Sam Lee').count()).toBe(1);
    expect(await page.getByLabel('Tag for Ana Silva').count()).toBe(0);
  });

  it('scrolls, searches and filters a long list imported from a headerless CSV, after refusing a mapping with no name column', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Person ${String(i).padStart(3, '0')},p${i}@example.com,${i % 2 ? 'colleague' : 'friend'}`);
    await page.getByLabel('Choose an export file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const form = page.getByRole('form', { name: 'Which column holds what in people.csv?' });
    await expect.poll(() => form.count()).toBe(1);
    // Read with a header, "Person 000" names no column Hatcheck can guess: importing is refused, out loud.
    await form.getByRole('button', { name: 'Import people.csv' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/^Choose at least one column for the name, e-mail or profile link/);
    await form.getByLabel('The first row holds column names').uncheck();
    expect(await form.getByRole('table').getByRole('row').count()).toBe(6); // column numbers + the first 5 rows
    await form.getByLabel('Name', { exact: true }).selectOption({ label: 'Column 1' });
    await form.getByLabel('E-mail').selectOption({ label: 'Column 2' });
    await form.getByLabel('Tag (work, personal, friend…)').selectOption({ label: 'Column 3' });
    await form.getByRole('button', { name: 'Import people.csv' }).click();
    await expect.poll(() => page.getByText('people.csv (CSV file): 120 added, 0 merged, 0 skipped (already in your list).').count()).toBe(1);

    const shown = page.locator('.contact-count');
    const rows = page.getByRole('grid', { name: /Your contacts/ }).getByRole('row');
    await expect.poll(() => shown.innerText()).toBe('121 contacts.');
    // Virtualised (no pages): the header and the rows in view plus a few, not all 121.
    expect(await rows.count()).toBeLessThan(60);
    await page.locator('.contact-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await expect.poll(() => page.getByRole('grid', { name: /Your contacts/ }).getByRole('rowheader').last().innerText()).toBe('Sam Lee');
    await page.getByLabel('Show', { exact: true }).selectOption('personal');
    await expect.poll(() => shown.innerText()).toBe('60 of 121 contacts.');
    await page.getByRole('search', { name: 'Find contacts' }).getByLabel('Search').fill('person 11');
    await expect.poll(() => shown.innerText()).toBe('5 of 121 contacts.');
    await page.getByRole('search', { name: 'Find contacts' }).getByLabel('Search').fill('');
    await page.getByLabel('Show', { exact: true }).selectOption('');

    await page.getByRole('button', { name: 'Undo the import of people.csv' }).click();
    await expect.poll(() => shown.innerText()).toBe('1 contact.');
  });

  it('deletes a brand identity after a confirm step, its account going back to the suggestions', async () => {
    await identity('Acme Corp').click();
    await editor('Acme Corp').getByRole('button', { name: 'Delete Acme Corp…' }).click();
    const confirm = editor('Acme Corp').getByRole('button', { name: 'Delete Acme Corp', exact: true });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await confirm.click();
    await expect.poll(() => identity('Acme Corp').count()).toBe(0);
    // Focus lands on the identity shown next, not on the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Personal');
    await identity('Work').click();
    await expect.poll(() => editor('Work').getByRole('button', { name: /\(linkedin:company\/acme-corp\) to Work$/ }).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Role of Sam Lee').inputValue()).toBe('manager');
    expect(errors.errors).toEqual([]);
  });
});
