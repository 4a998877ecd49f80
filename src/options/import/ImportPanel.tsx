import { useEffect } from 'preact/hooks';
import { FORMAT_LABELS, type ImportFormat } from '../../core/import/types';
import { MappingForm } from './MappingForm';
import { ReviewForm } from './ReviewForm';
import { useImports } from './store';

const ACCEPT = '.csv,.tsv,.txt,.json,.vcf,.js';

export function ImportPanel() {
  const { phase, fraction, outcome, pending, review, history, loadHistory, importFile, undo } = useImports();
  useEffect(() => void loadHistory(), [loadHistory]);
  const busy = phase !== 'idle';

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import contacts</h2>
      <p class="muted">
        From your networks' data exports: LinkedIn <code>Connections.csv</code> (tagged work), Facebook <code>your_friends.json</code> (personal),
        Google Contacts CSV, vCard, Mastodon <code>following_accounts.csv</code>, the X archive's <code>follower.js</code> / <code>following.js</code>,
        or any other CSV (you choose which column holds what). The file is read on this device; tags you set yourself are never changed.
      </p>
      <label class="file">
        <span>Choose an export file</span>
        <input
          type="file"
          accept={ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {pending && <MappingForm key={pending.file.name + pending.file.lastModified} pending={pending} />}
      {review && <ReviewForm key={review.file.name + review.file.lastModified} review={review} />}
      {busy && (
        <p>
          {/* Saving is one transaction with no steps to count: an indeterminate bar, still labelled. */}
          {phase === 'reading'
            ? <progress max={1} value={fraction} aria-label="Reading the file" />
            : <progress aria-label="Saving contacts" />}{' '}
          {phase === 'reading' ? `Reading… ${Math.round(fraction * 100)}%` : 'Saving…'}
        </p>
      )}
      <div aria-live="polite">
        {outcome && (
          <div class={outcome.kind === 'error' ? 'error' : ''} role={outcome.kind === 'error' ? 'alert' : undefined}>
            <p>{outcome.text}</p>
            {outcome.details.length > 0 && <ul>{outcome.details.map((d) => <li key={d}>{d}</li>)}</ul>}
          </div>
        )}
      </div>
      {history.length > 0 && (
        <ul class="imports" aria-label="Past imports">
          {history.map((h) => (
            <li key={h.id}>
              <span>
                {new Date(h.at).toLocaleString()} · {h.fileName} ({FORMAT_LABELS[h.format as ImportFormat] ?? h.format}): {h.added} added, {h.updated} merged, {h.unchanged} skipped
                {h.undoneAt ? ' · undone' : ''}
                {h.restored ? ' · restored from a backup' : ''}
              </span>
              {!h.undoneAt && !h.restored && (
                <button type="button" disabled={busy} onClick={() => void undo(h.id!)} aria-label={`Undo the import of ${h.fileName}`}>
                  Undo
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
