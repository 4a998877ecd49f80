import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/dist';

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
    await expect.poll(() => page.getByText(/\d+ added, \d+ updated, \d+ already in your list/).count()).toBe(1);
    // Rows of the contact list only (the identities editor has a policy table of its own).
    const rows = page.getByRole('grid', { name: /Your contacts/ }).getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    expect(await page.getByLabel('Tag for Dana Whitfield').inputValue()).toBe('work');

    await page.getByRole('button', { name: 'Undo the import of Connections.csv' }).click();
    await expect.poll(() => page.getByText(/Undone: \d+ removed/).count()).toBe(1);
    expect(await page.getByLabel('Tag for Dana Whitfield').count()).toBe(0);
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
