import { useEffect, useState } from 'preact/hooks';
import { weeklyHistory, weekStart, type History, type WeekBar } from '../../core/history';
import { categoryLabel } from '../../core/labels';
import { decisionWeeks } from '../../shared/storage/decision-history';
import { useBackup } from '../backup/store';

// What you did when warned, per week, for the last 12 weeks: a stacked bar chart drawn as SVG (a
// few rectangles need no chart library), and the same numbers in a table for screen readers (the
// picture is hidden from them: it holds nothing the table does not).

const WEEKS = 12;
const SERIES = [
  { key: 'edited', label: 'Edited', className: 'bar-edited' },
  { key: 'dismissed', label: 'Dismissed', className: 'bar-dismissed' },
  { key: 'postedAnyway', label: 'Posted anyway', className: 'bar-posted' },
] as const satisfies ReadonlyArray<{ key: keyof WeekBar; label: string; className: string }>;

const W = 640;
const H = 200;
const LEFT = 34;
const BOTTOM = 26;
const TOP = 10;

const dayMonth = (week: string) => weekStart(week).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

/** 4, 6, 10, 20, 40, 60, 100… at or above `max`: round numbers whose half (the middle line) is whole. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 4, 6, 10].map((m) => m * step).find((v) => v >= max) ?? 20 * step;
}

function Chart({ history }: { history: History }) {
  const top = niceMax(Math.max(...history.weeks.map((w) => w.warnings)));
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / history.weeks.length;
  const barW = Math.min(32, slot * 0.6);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];
  return (
    <svg class="history-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t}>
          <line class="grid" x1={LEFT} x2={W} y1={y(t)} y2={y(t)} />
          <text class="axis" x={LEFT - 6} y={y(t) + 4} text-anchor="end">{t}</text>
        </g>
      ))}
      {history.weeks.map((w, i) => {
        const x = LEFT + i * slot + (slot - barW) / 2;
        let base = 0;
        return (
          <g key={w.week}>
            {SERIES.map((s) => {
              const value = w[s.key];
              const rect = value > 0 ? <rect key={s.key} class={s.className} x={x} width={barW} y={y(base + value)} height={y(base) - y(base + value)} /> : null;
              base += value;
              return rect;
            })}
            <text class="axis" x={x + barW / 2} y={H - 8} text-anchor="middle">{dayMonth(w.week)}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function HistoryChart() {
  const generation = useBackup((s) => s.generation);
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    decisionWeeks().then(
      (rows) => live && setHistory(weeklyHistory(rows, Date.now(), WEEKS)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [generation]);

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p class="hint muted">
        What you did when Hatcheck warned you, per week, for the last {WEEKS} weeks. Only counts are kept (for two years), never any draft text.
      </p>
      {error && <p class="error" role="alert">Could not read the history: {error}</p>}
      {history && history.total === 0 && <p>No warnings answered in the last {WEEKS} weeks.</p>}
      {history && history.total > 0 && (
        <>
          <p>
            {history.total.toLocaleString('en')} {history.total === 1 ? 'warning' : 'warnings'} answered in {WEEKS} weeks
            {history.categories.length > 0 && `; most often about ${history.categories.slice(0, 3).map((c) => `${categoryLabel(c.category)} (${c.count})`).join(', ')}`}.
          </p>
          <Chart history={history} />
          <ul class="legend" aria-hidden="true">
            {SERIES.map((s) => (
              <li key={s.key}><span class={`swatch ${s.className}`} />{s.label}</li>
            ))}
          </ul>
          <table class="visually-hidden">
            <caption>Warnings and what you did, per week (week starting)</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Warnings</th>
                {SERIES.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {history.weeks.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{dayMonth(w.week)} ({w.week})</th>
                  <td>{w.warnings}</td>
                  {SERIES.map((s) => <td key={s.key}>{w[s.key]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
