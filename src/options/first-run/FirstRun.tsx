import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ImportPanel } from '../import/ImportPanel';
import { useImports } from '../import/store';
import { AccountFields } from './AccountFields';
import { contactCount, GUIDE_STEPS, guideProgress, linkAccounts, readGuideData, saveBrand, saveProgress, saveWork, type AccountInputs, type GuideData } from './setup';

// The first-run guide (options page, #welcome; opened by the worker on install): who you are, your
// work, a brand if you post for one, and a first import, in about two minutes. Every step saves when
// you go on, and where you stopped is kept (the firstRun setting), so closing the tab loses nothing
// and the guide opens where you left it. Each step can be skipped, and so can the whole guide.
// Keyboard: every step is a form (Enter goes on) and focus moves to the new step's heading.

const LAST = GUIDE_STEPS.length - 1;

function StepFrame({ title, children, onSubmit, onEdit, actions }: { title: string; children: ComponentChildren; onSubmit?: () => void; onEdit?: () => void; actions: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  const body = (
    <>
      <h2 id="step-title" tabIndex={-1} ref={heading}>{title}</h2>
      {children}
      <p class="guide-actions">{actions}</p>
    </>
  );
  // The contacts step holds the import panel's own forms, and forms cannot nest: a section there.
  return onSubmit
    ? <form class="card guide-step" aria-labelledby="step-title" onInput={onEdit} onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>{body}</form>
    : <section class="card guide-step" aria-labelledby="step-title">{body}</section>;
}

export function FirstRun({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState<number | null>(null);
  const [data, setData] = useState<GuideData | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Form values live here, so Back and Next keep what was typed.
  const [personal, setPersonal] = useState<AccountInputs>({});
  const [work, setWork] = useState({ employer: '', domain: '', accounts: {} as AccountInputs });
  const [hasBrand, setHasBrand] = useState(false);
  const [brand, setBrand] = useState({ name: '', domain: '', accounts: {} as AccountInputs });
  const [contacts, setContacts] = useState(0);
  // An import (or its undo) in the contacts step changes the count, and with it "Skip for now" → "Next".
  const importHistory = useImports((s) => s.history);
  useEffect(() => void contactCount().then(setContacts, () => undefined), [importHistory]);

  async function refresh(): Promise<GuideData> {
    const next = await readGuideData();
    setData(next);
    setContacts(await contactCount());
    return next;
  }

  useEffect(() => {
    void (async () => {
      try {
        const [progress, loaded] = await Promise.all([guideProgress(), refresh()]);
        setPersonal(loaded.accounts.get(loaded.personal.id!) ?? {});
        setWork({ employer: loaded.work.employers[0] ?? '', domain: loaded.work.workDomains[0] ?? '', accounts: loaded.work.id === undefined ? {} : loaded.accounts.get(loaded.work.id) ?? {} });
        if (loaded.brand) {
          setHasBrand(true);
          setBrand({ name: loaded.brand.name, domain: loaded.brand.workDomains[0] ?? '', accounts: loaded.accounts.get(loaded.brand.id!) ?? {} });
        }
        // A finished guide opened again from the options page starts from the beginning.
        setStep(progress.done ? 0 : progress.step);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
  }, []);

  /** Saves the step's input (when `save` is given), then moves; an error keeps the person on the step. */
  async function go(next: number, save?: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    try {
      if (save) await save();
      await saveProgress(next, next === LAST);
      await refresh();
      setStep(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function skipGuide() {
    await saveProgress(step ?? 0, true);
    onClose();
  }

  if (step === null || !data) {
    return <main class="guide"><h1>Set up Hatcheck</h1>{error ? <p class="error" role="alert">{error}</p> : <p class="muted">Loading…</p>}</main>;
  }

  const nav = (nextLabel = 'Next') => (
    <>
      {step > 0 && <button type="button" disabled={busy} onClick={() => void go(step - 1)}>Back</button>}{' '}
      {step > 0 && step < LAST && <button type="button" disabled={busy} onClick={() => void go(step + 1)}>Skip this step</button>}{' '}
      <button type="submit" class="primary" disabled={busy}>{nextLabel}</button>
    </>
  );
  const errorLine = error && <p class="error" role="alert">{error}</p>;
  // Typing again answers the error: it goes, so it never sits under a value that is now right.
  const clearError = () => error && setError('');

  const steps = [
    () => (
      <StepFrame title="Set up Hatcheck in two minutes" onSubmit={() => void go(1)} actions={nav('Start')}>
        <p>Hatcheck warns you before something personal reaches a professional audience: your boss, your clients, your brand's followers.</p>
        <p>Tell it which accounts are yours, where you work, and who your contacts are. Every step can be skipped, and you can change everything later in the settings. Nothing leaves this device.</p>
      </StepFrame>
    ),
    () => (
      <StepFrame title="Your personal accounts" onEdit={clearError} onSubmit={() => void go(2, () => linkAccounts(data.personal.id!, personal))} actions={nav()}>
        <p class="muted">Posts from these accounts are checked as <strong>{data.personal.name}</strong>. Leave empty what you do not use.</p>
        <AccountFields sites={['x', 'facebook', 'mastodon']} values={personal} onChange={setPersonal} idPrefix="personal" />
        {errorLine}
      </StepFrame>
    ),
    () => (
      <StepFrame title="Your work" onEdit={clearError} onSubmit={() => void go(3, () => saveWork(data.work, work))} actions={nav()}>
        <p class="muted">Contacts at your employer, or with an e-mail address on its domain, count as work: a post they can see gets a closer look.</p>
        <div class="guide-fields">
          <label><span>Employer</span><input name="employer" value={work.employer} autocomplete="organization" placeholder="Acme Corp" onInput={(e) => setWork({ ...work, employer: e.currentTarget.value })} /></label>
          <label><span>Work e-mail domain</span><input name="work-domain" value={work.domain} placeholder="acme.com" onInput={(e) => setWork({ ...work, domain: e.currentTarget.value })} /></label>
        </div>
        <AccountFields sites={['linkedin', 'x']} values={work.accounts} onChange={(accounts) => setWork({ ...work, accounts })} idPrefix="work" />
        {errorLine}
      </StepFrame>
    ),
    () => (
      <StepFrame title="A brand you post for (optional)" onEdit={clearError} onSubmit={() => void go(4, hasBrand ? async () => saveBrand(data.brand, brand) : undefined)} actions={nav()}>
        <p class="muted">A company page or a product's account: anything personal posted from it needs a confirmation.</p>
        <label class="check"><input type="checkbox" name="has-brand" checked={hasBrand} onChange={(e) => setHasBrand(e.currentTarget.checked)} /> I post for a brand</label>
        {hasBrand && (
          <>
            <div class="guide-fields">
              <label><span>Brand name</span><input name="brand-name" value={brand.name} required placeholder="Acme Corp" onInput={(e) => setBrand({ ...brand, name: e.currentTarget.value })} /></label>
              <label><span>Its e-mail domain</span><input name="brand-domain" value={brand.domain} placeholder="acme.com" onInput={(e) => setBrand({ ...brand, domain: e.currentTarget.value })} /></label>
            </div>
            <AccountFields sites={['linkedin', 'x', 'facebook']} values={brand.accounts} onChange={(accounts) => setBrand({ ...brand, accounts })} idPrefix="brand" brand />
          </>
        )}
        {errorLine}
      </StepFrame>
    ),
    () => (
      <StepFrame title="Your contacts" actions={<>
        <button type="button" disabled={busy} onClick={() => void go(3)}>Back</button>{' '}
        <button type="button" class="primary" disabled={busy} onClick={() => void go(5)}>{contacts > 0 ? 'Next' : 'Skip for now'}</button>
      </>}>
        <p class="muted">
          Import the people you know, so Hatcheck can tell when your boss is among your Facebook friends. Get the files from LinkedIn
          (Settings → Data privacy → Get a copy of your data → Connections) and Facebook (Download your information → Friends, as JSON).
        </p>
        <ImportPanel />
        {errorLine}
      </StepFrame>
    ),
    () => (
      <StepFrame title="You are set up" onSubmit={() => onClose()} actions={<>
        <button type="button" disabled={busy} onClick={() => void go(4)}>Back</button>{' '}
        <button type="submit" class="primary">Open the settings</button>
      </>}>
        <ul class="guide-summary">
          <li>{data.personal.name}: {Object.keys(data.accounts.get(data.personal.id!) ?? {}).length} account(s).</li>
          <li>{data.work.name}: {[...data.work.employers, ...data.work.workDomains].join(', ') || 'no employer or domain'}; {Object.keys(data.accounts.get(data.work.id!) ?? {}).length} account(s).</li>
          {data.brand && <li>Brand: {data.brand.name}; {Object.keys(data.accounts.get(data.brand.id!) ?? {}).length} account(s).</li>}
          <li>{contacts.toLocaleString('en')} contact{contacts === 1 ? '' : 's'}.</li>
        </ul>
        <p>Hatcheck now checks what you write on the sites it knows. The toolbar button shows who you are posting as, and switches it in one click.</p>
      </StepFrame>
    ),
  ];

  return (
    <main class="guide">
      <header class="guide-header">
        <h1><img src="/icons/icon-32.png" alt="" />Set up Hatcheck</h1>
        {step < LAST && <button type="button" onClick={() => void skipGuide()}>Skip the guide</button>}
      </header>
      <ol class="guide-steps" aria-label={`Step ${step + 1} of ${GUIDE_STEPS.length}`}>
        {GUIDE_STEPS.map((name, i) => <li key={name} aria-current={i === step ? 'step' : undefined} class={i < step ? 'past' : ''}>{name}</li>)}
      </ol>
      {steps[step]!()}
    </main>
  );
}
