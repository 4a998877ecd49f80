// Facebook "Download your information" (JSON) → the friends list. Shapes seen across export versions:
//   friends_and_followers/friends.json and connections/friends/your_friends.json: {"friends_v2": [{"name", "timestamp"}]}
//   older friends/friends.json:                                                  {"friends":    [{"name", "timestamp"}]}
//   a bare array of entries:                                                     [{"name", "timestamp"}]
// Newer Meta exports sometimes write an entry as {"timestamp", "label_values": [{"label": "Name", "value"}]}.
// Names carry Facebook's mojibake (UTF-8 bytes escaped one by one), fixed by fixMojibake. Entries hold
// no profile link or e-mail, so contacts here are names only. Friends are personal by default.
import { ContactCollector } from './collect';
import { checkSize, ImportError, wrongFormat } from './error';
import { isRecord, parseJson } from './json';
import { fixMojibake } from './mojibake';
import type { ImportResult, ParseOptions } from './types';

const FORMAT = 'facebook-friends' as const;
const LIST_KEYS = ['friends_v2', 'friends'] as const;

/** The friends array of a parsed file, or undefined when the shape is not one of Facebook's. */
export function facebookFriendList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data.length === 0 || data.some(isFriendEntry) ? data : undefined;
  if (!isRecord(data)) return undefined;
  for (const key of LIST_KEYS) {
    const list = data[key];
    if (Array.isArray(list)) return list;
  }
  return undefined;
}

function isFriendEntry(entry: unknown): boolean {
  return isRecord(entry) && (typeof entry.name === 'string' || Array.isArray(entry.label_values));
}

function entryName(entry: Record<string, unknown>): string {
  if (typeof entry.name === 'string') return entry.name;
  if (Array.isArray(entry.label_values)) {
    for (const lv of entry.label_values) {
      if (isRecord(lv) && typeof lv.label === 'string' && /^name$/i.test(lv.label) && typeof lv.value === 'string') return lv.value;
    }
  }
  return '';
}

export function parseFacebookFriends(text: string, options: ParseOptions = {}): ImportResult {
  checkSize(FORMAT, text);
  const tag = options.tag ?? 'personal';
  const data = parseJson(FORMAT, text);
  const list = facebookFriendList(data);
  if (!list) throw wrongFormat(FORMAT, `no "friends_v2" or "friends" list was found (in the export it is connections/friends/your_friends.json).`);
  if (list.length === 0) throw new ImportError(FORMAT, 'empty', 'This Facebook friends file lists no friends.');
  const out = new ContactCollector();
  list.forEach((entry, i) => {
    if (!isRecord(entry)) {
      out.add({ tag }, i + 1);
      return;
    }
    // Two friends may share a name; the same name with the same "friends since" time is one friend twice.
    const timestamp = typeof entry.timestamp === 'number' || typeof entry.timestamp === 'string' ? String(entry.timestamp) : '';
    const name = fixMojibake(entryName(entry));
    out.add({ name, tag }, i + 1, `${name.toLowerCase()}\u0000${timestamp}`);
  });
  options.onProgress?.(1);
  return out.result(FORMAT, 'entry', 'entry');
}
