#!/usr/bin/env node
// Builds the offline replica pages of each site (test/fixtures/<site>/*.html, which load the real
// editor libraries from npm) into test/fixtures/.built/<site>/. Tests serve those files at the
// real site URLs. Skips the build when no input changed; `--force` rebuilds anyway.
//
//   node scripts/build-fixtures.mjs [--force]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const BUILT = join(FIXTURES, '.built');
const STAMP = '.source-hash';

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out.sort();
}

/** Hash of everything the output depends on: the site's sources, the shared fixture code, this script, and the lockfile (library versions). */
async function inputHash(siteDir) {
  const hash = createHash('sha256');
  // test/fixtures/shared/ is code every replica imports.
  for (const file of [...(await filesUnder(siteDir)), ...(await filesUnder(join(FIXTURES, 'shared'))), import.meta.filename, join(ROOT, 'package-lock.json')]) {
    hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

async function buildSite(site, force) {
  const siteDir = join(FIXTURES, site);
  const outDir = join(BUILT, site);
  const hash = await inputHash(siteDir);
  const previous = await readFile(join(outDir, STAMP), 'utf8').catch(() => '');
  if (!force && previous === hash) return false;

  const pages = (await readdir(siteDir)).filter((name) => name.endsWith('.html'));
  // Build beside the target and swap it in, so a test reading the old build never sees half a new one.
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  await build({
    configFile: false, // not the extension's config (crx plugin, dist/ output)
    root: siteDir,
    base: './', // pages are served at deep URLs (/company/12345/admin/…); assets resolve beside them
    publicDir: false,
    // draft-js (through fbjs) reads Node's `global`; the browser's name for it is globalThis.
    define: { global: 'globalThis' },
    cacheDir: join(ROOT, 'node_modules', '.vite-fixtures'),
    logLevel: 'warn',
    build: {
      outDir: tmpDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // readable stack traces when a fixture misbehaves
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { input: Object.fromEntries(pages.map((page) => [basename(page, '.html'), join(siteDir, page)])) },
    },
  });
  await writeFile(join(tmpDir, STAMP), hash);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(BUILT, { recursive: true });
  await rename(tmpDir, outDir);
  return true;
}

/** Every folder of test/fixtures that holds HTML pages is a site's replica (drafts/ and imports/ hold none). */
async function fixtureSites() {
  const sites = [];
  for (const entry of await readdir(FIXTURES, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if ((await readdir(join(FIXTURES, entry.name))).some((name) => name.endsWith('.html'))) sites.push(entry.name);
  }
  return sites.sort();
}

/** Builds every site's fixtures that changed. Returns the sites it rebuilt. */
export async function buildFixtures({ force = false } = {}) {
  const rebuilt = [];
  for (const site of await fixtureSites()) if (await buildSite(site, force)) rebuilt.push(site);
  return rebuilt;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const rebuilt = await buildFixtures({ force: process.argv.includes('--force') });
  const ms = Math.round(performance.now() - started);
  console.log(rebuilt.length ? `fixtures built (${rebuilt.join(', ')}) in ${ms} ms` : `fixtures up to date (${ms} ms)`);
}
