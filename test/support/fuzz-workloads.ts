// Fuzz workloads for test/unit/fuzz.property.test.ts (issue 9 item 6). Each runs in a worker thread
// under a hang guard (hang-guard.ts): a catastrophic regular expression or a parser that loops
// would stop the test with "did not finish", where inside vitest's own thread it would hang the run.
// They throw (fast-check's report: the counterexample and the seed) when a property breaks.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { classify } from '../../src/core/detect/classify';
import { parseImport } from '../../src/core/import/detect';
import { ImportError } from '../../src/core/import/error';
import { parseFacebookFriends } from '../../src/core/import/facebook';
import { parseGoogleContacts } from '../../src/core/import/google';
import { parseLinkedInConnections } from '../../src/core/import/linkedin';
import { parseMastodonFollowing } from '../../src/core/import/mastodon';
import type { ImportResult } from '../../src/core/import/types';
import { parseVcard } from '../../src/core/import/vcard';
import { parseXArchive } from '../../src/core/import/x-archive';
import { ContentRequests, PageRequests, parseRequest } from '../../src/shared/messaging/protocol';
import { createListener, type ContentHandlers, type PageHandlers } from '../../src/shared/messaging/server';

export interface FuzzOptions {
  seed: number;
  runs: number;
}

const fixtureHead = (path: string, lines: number) =>
  readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8').split('\n').slice(0, lines).join('\n') + '\n';

/**
 * Text built to be slow for a naive parser or regular expression: one short piece repeated
 * thousands of times (quotes, separators, nesting, half a vCard), after a real file's opening so
 * the format's own parser is the one reached, and before a random tail.
 */
function adversarial(pieces: readonly string[], heads: readonly string[], maxRepeat: number) {
  const piece = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  return fc
    .tuple(fc.constantFrom(...heads), piece, fc.integer({ min: 1, max: maxRepeat }), fc.string({ unit: 'binary', maxLength: 20 }))
    .map(([head, p, n, tail]) => head + p.repeat(n) + tail);
}

const IMPORT_PIECES = ['"', '""', ',', ';', '\t', '\n', '\r\n', '\r', ' ', 'a', 'é', '\\', '\\"', '{', '}', '[', ']', ':', '=', '@', '.', '\u0000', '\uFEFF',
  'BEGIN:VCARD\n', 'END:VCARD\n', 'FN:', 'EMAIL;TYPE=work:', ' folded', '=\n', 'https://www.linkedin.com/in/', 'mailto:', ' ::: ', '{"name":"', '"follower":{'];

export function fuzzImporters({ seed, runs }: FuzzOptions): number {
  const parsers: Array<[string, (text: string) => ImportResult, string]> = [
    ['LinkedIn', parseLinkedInConnections, fixtureHead('linkedin/Connections.csv', 4)],
    ['Google', parseGoogleContacts, fixtureHead('google/contacts.csv', 1)],
    ['vCard', parseVcard, 'BEGIN:VCARD\nVERSION:3.0\n'],
    ['Facebook', parseFacebookFriends, '{\n  "friends_v2": [\n'],
    ['Mastodon', parseMastodonFollowing, fixtureHead('mastodon/following_accounts.csv', 1)],
    ['X', parseXArchive, 'window.YTD.follower.part0 = [\n'],
    ['parseImport', (t) => parseImport('upload.csv', t, { mapping: { name: 0, email: 1 }, hasHeader: true }), ''],
  ];
  let checked = 0;
  for (const [name, parse, head] of parsers) {
    fc.assert(
      fc.property(adversarial(IMPORT_PIECES, [head, ''], 20_000), (text) => {
        try {
          const result = parse(text);
          if (!Array.isArray(result.contacts) || !Array.isArray(result.warnings)) throw new Error(`${name}: a result without contacts or warnings`);
        } catch (error) {
          if (!(error instanceof ImportError)) throw new Error(`${name} threw ${String(error)} on ${JSON.stringify(text.slice(0, 120))}… (${text.length} chars)`);
        }
        checked++;
      }),
      { seed, numRuns: runs },
    );
  }
  return checked;
}

const DETECTION_PIECES = ['so drunk ', 'drunk', 'a', ' ', '  ', '!', '?', '.', "'", '"', '“', '”', 'not ', "don't ", 'f*', '*', '#', '@', 'sick', 'called in ',
  '1', '0', '-', '(', ')', '+', '555', ' St', 'Street ', 'apt ', '\u200b', '\u00ad', 'é', 'İ', '🍺', '\ud83c', '\n', 'http://', 'www.', 'x'.repeat(30), 'ha', 'lol'];

export function fuzzDetection({ seed, runs }: FuzzOptions): number {
  let checked = 0;
  const terms = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a', '.*', '(a+)+', 'drunk drunk', ' ', '\\')), { maxLength: 3 });
  fc.assert(
    fc.property(adversarial(DETECTION_PIECES, ['', 'Called in sick, ', 'My address is '], 6_000), terms, terms, (text, customTerms, neverTerms) => {
      const findings = classify(text, { customTerms, neverTerms });
      for (const f of findings) {
        if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) throw new Error(`a finding outside the text: ${JSON.stringify(f)}`);
      }
      checked++;
    }),
    { seed, numRuns: runs },
  );
  return checked;
}

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const TYPES = [...Object.keys(ContentRequests), ...Object.keys(PageRequests)];
const ALL_SCHEMAS: Record<string, v.GenericSchema> = { ...ContentRequests, ...PageRequests };

