/* global console, process */
// `npm run bench`: every benchmark, each printing its table against the budget. Runs them all, then
// exits non-zero if any missed a budget.
import { spawnSync } from 'node:child_process';

let failed = 0;
for (const file of ['bench/run.ts', 'bench/model.ts', 'bench/imports.ts', 'bench/audience.ts']) {
  console.log(`\n# ${file}\n`);
  const { status } = spawnSync('node_modules/.bin/tsx', [file], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
