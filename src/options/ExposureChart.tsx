import type { ExposureReport } from '../core/exposure';

// One bar per personal audience: how many people in it are work contacts (warn colour) and how many
// are not. The SVG is a picture for sighted users (aria-hidden); the table under it, visually hidden,
// carries the same numbers for screen readers.

const BAR = 22;
const GAP = 10;
const LABEL = 150;
const WIDTH = 620;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ExposureChart({ report }: { report: ExposureReport }) {
  const networks = report.networks.filter((n) => n.people > 0);
  if (networks.length === 0) return null;
  const most = Math.max(...networks.map((n) => n.people));
  const scale = (n: number) => (n / most) * (WIDTH - LABEL - 60);
  const height = networks.length * (BAR + GAP) + GAP;
  return (
    <figure class="exposure-figure">
      <svg class="exposure-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        {networks.map((n, i) => {
          const y = GAP + i * (BAR + GAP);
          const work = scale(n.work);
          const rest = scale(n.people - n.work);
          return (
            <g key={n.network}>
              <text class="axis" x={LABEL - 8} y={y + BAR / 2 + 4} text-anchor="end">{capitalise(n.audience)}</text>
              <rect class="bar-work" x={LABEL} y={y} width={work} height={BAR} />
              <rect class="bar-other" x={LABEL + work} y={y} width={rest} height={BAR} />
              <text class="axis" x={LABEL + work + rest + 6} y={y + BAR / 2 + 4}>{n.work} / {n.people}</text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch bar-work" />Work contacts</li>
        <li><span class="swatch bar-other" />Everyone else</li>
      </ul>
      <table class="visually-hidden">
        <caption>Work contacts in each personal audience</caption>
        <thead>
          <tr><th scope="col">Audience</th><th scope="col">Work contacts</th><th scope="col">People in all</th></tr>
        </thead>
        <tbody>
          {networks.map((n) => (
            <tr key={n.network}><th scope="row">{capitalise(n.audience)}</th><td>{n.work}</td><td>{n.people}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
