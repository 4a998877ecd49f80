import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContactTag } from '../../core/audience';
import { CONTACT_ROLES } from '../../shared/storage/contacts';
import type { Contact, ContactRole } from '../../shared/storage/db';
import { useOptions } from '../store';
import { ROLE_LABELS, TAGS, count } from './labels';
import { rowsPerPage, rowWindow, scrollToRow, segments } from './virtual-window';

// The contacts as an ARIA grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one Tab stop, arrow
// keys between cells, Space selects the row (Shift+Space a range), Enter edits the cell or opens its
// control, Escape leaves it. Only the rows in view plus OVERSCAN on each side are in the DOM; empty
// rows of the right height stand for the rest, and aria-rowcount / aria-rowindex tell assistive
// technology where the rendered rows sit in the whole list.

/** Every row has this height (CSS: .contact-grid tbody tr), which is what makes the window arithmetic exact. */
export const ROW_HEIGHT = 40;
const OVERSCAN = 8;
/** Columns: select, name, profiles, tag, role, remove. */
const COLS = 6;

type Field = 'name' | 'handles';
interface Editing {
  id: number;
  field: Field;
  name: string;
  employer: string;
  handles: string;
  error: string;
}

const handlesText = (c: Contact) => [...c.handles, ...c.emails].join(', ');

