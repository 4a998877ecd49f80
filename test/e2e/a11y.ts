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
  backendDOMNodeId?: number;
}

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
  /** All text inside the node, as a screen reader would read it. */
  text: string;
  focused: boolean;
  disabled: boolean;
  backendDOMNodeId?: number;
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
      .map((n) => {
        const prop = (name: string) => n.properties?.find((p) => p.name === name)?.value.value === true;
        return { role: String(n.role?.value), name: String(n.name?.value ?? ''), description: String(n.description?.value ?? ''), text: textOf(n), focused: prop('focused'), disabled: prop('disabled'), backendDOMNodeId: n.backendDOMNodeId };
      });
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

/**
 * Presses an element of the accessibility tree with the real mouse, at its centre, as a person
 * does: closed shadow roots are out of reach of DOM locators, not of the pointer.
 */
export async function clickAccessible(context: BrowserContext, page: Page, role: string, name: (n: string) => boolean): Promise<void> {
  const node = (await accessibleNodes(context, page, [role])).find((n) => name(n.name));
  if (!node?.backendDOMNodeId) throw new Error(`no ${role} to click`);
  const cdp = await context.newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
