// `npm run package`: installable zips of both builds, in dist/ (hatcheck-chrome-<v>.zip, hatcheck-firefox-<v>.zip).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  await build({ mode: browser, logLevel: 'warn' });
  const dir = join('dist', browser);
  const entries = {};
  // Sorted, with a fixed date, so the same source gives the same zip.
  for (const path of (await files(dir)).sort()) entries[relative(dir, path)] = [await readFile(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  const zip = join('dist', `hatcheck-${browser}-${version}.zip`);
  await writeFile(zip, zipSync(entries, { level: 9 }));
  console.log(`${zip} (${((await stat(zip)).size / 1024).toFixed(1)} KB)`);
}
