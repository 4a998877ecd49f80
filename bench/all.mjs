/* global console, process, performance */
// `npm run bench`: every benchmark, each printing its table against the budget; then one table of
// all their figures, also written as JSON (bench/results/latest.json) with the machine it ran on.
// Exits non-zero if any figure missed its budget or a bench failed.
//
//   npm run bench                 all of them (builds dist/ from this tree first; with $HATCHECK_DIST, measures that build)
//   npm run bench -- browser      only the files whose name contains "browser" (results not saved)
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

// bench/options.ts (the options page with 50,000 contacts) is run when present.
const FILES = ['bench/run.ts', 'bench/model.ts', 'bench/imports.ts', 'bench/audience.ts', 'bench/options.ts', 'bench/browser.ts'].filter((f) => existsSync(f));
const only = process.argv.slice(2);
const files = only.length ? FILES.filter((f) => only.some((o) => f.includes(o))) : FILES;

// The browser bench measures a built extension. With $HATCHECK_DIST set, that build as it is (paired
// runs of an old and a new build); without it, dist/ is built from this tree first, every time: a
// dist/ left from an earlier commit once made a whole run measure code that was no longer there.
const dist = resolve(process.env.HATCHECK_DIST ?? 'dist');
const usesBuild = files.includes('bench/browser.ts') || files.includes('bench/options.ts');
if (usesBuild && (!process.env.HATCHECK_DIST || !existsSync(join(dist, 'chrome', 'manifest.json')))) {
  console.log(`Building the extension into ${dist} (npm run build) first.`);
  const { status } = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: process.env });
  if (status !== 0) {
    console.error('The build failed: run `npm run build` (or HATCHECK_DIST=<folder> npm run build) and try again.');
    process.exit(1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'hatcheck-bench-'));
const rowsFile = join(scratch, 'rows.jsonl');
const loadBefore = loadavg();
const seconds = {};
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}\n`);
  const t = performance.now();
  const { status } = spawnSync('node_modules/.bin/tsx', [file], { stdio: 'inherit', env: { ...process.env, HATCHECK_BENCH_ROWS: rowsFile } });
  seconds[file] = Math.round((performance.now() - t) / 100) / 10;
  if (status !== 0) failed++;
  console.log(`\n(${file}: ${seconds[file]} s${status === 0 ? '' : `, exit ${status}`})`);
}
const rows = existsSync(rowsFile) ? readFileSync(rowsFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
rmSync(scratch, { recursive: true, force: true });

function chromiumVersion() {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The commit measured (with "+ changes" when the tree differed from it): figures belong to code. */
function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'public', 'manifest.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} + changes` : head;
  } catch {
    return 'unknown';
  }
}

const machine = {
  commit: process.env.HATCHECK_DIST ? `the build in ${process.env.HATCHECK_DIST}` : commit(),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  ramGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion(),
  // 1-minute load average before and after: above the core count, other work shared the machine.
  loadAverage: { before: Number(loadBefore[0].toFixed(1)), after: Number(loadavg()[0].toFixed(1)) },
};

const number = (value, digits) => (value === null || Number.isNaN(value) ? '—' : value.toFixed(digits));
const lines = [
  `Ran ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, code of ${machine.commit}, on ${machine.cores} cores (${machine.cpu}), ${machine.ramGiB} GiB RAM, ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverage.before} → ${machine.loadAverage.after}${machine.loadAverage.before > machine.cores ? ' (the machine was shared with other work)' : ''}.`,
  '',
  '| bench | metric | measured | budget | |',
  '|---|---|---:|---:|---|',
  ...rows.map((r) => {
    // `status` (ok / over / unresolved) from rows with a confidence interval; older rows have `ok` only.
    const status = r.ok === null ? '' : r.ok ? 'ok' : r.status === 'unresolved' ? '**UNRESOLVED**' : '**OVER**';
    const budget = r.budget === null ? '—' : `≤ ${r.budget.toLocaleString('en')} ${r.unit}`.trim();
    return `| ${r.bench.replace(/^bench\//, '')} | ${r.metric} | ${number(r.measured, r.digits)} ${r.unit} | ${budget} | ${[status, r.note].filter(Boolean).join(' ')} |`;
  }),
];
console.log(`\n# All figures\n\n${lines.join('\n')}`);
const over = rows.filter((r) => r.ok === false && r.status !== 'unresolved').length;
const unresolved = rows.filter((r) => r.status === 'unresolved').length;
console.log(`\n${rows.length} figures, ${over} over budget, ${unresolved} unresolved (the run's interval holds the budget); ${files.map((f) => `${f.replace(/^bench\//, '')} ${seconds[f]} s`).join(', ')}.`);

if (!only.length) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify({ ranAt: new Date().toISOString(), machine, seconds, rows }, null, 2)}\n`);
  writeFileSync('bench/results/latest.md', `${lines.join('\n')}\n`);
  console.log('Written to bench/results/latest.json and bench/results/latest.md.');
}
process.exit(failed || over || unresolved ? 1 : 0);
