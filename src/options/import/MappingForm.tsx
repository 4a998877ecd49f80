import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContactTag } from '../../core/audience';
import { readCsv } from '../../core/import/csv';
import { suggestMapping, type ColumnMapping, type Delimiter } from '../../core/import/generic-csv';
import { useImports, type PendingMapping } from './store';

// A CSV that is none of the known exports: the person says which column holds what, sees the first
// rows as Hatcheck will read them, and imports (with progress and undo like every other format).

type Field = 'name' | 'firstName' | 'lastName' | 'email' | 'profileUrl' | 'employer' | 'title' | 'tag';
const FIELDS: Array<{ field: Field; label: string }> = [
  { field: 'name', label: 'Name' },
  { field: 'firstName', label: 'First name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'email', label: 'E-mail' },
  { field: 'profileUrl', label: 'Profile link or handle' },
  { field: 'employer', label: 'Employer' },
  { field: 'title', label: 'Job title' },
  { field: 'tag', label: 'Tag (work, personal, friend…)' },
];
const IDENTIFYING: Field[] = ['name', 'firstName', 'lastName', 'email', 'profileUrl'];
const DELIMITERS: Array<{ value: Delimiter; label: string }> = [
  { value: ',', label: 'Comma ( , )' },
  { value: ';', label: 'Semicolon ( ; )' },
  { value: '\t', label: 'Tab' },
];
const TAGS: Array<{ value: ContactTag; label: string }> = [
  { value: 'untagged', label: 'Not tagged' },
  { value: 'work', label: 'Work' },
  { value: 'personal', label: 'Personal' },
  { value: 'both', label: 'Work and personal' },
];
const SAMPLE_ROWS = 5;

/** The first rows of the file's head split with the chosen delimiter (a last, possibly cut line dropped). */
function sampleRows(head: string, delimiter: Delimiter, complete: boolean): string[][] {
  const text = complete ? head : head.slice(0, Math.max(0, head.lastIndexOf('\n')));
  return readCsv(text, { delimiter }).rows.slice(0, SAMPLE_ROWS + 1);
}

type Columns = Partial<Record<Field, number>>;

function fromSuggestion(mapping: ColumnMapping): Columns {
  const out: Columns = {};
  for (const { field } of FIELDS) {
    const ref = mapping[field];
    const first = Array.isArray(ref) ? ref[0] : ref;
    if (typeof first === 'number') out[field] = first;
  }
  // A full-name column wins over first + last, as the parser prefers it.
  if (out.name !== undefined) {
    delete out.firstName;
    delete out.lastName;
  }
  return out;
}

export function MappingForm({ pending }: { pending: PendingMapping }) {
  const { importMapped, cancelMapping, phase } = useImports();
  const { file, preview, head } = pending;
  const [delimiter, setDelimiter] = useState<Delimiter>(preview.delimiter);
  const [hasHeader, setHasHeader] = useState(true);
  const [tag, setTag] = useState<ContactTag>('untagged');
  const [columns, setColumns] = useState<Columns>(() => fromSuggestion(suggestMapping(preview.header)));
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const complete = head.length >= file.size;
  const rows = useMemo(() => sampleRows(head, delimiter, complete), [head, delimiter, complete]);
  const header = hasHeader ? (rows[0] ?? []) : [];
  const body = (hasHeader ? rows.slice(1) : rows).slice(0, SAMPLE_ROWS);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columnName = (i: number) => (header[i]?.trim() ? `${header[i]!.trim()} (column ${i + 1})` : `Column ${i + 1}`);
  const busy = phase !== 'idle';

  // The form appears after a file was picked: move focus to it so keyboard users find it.
  useEffect(() => headingRef.current?.focus(), []);

  function choose(field: Field, value: string) {
    setColumns((c) => {
      const next = { ...c };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!IDENTIFYING.some((f) => columns[f] !== undefined)) {
      setError('Choose at least one column for the name, e-mail or profile link: Hatcheck needs one of them to know who each row is.');
      return;
    }
    const outside = FIELDS.find(({ field }) => (columns[field] ?? -1) >= width);
    if (outside) {
      setError(`The column chosen for ${outside.label.toLowerCase()} is not in this file with the ${DELIMITERS.find((d) => d.value === delimiter)?.label.toLowerCase()} delimiter.`);
      return;
    }
    setError('');
    const mapping: ColumnMapping = {};
    for (const { field } of FIELDS) if (columns[field] !== undefined) mapping[field] = columns[field];
    await importMapped({ mapping, delimiter, hasHeader, tag });
  }

  const mappedTo = (i: number) => FIELDS.filter(({ field }) => columns[field] === i).map(({ label }) => label.replace(/ \(.*\)$/, ''));

  return (
    <form class="card mapping" onSubmit={submit} aria-labelledby="mapping-title">
      <h3 id="mapping-title" tabIndex={-1} ref={headingRef}>Which column holds what in {file.name}?</h3>
      <p class="muted hint">
        This CSV is not one of the exports Hatcheck knows ({preview.rowCount.toLocaleString('en')} rows). Pick the columns below; the preview shows the
        first rows as they will be read. Formulas in cells are kept as plain text and never run.
      </p>
      <div class="mapping-options">
        <label>
          <span>Delimiter</span>
          <select name="delimiter" aria-label="Delimiter" value={delimiter} onChange={(e) => setDelimiter(e.currentTarget.value as Delimiter)}>
            {DELIMITERS.map((d) => <option key={d.label} value={d.value}>{d.label}</option>)}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" name="has-header" checked={hasHeader} onChange={(e) => setHasHeader(e.currentTarget.checked)} />
          <span>The first row holds column names</span>
        </label>
        <label>
          <span>Tag for every row</span>
          <select name="tag-all" aria-label="Tag for every row" value={tag} onChange={(e) => setTag(e.currentTarget.value as ContactTag)} aria-describedby="tag-all-hint">
            {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        </label>
        <p id="tag-all-hint" class="muted hint">Rows with their own tag column value keep it; tags you set by hand are never changed.</p>
      </div>
      <fieldset class="mapping-fields">
        <legend>Columns</legend>
        {FIELDS.map(({ field, label }) => (
          <label key={field}>
            <span>{label}</span>
            <select name={`column-${field}`} aria-label={label} value={columns[field] === undefined ? '' : String(columns[field])} onChange={(e) => choose(field, e.currentTarget.value)}>
              <option value="">— not in this file —</option>
              {Array.from({ length: width }, (_, i) => <option key={i} value={String(i)}>{columnName(i)}</option>)}
            </select>
          </label>
        ))}
      </fieldset>
      <div class="preview-scroll" tabIndex={0} role="region" aria-label={`First rows of ${file.name}`}>
        <table class="preview">
          <caption class="visually-hidden">First rows of {file.name} as Hatcheck reads them</caption>
          <thead>
            <tr>
              {Array.from({ length: width }, (_, i) => (
                <th key={i} scope="col">
                  {header[i]?.trim() || `Column ${i + 1}`}
                  {mappedTo(i).length > 0 && <span class="mapped">→ {mappedTo(i).join(', ')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((row, r) => (
              <tr key={r}>{Array.from({ length: width }, (_, i) => <td key={i}>{row[i] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="mapping-actions">
        <button type="submit" class="primary" disabled={busy}>Import {file.name}</button>{' '}
        <button type="button" disabled={busy} onClick={cancelMapping}>Cancel</button>
      </p>
    </form>
  );
}
