// Builds test/support/adapter-entry.ts (and so src/sites) into one classic script that
// addInitScript can inject, the way the extension ships its content script (one IIFE file). A
// vitest run builds it once in global-setup.ts; anything else builds it on first use.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT_DIR = join(ROOT, 'test', '.cache', 'adapter');
const FILE = 'adapter.iife.js';

/** Set by test/support/global-setup.ts to the file it built for the whole run. */
export const ADAPTER_BUNDLE_ENV = 'HATCHECK_ADAPTER_BUNDLE';

/** Builds the bundle from the current src/ into `outDir`; returns the file's path. */
export async function buildAdapterBundle(outDir = OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"test"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: 'inline', // page errors point at src/sites lines
      target: 'es2022',
      lib: { entry: join(ROOT, 'test', 'support', 'adapter-entry.ts'), formats: ['iife'], name: 'hatcheckAdapterTest', fileName: () => FILE },
    },
  });
  return join(outDir, FILE);
}

let bundle: Promise<string> | null = null;

/** The adapter test bundle's source: the run's (global-setup.ts), else built once per process. */
export function adapterBundle(): Promise<string> {
  bundle ??= (async () => readFile(process.env[ADAPTER_BUNDLE_ENV] ?? (await buildAdapterBundle()), 'utf8'))();
  return bundle;
}
