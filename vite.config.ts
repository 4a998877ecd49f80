import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';
const root = import.meta.dirname;

const UNIT_FILES = ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'];
/**
 * Unit files that replace modules or globals (vi.mock, vi.stubGlobal, …): they run in a process of
 * their own. Every other unit file shares its worker's module cache (isolate: false), which halves
 * the unit ring (70.7 → 33.2 s on 2 cores, 2026-11-23); a mocking file in a shared worker leaks its
 * mocks into the next file (5 failures when tried). Found by reading the files, so a new test that
 * mocks is isolated without anyone listing it. Checked with the files in random order
 * (`--sequence.shuffle.files`): all pass.
 */
function ownProcessUnitFiles(): string[] {
  return ['src', 'test/unit']
    .flatMap((dir) => readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
    .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(resolve(root, file), 'utf8')));
}
const OWN_PROCESS_UNIT_FILES = ownProcessUnitFiles();

/** Firefox runs MV3 background scripts (no service worker) and needs an add-on id. */
function manifestFor(browser: Browser): ManifestV3Export {
  // The background worker is built on its own too (scriptsAsOneFile), so @crxjs is not given it.
  const { content_scripts: _contentScripts, background: _background, minimum_chrome_version, ...rest } = baseManifest;
  if (browser === 'chrome') return { ...rest, minimum_chrome_version } as ManifestV3Export;
  return {
    ...rest,
    browser_specific_settings: {
      gecko: { id: 'hatcheck@hatcheck.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140);
      // without this, addons-linter warns that Android 140 would not understand the key.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/** One script built on its own as a single classic (IIFE) file, no chunks and no loader. */
async function buildOneFile(outDir: string, entry: string, fileName: string, target?: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      ...(target ? { target } : {}),
      // ASCII output (see build.rolldownOptions below).
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'hatcheck', fileName: () => fileName },
    },
  });
}

/**
 * The content script and the background worker are built on their own, each as one classic IIFE
 * file. @crxjs would load the content script as an ES module through a loader, which needs its
 * chunks listed in web_accessible_resources, and every web-accessible file lets any page
 * fingerprint the extension (../shared/research/security.md #10). The worker was a module loader
 * and four chunks (~600 KB): as one classic script it gets Chromium's V8 code cache and starts
 * faster (docs/decisions.md, "… cold start: the worker as one classic script"); a service worker
 * cannot import() anyway, so chunks bought nothing. Firefox runs the same file as its background
 * script.
 */
function scriptsAsOneFile(outDir: string, browser: Browser): Plugin {
  return {
    name: 'hatcheck:scripts-as-one-file',
    apply: 'build',
    async closeBundle() {
      await buildOneFile(outDir, 'src/content/main.ts', 'content.js');
      // The worker's target as when the main build made it.
      await buildOneFile(outDir, baseManifest.background.service_worker, 'background.js', 'es2022');
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.content_scripts = baseManifest.content_scripts.map((entry) => ({ ...entry, js: ['content.js'] }));
      manifest.background = browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] };
      await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // HATCHECK_DIST: build somewhere else than dist/ (test/support/dist.ts reads the same variable).
  const outDir = resolve(process.env.HATCHECK_DIST ?? resolve(root, 'dist'), browser);
  const isTest = Boolean(process.env.VITEST);
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // zustand's hooks import React; preact/compat is its drop-in for 4 KB instead of 45.
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    plugins: isTest ? [] : [crx({ manifest: manifestFor(browser), browser }), scriptsAsOneFile(outDir, browser)],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      // Extension pages support modulepreload natively; the polyfill would add a fetch() call.
      modulePreload: { polyfill: false },
      // Non-ASCII characters (the lexicon's emoji, CJK full stops) escaped as \u: one of them makes
      // the whole script a two-byte string to decode and scan, about 1 ms more start-up for the
      // 250 KB detector (bench/run.ts, 2026-11). Rolldown keeps UTF-8 by default; esbuild did not.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: UNIT_FILES,
            exclude: OWN_PROCESS_UNIT_FILES,
            isolate: false,
            environment: 'node',
            // A hang guard, not a speed check (speed is `npm run bench`): the CLI tests start
            // processes and the 1 MB cases take seconds on a loaded 2-core machine.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'unit-mocking',
            include: OWN_PROCESS_UNIT_FILES,
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/adapters/**/*.test.ts', 'test/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // The fixture pages and the adapter bundle, built once for the run, not once a file.
            globalSetup: ['test/support/global-setup.ts'],
            // One browser file at a time. Two at once (maxWorkers: 2) was measured on a quiet 2-core
            // machine: each file took about twice as long (adapters/x 28 → 56 s, adapters/reddit
            // 45 → 82 s, run side by side), so nothing was gained: the files are CPU-bound
            // (Chromium rendering and real keyboard input), and one at a time is steadier.
            fileParallelism: false,
            // One worker for every browser file, not a fresh process each: the files launch and close
            // their own browsers, and what their support modules keep (built fixture pages, the
            // adapter bundle's path) is the same for all. Six files: 69.3 -> 55.6 s (import 4.6 ->
            // 1.4 s), 2026-11-23.
            isolate: false,
            retry: 0,
          },
        },
      ],
    },
  };
});
