import type { BrowserContext, Page } from 'playwright-core';

// Hatcheck's in-page UI lives in a closed shadow root, which DOM locators cannot enter. Screen
// readers read the accessibility tree, so the tests do too (Chrome DevTools Protocol).

interface AXValue { value?: unknown }
interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  childIds?: string[];
  properties?: Array<{ name: string; value: AXValue }>;
}

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
  /** All text inside the node, as a screen reader would read it. */
  text: string;
}

export async function accessibleNodes(context: BrowserContext, page: Page, roles: readonly string[]): Promise<AccessibleNode[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (node: AXNode): string => {
      if (node.role?.value === 'StaticText') return String(node.name?.value ?? '');
      return (node.childIds ?? []).map((id) => byId.get(id)).filter((n): n is AXNode => !!n).map(textOf).filter(Boolean).join(' ');
    };
    return nodes
      .filter((n) => !n.ignored && roles.includes(String(n.role?.value)))
      .map((n) => ({ role: String(n.role?.value), name: String(n.name?.value ?? ''), description: String(n.description?.value ?? ''), text: textOf(n) }));
  } finally {
    await cdp.detach();
  }
}

/** Polls the accessibility tree until `predicate` holds or the time runs out; returns the last read. */
export async function waitForAccessible(
  context: BrowserContext,
  page: Page,
  roles: readonly string[],
  predicate: (nodes: AccessibleNode[]) => boolean,
  timeoutMs = 5_000,
): Promise<AccessibleNode[]> {
  const deadline = Date.now() + timeoutMs;
  let nodes = await accessibleNodes(context, page, roles);
  while (!predicate(nodes) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    nodes = await accessibleNodes(context, page, roles);
  }
  return nodes;
}
