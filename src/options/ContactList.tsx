import type { ContactTag } from '../core/audience';
import { useOptions } from './store';

const TAGS: Array<{ value: ContactTag; label: string }> = [
  { value: 'work', label: 'Work' },
  { value: 'personal', label: 'Personal' },
  { value: 'both', label: 'Work and personal' },
  { value: 'untagged', label: 'Not tagged' },
];

export function ContactList() {
  const { contacts, status, tag, remove } = useOptions();
  if (status === 'loading') return <p class="muted">Loading contacts…</p>;
  if (contacts.length === 0) return <p class="muted">No contacts yet. Add the people whose eyes matter: your manager, colleagues, clients.</p>;
  return (
    <table class="contacts">
      <caption class="visually-hidden">Your contacts and their tags</caption>
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Profile or e-mail</th><th scope="col">Tag</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            <td class="muted">{[...c.handles, ...c.emails].join(', ') || '—'}</td>
            <td>
              <select aria-label={`Tag for ${c.name}`} value={c.tag} onChange={(e) => void tag(c.id!, e.currentTarget.value as ContactTag)}>
                {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
              </select>
            </td>
            <td><button type="button" aria-label={`Remove ${c.name}`} onClick={() => void remove(c.id!)}>Remove</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
