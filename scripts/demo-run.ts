// The demo itself (run by scripts/demo.mjs after set-up): types example drafts into the offline
// LinkedIn replicas with the built extension loaded and reports what Hatcheck said.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { accessibleNodes, waitForAccessible } from '../test/e2e/a11y';
import { activeTabId } from '../test/e2e/extension';
import { launchChromium } from '../test/support/browser';
import { FIXTURE_URLS, routeFixtures } from '../test/support/fixtures';
import '../test/fixtures/linkedin/fixture-hook';

const OUT = resolve('demo-output');
const EDITOR = '[aria-label="Text editor for creating content"]';
const wantsHeaded = process.argv.includes('--headed');
const headed = wantsHeaded && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (wantsHeaded && !headed) console.log('No display found (DISPLAY is unset): running headless instead.');

interface Example {
  name: string;
  url: string;
  draft: string;
  mention?: { name: string; slug: string; after: string };
}

const EXAMPLES: Example[] = [
  { name: 'called-in-sick', url: FIXTURE_URLS.feedClassic, draft: 'Called in sick today 😎 Beach day, still hungover from last night' },
  { name: 'professional-update', url: FIXTURE_URLS.feedClassic, draft: 'Proud of our team for shipping the Q3 release. Thanks to everyone who helped!' },
  { name: 'brand-partnership', url: FIXTURE_URLS.feedClassic, draft: 'Our tequila brand partnership launches Monday. Congrats to the campaign team!' },
  { name: 'job-hunting', url: FIXTURE_URLS.feedSdui, draft: 'This company sucks. Secretly interviewing with a competitor next week.' },
  { name: 'posting-as-brand', url: FIXTURE_URLS.companyAdmin, draft: 'I need another beer after this week' },
  { name: 'mentions-work-contact', url: FIXTURE_URLS.feedClassic, draft: 'Hungover again, thanks ', mention: { name: 'Sam Boss', slug: 'sam-boss', after: ' for the drinks' } },
];

async function addWorkContact(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 760 });
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // Scoped to the form: the identities editor above it has a 'Name' field of its own.
  const add = options.getByRole('form', { name: 'Add a contact' });
  await add.getByLabel('Name').fill('Sam Boss');
  await add.getByLabel(/Profile link/).fill('linkedin.com/in/sam-boss');
  await add.getByLabel('Tag', { exact: true }).selectOption('work');
  await add.getByRole('button', { name: 'Add contact' }).click();
  await options.getByRole('row', { name: /Sam Boss/ }).waitFor();
  // The contacts sit below the identities editor: show them from their heading down.
  await options.getByRole('heading', { name: /^Contacts/ }).evaluate((heading) => heading.scrollIntoView());
  await options.screenshot({ path: `${OUT}/options-contacts.png` });
  await options.close();
}

async function typeExample(context: BrowserContext, example: Example): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(example.url);
  if (example.url !== FIXTURE_URLS.companyAdmin) await page.evaluate(() => window.__fixture!.openComposer());
  await page.locator(EDITOR).click();
  await page.keyboard.type(example.draft, { delay: 15 });
  if (example.mention) {
    const { name, slug, after } = example.mention;
    await page.evaluate(([n, s]) => window.__fixture!.insertMention(n!, s!), [name, slug]);
    await page.keyboard.type(after, { delay: 15 });
  }
  // Wait for Hatcheck's badge to settle on a verdict for the full text.
  await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name.startsWith('Hatcheck') && b.name !== 'Hatcheck: checking this post'));
  await page.waitForTimeout(700);
  return page;
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const { context, extensionId, close } = await launchChromium({ extensionPath: resolve('dist/chrome'), headless: !headed });
  try {
    await routeFixtures(context);
    await addWorkContact(context, extensionId!);
    console.log('\nWhat Hatcheck said:\n');
    for (const [i, example] of EXAMPLES.entries()) {
      const page = await typeExample(context, example);
      const alert = (await accessibleNodes(context, page, ['alert']))[0];
      const badge = (await accessibleNodes(context, page, ['button'])).find((b) => b.name.startsWith('Hatcheck'));
      const shot = `${OUT}/${String(i + 1).padStart(2, '0')}-${example.name}.png`;
      await page.screenshot({ path: shot });
      const typed = example.draft + (example.mention ? `@${example.mention.name}${example.mention.after}` : '');
      console.log(`• “${typed}”`);
      console.log(alert ? `  ALERT  ${alert.name}\n         ${alert.description}` : `  quiet  ${badge?.name ?? '(no badge)'}`);
      console.log(`  screenshot: ${shot}\n`);
      if (example.name === 'called-in-sick') {
        await page.bringToFront();
        const tabId = await activeTabId(context);
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 380, height: 520 });
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
        await popup.getByText('Who can see it').first().waitFor();
        await popup.screenshot({ path: `${OUT}/popup.png` });
        await popup.close();
        // Pressing Post on it: the submit guard holds the post and asks.
        await page.bringToFront();
        await page.locator('.share-actions__primary-action').click();
        await waitForAccessible(context, page, ['alertdialog'], (n) => n.length > 0);
        await waitForAccessible(context, page, ['button'], (n) => n.some((b) => b.name === 'Post anyway' && !b.disabled));
        await page.screenshot({ path: `${OUT}/hold-dialog.png` });
        const dialog = (await accessibleNodes(context, page, ['alertdialog']))[0];
        console.log(`  Post pressed → ALERTDIALOG ${dialog?.name}; screenshot: ${OUT}/hold-dialog.png\n`);
        await page.keyboard.press('Escape');
      }
      if (!headed) await page.close();
    }
    console.log(`Screenshots saved in ${OUT}/ (popup.png, hold-dialog.png, options-contacts.png and one per draft).`);
    if (headed) {
      console.log('The window stays open for 60 s.');
      await new Promise((r) => setTimeout(r, 60_000));
    }
  } finally {
    await close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
