import { useId, useState } from 'preact/hooks';

interface TermListProps {
  label: string;
  addLabel: string;
  placeholder: string;
  hint: string;
  items: readonly string[];
  /** Saves the whole list; resolves to an error sentence or null. */
  onSave(items: string[]): Promise<string | null>;
}

/** A short list of words or domains: each removable, new ones added (commas split several). */
export function TermList({ label, addLabel, placeholder, hint, items, onSave }: TermListProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const id = useId();

  async function submit(event: Event) {
    event.preventDefault();
    const added = value.split(/[,\n]/).map((v) => v.trim()).filter(Boolean);
    if (added.length === 0) {
      setError(`Type something to add to ${label.toLowerCase()}.`);
      return;
    }
    const problem = await onSave([...items, ...added]);
    setError(problem ?? '');
    if (!problem) setValue('');
  }

  return (
    <form class="card term-list" onSubmit={submit} aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      <p class="muted hint" id={`${id}-hint`}>{hint}</p>
      {items.length > 0 ? (
        <ul class="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button type="button" class="chip-remove" aria-label={`Remove ${item} from ${label.toLowerCase()}`}
                onClick={async () => setError((await onSave(items.filter((i) => i !== item))) ?? '')}>×</button>
            </li>
          ))}
        </ul>
      ) : <p class="muted none">None yet.</p>}
      <div class="inline-add">
        <input aria-label={`${addLabel} (${label.toLowerCase()})`} value={value} placeholder={placeholder} autocomplete="off"
          aria-invalid={error ? 'true' : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit">{addLabel}</button>
      </div>
      {error && <p id={`${id}-error`} class="error" role="alert">{error}</p>}
    </form>
  );
}
