// URL predicates for LinkedIn pages, with the URLs they are meant for.

/** `https://www.linkedin.com/company/12345/admin/page-posts/published/?share=true`: posting as a Page. */
const COMPANY_ADMIN = /^\/company\/([^/]+)\/admin(?:\/|$)/;

export function isLinkedIn(url: URL): boolean {
  return url.hostname === 'www.linkedin.com';
}

/** The company a Page admin view posts as, or '' (`/feed/`, `/preload/sharebox/`, `/in/jane/`). */
export function companyAdminId(url: URL): string {
  return COMPANY_ADMIN.exec(url.pathname)?.[1] ?? '';
}
