// Where `npm run build` wrote the extension: dist/<browser>, or under $HATCHECK_DIST when set (so
// several people can build and run end-to-end tests in one checkout without swapping each other's
// build mid-run). vite.config.ts reads the same variable.
import { resolve } from 'node:path';

export function distDir(browser: 'chrome' | 'firefox'): string {
  return resolve(process.env.HATCHECK_DIST ?? 'dist', browser);
}
