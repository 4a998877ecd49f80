// X (Twitter) "Download an archive of your data" → data/follower.js and data/following.js. Each is a
// script, not JSON:
//   window.YTD.follower.part0 = [ { "follower" : { "accountId" : "123", "userLink" : "https://twitter.com/intent/user?user_id=123" } } ]
// Large archives split into follower-part1.js (…part1). Entries carry only the numeric account id, so
// a contact is `x:id:<id>` with no name; the page adapter must resolve @names to ids to match them.
// Followers and followed accounts of a personal account: personal by default.
import { ContactCollector } from './collect';
import { stripBom } from './csv';
import { checkSize, ImportError, wrongFormat } from './error';
import { xHandleFromUrl, xIdHandle } from './handles-social';
import { isRecord, parseJson } from './json';
import type { ImportResult, ParseOptions } from './types';

type XFormat = 'x-followers' | 'x-following';
const PREFIX = /^\s*window\.YTD\.([A-Za-z_]+)\.part\d+\s*=\s*/;
const KIND: Record<string, XFormat> = { follower: 'x-followers', following: 'x-following' };

/** Which of the two files this is, from its `window.YTD.<kind>` prefix; null for anything else. */
export function xArchiveKind(text: string): XFormat | null {
  const m = PREFIX.exec(stripBom(text).slice(0, 200));
  return m && Object.hasOwn(KIND, m[1]!) ? KIND[m[1]!]! : null;
}

export function parseXArchive(text: string, options: ParseOptions & { expect?: XFormat } = {}): ImportResult {
  const expected = options.expect ?? 'x-followers';
  checkSize(expected, text);
  const body = stripBom(text);
  const m = PREFIX.exec(body);
  let format: XFormat;
  let json: string;
  if (m) {
    if (!Object.hasOwn(KIND, m[1]!)) throw wrongFormat(expected, `it is the archive's "${m[1]}" file; choose data/follower.js or data/following.js.`);
    format = KIND[m[1]!]!;
    const rest = body.slice(m[0].length).trimEnd();
    json = rest.endsWith(';') ? rest.slice(0, -1) : rest;
  } else if (/^\s*\[/.test(body)) {
    format = expected; // the array without its script prefix, as some tools save it
    json = body;
  } else {
    throw wrongFormat(expected, "it does not start with 'window.YTD.follower.part0 = [' (or 'window.YTD.following.part0 = [').");
  }
  const data = parseJson(format, json);
  if (!Array.isArray(data)) throw wrongFormat(format, 'the list of accounts after "window.YTD…=" is missing.');
  if (data.length === 0) throw new ImportError(format, 'empty', `This ${format === 'x-followers' ? 'follower.js' : 'following.js'} lists no accounts.`);
  const tag = options.tag ?? 'personal';
  const out = new ContactCollector();
  data.forEach((entry, i) => {
    const account = isRecord(entry) ? entry.follower ?? entry.following : undefined;
    if (!isRecord(account)) {
      out.add({ tag }, i + 1);
      return;
    }
    const id = typeof account.accountId === 'string' || typeof account.accountId === 'number' ? String(account.accountId) : '';
    const handle = xIdHandle(id) || (typeof account.userLink === 'string' ? xHandleFromUrl(account.userLink) : '');
    out.add({ handles: handle ? [handle] : [], tag }, i + 1);
  });
  options.onProgress?.(1);
  return out.result(format, 'entry', 'entry');
}
