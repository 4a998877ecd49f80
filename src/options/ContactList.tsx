import { useState } from 'preact/hooks';
import type { ContactTag } from '../core/audience';
import { CONTACT_ROLES } from '../shared/storage/contacts';
import type { ContactRole } from '../shared/storage/db';
import { ContactGrid } from './contacts/ContactGrid';
import { isFiltered } from './contacts/contact-filter';
import { DuplicatesPanel } from './contacts/DuplicatesPanel';
import { count, ROLE_LABELS, siteLabel, sourceLabel, TAGS } from './contacts/labels';
import { useOptions } from './store';

/** Search and the tag, site, role and source filters; they combine (every one must match). */
function ContactFilters() {
  const { filters, setFilters, sites, sources } = useOptions();
  return (
    <div class="filters" role="search" aria-label="Find contacts">
      <label>
        <span>Search</span>
        <input type="search" value={filters.search} placeholder="Name, handle, e-mail or employer" autocomplete="off"
          onInput={(e) => {
            // `npm run bench` measures from here to the rows on screen (ContactGrid).
            performance.mark('hatcheck:search-input');
            setFilters({ search: e.currentTarget.value });
          }} />
      </label>
      <label>
        <span>Show</span>
        <select aria-label="Show" value={filters.tag} onChange={(e) => setFilters({ tag: e.currentTarget.value as ContactTag | '' })}>
          <option value="">All tags</option>
          {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
        </select>
      </label>
      <label>
        <span>Site</span>
        <select aria-label="Site" value={filters.site} onChange={(e) => setFilters({ site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {sites.map((s) => <option key={s} value={s}>{siteLabel(s)}</option>)}
        </select>
      </label>
      <label>
        <span>Role</span>
        <select aria-label="Role" value={filters.role} onChange={(e) => setFilters({ role: e.currentTarget.value as ContactRole | 'none' | '' })}>
          <option value="">Any role</option>
          <option value="none">No role</option>
          {CONTACT_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>
      </label>
      <label>
        <span>Source</span>
        <select aria-label="Source" value={filters.source} onChange={(e) => setFilters({ source: e.currentTarget.value })}>
          <option value="">All sources</option>
          {sources.map((s) => <option key={s} value={s}>{sourceLabel(s)}</option>)}
        </select>
      </label>
    </div>
  );
}

/** What is selected, "select all N matching", the bulk actions, and Undo for the last one. */
function BulkBar() {
  const { selected, shown, complete, selectAllMatching, clearSelection, bulkTag, bulkRole, bulkDelete, undoable, undo } = useOptions();
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const n = selected.size;
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setConfirmDelete(false);
    await action();
    setBusy(false);
  };
  const none = n === 0 || busy;
  return (
    <div class="bulk" role="group" aria-label="Selected contacts">
      <span class="selected-count" aria-live="polite">{n === 0 ? 'None selected.' : `${count(n)} selected.`}</span>
      <button type="button" disabled={!complete || shown.length === 0 || n === shown.length} onClick={selectAllMatching}>Select all {count(shown.length)} matching</button>
      <button type="button" disabled={n === 0} onClick={clearSelection}>Clear selection</button>
      <span class="bulk-actions">
        {TAGS.map((t) => (
          <button key={t.value} type="button" disabled={none} onClick={() => void run(() => bulkTag(t.value))}>
            {t.value === 'untagged' ? 'Clear tag' : `Tag ${t.label}`}
          </button>
        ))}
        <select aria-label="Set the role of the selected contacts" disabled={none} value=""
          onChange={(e) => {
            const value = e.currentTarget.value;
            e.currentTarget.value = '';
            if (value) void run(() => bulkRole(value === 'none' ? null : (value as ContactRole)));
          }}>
          <option value="">Set role…</option>
          {CONTACT_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          <option value="none">No role</option>
        </select>
        {confirmDelete ? (
          <>
            <button type="button" class="danger" disabled={none} onClick={() => void run(bulkDelete)}>Delete {count(n)} contact{n === 1 ? '' : 's'}</button>
            <button type="button" onClick={() => setConfirmDelete(false)}>Keep them</button>
          </>
        ) : (
          <button type="button" disabled={none} onClick={() => setConfirmDelete(true)}>Delete…</button>
        )}
      </span>
      <p class="bulk-summary" role="status">
        {undoable ? <>{undoable} <button type="button" disabled={busy} onClick={() => void run(undo)}>Undo</button></> : null}
      </p>
    </div>
  );
}

const contacts = (n: number) => `${count(n)} contact${n === 1 ? '' : 's'}`;

export function ContactList() {
  const { status, total, shown, complete, filters } = useOptions();
  if (status === 'loading') return <p class="muted">Loading contacts…</p>;
  if (total === 0) return <p class="muted">No contacts yet. Add the people whose eyes matter: your manager, colleagues, clients.</p>;
  const filtered = isFiltered(filters);
  return (
    <div class="contact-list">
      <ContactFilters />
      <p class="muted contact-count" aria-live="polite">
        {!complete
          ? total > shown.length ? `Reading all ${count(total)} contacts…` : 'Reading all contacts…'
          : shown.length === 0
            ? `No contact matches (${count(total)} in all).`
            : filtered ? `${count(shown.length)} of ${contacts(total)}.` : `${contacts(total)}.`}
      </p>
      <BulkBar />
      <ContactGrid />
      <DuplicatesPanel />
    </div>
  );
}
