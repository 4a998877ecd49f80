import { useState } from 'preact/hooks';
import type { ContactTag } from '../../core/audience';
import { mergedTag, type DuplicateGroup, type DupReason } from '../../core/import/duplicates';
import type { Contact } from '../../shared/storage/db';
import { useOptions } from '../store';
import { count, sourceLabel, TAG_LABEL } from './labels';

// Likely duplicates (core/import/duplicates.ts), a group at a time: what they share, each contact's
// profiles, tag and sources, and Merge. When their tags disagree (Work against Personal) Merge waits
// for the person to choose; a merge is the one Undo of the bulk bar.

const REASONS: Record<DupReason, string> = {
  email: 'the same e-mail',
  handle: 'the same profile',
  'name-employer': 'the same name and employer',
  name: 'the same name, from different sources',
};

/** Groups shown at once; the rest after "Show more" (a big address book can have hundreds). */
const STEP = 20;

function Group({ group, byId }: { group: DuplicateGroup; byId: Map<number, Contact> }) {
  const merge = useOptions((s) => s.merge);
  const members = group.ids.map((id) => byId.get(id)).filter((c): c is Contact => c !== undefined);
  const [choice, setChoice] = useState<ContactTag | ''>('');
  const [asked, setAsked] = useState(false);
  const [busy, setBusy] = useState(false);
  if (members.length < 2) return null;
  const conflict = 'conflict' in mergedTag(members.map((c) => c.tag));
  const keep = members[0]!;
  const label = `Possible duplicate: ${keep.name}`;
  return (
    <li>
      <section class="dup-group" aria-label={label}>
        <p>{count(members.length)} contacts share {group.reasons.map((r) => REASONS[r]).join(' and ')}:</p>
        <ul>
          {members.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>{c.employer ? ` · ${c.employer}` : ''} — {[...c.handles, ...c.emails].join(', ') || 'no profile or e-mail'}; {TAG_LABEL[c.tag]}{c.tagSource === 'manual' ? ' (set by you)' : ''}; from {c.sources.map(sourceLabel).join(', ') || 'unknown'}
            </li>
          ))}
        </ul>
        {conflict && (
          <fieldset class="dup-tag">
            <legend>Their tags disagree. Tag the merged contact:</legend>
            {(['work', 'personal', 'both'] as const).map((t) => (
              <label key={t}><input type="radio" name={`dup-tag-${keep.id}`} value={t} checked={choice === t} onChange={() => setChoice(t)} /> {TAG_LABEL[t]}</label>
            ))}
            {asked && !choice ? <span class="error" role="alert">Choose a tag first.</span> : null}
          </fieldset>
        )}
        <button type="button" disabled={busy}
          onClick={async () => {
            if (conflict && !choice) {
              setAsked(true);
              return;
            }
            setBusy(true);
            await merge(group, choice || undefined);
            setBusy(false);
          }}>
          Merge into {keep.name}
        </button>
      </section>
    </li>
  );
}

export function DuplicatesPanel() {
  // Selectors, not the whole store: this panel need not re-render on every search keystroke.
  const duplicates = useOptions((s) => s.duplicates);
  const complete = useOptions((s) => s.complete);
  const rows = useOptions((s) => s.rows);
  const findDuplicates = useOptions((s) => s.findDuplicates);
  const [limit, setLimit] = useState(STEP);
  const byId = new Map(duplicates?.length ? rows.map((r) => [r.contact.id!, r.contact]) : []);
  return (
    <section class="duplicates" aria-labelledby="duplicates-title">
      <h3 id="duplicates-title">Duplicates</h3>
      <p>
        <button type="button" disabled={!complete} onClick={() => { setLimit(STEP); findDuplicates(); }}>
          {duplicates === null ? 'Find duplicates' : 'Look again'}
        </button>{' '}
        <span class="muted" aria-live="polite">
          {duplicates === null ? 'Contacts that share an e-mail, a profile, or a name across imports.' : duplicates.length === 0 ? 'No likely duplicates.' : `${count(duplicates.length)} group${duplicates.length === 1 ? '' : 's'} of likely duplicates.`}
        </span>
      </p>
      {duplicates && duplicates.length > 0 && (
        <>
          <ul class="dup-list">{duplicates.slice(0, limit).map((g) => <Group key={g.ids.join('-')} group={g} byId={byId} />)}</ul>
          {duplicates.length > limit && <button type="button" onClick={() => setLimit(limit + STEP)}>Show {count(Math.min(STEP, duplicates.length - limit))} more</button>}
        </>
      )}
    </section>
  );
}
