import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_SITES } from '../../src/core/sites';
import { ADAPTERS } from '../../src/sites/registry';

// One list of sites feeds three places: the adapters (what reads the page), core/sites.ts (whose
// origins the background accepts messages from) and the manifest (where the content script runs).
// They must agree, or a site is read but its messages refused, or refused its content script.
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_scripts: Array<{ matches: string[] }> };

describe('the site registry', () => {
  it('has one adapter per supported site, and no other', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(SUPPORTED_SITES.map((s) => s.id).sort());
  });

  it('is what the manifest runs the content script on: each origin, nothing broader', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect([...matches].sort()).toEqual(SUPPORTED_SITES.flatMap((s) => s.matches ?? s.origins.map((o) => `${o}/*`)).sort());
  });

  it('runs on part of an origin only where the site says so, and never beyond its origins', () => {
    for (const site of SUPPORTED_SITES.filter((s) => s.matches)) {
      for (const pattern of site.matches!) expect(site.origins.some((o) => pattern.startsWith(`${o}/`)), pattern).toBe(true);
    }
    expect(SUPPORTED_SITES.find((s) => s.id === 'discord')?.matches).toEqual(['https://discord.com/channels/*', 'https://discord.com/app*']);
  });

  it('gives each site an adapter that takes its own origins, and a replica to test it on', () => {
    for (const site of SUPPORTED_SITES) {
      const adapter = ADAPTERS.find((a) => a.id === site.id)!;
      for (const origin of site.origins) {
        // Some sites have composers on part of their origin only (Gmail: /mail/…, Discord: /app, /channels/…).
        const paths = ['/', '/feed/', '/home', '/mail/u/0/', '/app', '/channels/@me'];
        expect(paths.some((path) => adapter.matchesUrl(new URL(`${origin}${path}`))), `${site.id} ${origin}`).toBe(true);
      }
      expect(existsSync(`test/fixtures/${site.id}/pages.ts`), `test/fixtures/${site.id}/pages.ts`).toBe(true);
    }
  });
});
