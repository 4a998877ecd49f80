import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The lint config is the architecture's enforcement; these cases prove each boundary can fail.
const eslint = new ESLint({ cwd: process.cwd() });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  // Loading the config and its plugins is most of the cost (5 s on a loaded 2-core machine): done
  // once here, with room to spare, so no single case inherits it and times out.
  beforeAll(() => eslint.lintText('', { filePath: 'src/core/warm-up.ts' }), 60_000);

  it('keeps core pure', async () => {
    expect(await violations('src/core/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toHaveLength(1);
    expect(await violations('src/core/x.ts', "import { db } from '../shared/storage/db';\nexport const d = db;\n")).toHaveLength(1);
    expect(await violations('src/core/x.ts', "import { classify } from './detect/classify';\nexport const c = classify;\n")).toHaveLength(0);
  });

  it('keeps storage and the page surface out of content scripts', async () => {
    expect(await violations('src/content/x.ts', "import { db } from '../shared/storage/db';\nexport const d = db;\n")).toHaveLength(1);
    expect(await violations('src/content/x.ts', "import { getTabState } from '../shared/messaging/page-client';\nexport const g = getTabState;\n")).toHaveLength(1);
    expect(await violations('src/content/x.ts', "import { checkDraft } from '../shared/messaging/content-client';\nexport const c = checkDraft;\n")).toHaveLength(0);
  });

  it('keeps site adapters free of browser APIs', async () => {
    expect(await violations('src/sites/x.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n")).toHaveLength(1);
  });

  it('keeps the background away from page code', async () => {
    expect(await violations('src/background/x.ts', "import { linkedin } from '../sites/linkedin/adapter';\nexport const l = linkedin;\n")).toHaveLength(1);
  });

  it('refuses HTML sinks', async () => {
    const [result] = await eslint.lintText('export function f(el: Element, s: string) { el.innerHTML = s; }\n', { filePath: 'src/content/x.ts' });
    expect(result?.messages.some((m) => m.ruleId === 'no-restricted-properties')).toBe(true);
  });
});
