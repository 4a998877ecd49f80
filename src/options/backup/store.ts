import { create } from 'zustand';
import { backupCounts, backupFileName, MAX_BACKUP_CHARS, parseBackup, type Backup, type BackupCounts } from '../../core/backup/format';
import { restoreSummaryText } from '../../core/backup/restore-plan';
import { deleteEverything, exportBackup, restoreBackup } from '../../shared/storage/backup';
import { useIdentities } from '../identities/store';
import { useImports } from '../import/store';
import { useOptions } from '../store';

// View state of the Backup and Privacy sections. Dexie stays the source of truth: after a restore or
// a delete every other section of the page reads its data again, and `generation` tells the ones
// that keep no store of their own (History) to do so.

export type BackupPhase = 'idle' | 'exporting' | 'reading' | 'preview' | 'restoring' | 'deleting';

export interface BackupOutcome {
  kind: 'ok' | 'error';
  text: string;
  details: string[];
}

interface BackupState {
  phase: BackupPhase;
  /** Contacts written so far during a restore. */
  progress: { done: number; total: number };
  /** A checked file waiting for "Restore". */
  preview: { fileName: string; backup: Backup; counts: BackupCounts } | null;
  outcome: BackupOutcome | null;
  /** "Delete everything" was pressed once: the confirm step is showing. */
  confirmingDelete: boolean;
  /** What "Delete everything" did, for the Privacy section's live region. */
  deleteOutcome: BackupOutcome | null;
  /** Changes after every restore and delete. */
  generation: number;
  exportAll(): Promise<void>;
  pickFile(file: File): Promise<void>;
  restore(): Promise<void>;
  cancelRestore(): void;
  askDelete(): void;
  cancelDelete(): void;
  deleteAll(): Promise<void>;
}

const n = (x: number) => x.toLocaleString('en');

export function countsText(c: BackupCounts): string {
  const part = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  return [
    part(c.contacts, 'contact', 'contacts'),
    part(c.identities, 'identity', 'identities'),
    part(c.accounts, 'account', 'accounts'),
    `${part(c.decisionWeeks, 'weekly count', 'weekly counts')} (${part(c.decisions, 'decision', 'decisions')})`,
    part(c.imports, 'past import', 'past imports'),
    part(c.settings, 'setting', 'settings'),
  ].join(', ');
}

/** Saves text as a file through the browser's own download (no permission needed). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a minute is ample for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function reloadPage(): Promise<void> {
  await Promise.all([useOptions.getState().load(), useImports.getState().loadHistory(), useIdentities.getState().load()]);
}

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useBackup = create<BackupState>((set, get) => ({
  phase: 'idle',
  progress: { done: 0, total: 0 },
  preview: null,
  outcome: null,
  confirmingDelete: false,
  deleteOutcome: null,
  generation: 0,

  async exportAll() {
    set({ phase: 'exporting', outcome: null });
    try {
      const backup = await exportBackup();
      const fileName = backupFileName(new Date());
      download(JSON.stringify(backup), fileName);
      set({ phase: 'idle', outcome: { kind: 'ok', text: `Saved ${fileName}: ${countsText(backupCounts(backup))}. No draft text: Hatcheck never stores any.`, details: [] } });
    } catch (error) {
      set({ phase: 'idle', outcome: { kind: 'error', text: `Could not export: ${failure(error)}`, details: [] } });
    }
  },

  async pickFile(file) {
    set({ phase: 'reading', preview: null, outcome: null, confirmingDelete: false });
    // Refused before reading: a file this size is no backup, and reading it would only use memory.
    if (file.size > MAX_BACKUP_CHARS) {
      set({ phase: 'idle', outcome: { kind: 'error', text: `${file.name} is too large to be a Hatcheck backup. Nothing was changed.`, details: [] } });
      return;
    }
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        set({ phase: 'idle', outcome: { kind: 'error', text: `${file.name}: ${parsed.error}`, details: [] } });
        return;
      }
      set({ phase: 'preview', preview: { fileName: file.name, backup: parsed.backup, counts: backupCounts(parsed.backup) } });
    } catch (error) {
      set({ phase: 'idle', outcome: { kind: 'error', text: `Could not read ${file.name}: ${failure(error)}. Nothing was changed.`, details: [] } });
    }
  },

  async restore() {
    const preview = get().preview;
    if (!preview) return;
    set({ phase: 'restoring', progress: { done: 0, total: preview.counts.contacts } });
    try {
      const { summary, warnings } = await restoreBackup(preview.backup, (progress) => set({ progress }));
      set({ phase: 'idle', preview: null, outcome: { kind: 'ok', text: restoreSummaryText(summary), details: warnings }, generation: get().generation + 1 });
    } catch (error) {
      set({ phase: 'preview', outcome: { kind: 'error', text: `Could not restore: ${failure(error)}. Nothing was changed.`, details: [] } });
    }
    await reloadPage();
  },

  cancelRestore() {
    set({ phase: 'idle', preview: null, outcome: null });
  },

  askDelete() {
    set({ confirmingDelete: true, deleteOutcome: null });
  },

  cancelDelete() {
    set({ confirmingDelete: false });
  },

  async deleteAll() {
    set({ phase: 'deleting' });
    try {
      await deleteEverything();
      // Per-tab verdicts (levels and categories, no text) live in storage.session: gone too.
      try {
        const { default: browser } = await import('webextension-polyfill');
        await browser.storage.session.clear();
      } catch {
        // Outside the extension (unit tests) there is no storage.session to clear.
      }
      set({ phase: 'idle', confirmingDelete: false, preview: null, outcome: null, deleteOutcome: { kind: 'ok', text: 'Deleted everything Hatcheck kept. You start again with the built-in Personal and Work identities.', details: [] }, generation: get().generation + 1 });
    } catch (error) {
      set({ phase: 'idle', deleteOutcome: { kind: 'error', text: `Could not delete: ${failure(error)}. Nothing was changed.`, details: [] } });
    }
    await reloadPage();
  },
}));
