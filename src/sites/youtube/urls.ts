// URL predicates for YouTube (sites.md §13), with the URLs they are meant for.

/** The site's hosts: the desktop site and the mobile web site (m.youtube.com, same comment box assumed). */
export const YOUTUBE_HOSTS = ['www.youtube.com'] as const;

/**
 * Every page of www.youtube.com may show a comment box: a video (`/watch?v=dQw4w9WgXcQ`), a Short
 * (`/shorts/…`, comments in a side panel), a community post (`/post/Ug…`, `/@name/community`).
 * YouTube is a single-page app (it fires `yt-navigate-finish` after each in-app navigation,
 * sites.md §18): the content script stays on the origin and finds boxes as they mount.
 */
export function isYouTube(url: URL): boolean {
  return (YOUTUBE_HOSTS as readonly string[]).includes(url.hostname);
}

/** The video id of a watch page (`/watch?v=…`) or a Short (`/shorts/<id>`), or ''. */
export function videoId(url: URL): string {
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? '';
  return /^\/shorts\/([\w-]{6,})/.exec(url.pathname)?.[1] ?? '';
}
