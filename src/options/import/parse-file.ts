import type { ImportResult } from '../../core/import/types';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Reads and parses a file in a worker; rejects with a message people can act on. */
export async function parseFile(file: File, onProgress: (fraction: number) => void): Promise<ImportResult> {
  const text = await file.text();
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'done') resolve(reply.result);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => reject(new Error(`Hatcheck could not read ${file.name}: ${event.message || 'the reader stopped'}`));
      worker.postMessage({ fileName: file.name, text } satisfies WorkerRequest);
    });
  } finally {
    worker.terminate();
  }
}
