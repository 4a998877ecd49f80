/**
 * One element with properties and children. Text goes in as text nodes, never through an HTML
 * parser: draft text and contact names are data, not markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> & { role?: string } = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const { role, ...rest } = props;
  const node = Object.assign(doc.createElement(tag), rest);
  if (role) node.setAttribute('role', role);
  node.append(...children);
  return node;
}
