import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type PageErrors } from '../support/browser';
import { isoWeek, isoWeekBefore } from '../../src/core/iso-week';
import { distDir } from '../support/dist';
import { importContactsFile, IMPORT_SUMMARY } from './extension-ui';

// Backup in the built extension: import contacts, export through the browser's real download, delete
// everything (with its confirm step), restore the downloaded file through the file input, and the
// contacts, the brand identity, the tags and the weekly counts are back.
// HATCHECK_SCREENSHOTS=1 also saves docs/screenshots/options-history.png and options-backup.png.
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
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
});

afterAll(async () => {
  await close?.();
});

const contactRows = () => page.getByRole('grid', { name: /Your contacts/ }).getByRole('row');
const identity = (name: string) => page.getByRole('navigation', { name: 'Identities' }).getByRole('button', { name: new RegExp(`^${name}`) });

describe('options: backup and restore', () => {
  let saved = '';
  let contacts = 0;

  it('exports everything to a JSON file through the download', async () => {
    await importContactsFile(page, resolve('test/fixtures/imports/linkedin/Connections.csv'));
    await expect.poll(() => page.getByText(IMPORT_SUMMARY).count()).toBe(1);
    await page.getByLabel('Tag for Dana Whitfield').selectOption('both');
    await page.getByLabel('New brand identity').fill('Acme Corp');
    await page.getByLabel('New brand identity').press('Enter');
    await expect.poll(() => identity('Acme Corp').count()).toBe(1);
    contacts = Number((await page.getByRole('heading', { name: /^Contacts/ }).innerText()).replace(/\D/g, ''));
    expect(contacts).toBeGreaterThan(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hatcheck-backup-\d{4}-\d{2}-\d{2}\.json$/);
    saved = await readFile((await download.path())!, 'utf8');
    const backup = JSON.parse(saved) as { format: string; version: number; contacts: unknown[]; identities: Array<{ name: string }> };
    expect([backup.format, backup.version, backup.contacts.length]).toEqual(['hatcheck-backup', 1, contacts]);
    expect(backup.identities.map((i) => i.name)).toContain('Acme Corp');
    await expect.poll(() => page.getByText(/^Saved hatcheck-backup-.*No draft text/).count()).toBe(1);
  });

  it('deletes everything after the confirm step', async () => {
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByText(/Deleted everything Hatcheck kept/).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Tag for Dana Whitfield').count()).toBe(0);
    expect(await identity('Acme Corp').count()).toBe(0);
    expect(await identity('Personal').count()).toBe(1);
  });

  it('refuses a file that is not a backup, and restores the downloaded one after a preview', async () => {
    const input = page.getByLabel('Restore from a backup');
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'hatcheck-backup', version: 7 })) });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /version 7, written by a newer Hatcheck/ }).count()).toBe(1);

    // The downloaded file, with two weeks of decisions added, so the History chart has bars to draw.
    const withHistory = JSON.parse(saved) as { decisionWeeks: unknown[] };
    const now = Date.now();
    withHistory.decisionWeeks = [isoWeek(now), isoWeekBefore(now, 1)].flatMap((week, i) => [
      { week, site: 'linkedin', decision: 'edited', level: 'warn', count: 4 - i, categories: { alcohol: 3, profanity: 1 } },
      { week, site: 'x', decision: 'posted-anyway', level: 'confirm', count: 1, categories: { drugs: 1 } },
    ]);
    await input.setInputFiles({ name: 'hatcheck-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withHistory)) });
    const preview = page.getByRole('group', { name: 'Restore hatcheck-backup.json?' });
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.innerText()).toContain(`${contacts.toLocaleString('en')} contacts, 3 identities`);
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByText(new RegExp(`^Restored ${contacts.toLocaleString('en')} contacts \\(${contacts.toLocaleString('en')} added\\)`)).count()).toBe(1);
    await expect.poll(() => contactRows().count()).toBeGreaterThan(3);
    expect(await page.getByLabel('Tag for Dana Whitfield').inputValue()).toBe('both');
    expect(await identity('Acme Corp').count()).toBe(1);
    // The past import is listed again, as history: its undo stayed with the deleted data.
    expect(await page.getByText(/Connections\.csv .*restored from a backup/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Undo the import of Connections.csv' }).count()).toBe(0);

    // History: this week's numbers in the table screen readers get (the chart itself is hidden from them).
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.locator('svg rect').count()).toBe(4);
    expect(await history.getByRole('table').getByRole('row').last().innerText()).toMatch(/\t5\t4\t0\t1$/);
    expect(await history.innerText()).toMatch(/never any draft text/);
    if (screenshots) {
      await mkdir('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: 900, height: 860 });
      await history.screenshot({ path: 'docs/screenshots/options-history.png' });
      await page.getByRole('region', { name: 'Backup' }).screenshot({ path: 'docs/screenshots/options-backup.png' });
    }

    await page.reload();
    await expect.poll(() => page.getByLabel('Tag for Dana Whitfield').count()).toBe(1);
    expect(errors.errors).toEqual([]);
  });
});
