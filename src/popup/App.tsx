import browser from 'webextension-polyfill';
import { categoryLabel, LEVEL_LABELS } from '../core/labels';
import { siteForUrl, SUPPORTED_SITES } from '../core/sites';
import type { ComposerState, TabState } from '../core/types';
import { accountOf } from './account';
import { activeIdentity } from './active-identity';
import { QuickSettings } from './QuickSettings';
import { EnableSite } from './EnableSite';
import { usePopup } from './store';

const KIND_WORDS = { personal: 'your personal profile', work: 'a work identity', brand: 'a brand account' } as const;

function ComposerCard({ composer }: { composer: ComposerState }) {
  const categories = [...new Map(composer.findings.map((f) => [f.category, f])).values()];
  // State written by an older version of the extension has no reasons.
  const reasons = composer.reasons ?? [];
  return (
    <section class="composer" aria-label={`Draft check: ${LEVEL_LABELS[composer.level]}`}>
      <p>
        <span class="pill" data-level={composer.level}>{LEVEL_LABELS[composer.level]}</span>{' '}
        <strong>{categories.length ? categories.map((f) => categoryLabel(f.category)).join(', ') : 'Nothing personal found'}</strong>
      </p>
      <dl>
        <dt>Posting as</dt>
        <dd>{composer.identity.name || 'you'} <span class="muted">({KIND_WORDS[composer.identity.kind]})</span></dd>
        <dt>Who can see it</dt>
        <dd>{composer.audience.description}</dd>
        {reasons.length > 0 && <dt>Why</dt>}
        {reasons.length > 0 && (
          <dd>
            <ul class="reasons">{reasons.map((r) => <li key={r}>{r}.</li>)}</ul>
          </dd>
        )}
      </dl>
      {categories.length > 0 && (
        <ul class="findings">
          {categories.map((f) => (
            <li key={f.category}><strong>{categoryLabel(f.category)}</strong>: {f.why}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const PROBLEM_WORDS: Record<NonNullable<TabState['problem']>, string> = {
  'unrecognised-editor': 'You typed in a box Hatcheck does not recognise. The site has probably changed its page since this version of Hatcheck was made, so drafts here are not checked.',
  'read-failed': 'Hatcheck found the compose box but could not read it. The site has probably changed its page, so drafts here are not checked.',
};

/** The self-test's finding (src/content/self-test.ts), said plainly: a silent failure is the worst kind. */
function Unprotected({ tab }: { tab: TabState }) {
  if (!tab.problem) return null;
  const site = siteForUrl(tab.url)?.label ?? 'this site';
  return (
    <section class="problem" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title">Not protected on this page</h2>
      <p>{PROBLEM_WORDS[tab.problem]} Check your post yourself before it goes to {site}.</p>
    </section>
  );
}

/** "Snoozed on this site until 14:05" (the page's "snooze on this site"), with a way back. */
function Snoozed({ tab, resume, pause }: { tab: TabState; resume: () => Promise<void>; pause: () => Promise<void> }) {
  // The state may outlive the snooze: the popup was opened, or left open, after it ended.
  if (tab.snoozedUntil === undefined || tab.snoozedUntil <= Date.now()) {
    const site = SUPPORTED_SITES.find((s) => s.id === tab.site)?.label ?? 'this site';
    return (
      <p class="pause-site">
        <button type="button" onClick={() => void pause()}>Pause on {site} for 1 hour</button>
      </p>
    );
  }
  const time = new Date(tab.snoozedUntil).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <section class="snoozed" aria-label="Snoozed">
      <p>Snoozed on this site until {time}.</p>
      <button type="button" onClick={() => void resume()}>Resume now</button>
    </section>
  );
}

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * Who the drafts on this tab are checked as: the identity chosen here (everywhere, on this site, or
 * on this site for the next hour), else the account on the page; and which identity that account is.
 */
function IdentitySwitch() {
  const { tab, identities, choice, setChoice, linkedId, setLinked } = usePopup();
  const site = tab ? SUPPORTED_SITES.find((s) => s.id === tab.site) : undefined;
  const account = accountOf(tab);
  const options = identities.map((i) => <option key={i.id} value={String(i.id)}>{i.name} ({i.kind})</option>);
  const pick = (value: string) => (value === '' ? null : Number(value));
  return (
    <section class="switch" aria-label="Identity">
      <label class="identity">
        Post as{' '}
        <select value={choice.identityId === null ? '' : String(choice.identityId)} onChange={(e) => void setChoice({ ...choice, identityId: pick(e.currentTarget.value) })}>
          <option value="">The account on the page</option>
          {options}
        </select>
      </label>
      {site && choice.identityId !== null && (
        <label class="identity">
          Where{' '}
          <select value={choice.scope} onChange={(e) => void setChoice({ ...choice, scope: e.currentTarget.value as typeof choice.scope })}>
            <option value="everywhere">On every site</option>
            <option value="site">On {site.label} only</option>
            <option value="hour">On {site.label} for the next hour</option>
          </select>
        </label>
      )}
      {choice.scope === 'hour' && choice.until !== undefined && <p class="muted small">Until {time(choice.until)}, then the account on the page decides again.</p>}
      {account && (
        <label class="identity">
          <span>This {site?.label ?? ''} account, {account.name || account.handle}, is</span>{' '}
          <select value={linkedId === null ? '' : String(linkedId)} onChange={(e) => void setLinked(pick(e.currentTarget.value))}>
            <option value="">Not linked</option>
            {options}
          </select>
        </label>
      )}
    </section>
  );
}

/** Site, the account the page shows, and the identity its drafts are checked as: the tab at a glance. */
function TabSummary() {
  const { tab, identities, choice, linkedId } = usePopup();
  if (!tab) return null;
  const site = SUPPORTED_SITES.find((s) => s.id === tab.site)?.label ?? (tab.site.startsWith('web:') ? tab.site.slice(4) : tab.site);
  const account = accountOf(tab);
  const active = activeIdentity(identities, choice, linkedId, tab);
  const latest = [...tab.composers].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  // An unlinked brand account has no stored identity: the verdict's own name for it is the answer.
  const checkedAs = active ? `${active.name} (${active.kind})` : latest ? `${latest.identity.name} (${latest.identity.kind})` : '';
  return (
    <section class="tab-summary" aria-label="This tab">
      <dl>
        <dt>Site</dt>
        <dd>{site}</dd>
        <dt>Account</dt>
        <dd>{account ? `${account.name || account.handle}${account.name && account.handle ? ` (${account.handle.replace(/^[a-z]+:/, '')})` : ''}` : <span class="muted">Not shown on this page</span>}</dd>
        {checkedAs && <dt>Checked as</dt>}
        {checkedAs && <dd>{checkedAs}</dd>}
      </dl>
    </section>
  );
}

/** Paused everywhere: nothing is checked, and the person should not have to guess why. */
function PausedNote({ paused }: { paused: boolean }) {
  if (!paused) return null;
  return (
    <section class="problem" aria-labelledby="paused-title">
      <h2 id="paused-title">Not protected: warnings are paused</h2>
      <p>Drafts are not checked on any site until you turn off "Pause warnings".</p>
    </section>
  );
}

const SITE_NAMES = SUPPORTED_SITES.map((s) => s.label).join(', ');

export function App() {
  const { tab, status, error, paused, setPaused, holdAtWarn, setHoldAtWarn, resume, pauseSite, tabId, sendDelaySeconds, setSendDelay } = usePopup();
  return (
    <main>
      <header>
        <h1><img src="/icons/icon-32.png" alt="" />Hatcheck</h1>
        <label class="pause">
          <input type="checkbox" checked={paused} onChange={(e) => void setPaused(e.currentTarget.checked)} /> Pause warnings
        </label>
        <label class="pause">
          <input type="checkbox" checked={holdAtWarn} onChange={(e) => void setHoldAtWarn(e.currentTarget.checked)} /> Ask before posting at warnings too
        </label>
      </header>
      <PausedNote paused={paused} />
      <TabSummary />
      <div aria-live="polite">
        {status === 'loading' && <p class="muted">Reading this tab…</p>}
        {status === 'error' && <p class="error" role="alert">Could not read this tab's state: {error}</p>}
        {status === 'ready' && tabId === null && <p class="muted">No tab to describe.</p>}
        {status === 'ready' && tabId !== null && (!tab || (tab.composers.length === 0 && !tab.problem)) && (
          <p class="muted">No draft checked in this tab yet. Hatcheck checks compose boxes on {SITE_NAMES}, and on any site you enable, as you type.</p>
        )}
        {status === 'ready' && tab && <Snoozed tab={tab} resume={resume} pause={pauseSite} />}
        {status === 'ready' && tab && <Unprotected tab={tab} />}
        {status === 'ready' && tab && tab.composers.length > 0 && tab.composers.map((c) => <ComposerCard key={c.composerId} composer={c} />)}
      </div>
      <IdentitySwitch />
      <QuickSettings />
      <EnableSite />
      <label class="identity">
        Delay posts{' '}
        <select value={String(sendDelaySeconds)} onChange={(e) => void setSendDelay(Number(e.currentTarget.value))}>
          <option value="0">No delay</option>
          <option value="5">5 seconds, with Undo</option>
          <option value="10">10 seconds, with Undo</option>
        </select>
      </label>
      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Contacts and settings</button>
        <p class="muted small">Checked on this device. Nothing you type leaves your browser.</p>
      </footer>
    </main>
  );
}
