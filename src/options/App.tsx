import { AddContactForm } from './AddContactForm';
import { BackupPanel } from './backup/BackupPanel';
import { ContactList } from './ContactList';
import { ExposureReport } from './ExposureReport';
import { HistoryChart } from './history/HistoryChart';
import { IdentitiesPanel } from './identities/IdentitiesPanel';
import { ImportPanel } from './import/ImportPanel';
import { MastodonInstances } from './MastodonInstances';
import { WebSites } from './WebSites';
import { PrivacyPanel } from './PrivacyPanel';
import { useOptions } from './store';

export function App() {
  // Selectors, not the whole store: a search keystroke changes the store and must not re-render
  // every section of the page (measured by `npm run bench`, bench/options.ts).
  const error = useOptions((s) => s.error);
  const message = useOptions((s) => s.message);
  const total = useOptions((s) => s.total);
  return (
    <main>
      <h1><img src="/icons/icon-32.png" alt="" />Hatcheck settings</h1>
      <p class="muted">Tag the people who matter. When a draft mentions a work contact, Hatcheck treats its audience as professional. Your contacts stay on this device and are never shown to the sites you visit.</p>
      <p><a href="#welcome">Open the set-up guide</a> <span class="muted">(identities and a first import, about two minutes)</span></p>
      <IdentitiesPanel />
      <h2>Contacts <span class="muted">({total.toLocaleString('en')})</span></h2>
      <AddContactForm />
      <p class="status" aria-live="polite">
        {error ? <span class="error" role="alert">{error}</span> : message}
      </p>
      <ImportPanel />
      <ExposureReport />
      <ContactList />
      <HistoryChart />
      <MastodonInstances />
      <WebSites />
      <BackupPanel />
      <PrivacyPanel />
    </main>
  );
}
