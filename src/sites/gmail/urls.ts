// URL predicates for Gmail pages, with the URLs they are meant for.

/**
 * Every Gmail page can hold a composer: `https://mail.google.com/mail/u/0/#inbox` (the compose
 * dialog opens over any view), `…/#inbox/FMfcgz…` (a thread: inline reply and forward),
 * `…/#inbox?compose=new` and `https://mail.google.com/mail/?view=cm&fs=1&to=…` (full-screen compose
 * in its own window). Navigation is by hash only (sites.md §10 "Navigation").
 */
export function isGmail(url: URL): boolean {
  return url.hostname === 'mail.google.com' && /^\/mail(?:\/|$)/.test(url.pathname);
}
