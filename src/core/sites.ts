// The sites Hatcheck supports, as pure data shared by the manifest check, the background's sender
// check and the audience table. Adding a site starts here (docs/adding-a-site.md).

export interface SupportedSite {
  id: string;
  label: string;
  /** Origins whose pages run the content script (must match manifest.json). */
  origins: readonly string[];
  /**
   * The manifest's match patterns when the content script runs on part of the origin only
   * (Discord: the web client's /app and /channels/ paths); `<origin>/*` for each origin otherwise.
   */
  matches?: readonly string[];
  /** The site has its own "Undo send": Hatcheck's send delay would only repeat it. */
  undoSend?: true;
}

export const SUPPORTED_SITES: readonly SupportedSite[] = [
  { id: 'linkedin', label: 'LinkedIn', origins: ['https://www.linkedin.com'] },
  // twitter.com still serves the app (and redirects); mobile.x.com is the same React app, narrow.
  { id: 'x', label: 'X', origins: ['https://x.com', 'https://twitter.com', 'https://mobile.x.com'] },
  { id: 'facebook', label: 'Facebook', origins: ['https://www.facebook.com'] },
  { id: 'bluesky', label: 'Bluesky', origins: ['https://bsky.app'] },
  // Built-in instance; other instances are origins the user grants (background/mastodon-instances.ts).
  { id: 'mastodon', label: 'Mastodon', origins: ['https://mastodon.social'] },
  { id: 'gmail', label: 'Gmail', origins: ['https://mail.google.com'], undoSend: true },
  // The web client only: other slack.com hosts are sign-in and marketing pages.
  { id: 'slack', label: 'Slack', origins: ['https://app.slack.com'] },
  // New Reddit (shreddit) and old Reddit; reddit.com itself only redirects to www.
  { id: 'reddit', label: 'Reddit', origins: ['https://www.reddit.com', 'https://old.reddit.com'] },
  // The web client only (/app and /channels/…: the manifest matches those paths); other pages are marketing.
  { id: 'discord', label: 'Discord', origins: ['https://discord.com'], matches: ['https://discord.com/channels/*', 'https://discord.com/app*'] },
  // Work or school accounts (teams.microsoft.com, the newer teams.cloud.microsoft) and Teams free (teams.live.com).
  { id: 'teams', label: 'Teams', origins: ['https://teams.microsoft.com', 'https://teams.cloud.microsoft', 'https://teams.live.com'] },
  // Instagram web; Threads web on its new host and the old one (threads.net still serves the app).
  { id: 'instagram', label: 'Instagram', origins: ['https://www.instagram.com'] },
  { id: 'threads', label: 'Threads', origins: ['https://www.threads.com', 'https://www.threads.net'] },
  // Comments on www.youtube.com (an SPA: every page may show a comment box).
  { id: 'youtube', label: 'YouTube', origins: ['https://www.youtube.com'] },
  // WordPress.com; a self-hosted WordPress (any domain) is a site the user enables from the popup.
  { id: 'wordpress', label: 'WordPress', origins: ['https://wordpress.com'] },
];

export function siteForUrl(url: string | undefined): SupportedSite | undefined {
  if (!url) return undefined;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return SUPPORTED_SITES.find((site) => site.origins.includes(origin));
}
