import { describe, expect, it } from 'vitest';
import { manifestRegressions } from '../support/manifest-audit';

// The manifest audit (test/support/manifest-audit.ts) must fail on every regression issue 9 item 4
// names: each case below widens a good manifest in one way and must be reported. The built
// manifests themselves are audited in test/e2e/build-output.test.ts.

const GOOD = {
  manifest_version: 3,
  name: 'Hatcheck',
  version: '0.1.0',
  action: { default_popup: 'src/popup/index.html' },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  permissions: ['storage', 'scripting', 'activeTab'],
  optional_host_permissions: ['https://*/*'],
  content_scripts: [{ matches: ['https://www.linkedin.com/*', 'https://discord.com/app*'], js: ['content.js'], run_at: 'document_idle' }],
};
const GOOD_FIREFOX = {
  ...GOOD,
  background: { scripts: ['service-worker-loader.js'] },
  browser_specific_settings: { gecko: { id: 'hatcheck@hatcheck.dev', data_collection_permissions: { required: ['none'] } } },
};

type Manifest = Record<string, unknown>;
const script = (change: Manifest) => ({ ...GOOD, content_scripts: [{ ...GOOD.content_scripts[0], ...change }] });

const REGRESSIONS: Array<[string, Manifest]> = [
  ['MV2', { ...GOOD, manifest_version: 2 }],
  ['<all_urls> as a host permission', { ...GOOD, host_permissions: ['<all_urls>'] }],
  ['<all_urls> as a permission', { ...GOOD, permissions: [...GOOD.permissions, '<all_urls>'] }],
  ['a host permission for a supported site granted at install', { ...GOOD, host_permissions: ['https://www.linkedin.com/*'] }],
  ['every https site at install', { ...GOOD, host_permissions: ['https://*/*'] }],
  ['an optional permission for every scheme', { ...GOOD, optional_host_permissions: ['*://*/*'] }],
  ['an optional http permission', { ...GOOD, optional_host_permissions: ['https://*/*', 'http://*/*'] }],
  ['the tabs permission', { ...GOOD, permissions: [...GOOD.permissions, 'tabs'] }],
  ['webRequest', { ...GOOD, permissions: [...GOOD.permissions, 'webRequest'] }],
  ['cookies', { ...GOOD, permissions: [...GOOD.permissions, 'cookies'] }],
  ['an optional API permission', { ...GOOD, optional_permissions: ['history'] }],
  ['a content script on <all_urls>', script({ matches: ['<all_urls>'] })],
  ['a content script on every https site', script({ matches: ['https://*/*'] })],
  ['a content script on every subdomain', script({ matches: ['https://*.linkedin.com/*'] })],
  ['a content script on http', script({ matches: ['http://www.linkedin.com/*'] })],
  ['a content script in all frames', script({ all_frames: true })],
  ['a content script in about:blank frames', script({ match_about_blank: true })],
  ["a content script in the page's world", script({ world: 'MAIN' })],
  ['a content script CSS file', script({ css: ['content.css'] })],
  ['a web-accessible resource', { ...GOOD, web_accessible_resources: [{ resources: ['assets/*'], matches: ['https://www.linkedin.com/*'] }] }],
  ['a web-accessible resource with a static URL', { ...GOOD, web_accessible_resources: [{ resources: ['icon.png'], matches: ['<all_urls>'], use_dynamic_url: false }] }],
  ['an MV2-style web-accessible resource', { ...GOOD, web_accessible_resources: ['content.js'] }],
  ['externally_connectable', { ...GOOD, externally_connectable: { matches: ['https://www.linkedin.com/*'] } }],
  ['unsafe-eval in the CSP', { ...GOOD, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self';" } }],
  ['a remote script host in the CSP', { ...GOOD, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; object-src 'self';" } }],
  ['wasm-unsafe-eval in the CSP', { ...GOOD, content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }],
  ['a sandbox CSP', { ...GOOD, content_security_policy: { sandbox: "sandbox allow-scripts; script-src 'self' 'unsafe-eval'" } }],
  ['sandbox pages', { ...GOOD, sandbox: { pages: ['sandbox.html'] } }],
  ['an update URL', { ...GOOD, update_url: 'https://updates.example/hatcheck.xml' }],
  ['a devtools page', { ...GOOD, devtools_page: 'devtools.html' }],
  ['Firefox data collection', { ...GOOD_FIREFOX, browser_specific_settings: { gecko: { id: 'x', data_collection_permissions: { required: ['websiteContent'] } } } }],
  ['Firefox optional data collection', { ...GOOD_FIREFOX, browser_specific_settings: { gecko: { id: 'x', data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] } } } }],
  ['Firefox without a data collection declaration', { ...GOOD_FIREFOX, browser_specific_settings: { gecko: { id: 'x' } } }],
];

describe('manifest audit', () => {
  it('passes the manifests Hatcheck builds', () => {
    expect(manifestRegressions(GOOD)).toEqual([]);
    expect(manifestRegressions(GOOD_FIREFOX)).toEqual([]);
    // The MV3 default written out is still the default.
    expect(manifestRegressions({ ...GOOD, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } })).toEqual([]);
    // A web-accessible resource a page cannot use to recognise the extension (a new URL per session).
    expect(manifestRegressions({ ...GOOD, web_accessible_resources: [{ resources: ['frame.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true }] })).toEqual([]);
  });

  it.each(REGRESSIONS)('fails on %s', (_label, manifest) => {
    expect(manifestRegressions(manifest).length).toBeGreaterThan(0);
  });
});
