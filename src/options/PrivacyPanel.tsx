import { useEffect, useRef } from 'preact/hooks';
import { KEEP_WEEKS } from '../shared/storage/decision-history';
import { Outcome } from './backup/BackupPanel';
import { useBackup } from './backup/store';

// What Hatcheck keeps, where, for how long, and a way to delete all of it (with a confirm step).

export function PrivacyPanel() {
  const { phase, confirmingDelete, deleteOutcome, askDelete, cancelDelete, deleteAll } = useBackup();
  const busy = phase !== 'idle' && phase !== 'preview';
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingDelete) confirmButton.current?.focus();
  }, [confirmingDelete]);

  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p><strong>Nothing leaves this computer.</strong> Hatcheck makes no network request, sends no analytics and loads no remote code.</p>
      <table class="privacy-table">
        <caption class="visually-hidden">What Hatcheck stores, where, and for how long</caption>
        <thead>
          <tr><th scope="col">What</th><th scope="col">Where</th><th scope="col">How long</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">Your identities and their accounts, terms and policies</th><td>the extension's IndexedDB, on this device</td><td>until you delete them</td></tr>
          <tr><th scope="row">Your contacts and their tags, and the list of past imports</th><td>the extension's IndexedDB</td><td>until you delete them</td></tr>
          <tr><th scope="row">Settings (paused, Post as, send delay, profiles seen)</th><td>the extension's IndexedDB</td><td>until you delete them</td></tr>
          <tr><th scope="row">Weekly counts of what you did when warned (no text)</th><td>the extension's IndexedDB</td><td>{KEEP_WEEKS} weeks</td></tr>
          <tr><th scope="row">Each tab's last warning levels and categories (no text)</th><td>the browser's memory (<code>storage.session</code>)</td><td>until the browser closes</td></tr>
        </tbody>
      </table>
      <p>
        <strong>No draft text is ever stored</strong>: what you type is checked in the extension's background worker and forgotten. The sites
        you visit never receive your contacts, only the warning shown to you.
      </p>
      {!confirmingDelete ? (
        <p>
          <button type="button" class="danger-button" disabled={busy} onClick={askDelete}>Delete everything…</button>
        </p>
      ) : (
        <div class="confirm-delete" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question">
            Delete every identity, account, contact, setting, weekly count and past import? This cannot be undone: export a backup
            first if you may want them back. Mastodon instances you enabled stay enabled (a browser permission): remove them above.
          </p>
          <button type="button" class="danger-button" ref={confirmButton} disabled={busy} onClick={() => void deleteAll()}>Yes, delete everything</button>{' '}
          <button type="button" disabled={busy} onClick={cancelDelete}>Cancel</button>
        </div>
      )}
      <div aria-live="polite">
        <Outcome outcome={deleteOutcome} />
      </div>
    </section>
  );
}