/** Payloads near the valid ones: right fields with wrong, huge or hostile values. */
const nearPayload = fc.oneof(
  fc.anything(),
  fc.record({
    site: fc.oneof(fc.constantFrom('linkedin', 'web:forum.example', '__proto__'), fc.string()),
    composerId: fc.string({ maxLength: 100 }),
    text: fc.oneof(fc.string(), fc.integer({ min: 0, max: 1_100_000 }).map((n) => 'x'.repeat(n))),
    mentions: fc.array(fc.record({ name: fc.string(), handle: fc.string() }), { maxLength: 210 }),
    visibility: fc.string({ maxLength: 600 }),
    profile: fc.record({ name: fc.string(), handle: fc.string(), kind: fc.constantFrom('personal', 'work', 'brand', 'unknown', 'admin') }),
    phrase: fc.string({ maxLength: 210 }),
    minutes: fc.oneof(fc.integer(), fc.double()),
    tabId: fc.oneof(fc.integer(), fc.double(), fc.string()),
    decision: fc.constantFrom('posted-anyway', 'edited', 'dismissed', 'x'),
    level: fc.constantFrom('none', 'notice', 'warn', 'confirm', 'severe'),
    categories: fc.array(fc.constantFrom('alcohol', 'drugs', 'gossip'), { maxLength: 25 }),
    problem: fc.constantFrom('unrecognised-editor', 'read-failed', 'other'),
  }, { requiredKeys: [] }),
);
const message = fc.oneof(
  fc.anything(),
  fc.record({ hatcheck: fc.constantFrom(1, 2, '1'), type: fc.oneof(fc.constantFrom(...TYPES, '__proto__', 'constructor', 'contacts:list'), fc.string()), payload: nearPayload }, { requiredKeys: [] }),
);
const sender = fc.record({
  id: fc.constantFrom(ID, 'zyxwvutsrqponmlkzyxwvutsrqponmlk', undefined),
  url: fc.oneof(fc.constantFrom(`${ORIGIN}src/popup/index.html`, 'https://www.linkedin.com/feed/', 'http://www.linkedin.com/', 'https://evil.example/', 'chrome-extension://other/x.html', 'about:blank'), fc.webUrl(), fc.string()),
  tab: fc.option(fc.record({ id: fc.integer({ min: -1, max: 100 }) }), { nil: undefined }),
  frameId: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
}, { requiredKeys: [] });

export async function fuzzMessages({ seed, runs }: FuzzOptions): Promise<number> {
  let checked = 0;
  // parseRequest: never throws; what it accepts is a type of that surface with a payload its schema accepts.
  fc.assert(
    fc.property(message, fc.constantFrom('content' as const, 'page' as const), (m, context) => {
      const parsed = parseRequest(m, context);
      if (parsed) {
        const table: Record<string, v.GenericSchema> = context === 'content' ? ContentRequests : PageRequests;
        if (!Object.hasOwn(table, parsed.type)) throw new Error(`${context} accepted ${parsed.type}`);
        if (!v.is(table[parsed.type]!, parsed.payload)) throw new Error(`${parsed.type} let through a payload its schema refuses`);
      }
      checked++;
    }),
    { seed, numRuns: runs },
  );

  // The listener: never throws where the browser calls it, answers or refuses, and a handler sees only
  // a payload its schema accepts, from a sender the browser attributed to our extension.
  const calls: Array<{ type: string; payload: unknown; context: string }> = [];
  const handler = (type: string, context: string) => async (payload: unknown) => {
    calls.push({ type, payload, context });
    return null;
  };
  const content = Object.fromEntries(Object.keys(ContentRequests).map((t) => [t, handler(t, 'content')])) as unknown as ContentHandlers;
  const page = Object.fromEntries(Object.keys(PageRequests).map((t) => [t, handler(t, 'page')])) as unknown as PageHandlers;
  const listener = createListener(content, page, { id: ID, origin: ORIGIN }, async () => undefined);
  await fc.assert(
    fc.asyncProperty(message, sender, async (m, s) => {
      calls.length = 0;
      const answer = listener(m, s as never);
      if (answer !== undefined) await answer.catch(() => undefined);
      for (const call of calls) {
        if (s.id !== ID) throw new Error(`a handler ran for a stranger's ${call.type}`);
        if (!v.is(ALL_SCHEMAS[call.type]!, call.payload)) throw new Error(`${call.type} ran with a payload its schema refuses`);
        const surface: Record<string, unknown> = call.context === 'content' ? ContentRequests : PageRequests;
        if (!Object.hasOwn(surface, call.type)) throw new Error(`${call.type} ran on the ${call.context} surface`);
      }
      checked++;
    }),
    { seed, numRuns: runs },
  );
  return checked;
}
