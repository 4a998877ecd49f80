// Mastodon's server-rendered `#initial-state` JSON keeps `meta.access_token` (the web app's API
// token) next to the signed-in account. Only identity fields are copied out of it; the parsed
// object goes out of scope at once, and nothing else of it is kept or returned.

export interface InitialIdentity {
  /** The instance's own domain (LOCAL_DOMAIN; may differ from the web host). */
  domain: string;
  /** The signed-in account's acct (local accounts have no `@domain`) and display name. */
  acct: string;
  displayName: string;
}

const cache = new WeakMap<Element, InitialIdentity>();

const str = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 300) : '');

/** Identity fields of `#initial-state`, or null when the page has none (or it is not JSON). */
export function readInitialIdentity(script: Element | null): InitialIdentity | null {
  if (!script) return null;
  const cached = cache.get(script);
  if (cached) return cached;
  let identity: InitialIdentity;
  try {
    const state = JSON.parse(script.textContent ?? '') as { meta?: Record<string, unknown>; accounts?: Record<string, Record<string, unknown>> };
    const me = str(state?.meta?.me);
    const account = me && state.accounts && Object.hasOwn(state.accounts, me) ? state.accounts[me] : undefined;
    identity = { domain: str(state?.meta?.domain).toLowerCase(), acct: str(account?.acct), displayName: str(account?.display_name) };
  } catch {
    return null;
  }
  // Server-rendered once per page load: the element's text never changes afterwards.
  cache.set(script, identity);
  return identity;
}
