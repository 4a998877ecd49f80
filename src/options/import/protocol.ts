import type { ImportResult } from '../../core/import/types';

export interface WorkerRequest {
  fileName: string;
  text: string;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; message: string };
