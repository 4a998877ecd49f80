// When the browser has no room left for the extension's IndexedDB, a write fails with
// QuotaExceededError (a DOMException; Dexie passes it on as is, as a transaction's abort reason,
// or inside a BulkError's failures). Every write that can be large runs in one transaction, so
// nothing of it is stored; what the person sees must say that, and what to do, in words: the
// pages show `error.message`, so the sentence lives here, once.

/** The sentence the pages show (each adds "Nothing was changed" or "Nothing was imported" around it). */
export const STORAGE_FULL_MESSAGE =
  'the browser has no room left for Hatcheck’s data (its storage quota is used up); free some disk space or remove contacts you no longer need, then try again';

export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(STORAGE_FULL_MESSAGE, options);
    this.name = 'StorageFullError';
  }
}

/** True when `error`, or an error it wraps (Dexie's `inner`, `cause`, a BulkError's failures), is a quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  // DOMException code 22 is QUOTA_EXCEEDED_ERR in browsers that report the legacy code only.
  if (e.name === 'QuotaExceededError' || e.name === 'StorageFullError' || (e.name !== undefined && e.code === 22)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return [e.inner, e.cause, ...failures].some((inner) => inner !== error && isQuotaError(inner, depth + 1));
}

/** Runs a write; a quota failure comes out as a StorageFullError with the sentence above. */
export async function explainingStorageFull<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
