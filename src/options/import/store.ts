import { create } from 'zustand';
import type { CsvPreview } from '../../core/import/generic-csv';
import { FORMAT_LABELS, type ImportFormat, type ImportResult } from '../../core/import/types';
import type { ImportRecord } from '../../shared/storage/db';
import { applyImport, listImports, undoImport } from '../../shared/storage/imports';
import { useOptions } from '../store';
import { parseFile } from './parse-file';
import type { GenericCsvChoice } from './protocol';

// View state of the import panel. The contacts themselves are re-read from Dexie after each change.

/** The first 64 KB of a CSV waiting for its column mapping: enough to re-preview with another delimiter. */
const HEAD_BYTES = 64 * 1024;

export interface PendingMapping {
  file: File;
  preview: CsvPreview;
  head: string;
}

interface ImportState {
  phase: 'idle' | 'reading' | 'saving';
  fraction: number;
  /** What happened last, in words; `error` when it went wrong. */
  outcome: { kind: 'done' | 'error'; text: string; details: string[] } | null;
  /** A CSV that is none of the known exports, waiting for the person to map its columns. */
  pending: PendingMapping | null;
  history: ImportRecord[];
  loadHistory(): Promise<void>;
  importFile(file: File): Promise<void>;
  importMapped(choice: GenericCsvChoice): Promise<void>;
  cancelMapping(): void;
  undo(id: number): Promise<void>;
}

const formatName = (format: string) => FORMAT_LABELS[format as ImportFormat] ?? format;

export const useImports = create<ImportState>((set, get) => {
  async function save(file: File, result: ImportResult) {
    set({ phase: 'saving', fraction: 1 });
    const { record, warnings } = await applyImport(file.name, result);
    set({
      pending: null,
      outcome: {
        kind: 'done',
        text: `${file.name} (${formatName(record.format)}): ${record.added} added, ${record.updated} updated, ${record.unchanged} already in your list.`,
        details: warnings,
      },
    });
    await Promise.all([get().loadHistory(), useOptions.getState().load()]);
  }

  /** Nothing is stored when this fails: applyImport writes in one transaction. */
  async function run(file: File, choice?: GenericCsvChoice) {
    set({ phase: 'reading', fraction: 0, outcome: null });
    try {
      const parsed = await parseFile(file, (fraction) => set({ fraction }), choice);
      if (parsed.kind === 'needs-mapping') {
        const head = await file.slice(0, HEAD_BYTES).text();
        set({ pending: { file, preview: parsed.preview, head } });
        return;
      }
      await save(file, parsed.result);
    } catch (error) {
      set({ outcome: { kind: 'error', text: error instanceof Error ? error.message : String(error), details: [] } });
    } finally {
      set({ phase: 'idle' });
    }
  }

  return {
    phase: 'idle',
    fraction: 0,
    outcome: null,
    pending: null,
    history: [],
    async loadHistory() {
      set({ history: await listImports() });
    },
    async importFile(file) {
      set({ pending: null });
      await run(file);
    },
    async importMapped(choice) {
      const pending = get().pending;
      if (pending) await run(pending.file, choice);
    },
    cancelMapping() {
      set({ pending: null, outcome: null });
    },
    async undo(id) {
      const { removed, restored, skipped } = await undoImport(id);
      const kept = skipped.length ? ` Kept ${skipped.length} you changed since: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? '…' : ''}.` : '';
      set({ outcome: { kind: 'done', text: `Undone: ${removed} removed, ${restored} restored.${kept}`, details: [] } });
      await Promise.all([get().loadHistory(), useOptions.getState().load()]);
    },
  };
});
