import { create } from 'zustand';
import { FORMAT_LABELS, type ImportFormat } from '../../core/import/types';
import type { ImportRecord } from '../../shared/storage/db';
import { applyImport, listImports, undoImport } from '../../shared/storage/imports';
import { useOptions } from '../store';
import { parseFile } from './parse-file';

// View state of the import panel. The contacts themselves are re-read from Dexie after each change.

interface ImportState {
  phase: 'idle' | 'reading' | 'saving';
  fraction: number;
  /** What happened last, in words; `error` when it went wrong. */
  outcome: { kind: 'done' | 'error'; text: string; details: string[] } | null;
  history: ImportRecord[];
  loadHistory(): Promise<void>;
  importFile(file: File): Promise<void>;
  undo(id: number): Promise<void>;
}

const formatName = (format: string) => FORMAT_LABELS[format as ImportFormat] ?? format;

export const useImports = create<ImportState>((set, get) => ({
  phase: 'idle',
  fraction: 0,
  outcome: null,
  history: [],
  async loadHistory() {
    set({ history: await listImports() });
  },
  async importFile(file) {
    set({ phase: 'reading', fraction: 0, outcome: null });
    try {
      const result = await parseFile(file, (fraction) => set({ fraction }));
      set({ phase: 'saving', fraction: 1 });
      const { record, warnings } = await applyImport(file.name, result);
      set({
        outcome: {
          kind: 'done',
          text: `${file.name} (${formatName(record.format)}): ${record.added} added, ${record.updated} updated, ${record.unchanged} already in your list.`,
          details: warnings,
        },
      });
      await Promise.all([get().loadHistory(), useOptions.getState().load()]);
    } catch (error) {
      // Nothing was stored: applyImport writes in one transaction.
      set({ outcome: { kind: 'error', text: error instanceof Error ? error.message : String(error), details: [] } });
    } finally {
      set({ phase: 'idle' });
    }
  },
  async undo(id) {
    const { removed, restored, skipped } = await undoImport(id);
    const kept = skipped.length ? ` Kept ${skipped.length} you changed since: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? '…' : ''}.` : '';
    set({ outcome: { kind: 'done', text: `Undone: ${removed} removed, ${restored} restored.${kept}`, details: [] } });
    await Promise.all([get().loadHistory(), useOptions.getState().load()]);
  },
}));
