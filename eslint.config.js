// Lint enforces the architecture's boundaries (../shared/design/architecture.md, "may import"):
// a file that imports across a boundary fails `npm test`, not just review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const UI = ['preact', 'preact/*', 'zustand', 'zustand/*'];
const BROWSER = ['webextension-polyfill', 'dexie'];
const dirs = (...names) => names.map((n) => `**/${n}/**`);

/** One boundary: files under `folder` may not import `forbidden`. */
const boundary = (folder, forbidden, why) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/.built/', 'test/.cache/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // HTML sinks: nothing page-derived may reach an HTML parser (../shared/research/security.md #8).
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build DOM with textContent; never parse HTML.' },
        { property: 'outerHTML', message: 'Build DOM with textContent; never parse HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with textContent; never parse HTML.' },
      ],
      // Preact's one HTML sink: addons-linter flags its innerHTML assignment, which stays dead
      // only while nothing passes this prop (test/support/addons-lint.ts relies on that).
      'no-restricted-syntax': ['error',
        { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'Never parse HTML: build DOM with text.' },
        { selector: 'Property[key.name="dangerouslySetInnerHTML"]', message: 'Never parse HTML: build DOM with text.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  boundary('core', [...dirs('content', 'background', 'popup', 'options', 'shared', 'sites'), ...BROWSER, ...UI],
    'core is pure: no DOM, browser APIs, storage or UI.'),
  boundary('sites', [...dirs('content', 'background', 'popup', 'options', 'shared'), ...BROWSER, ...UI],
    'site adapters read the DOM and use core types only.'),
  boundary('background', [...dirs('content', 'sites', 'popup', 'options'), ...UI],
    'the background answers messages; it does not import page or UI code.'),
  boundary('popup', [...dirs('content', 'sites', 'background', 'options')], 'extension pages use core types and shared/.'),
  boundary('options', [...dirs('content', 'sites', 'background', 'popup')], 'extension pages use core types and shared/.'),
  boundary('cli', [...dirs('content', 'background', 'popup', 'options', 'shared', 'sites'), ...BROWSER, ...UI], 'the CLI runs core in Node.'),
  boundary('shared', [...dirs('content', 'background', 'popup', 'options', 'sites'), ...UI], 'shared holds protocol and storage only.'),
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...dirs('background', 'popup', 'options', 'storage'), 'dexie', ...UI], message: 'content scripts never touch storage and never see contacts; they talk through shared/messaging/content-client.' },
        { group: ['**/messaging/page-client', '**/messaging/server'], message: 'content scripts use the narrower content-client surface.' },
      ] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.{ts,mjs}', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', window: 'readonly', document: 'readonly' } },
  },
);
