import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactTag } from '../core/audience';
import { CONTACT_ROLES } from '../shared/storage/contacts';
import type { ContactRole } from '../shared/storage/db';
import { PAGE_SIZE, useOptions } from './store';

const TAGS: Array<{ value: ContactTag; label: string }> = [
  { value: 'work', label: 'Work' },
  { value: 'personal', label: 'Personal' },
  { value: 'both', label: 'Work and personal' },
  { value: 'untagged', label: 'Not tagged' },
];

const ROLE_LABELS: Record<ContactRole, string> = {
  manager: 'Manager', colleague: 'Colleague', report: 'Reports to me', client: 'Client', recruiter: 'Recruiter', friend: 'Friend', family: 'Family',
};

const count = (n: number) => n.toLocaleString('en');

/** Search, tag filter and paging over the contact list: one page of rows in the DOM at a time. */
function ContactFilters() {
  const { search, tagFilter, setSearch, setTagFilter } = useOptions();
  const [typed, setTyped] = useState(search);
  const timer = useRef<number>();
  // Wait for a pause in typing before searching thousands of rows.
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div class="filters" role="search" aria-label="Find contacts">
      <label>
        <span>Search</span>
        <input type="search" value={typed} placeholder="Name, handle, e-mail or employer" autocomplete="off"
          onInput={(e) => {
            const value = e.currentTarget.value;
            setTyped(value);
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => void setSearch(value), 200);
          }} />
      </label>
      <label>
        <span>Show</span>
        <select aria-label="Show" value={tagFilter} onChange={(e) => void setTagFilter(e.currentTarget.value as ContactTag | '')}>
          <option value="">All tags</option>
          {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
        </select>
      </label>
    </div>
  );
}

function Pager() {
  const { page, matching, goToPage } = useOptions();
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  if (matching <= PAGE_SIZE) return null;
  return (
    <nav class="pager" aria-label="Contact pages">
      <button type="button" disabled={page === 0} onClick={() => void goToPage(page - 1)}>Previous</button>
      <span>Page {page + 1} of {pages}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => void goToPage(page + 1)}>Next</button>
    </nav>
  );
}

export function ContactList() {
  const { contacts, status, tag, role, remove, total, matching, page, search, tagFilter } = useOptions();
  if (status === 'loading') return <p class="muted">Loading contacts…</p>;
  if (total === 0) return <p class="muted">No contacts yet. Add the people whose eyes matter: your manager, colleagues, clients.</p>;
  const first = page * PAGE_SIZE + 1;
  const filtered = Boolean(search.trim() || tagFilter);
  return (
    <div class="contact-list">
      <ContactFilters />
      <p class="muted" aria-live="polite">
        {matching === 0
          ? 'No contact matches.'
          : `Showing ${count(first)}–${count(first + contacts.length - 1)} of ${count(matching)}${filtered ? ` matching (${count(total)} in all)` : ''}.`}
      </p>
      {contacts.length > 0 && (
        <table class="contacts">
          <caption class="visually-hidden">Your contacts, their tags and roles</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Profile or e-mail</th><th scope="col">Tag</th><th scope="col">Role</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}{c.employer ? <span class="muted employer"> · {c.employer}</span> : null}</th>
                <td class="muted handles">{[...c.handles, ...c.emails].join(', ') || '—'}</td>
                <td>
                  <select aria-label={`Tag for ${c.name}`} value={c.tag} onChange={(e) => void tag(c.id!, e.currentTarget.value as ContactTag)}>
                    {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
                  </select>
                </td>
                <td>
                  <select aria-label={`Role of ${c.name}`} value={c.role ?? ''} onChange={(e) => void role(c.id!, (e.currentTarget.value || null) as ContactRole | null)}>
                    <option value="">—</option>
                    {CONTACT_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                  </select>
                </td>
                <td><button type="button" aria-label={`Remove ${c.name}`} onClick={() => void remove(c.id!)}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager />
    </div>
  );
}
