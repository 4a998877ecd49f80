// Runs one exported function of a TypeScript module in a worker thread, so a test can stop it when
// it does not return (test/support/hang-guard.ts). tsx compiles the module (a dev dependency).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const module = await import(workerData.module);
  const value = await module[workerData.name](workerData.argument);
  parentPort.postMessage({ ok: true, value });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
