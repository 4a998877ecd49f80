// Fills the built extension's contacts store with `n` made-up people, straight through IndexedDB in
// an extension page (the options page, once it has opened the database), for the contacts e2e test
// and `npm run bench`. Faster than importing a file, and independent of the import flow's screens.
//
// Person i (0-based): name `Person <i, 5 digits> <surname>`; employer Globex when i % 10 === 0, else
// Initech; on LinkedIn from a Connections.csv when i % 3 === 0, an e-mail from Google Contacts when
// i % 3 === 1, on Mastodon from following_accounts.csv when i % 3 === 2; untagged, no role.
// `extra` rows are written as given (duplicates, conflicting tags).
import type { Page } from 'playwright-core';

export interface SeedExtra {
  name: string;
  handles?: string[];
  emails?: string[];
  employer?: string;
  tag: 'work' | 'personal' | 'both' | 'untagged';
  tagSource?: 'manual' | 'import';
  sources: string[];
}

export async function seedContacts(page: Page, n: number, extra: readonly SeedExtra[] = []): Promise<void> {
  await page.evaluate(async ({ n, extra }) => {
    const SURNAMES = ['Abbott', 'Baker', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Patel'];
    // No named function in here: tsx (esbuild keepNames) would wrap it in a __name() call the page lacks.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hatcheck');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('contacts')) throw new Error('seedContacts: the page has not created the database yet');
    const tx = db.transaction(['contacts', 'settings'], 'readwrite');
    const contacts = tx.objectStore('contacts');
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const name = `Person ${String(i).padStart(5, '0')} ${SURNAMES[i % SURNAMES.length]}`;
      const kind = i % 3;
      contacts.add({
        name,
        nameKey: name.toLowerCase(),
        handles: kind === 0 ? [`linkedin:person-${i}`] : kind === 2 ? [`mastodon:p${i}@social.example`] : [],
        emails: kind === 1 ? [`p${i}@mail.example`] : [],
        employer: i % 10 === 0 ? 'Globex' : 'Initech',
        tag: 'untagged',
        tagSource: 'import',
        sources: [kind === 0 ? 'linkedin-connections' : kind === 1 ? 'google-contacts' : 'mastodon-following'],
        updatedAt: now,
      });
    }
    for (const e of extra) {
      contacts.add({ handles: [], emails: [], tagSource: 'import', ...e, nameKey: e.name.toLowerCase(), updatedAt: now });
    }
    // Written below Dexie, so the contacts-version middleware did not run: stamp by hand, or the
    // worker's audience index would stay the empty one it may have built.
    tx.objectStore('settings').put({ key: 'contactsVersion', value: `seed-${now}` });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { n, extra });
}
