// Runs once per `vitest run` of the browser project, before its first file: the builds every
// browser file needs. Each file used to run them itself (scripts/build-fixtures.mjs in a child
// process to find nothing changed, and a vite build of the adapter bundle for each adapter file),
// about 1 s a file on a loaded machine. The results reach the test processes through the
// environment, which the workers inherit; run outside vitest, the helpers still build for themselves.
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADAPTER_BUNDLE_ENV, buildAdapterBundle } from './adapter-bundle';
import { ensureFixturesBuilt, FIXTURES_BUILT_ENV } from './fixtures';

export default async function setup(): Promise<() => Promise<void>> {
  // A folder of this run's own: another run in the same tree may be building test/.cache/adapter.
  const outDir = join(tmpdir(), `hatcheck-adapter-${process.pid}`);
  const [bundleFile] = await Promise.all([buildAdapterBundle(outDir), ensureFixturesBuilt()]);
  process.env[ADAPTER_BUNDLE_ENV] = bundleFile;
  process.env[FIXTURES_BUILT_ENV] = '1';
  return () => rm(outDir, { recursive: true, force: true });
}
