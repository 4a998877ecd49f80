import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { manifestRegressions } from '../support/manifest-audit';

// What `npm run build` wrote (npm test builds first). Permissions only ever grow on purpose:
// this snapshot fails when they do (../shared/research/security.md §5, item 4).

const manifest = (browser: 'chrome' | 'firefox') => JSON.parse(readFileSync(join(distDir(browser), 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['chrome', 'firefox'] as const)('dist/%s', (browser) => {
  it('asks for storage and scripting, runs on the supported sites only, and exposes no web-accessible resources', () => {
    const m = manifest(browser);
    expect(m.manifest_version).toBe(3);
    // scripting: registering the content script for Mastodon instances the user enables; the host
    // access for each is an optional permission asked from the options page, one origin at a time
    // (docs/decisions.md, "Mastodon on any instance"). Nothing is granted at install beyond the matches.
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts).toEqual([{ matches: ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://bsky.app/*', 'https://mastodon.social/*', 'https://mail.google.com/*', 'https://www.facebook.com/*', 'https://app.slack.com/*', 'https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://discord.com/channels/*', 'https://discord.com/app*', 'https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*', 'https://www.instagram.com/*', 'https://www.threads.com/*', 'https://www.threads.net/*', 'https://www.youtube.com/*', 'https://wordpress.com/*'], js: ['content.js'], run_at: 'document_idle' }]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined(); // the MV3 default
  });

  it('breaks no rule of the manifest audit (test/unit/manifest-audit.test.ts proves each rule fails)', () => {
    expect(manifestRegressions(manifest(browser))).toEqual([]);
  });

  it('ships no eval, no HTML sinks on page data, and no remote URLs in its scripts', () => {
    const scripts = files(distDir(browser)).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      // Only the matches are reported: a failure should name the call, not print a minified bundle.
      expect(code.match(/\beval\(|new Function\(/g) ?? [], file).toEqual([]);
      // Library code mentions URLs in comments and error messages; reaching one would need these.
      expect(code.match(/\bfetch\(|XMLHttpRequest|new WebSocket\(|sendBeacon/g) ?? [], file).toEqual([]);
    }
    expect(readFileSync(join(distDir(browser), 'content.js'), 'utf8').match(/innerHTML\s*=|insertAdjacentHTML/g) ?? []).toEqual([]);
  });
});

describe('browser-specific manifests', () => {
  it('Chrome runs the service worker as one classic script', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'background.js' });
  });

  it('Firefox runs background scripts and has an add-on id', () => {
    const m = manifest('firefox');
    expect(m.background.scripts).toEqual(['background.js']);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toBe('hatcheck@hatcheck.dev');
  });
});
