// Mastodon → Preferences → Import and export → Data export → "Follows" (following_accounts.csv):
//   Account address,Show boosts,Notify on new posts,Languages      (4.x; 3.x has the first two columns)
//   ana@mastodon.social,true,false,
// Exports before 3.x were one address per line with no header. The file has no display names, so a
// contact is named by its address. People followed from a personal account: personal by default.
import type { ContactTag } from '../audience';
import { ContactCollector } from './collect';
import { readCsv } from './csv';
import { checkSize, ImportError, wrongFormat } from './error';
import { mastodonHandle } from './handles-social';
import { truncationWarning } from './table';
import type { ImportResult } from './types';

const FORMAT = 'mastodon-following' as const;

export function isMastodonHeader(cells: readonly string[]): boolean {
  return cells[0]?.trim().toLowerCase() === 'account address';
}

export function parseMastodonFollowing(text: string, options: { tag?: ContactTag } = {}): ImportResult {
  checkSize(FORMAT, text);
  const tag = options.tag ?? 'personal';
  const table = readCsv(text);
  if (table.rows.length === 0) throw new ImportError(FORMAT, 'empty', 'This following_accounts.csv is empty.');
  const hasHeader = isMastodonHeader(table.rows[0]!);
  const first = hasHeader ? 1 : 0;
  // Without a header, the first row must already be an address, or this is some other CSV.
  if (!hasHeader && !mastodonHandle(table.rows[0]![0] ?? '')) {
    throw wrongFormat(FORMAT, "the header 'Account address,Show boosts,Notify on new posts,Languages' was not found.");
  }
  const out = new ContactCollector();
  out.warnings.push(...truncationWarning(table, 'following_accounts.csv'));
  let unreadable = 0;
  for (let r = first; r < table.rows.length; r++) {
    const address = table.rows[r]![0] ?? '';
    const handle = mastodonHandle(address);
    if (!handle) {
      if (address.trim()) unreadable++;
      out.add({ tag }, table.lines[r]!);
      continue;
    }
    // Named by the bare address: a leading "@" would make the name itself look like a spreadsheet formula.
    out.add({ name: handle.slice('mastodon:'.length), handles: [handle], tag }, table.lines[r]!);
  }
  if (unreadable) out.warnings.push(`${unreadable} account address(es) were not of the form user@instance and were skipped.`);
  if (out.size === 0 && !table.truncated && unreadable === 0) throw new ImportError(FORMAT, 'empty', 'This following_accounts.csv lists no accounts.');
  return out.result(FORMAT, 'row', 'line');
}
