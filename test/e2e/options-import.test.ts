import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/dist';
import { IMPORT_SUMMARY } from './extension-ui';

// The options page imports a real export format off its main thread, shows the outcome, and can
// take the import back.
let context: BrowserContext;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const launched = await launchChromium({ extensionPath: distDir('chrome') });
  ({ context, close } = launched);
  extensionId = launched.extensionId!;
});

afterAll(async () => {
  await close?.();
});

describe('options: importing contacts', () => {
  it('imports a LinkedIn Connections.csv as work contacts and undoes it', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByLabel('Choose an export file').setInputFiles(resolve('test/fixtures/imports/linkedin/Connections.csv'));
    // Nothing is stored before the review: the format named, the first rows, the tag the file gets.
    const review = page.getByRole('form', { name: 'Import Connections.csv?' });
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.innerText()).toContain('Recognised as LinkedIn Connections.csv');
    expect(await review.getByLabel('Tag these contacts as').inputValue()).toBe('work');
    expect(await review.getByRole('region', { name: 'First rows of Connections.csv' }).getByRole('row').count()).toBe(6);
    await review.getByRole('button', { name: /^Import \d+ contacts$/ }).click();
    await expect.poll(() => page.getByText(IMPORT_SUMMARY).count()).toBe(1);
    // Rows of the contact list only (the identities editor has a policy table of its own).
    const rows = page.getByRole('grid', { name: /Your contacts/ }).getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    expect(await page.getByLabel('Tag for Dana Whitfield').inputValue()).toBe('work');

    await page.getByRole('button', { name: 'Undo the import of Connections.csv' }).click();
    await expect.poll(() => page.getByText(/Undone: \d+ removed/).count()).toBe(1);
    expect(await page.getByLabel('Tag for Dana Whitfield').count()).toBe(0);
    await page.close();
  });

  it('imports a Facebook friends file as personal, or with the tag chosen in the review, and undoes it', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByLabel('Choose an export file').setInputFiles(resolve('test/fixtures/imports/facebook/your_friends.json'));
    const review = page.getByRole('form', { name: 'Import your_friends.json?' });
    await expect.poll(() => review.count()).toBe(1);
    const text = await review.innerText();
    expect(text).toMatch(/Recognised as Facebook friends file \(your_friends\.json \/ friends\.json\): \d+ contacts/);
    // The preview shows names as they will be stored: Facebook's mis-encoded UTF-8 repaired.
    const preview = review.getByRole('region', { name: 'First rows of your_friends.json' });
    expect(await preview.getByRole('row').nth(1).innerText()).toMatch(/^José Fernández\s+Personal$/);
    expect(await review.getByLabel('Tag these contacts as').inputValue()).toBe('personal');
    // Chosen before importing: every friend of this file counts as work and personal.
    await review.getByLabel('Tag these contacts as').selectOption('both');
    expect(await preview.getByRole('row').nth(1).innerText()).toMatch(/Work and personal$/);
    await review.getByRole('button', { name: /^Import \d+ contacts$/ }).click();
    const summary = page.getByText(/^your_friends\.json \(Facebook friends file.*\): \d+ added, \d+ merged, \d+ skipped \(already in your list\)\.$/);
    await expect.poll(() => summary.count()).toBe(1);
    expect(await review.count()).toBe(0);
    await expect.poll(() => page.getByLabel('Tag for Zoë Dubois').count()).toBe(1);
    expect(await page.getByLabel('Tag for Zoë Dubois').inputValue()).toBe('both');

    await page.getByRole('button', { name: 'Undo the import of your_friends.json' }).click();
    await expect.poll(() => page.getByText(/Undone: \d+ removed/).count()).toBe(1);
    expect(await page.getByLabel('Tag for Zoë Dubois').count()).toBe(0);
    await page.close();
  });

  it('cancelling the review stores nothing', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const pastImports = page.getByRole('list', { name: 'Past imports' }).getByRole('listitem');
    await expect.poll(() => pastImports.count()).toBeGreaterThan(0); // the earlier tests' imports, loaded
    const before = await pastImports.count();
    await page.getByLabel('Choose an export file').setInputFiles(resolve('test/fixtures/imports/facebook/your_friends.json'));
    const review = page.getByRole('form', { name: 'Import your_friends.json?' });
    await review.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => review.count()).toBe(0);
    expect(await page.getByLabel('Tag for Zoë Dubois').count()).toBe(0);
    expect(await pastImports.count()).toBe(before);
    await page.close();
  });

  it('says which formats it takes when a file is not an export', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByLabel('Choose an export file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/LinkedIn Connections\.csv/);
    await page.close();
  });
});
