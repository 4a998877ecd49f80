import type { CsvPreview } from '../../core/import/generic-csv';
import type { ImportResult } from '../../core/import/types';
import type { GenericCsvChoice, WorkerReply, WorkerRequest } from './protocol';

export type ParseOutcome = { kind: 'parsed'; result: ImportResult } | { kind: 'needs-mapping'; preview: CsvPreview };

/**
 * Reads and parses a file in a worker; rejects with a message people can act on. A CSV that is not a
 * known export comes back as 'needs-mapping' unless `generic` says how to read it.
 */
export async function parseFile(file: File, onProgress: (fraction: number) => void, generic?: GenericCsvChoice): Promise<ParseOutcome> {
  const text = await file.text();
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParseOutcome>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'done') resolve({ kind: 'parsed', result: reply.result });
        else if (reply.type === 'needs-mapping') resolve({ kind: 'needs-mapping', preview: reply.preview });
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => reject(new Error(`Hatcheck could not read ${file.name}: ${event.message || 'the reader stopped'}`));
      worker.postMessage({ fileName: file.name, text, generic } satisfies WorkerRequest);
    });
  } finally {
    worker.terminate();
  }
}