export function ContactGrid() {
  const { shown, selected, filters, select, tag, role, remove, edit, version } = useOptions();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [active, setActive] = useState({ row: 0, col: 1 });
  const [editing, setEditing] = useState<Editing | null>(null);
  /** Set by a keyboard move: focus the active cell once it is rendered. */
  const wantFocus = useRef(false);
  /** Focus is in the grid: its active row stays in the DOM however far the list is scrolled. */
  const [focusWithin, setFocusWithin] = useState(false);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new search or filter starts at the top; edits and bulk changes keep the scroll position.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive((a) => ({ row: 0, col: a.col }));
  }, [filters]);

  // Measured by `npm run bench` (bench/options.ts): a search keystroke to these rows in the DOM.
  useEffect(() => {
    if (performance.getEntriesByName('hatcheck:search-input').length) {
      performance.measure('hatcheck:search', 'hatcheck:search-input');
      performance.clearMarks('hatcheck:search-input');
    }
  }, [version]);

  const rowCount = shown.length;
  const row = Math.min(active.row, Math.max(0, rowCount - 1));
  const win = rowWindow({ count: rowCount, rowHeight: ROW_HEIGHT, scrollTop, viewport, overscan: OVERSCAN });

  // An edit that starts puts the caret in its first box, once (typing must not refocus it).
  const editKey = editing ? `${editing.id}:${editing.field}` : '';
  useEffect(() => {
    if (!editKey) return;
    const input = scroller.current?.querySelector<HTMLInputElement>('[data-edit-first]');
    input?.focus();
    input?.select();
  }, [editKey]);

  // The first time rows are on screen: `npm run bench` measures opening the page to here.
  useEffect(() => {
    if (rowCount > 0 && performance.getEntriesByName('hatcheck:contacts-usable').length === 0) performance.mark('hatcheck:contacts-usable');
  }, [rowCount > 0]);

  // A layout effect: the focus moves with the DOM change, before the next key can arrive.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    const target = scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${active.col}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  });

  function moveTo(nextRow: number, nextCol: number) {
    const r = Math.max(0, Math.min(rowCount - 1, nextRow));
    const c = Math.max(0, Math.min(COLS - 1, nextCol));
    const el = scroller.current!;
    const top = scrollToRow(r, ROW_HEIGHT, el.scrollTop, el.clientHeight - headerHeight(el));
    if (top !== undefined) {
      el.scrollTop = top;
      setScrollTop(top);
    }
    wantFocus.current = true;
    setActive({ row: r, col: c });
  }

  function startEdit(c: Contact, field: Field) {
    setEditing({ id: c.id!, field, name: c.name, employer: c.employer ?? '', handles: handlesText(c), error: '' });
  }

  /** Saves the edit; on an error the edit stays open with what was typed, so nothing is lost. */
  async function commit(returnFocus: boolean) {
    if (!editing) return;
    const current = editing;
    const contact = shown.find((r) => r.contact.id === current.id)?.contact;
    const unchanged = contact && (current.field === 'name'
      ? current.name === contact.name && current.employer === (contact.employer ?? '')
      : current.handles === handlesText(contact));
    const error = unchanged ? '' : await edit(current.id, current.field === 'name' ? { name: current.name, employer: current.employer } : { handles: current.handles });
    if (error) {
      setEditing({ ...current, error });
      return;
    }
    setEditing(null);
    if (returnFocus) wantFocus.current = true;
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    const inText = target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox';
    if (inText) {
      if (event.key === 'Enter') {
        event.preventDefault();
        void commit(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        setEditing(null);
        wantFocus.current = true;
      }
      return;
    }
    if (target.tagName === 'SELECT') {
      // A select's own arrow keys change its value; Escape or Tab hands the keys back to the grid.
      if (event.key === 'Escape') {
        event.preventDefault();
        moveTo(row, active.col);
      }
      return;
    }
    const contact = shown[row]?.contact;
    const page = rowsPerPage(ROW_HEIGHT, viewport);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(row + 1, active.col),
      ArrowUp: () => moveTo(row - 1, active.col),
      ArrowRight: () => moveTo(row, active.col + 1),
      ArrowLeft: () => moveTo(row, active.col - 1),
      PageDown: () => moveTo(row + page, active.col),
      PageUp: () => moveTo(row - page, active.col),
      Home: () => (event.ctrlKey ? moveTo(0, active.col) : moveTo(row, 0)),
      End: () => (event.ctrlKey ? moveTo(rowCount - 1, active.col) : moveTo(row, COLS - 1)),
      ' ': () => contact && select(contact.id!, event.shiftKey),
      Enter: () => {
        if (!contact) return;
        if (active.col === 1) startEdit(contact, 'name');
        else if (active.col === 2) startEdit(contact, 'handles');
        else if (active.col === 3 || active.col === 4) scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${active.col}"] select`)?.focus();
        else if (active.col === 5) void remove(contact.id!);
        else select(contact.id!, event.shiftKey);
      },
      F2: () => contact && (active.col === 2 ? startEdit(contact, 'handles') : startEdit(contact, 'name')),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  /** Focus that arrives by click or Tab makes that cell the active one (the roving tab stop follows). */
  function onFocusIn(event: FocusEvent) {
    setFocusWithin(true);
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [r, c] = cell.dataset.cell!.split(':').map(Number) as [number, number];
    if (r !== row || c !== active.col) setActive({ row: r, col: c });
  }

  function onFocusOut(event: FocusEvent) {
    if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setFocusWithin(false);
  }

  // While focus is in the grid its row is pinned in the DOM: scrolling it out of view with the
  // mouse must not drop focus to the page. The grid's one Tab stop is the active cell, or, when
  // that row has scrolled out of the DOM (focus left the grid), the same column of the first row in
  // view (else Tab would skip the grid altogether).
  const body = segments(win, rowCount, ROW_HEIGHT, focusWithin ? row : undefined);
  const rendered = (r: number) => body.some((s) => 'from' in s && r >= s.from && r < s.to);
  const tabRow = rendered(row) ? row : Math.min(rowCount - 1, Math.floor(scrollTop / ROW_HEIGHT));
  const cellProps = (r: number, c: number) => ({ 'data-cell': `${r}:${c}`, tabIndex: r === tabRow && c === active.col ? 0 : -1 });
  const renderRow = (i: number) => {
    const c = shown[i]!.contact;
    const id = c.id!;
    const isSelected = selected.has(id);
    const editingHere = editing?.id === id ? editing : null;
    return (
      // Keyed by position, not by contact: a new search result patches the ~20 rows in place
      // instead of building them again (each has two menus of options), which is what a keystroke
      // costs; scrolling still only adds the rows that come into view.
      <tr key={i} aria-rowindex={i + 2} aria-selected={isSelected ? 'true' : 'false'} class={isSelected ? 'selected' : undefined}>
        <td role="gridcell" class="select">
          <input type="checkbox" {...cellProps(i, 0)} checked={isSelected} aria-label={`Select ${c.name}`}
            onClick={(e) => {
              // Our own toggle (with Shift for a range): the store's selection is what the box shows.
              e.preventDefault();
              select(id, e.shiftKey);
            }} />
        </td>
        {editingHere?.field === 'name' ? (
          <th scope="row" role="rowheader" class="editing" onFocusOut={(e) => !e.currentTarget.contains(e.relatedTarget as Node) && void commit(false)}>
            <input value={editingHere.name} aria-label={`Name of ${c.name}`} aria-invalid={editingHere.error ? 'true' : undefined} aria-describedby={editingHere.error ? 'contact-edit-error' : undefined}
              data-edit-first
              onInput={(e) => setEditing({ ...editingHere, name: e.currentTarget.value, error: '' })} />
            <input value={editingHere.employer} aria-label={`Employer of ${c.name}`} placeholder="Employer"
              onInput={(e) => setEditing({ ...editingHere, employer: e.currentTarget.value, error: '' })} />
          </th>
        ) : (
          <th scope="row" role="rowheader" {...cellProps(i, 1)} onDblClick={() => startEdit(c, 'name')} title="Enter or double-click to edit">
            {c.name}{c.employer ? <span class="muted employer"> · {c.employer}</span> : null}
          </th>
        )}
        {editingHere?.field === 'handles' ? (
          <td role="gridcell" class="editing" onFocusOut={(e) => !e.currentTarget.contains(e.relatedTarget as Node) && void commit(false)}>
            <input value={editingHere.handles} aria-label={`Profiles and e-mails of ${c.name}, separated by commas`} aria-invalid={editingHere.error ? 'true' : undefined} aria-describedby={editingHere.error ? 'contact-edit-error' : undefined}
              data-edit-first
              onInput={(e) => setEditing({ ...editingHere, handles: e.currentTarget.value, error: '' })} />
          </td>
        ) : (
          <td role="gridcell" class="muted handles" {...cellProps(i, 2)} onDblClick={() => startEdit(c, 'handles')}>{handlesText(c) || '—'}</td>
        )}
        <td role="gridcell" {...cellProps(i, 3)}>
          <select tabIndex={-1} aria-label={`Tag for ${c.name}`} value={c.tag} onChange={(e) => void tag(id, e.currentTarget.value as ContactTag)}>
            {TAGS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        </td>
        <td role="gridcell" {...cellProps(i, 4)}>
          <select tabIndex={-1} aria-label={`Role of ${c.name}`} value={c.role ?? ''} onChange={(e) => void role(id, (e.currentTarget.value || null) as ContactRole | null)}>
            <option value="">—</option>
            {CONTACT_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </td>
        <td role="gridcell">
          <button type="button" {...cellProps(i, 5)} aria-label={`Remove ${c.name}`} onClick={() => void remove(id)}>Remove</button>
        </td>
      </tr>
    );
  };

  return (
    <>
      {editing?.error ? <p id="contact-edit-error" class="error" role="alert">{editing.error}</p> : null}
      {/* Always in the DOM (hidden when nothing matches): the ResizeObserver keeps watching this one element. */}
      <div class="contact-scroll" ref={scroller} hidden={rowCount === 0} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        {rowCount > 0 && <table class="contacts contact-grid" role="grid" aria-rowcount={rowCount + 1} aria-colcount={COLS} aria-multiselectable="true"
          onKeyDown={onKeyDown} onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
          <caption class="visually-hidden">Your contacts, their tags and roles: {count(rowCount)} rows. Arrow keys move, Space selects, Enter edits.</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" role="columnheader" class="select"><span class="visually-hidden">Selected</span></th>
              <th scope="col" role="columnheader">Name</th>
              <th scope="col" role="columnheader">Profile or e-mail</th>
              <th scope="col" role="columnheader">Tag</th>
              <th scope="col" role="columnheader">Role</th>
              <th scope="col" role="columnheader"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {body.flatMap((s, n) => 'gap' in s
              ? [<tr key={`gap${n}`} class="spacer" aria-hidden="true"><td colSpan={COLS} style={{ height: `${s.gap}px` }} /></tr>]
              : Array.from({ length: s.to - s.from }, (_, k) => renderRow(s.from + k)))}
          </tbody>
        </table>}
      </div>
    </>
  );
}

/** The sticky header covers the top of the scroll area: a row is in view only below it. */
function headerHeight(el: HTMLElement): number {
  return el.querySelector('thead')?.getBoundingClientRect().height ?? 0;
}
