// `npm run demo`: installs what it needs, builds, and shows Hatcheck at work on offline replicas of
// LinkedIn in Chromium. Prints what Hatcheck said for each example draft and saves screenshots.
//   npm run demo               headless, screenshots in demo-output/
//   npm run demo -- --headed   a visible window (needs a display)
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensurePackages } from './ensure-setup.mjs';

ensurePackages();
ensureChromium();
const steps = [
  ['node', ['scripts/build.mjs']],
  ['node', ['scripts/build-fixtures.mjs']],
  ['node_modules/.bin/tsx', ['scripts/demo-run.ts', ...process.argv.slice(2)]],
];
for (const [cmd, args] of steps) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
