import type { ContactTag } from '../../core/audience';
import type { ColumnMapping, CsvPreview, Delimiter } from '../../core/import/generic-csv';
import type { ImportResult } from '../../core/import/types';

/** How the person said to read a CSV that is none of the known exports. */
export interface GenericCsvChoice {
  mapping: ColumnMapping;
  delimiter: Delimiter;
  hasHeader: boolean;
  tag: ContactTag;
}

export interface WorkerRequest {
  fileName: string;
  text: string;
  /** Given once the person mapped the columns of a generic CSV. */
  generic?: GenericCsvChoice;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportResult }
  /** The file is a CSV Hatcheck does not know: the page shows the mapping form with this preview. */
  | { type: 'needs-mapping'; preview: CsvPreview }
  | { type: 'error'; message: string };
