import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';

// Every write to the contacts store — an import, an undo, a tag or role edit, a delete, a clear, from
// any extension page or the worker — stamps the `contactsVersion` setting with a new value in the
// same IndexedDB transaction. The background's audience index (audience-index.ts) is rebuilt when the
// stamp it was built from is no longer the stored one, so it is never stale, and no writer has to
// remember to invalidate it: the stamp is written below every Dexie API, as a DBCore middleware.
//
// Same transaction: a write transaction on `contacts` is widened to include `settings` (as
// dexie-cloud widens its own), so the stamp commits with the contacts or not at all. A reader that
// reads the stamp and the contacts in one transaction therefore always gets a matching pair.

export const CONTACTS_VERSION_KEY = 'contactsVersion';

/** A value never used before: a counter would restart at 0 when the database is deleted and made again. */
export function newStamp(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export const contactsVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'hatcheck-contacts-version',
  create(down: DBCore): DBCore {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('contacts') && !stores.includes('settings') ? [...stores, 'settings'] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'contacts') return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const result = await table.mutate(req);
            await down.table('settings').mutate({ type: 'put', trans: req.trans, values: [{ key: CONTACTS_VERSION_KEY, value: newStamp() }] });
            return result;
          },
        };
      },
    };
  },
};
