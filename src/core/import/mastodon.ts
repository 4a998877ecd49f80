// Mastodon → Preferences → Import and export → Data export → "Follows" (following_accounts.csv):
//   Account address,Show boosts,Notify on new posts,Languages      (4.x; 3.x has the first two columns)
//   ana@mastodon.social,true,false,
// Exports before 3.x were one address per line with no header. The file has no display names, so a
// contact is named by its address. People followed from a personal account: personal by default.
import { ContactCollector } from './collect';
import { checkSize, ImportError, wrongFormat } from './error';
import { mastodonHandle } from './handles-social';
import { scanTable, truncationWarning } from './table';
import type { ImportResult, ParseOptions } from './types';

const FORMAT = 'mastodon-following' as const;

export function isMastodonHeader(cells: readonly string[]): boolean {
  return cells[0]?.trim().toLowerCase() === 'account address';
}

export function parseMastodonFollowing(text: string, options: ParseOptions = {}): ImportResult {
  checkSize(FORMAT, text);
  const tag = options.tag ?? 'personal';
  const out = new ContactCollector();
  let unreadable = 0;
  const addRow = (cells: string[], line: number) => {
    const address = cells[0] ?? '';
    const handle = mastodonHandle(address);
    if (!handle) {
      if (address.trim()) unreadable++;
      out.add({ tag }, line);
      return;
    }
    // Named by the bare address: a leading "@" would make the name itself look like a spreadsheet formula.
    out.add({ name: handle.slice('mastodon:'.length), handles: [handle], tag }, line);
  };
  const scan = scanTable(text, {
    within: 1,
    // The first row is the header, or (exports before 3.x) already an address; anything else is another CSV.
    isHeader: (_, cells, line) => {
      if (isMastodonHeader(cells)) return true;
      if (!mastodonHandle(cells[0] ?? '')) return false;
      addRow(cells, line);
      return true;
    },
    onProgress: options.onProgress,
    onRow: addRow,
  });
  if (!scan.header) throw wrongFormat(FORMAT, "the header 'Account address,Show boosts,Notify on new posts,Languages' was not found.");
  out.warnings.push(...truncationWarning(scan.truncated, 'following_accounts.csv'));
  if (unreadable) out.warnings.push(`${unreadable} account address(es) were not of the form user@instance and were skipped.`);
  if (out.size === 0 && !scan.truncated && unreadable === 0) throw new ImportError(FORMAT, 'empty', 'This following_accounts.csv lists no accounts.');
  return out.result(FORMAT, 'row', 'line');
}
