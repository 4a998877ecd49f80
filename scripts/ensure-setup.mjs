// Installs what Hatcheck's commands need on a fresh machine: npm packages, Debian's Chromium for
// the browser tests and the demo, Debian's firefox-esr for the Firefox test, and openssl for the
// adapter tests' throwaway certificate. Uses only Node built-ins, since it runs before `npm ci`.
//   node scripts/ensure-setup.mjs            packages, Chromium and firefox-esr
//   node scripts/ensure-setup.mjs --browser  Chromium and firefox-esr only
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

export function ensurePackages() {
  const stamp = `${root}node_modules/.package-lock.json`;
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(`${root}package-lock.json`).mtimeMs;
  if (fresh) return;
  console.log('Installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  // The emoji font only makes screenshots show emoji instead of boxes; Chromium needs nothing else.
  const command = 'apt-get update && apt-get install -y chromium fonts-noto-color-emoji';
  if (process.getuid?.() !== 0) {
    console.error(`Hatcheck's browser tests and demo need Debian's Chromium at ${CHROMIUM}. Install it with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing Debian's chromium (${command})…`);
  run('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`]);
}

/**
 * A Debian package whose program is missing: installed from the lists already there (ensureChromium
 * may just have refreshed them), refreshing them only when that fails, as on a machine that never
 * ran apt-get update. `why` says what needs it.
 */
function ensureDebianPackage(program, pkg, why) {
  if (existsSync(program)) return;
  const install = `apt-get install -y ${pkg}`;
  const command = `${install} || (apt-get update && ${install})`;
  if (process.getuid?.() !== 0) {
    console.error(`${why} needs Debian's ${pkg} at ${program}. Install it with:\n  sudo sh -c 'apt-get update && ${install}'`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${pkg} (${install})…`);
  run('sh', ['-c', `export DEBIAN_FRONTEND=noninteractive; ${command}`]);
}

export const FIREFOX = '/usr/bin/firefox-esr';

/** Debian's Firefox ESR: test/e2e/firefox.test.ts loads the Firefox build in it (not the demo). */
export const ensureFirefox = () => ensureDebianPackage(FIREFOX, 'firefox-esr', "Hatcheck's Firefox test");

/** openssl makes the throwaway certificate of the adapter tests' fixture server (test/support/fixture-server.ts). */
export const ensureOpenssl = () => ensureDebianPackage('/usr/bin/openssl', 'openssl', "Hatcheck's adapter tests' fixture server");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--browser')) ensurePackages();
  ensureChromium();
  ensureFirefox();
  ensureOpenssl();
}
