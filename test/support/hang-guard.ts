// A hang guard, not a timer on speed: runs a function in a worker thread and gives up only after a
// deadline many times what it needs (a loaded CI machine included), so "no hang" can fail a test
// without any assertion on how fast the code is. Speed is `npm run bench`'s job.
import { Worker } from 'node:worker_threads';

export type Guarded = { ok: true; value: unknown } | { ok: false; message: string };

/** Calls `name(argument)` from the TypeScript module at `moduleUrl` in a worker; stops it at `deadlineMs`. */
export function runUnderHangGuard(moduleUrl: URL, name: string, argument: unknown, deadlineMs: number): Promise<Guarded> {
  const worker = new Worker(new URL('./hang-guard-worker.mjs', import.meta.url), { workerData: { module: moduleUrl.href, name, argument } });
  return new Promise<Guarded>((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, message: `${name} did not finish within ${deadlineMs / 1000} s: it hangs (stopped)` });
    }, deadlineMs);
    const finish = (result: Guarded) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.once('message', (result: Guarded) => finish(result));
    worker.once('error', (error) => finish({ ok: false, message: `${name}: ${error.message}` }));
    worker.once('exit', (code) => finish({ ok: false, message: `${name}: the worker exited (${code}) without an answer` }));
  });
}
