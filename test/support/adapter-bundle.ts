// Builds test/support/adapter-entry.ts (and so src/sites) into one classic script that
// addInitScript can inject, the way the extension ships its content script (one IIFE file).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT_DIR = join(ROOT, 'test', '.cache', 'adapter');
const FILE = 'adapter.iife.js';

let bundle: Promise<string> | null = null;

/** The adapter test bundle's source, built once per test process from the current src/. */
export function adapterBundle(): Promise<string> {
  bundle ??= (async () => {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"test"' },
      build: {
        outDir: OUT_DIR,
        emptyOutDir: true,
        minify: false,
        sourcemap: 'inline', // page errors point at src/sites lines
        target: 'es2022',
        lib: { entry: join(ROOT, 'test', 'support', 'adapter-entry.ts'), formats: ['iife'], name: 'hatcheckAdapterTest', fileName: () => FILE },
      },
    });
    return readFile(join(OUT_DIR, FILE), 'utf8');
  })();
  return bundle;
}
