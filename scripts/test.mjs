// `npm test`: every check Hatcheck has, from a fresh clone. Installs what is missing first
// (npm packages; Debian's chromium, firefox-esr and openssl when run as root), then: types, lint, both
// builds, the unit ring, and the browser rings (fixture-page adapters and end-to-end on the built
// extensions).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium, ensureFirefox, ensureOpenssl, ensurePackages } from './ensure-setup.mjs';

ensurePackages();
ensureChromium();
ensureFirefox();
ensureOpenssl();

function step(name, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
const ok =
  step('typecheck', bin('tsc'), ['--noEmit']) &&
  step('lint', bin('eslint'), ['.']) &&
  step('build', 'node', ['scripts/build.mjs']) &&
  step('fixtures', 'node', ['scripts/build-fixtures.mjs']);

let passed = 0;
let failed = 0;
let testsOk = false;
if (ok) {
  mkdirSync('test/.cache', { recursive: true });
  testsOk = step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test/.cache/results.json']);
  try {
    const results = JSON.parse(readFileSync('test/.cache/results.json', 'utf8'));
    passed = results.numPassedTests;
    failed = results.numFailedTests;
  } catch {
    testsOk = false;
  }
}
// The plain closing line CI reads, whatever the runner.
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && testsOk && passed > 0 ? 0 : 1);
