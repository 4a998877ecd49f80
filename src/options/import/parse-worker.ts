// Parses an export file off the page's thread: a 30,000-row Connections.csv must not freeze the
// options page. Posts progress (0..1), then the result or an error message for people.
import { parseImport } from '../../core/import/detect';
import { ImportError } from '../../core/import/error';
import type { WorkerReply, WorkerRequest } from './protocol';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { fileName, text } = event.data;
  try {
    const result = parseImport(fileName, text, { onProgress: (fraction) => post({ type: 'progress', fraction }) });
    post({ type: 'done', result });
  } catch (error) {
    const message = error instanceof ImportError ? error.message : `Hatcheck could not read ${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    post({ type: 'error', message });
  }
};
