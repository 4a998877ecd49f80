import { useState } from 'preact/hooks';
import type { ContactTag } from '../core/audience';
import { useOptions } from './store';

export function AddContactForm() {
  const add = useOptions((s) => s.add);
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [tag, setTag] = useState<ContactTag>('work');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    // Keep what was typed when saving fails, so nothing has to be typed twice.
    if (await add({ name, handle, tag })) {
      setName('');
      setHandle('');
    }
    setBusy(false);
  }

  return (
    <form class="add" onSubmit={submit} aria-label="Add a contact">
      <label>
        <span>Name</span>
        <input name="name" required value={name} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
      </label>
      <label>
        <span>Profile link or e-mail <span class="muted">(optional)</span></span>
        <input name="handle" value={handle} placeholder="linkedin.com/in/…" onInput={(e) => setHandle(e.currentTarget.value)} autocomplete="off" />
      </label>
      <label>
        <span>Tag</span>
        <select name="tag" aria-label="Tag" value={tag} onChange={(e) => setTag(e.currentTarget.value as ContactTag)}>
          <option value="work">Work</option>
          <option value="personal">Personal</option>
        </select>
      </label>
      <button class="primary" type="submit" disabled={busy}>Add contact</button>
    </form>
  );
}
