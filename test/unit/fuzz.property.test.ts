import { describe, expect, it } from 'vitest';
import { runUnderHangGuard } from '../support/hang-guard';

// Issue 9 item 6: fast-check over the importers, detection and message validation with input built
// to hurt (one piece repeated thousands of times after a real file's opening: quotes, separators,
// nesting, half a vCard; messages near the valid ones, oversized, from any sender). No throw but the
// importers' ImportError, every finding inside the text, nothing accepted that its schema refuses.
// Each workload (test/support/fuzz-workloads.ts) runs in a worker under a hang guard: a deadline
// far above what it needs, so a loop or a catastrophic regular expression fails the test ("did not
// finish") instead of hanging the run. Nothing here asserts how fast anything is.
// Other property tests cover arbitrary text (import-properties, classify.*.property, backup.property).

const WORKLOADS = new URL('../support/fuzz-workloads.ts', import.meta.url);
const DEADLINE_MS = Number(process.env.HATCHECK_HANG_DEADLINE_MS ?? 240_000);
// A new seed each run widens the search over time; a failure prints it for replay (HATCHECK_FUZZ_SEED).
const seed = Number(process.env.HATCHECK_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

// The three workers start at once (each in its own thread), so the file takes as long as the slowest.
describe('under adversarial input', () => {
  it.concurrent.each([
    ['importers', 'fuzzImporters', 15],
    ['detection', 'fuzzDetection', 60],
    ['message validation', 'fuzzMessages', 500],
  ])(`%s neither throw nor hang (seed ${seed})`, async (_label, workload, runs) => {
    const result = await runUnderHangGuard(WORKLOADS, workload as string, { seed, runs }, DEADLINE_MS);
    expect(result).toMatchObject({ ok: true });
    expect((result as { value: number }).value).toBeGreaterThanOrEqual(runs as number);
  }, DEADLINE_MS + 30_000);
});
