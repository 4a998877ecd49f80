import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactTag } from '../../core/audience';
import { FORMAT_LABELS } from '../../core/import/types';
import { useImports, type PendingReview } from './store';

// A known export, read: the format named, the first rows as Hatcheck will store them, and the tag
// every contact of the file gets, chosen before anything is written.

const TAG_WORDS: Record<ContactTag, string> = { work: 'Work', personal: 'Personal', both: 'Work and personal', untagged: 'Not tagged' };
const TAGS: ContactTag[] = ['work', 'personal', 'both', 'untagged'];
const SAMPLE_ROWS = 5;

/** The choice "as in the file" is offered only when the file's rows carry different tags (a Google group, a tag column). */
export type TagChoice = ContactTag | 'file';

const reach = (c: { emails: string[]; handles: string[] }) => c.emails[0] ?? c.handles[0]?.replace(/^[a-z]+:/, '') ?? '';

export function ReviewForm({ review }: { review: PendingReview }) {
  const { confirmReview, cancelReview, phase } = useImports();
  const { file, result } = review;
  const tags = [...new Set(result.contacts.map((c) => c.tag))];
  const [tag, setTag] = useState<TagChoice>(tags.length === 1 ? tags[0]! : 'file');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The review appears after a file was picked: focus it so keyboard and screen reader users land on it.
  useEffect(() => headingRef.current?.focus(), []);
  const count = result.contacts.length;
  const noun = `${count.toLocaleString('en')} contact${count === 1 ? '' : 's'}`;
  const shown = (t: ContactTag) => (tag === 'file' ? TAG_WORDS[t] : TAG_WORDS[tag]);

  return (
    <form class="card mapping" aria-labelledby="review-title" onSubmit={(e) => { e.preventDefault(); void confirmReview(tag); }}>
      <h3 id="review-title" tabIndex={-1} ref={headingRef}>Import {file.name}?</h3>
      <p>
        Recognised as <strong>{FORMAT_LABELS[result.format]}</strong>: {noun}.
        {result.warnings.length > 0 && ` ${result.warnings.length === 1 ? 'One note' : `${result.warnings.length} notes`} below.`}
      </p>
      {result.warnings.length > 0 && <ul class="hint">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
      <div class="mapping-options">
        <label>
          <span>Tag these contacts as</span>
          <select name="import-tag" value={tag} onChange={(e) => setTag(e.currentTarget.value as TagChoice)} aria-describedby="import-tag-hint">
            {tags.length > 1 && <option value="file">As in the file (mixed)</option>}
            {TAGS.map((t) => <option key={t} value={t}>{TAG_WORDS[t]}</option>)}
          </select>
        </label>
        <p id="import-tag-hint" class="muted hint">Work contacts make an audience professional. Tags you set yourself are never changed by an import.</p>
      </div>
      {count > 0 && (
        <div class="preview-scroll" tabIndex={0} role="region" aria-label={`First rows of ${file.name}`}>
          <table class="preview">
            <caption class="visually-hidden">First {Math.min(SAMPLE_ROWS, count)} of {noun} in {file.name}, as Hatcheck will store them</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">E-mail or profile</th><th scope="col">Employer</th><th scope="col">Tag</th></tr>
            </thead>
            <tbody>
              {result.contacts.slice(0, SAMPLE_ROWS).map((c, i) => (
                <tr key={i}><td>{c.name}</td><td>{reach(c)}</td><td>{c.employer ?? ''}</td><td>{shown(c.tag)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="mapping-actions">
        <button type="submit" class="primary" disabled={phase !== 'idle' || count === 0}>Import {noun}</button>{' '}
        <button type="button" disabled={phase !== 'idle'} onClick={cancelReview}>Cancel</button>
      </p>
    </form>
  );
}
