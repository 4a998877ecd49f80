// What a built manifest must never grow (issue 9 item 4; ../shared/research/security.md §5): each
// rule names one way an extension's reach or fingerprint widens by accident. Used on dist/chrome and
// dist/firefox by test/e2e/build-output.test.ts; test/unit/manifest-audit.test.ts proves that each
// regression, applied to a good manifest, is caught.

/** What Hatcheck needs: its own storage, registering its content script for granted origins, the current tab on a click. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['storage', 'scripting', 'activeTab']);

/** Sites the user enables are asked one https origin at a time, at their click. */
export const ALLOWED_OPTIONAL_HOSTS: ReadonlySet<string> = new Set(['https://*/*']);

/** The MV3 default, the only policy allowed if one is ever written out. */
const DEFAULT_EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self';";

/** Matches any site: never in host permissions or content scripts. */
const BROAD = /<all_urls>|^\*:\/\/|^https?:\/\/\*(?:\.[^/]*)?\/|^file:|^ftp:/;

type Json = Record<string, unknown>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every rule the manifest breaks, in words (empty when it is as narrow as it should be). */
export function manifestRegressions(manifest: Json): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version ${String(manifest.manifest_version)}, not 3`);
  if (JSON.stringify(manifest).includes('<all_urls>')) problems.push('<all_urls> appears in the manifest');

  for (const p of strings(manifest.permissions)) if (!ALLOWED_PERMISSIONS.has(p)) problems.push(`permission ${p} is not one Hatcheck needs`);
  for (const p of strings(manifest.optional_permissions)) problems.push(`optional permission ${p} is not one Hatcheck asks for`);
  for (const h of strings(manifest.host_permissions)) problems.push(`host permission ${h} granted at install (content scripts name their sites; others are optional)`);
  for (const h of strings(manifest.optional_host_permissions)) if (!ALLOWED_OPTIONAL_HOSTS.has(h)) problems.push(`optional host permission ${h} is wider than one https origin at a time`);

  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Json[]) : [];
  for (const script of scripts) {
    for (const match of strings(script.matches)) {
      if (BROAD.test(match) || !match.startsWith('https://')) problems.push(`content script matches ${match}: not one https site`);
    }
    if (script.all_frames) problems.push('content script in all frames (ad and widget iframes would get it)');
    if (script.match_about_blank || script.match_origin_as_fallback) problems.push('content script in about:blank / opaque-origin frames');
    if (script.world === 'MAIN') problems.push("content script in the page's own world (the page could read and call it)");
    if (strings(script.css).length) problems.push('content script injects CSS into the page (visible to the page)');
  }

  const war = Array.isArray(manifest.web_accessible_resources) ? (manifest.web_accessible_resources as unknown[]) : [];
  for (const entry of war) {
    const e = entry as Json;
    // MV3 entries are objects; an MV2-style string list cannot carry use_dynamic_url.
    if (typeof entry !== 'object' || entry === null || e.use_dynamic_url !== true) problems.push(`web-accessible resource ${JSON.stringify(entry)} can be probed by any page (no use_dynamic_url)`);
  }

  if (manifest.externally_connectable !== undefined) problems.push('externally_connectable lets web pages or other extensions message the worker');
  if (manifest.sandbox !== undefined) problems.push('sandbox pages run under a relaxed CSP');
  const csp = manifest.content_security_policy as Json | string | undefined;
  if (typeof csp === 'string') problems.push('an MV2-style content_security_policy string');
  else if (csp !== undefined) {
    for (const [key, value] of Object.entries(csp)) {
      const normalised = String(value).replace(/\s+/g, ' ').trim().replace(/;?$/, ';');
      if (key !== 'extension_pages' || normalised !== DEFAULT_EXTENSION_PAGES_CSP) problems.push(`content_security_policy.${key} is "${String(value)}", not the MV3 default`);
    }
  }
  const background = manifest.background as Json | undefined;
  if (background?.persistent === true) problems.push('a persistent background page');
  if (manifest.devtools_page !== undefined) problems.push('a devtools page');
  if (manifest.update_url !== undefined) problems.push('an update_url (updates come from the stores only)');

  const gecko = (manifest.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: unknown; optional?: unknown } } } | undefined)?.gecko;
  if (gecko) {
    const collection = gecko.data_collection_permissions;
    if (JSON.stringify(collection?.required) !== '["none"]') problems.push(`Firefox data collection declared as ${JSON.stringify(collection?.required)}, not ["none"]`);
    if (strings(collection?.optional).length) problems.push(`Firefox optional data collection ${JSON.stringify(collection?.optional)}`);
  }
  return problems;
}
