import { create } from 'zustand';
import type { ContactTag } from '../../core/audience';
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

/** A known export, parsed, waiting for the person to check the preview and choose the tag. */
export interface PendingReview {
  file: File;
  result: ImportResult;
}

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
  /** A parsed known export, shown with its first rows before anything is stored. */
  review: PendingReview | null;
  history: ImportRecord[];
  loadHistory(): Promise<void>;
  /** Stores the file under review, every contact tagged `tag` ('file': as each row says). */
  confirmReview(tag: ContactTag | 'file'): Promise<void>;
  cancelReview(): void;
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
    // Merged: a contact you had, given what this file knows (a handle, an employer); skipped: a row
    // that added nothing new. Rows the reader could not use are in the notes (warnings).
    set({
      pending: null,
      review: null,
      outcome: {
        kind: 'done',
        text: `${file.name} (${formatName(record.format)}): ${record.added} added, ${record.updated} merged, ${record.unchanged} skipped (already in your list).`,
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
      // A mapped CSV was previewed and tagged in its own form: store it. A known export is shown first.
      if (choice) await save(file, parsed.result);
      else set({ review: { file, result: parsed.result } });
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
    review: null,
    history: [],
    async loadHistory() {
      set({ history: await listImports() });
    },
    async importFile(file) {
      set({ pending: null, review: null });
      await run(file);
    },
    async importMapped(choice) {
      const pending = get().pending;
      if (pending) await run(pending.file, choice);
    },
    async confirmReview(tag) {
      const review = get().review;
      if (!review) return;
      const result = tag === 'file' ? review.result : { ...review.result, contacts: review.result.contacts.map((c) => ({ ...c, tag })) };
      set({ phase: 'saving', outcome: null });
      try {
        await save(review.file, result);
      } catch (error) {
        set({ outcome: { kind: 'error', text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`, details: [] } });
      } finally {
        set({ phase: 'idle' });
      }
    },
    cancelReview() {
      set({ review: null, outcome: null });
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
