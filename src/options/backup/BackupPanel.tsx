import { useEffect, useRef } from 'preact/hooks';
import { countsText, useBackup, type BackupOutcome } from './store';

// "Export everything" to one JSON file, and "Restore from a backup": the file is checked whole and
// previewed before anything is written; a restore adds and updates, it never deletes.

export function Outcome({ outcome }: { outcome: BackupOutcome | null }) {
  if (!outcome) return null;
  return (
    <div class={outcome.kind === 'error' ? 'error' : ''} role={outcome.kind === 'error' ? 'alert' : undefined}>
      <p>{outcome.text}</p>
      {outcome.details.length > 0 && <ul>{outcome.details.map((d) => <li key={d}>{d}</li>)}</ul>}
    </div>
  );
}

export function BackupPanel() {
  const { phase, progress, preview, outcome, exportAll, pickFile, restore, cancelRestore } = useBackup();
  const busy = phase === 'exporting' || phase === 'reading' || phase === 'restoring' || phase === 'deleting';
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // The preview appears below the file input: move the focus to it, so it is read and reachable.
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p class="muted">
        One file with your identities, accounts, contacts, settings, weekly counts and the list of past imports. No draft text: Hatcheck
        never stores any. Keep the file somewhere safe: it lists your contacts.
      </p>
      <p>
        <button type="button" class="primary" disabled={busy} onClick={() => void exportAll()}>Export everything</button>
      </p>
      <label class="file">
        <span>Restore from a backup</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void pickFile(file);
          }}
        />
      </label>
      {preview && (
        <div class="card" role="group" aria-labelledby="restore-preview-title">
          <h3 id="restore-preview-title" tabIndex={-1} ref={previewHeading}>Restore {preview.fileName}?</h3>
          <p>
            Saved {new Date(preview.backup.exportedAt).toLocaleString()}. It holds {countsText(preview.counts)}.
          </p>
          <p class="hint muted">
            Nothing you have now is deleted: people, identities and accounts already here are updated from the file (a contact you
            edited after the backup was made keeps your edit), the rest of the file is added.
          </p>
          <p>
            <button type="button" class="primary" disabled={busy} onClick={() => void restore()}>Restore</button>{' '}
            <button type="button" disabled={busy} onClick={cancelRestore}>Cancel</button>
          </p>
        </div>
      )}
      {phase === 'restoring' && (
        <p>
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Restoring contacts" />{' '}
          {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')} contacts
        </p>
      )}
      {phase === 'reading' && <p>Reading and checking the file…</p>}
      <div aria-live="polite">
        <Outcome outcome={outcome} />
      </div>
    </section>
  );
}
