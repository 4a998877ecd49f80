import { useEffect, useState } from 'preact/hooks';
import { exposureReport, type ExposureReport as Report } from '../core/exposure';
import { buildAudienceIndex } from '../core/audience-index';
import { workRulesOf } from '../shared/storage/audience-index';
import { useIdentities } from './identities/store';
import { useOptions } from './store';
import { ExposureChart } from './ExposureChart';

// "12 of your Facebook friends are LinkedIn connections at Acme, including your manager Dana": which
// personal audiences hold work contacts. Recomputed whenever contacts or identities change (an
// import in this page, a tag edit, an undo); the one-line summary is a polite live region so the
// change is announced, the lists below are not (they would be read out whole on every edit).

const count = (n: number) => n.toLocaleString('en');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function summaryOf(report: Report): string {
  if (report.people === 0) return 'No contacts yet: import your LinkedIn connections and Facebook friends to see who overlaps.';
  const exposed = report.networks.filter((n) => n.work > 0);
  const across = `${count(report.acrossNetworks)} of your ${count(report.people)} contacts ${report.acrossNetworks === 1 ? 'is' : 'are'} on more than one network.`;
  if (report.networks.length === 0) return `${across} None of them is on a personal network Hatcheck knows (Facebook, X, Bluesky, Mastodon, Discord).`;
  if (exposed.length === 0) return `${across} No personal audience holds a work contact.`;
  return `${across} ${exposed.length === 1 ? '1 personal audience holds' : `${exposed.length} personal audiences hold`} work contacts.`;
}

export function ExposureReport() {
  const [report, setReport] = useState<Report | null>(null);
  // Built from the contacts the contacts table already holds (store.ts), not a second read of them
  // all: with 50,000 contacts that read held the page for seconds on opening and after every edit.
  // Search keystrokes keep the same `rows` array, so they do not recompute this.
  const rows = useOptions((s) => (s.complete ? s.rows : null));
  const identities = useIdentities((s) => s.identities);
  const error = useOptions((s) => (s.status === 'error' ? s.error : ''));
  useEffect(() => {
    if (!rows) return;
    setReport(exposureReport(buildAudienceIndex(rows.map((r) => r.contact), workRulesOf(identities))));
  }, [rows, identities]);

  return (
    <section class="exposure" aria-labelledby="exposure-title">
      <h2 id="exposure-title">Work contacts in your personal audiences</h2>
      <p class="hint muted">The same person on LinkedIn and Facebook (same e-mail, or same name and employer) counts once. Worked out on this device.</p>
      <p class="status" aria-live="polite">
        {error ? <span class="error">Could not read your contacts: {error}</span> : report ? summaryOf(report) : 'Reading your contacts…'}
      </p>
      {report && <ExposureChart report={report} />}
      {report && report.networks.map((n) => (
        <section key={n.network} class="card" aria-labelledby={`exposure-${n.network}`}>
          <h3 id={`exposure-${n.network}`}>{capitalise(n.audience)}</h3>
          <p>{n.sentence}.</p>
          {n.groups.length > 0 && (
            <ul aria-label={`Work contacts among your ${n.audience}`}>
              {n.groups.map((g) => <li key={`${g.onLinkedIn}-${g.employer}`}>{g.sentence}.</li>)}
              {n.otherWork > 0 && <li>{count(n.otherWork)} more in smaller groups.</li>}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
