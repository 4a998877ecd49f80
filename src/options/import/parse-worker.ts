// Parses an export file off the page's thread: a 30,000-row Connections.csv must not freeze the
// options page. Posts progress (0..1), then the result or an error message for people. A CSV that is
// none of the known exports gets a preview back, for the column-mapping form, until it comes with a mapping.
import { detectFormat, parseImport } from '../../core/import/detect';
import { ImportError } from '../../core/import/error';
import { previewCsv } from '../../core/import/generic-csv';
import type { WorkerReply, WorkerRequest } from './protocol';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { fileName, text, generic } = event.data;
  try {
    const onProgress = (fraction: number) => post({ type: 'progress', fraction });
    if (!generic && detectFormat(fileName, text) === 'generic-csv') {
      post({ type: 'needs-mapping', preview: previewCsv(text, 5) });
      return;
    }
    const result = generic
      ? parseImport(fileName, text, { format: 'generic-csv', ...generic, onProgress })
      : parseImport(fileName, text, { onProgress });
    post({ type: 'done', result });
  } catch (error) {
    const message = error instanceof ImportError ? error.message : `Hatcheck could not read ${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    post({ type: 'error', message });
  }
};
