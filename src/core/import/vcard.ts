// vCard files (.vcf) from phones, Apple Contacts, Google and Outlook: 3.0 (RFC 2426) and 4.0 (RFC 6350),
// plus the 2.1 habits still found in phone exports (bare TYPE params, QUOTED-PRINTABLE values with "="
// soft line breaks, CHARSET). Many cards per file. Lines are unfolded (CRLF + space or tab continues a
// line), `item1.` groups are ignored, values unescaped (\n \, \; \\). Untagged by default: an address
// book mixes work and personal people (a CATEGORIES value like "Work" or "Family" sets the tag).
import { ContactCollector } from './collect';
import { stripBom } from './csv';
import { parseEmails } from './emails';
import { checkSize, ImportError, wrongFormat } from './error';
import { anyHandle } from './handles-social';
import { combineImportedTags, tagFromText } from './tags';
import { joinName } from './text';
import type { ImportResult, ParseOptions } from './types';
import { decodeSingleByte, decodeUtf8Strict } from './utf8';

const FORMAT = 'vcard' as const;

/** A property's name and parameters are short; a longer "head" is a broken line and is skipped. */
const MAX_HEAD = 1000;

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Physical lines to logical ones, with the line number each starts on. */
function unfold(text: string): Array<{ text: string; line: number }> {
  const physical = stripBom(text).split(/\r\n|\r|\n/);
  // Pieces are collected and joined once: appending to (or trimming) a growing string line by line
  // would be quadratic on a value folded over many lines.
  const logical: Array<{ parts: string[]; line: number }> = [];
  let quotedPrintable = false; // the current logical line's value is quoted-printable
  let qpOpen = false; // …and its last physical line ended in a soft line break
  physical.forEach((raw, i) => {
    const last = logical[logical.length - 1];
    let piece: string;
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      piece = raw.slice(1);
    } else if (last && qpOpen) {
      piece = raw; // 2.1 quoted-printable soft line break ("=" at the end of the previous line)
    } else {
      piece = raw;
      logical.push({ parts: [], line: i + 1 });
      // Only the name and parameters (before the first ':') are tested, so long values cost nothing.
      const colon = raw.indexOf(':');
      quotedPrintable = colon > 0 && colon < MAX_HEAD && /;(?:ENCODING=)?QUOTED-PRINTABLE(?:;|$)/i.test(raw.slice(0, colon));
    }
    qpOpen = quotedPrintable && piece.endsWith('=');
    logical[logical.length - 1]!.parts.push(qpOpen ? piece.slice(0, -1) : piece);
  });
  return logical.map((l) => ({ text: l.parts.join(''), line: l.line }));
}

/** `item1.EMAIL;TYPE=INTERNET,WORK;PREF=1:jane@example.com` → its name, params and raw value. */
function parseLine(line: string): Property | null {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length && i <= MAX_HEAD; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon <= 0 || colon > MAX_HEAD) return null;
  const head = line.slice(0, colon);
  const parts = head.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
  const name = (parts.shift() ?? '').replace(/^[^.]*\./, '').trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    // 2.1 writes bare values: "EMAIL;INTERNET;WORK:" and "FN;QUOTED-PRINTABLE:".
    const key = eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/i.test(part) ? 'ENCODING' : 'TYPE') : part.slice(0, eq).trim().toUpperCase();
    const raw = eq < 0 ? part : part.slice(eq + 1);
    const values = raw.split(',').map((v) => v.trim().replace(/^"|"$/g, '').toLowerCase()).filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: line.slice(colon + 1) };
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3d && /^[0-9a-f]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x100) {
      bytes.push(c);
    } else {
      return value; // not quoted-printable after all: it holds real Unicode text
    }
  }
  return (/^(utf-?8|)$/i.test(charset) ? decodeUtf8Strict(bytes) : null) ?? decodeSingleByte(bytes, 0);
}

/** A structured value split on unescaped ";", each part unescaped. */
function components(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map(unescape);
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function textValue(p: Property): string {
  const encoding = p.params.get('ENCODING')?.[0] ?? '';
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(p.value, p.params.get('CHARSET')?.[0] ?? '');
  return p.value;
}

interface Card {
  line: number;
  props: Property[];
}

export function parseVcard(text: string, options: ParseOptions = {}): ImportResult {
  checkSize(FORMAT, text);
  const baseTag = options.tag ?? 'untagged';
  const cards: Card[] = [];
  let current: Card | null = null;
  let depth = 0;
  let unsupportedVersions = 0;
  let groups = 0;
  for (const { text: line, line: at } of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      // A card nested in AGENT (2.1/3.0) belongs to its parent; its properties are not the parent's.
      if (current) depth++;
      else current = { line: at, props: [] };
      continue;
    }
    if (upper === 'END:VCARD') {
      if (depth > 0) depth--;
      else if (current) {
        cards.push(current);
        current = null;
      }
      continue;
    }
    if (!current || depth > 0) continue;
    const prop = parseLine(line);
    if (prop) current.props.push(prop);
  }
  if (cards.length === 0 && !current) throw wrongFormat(FORMAT, "no 'BEGIN:VCARD' … 'END:VCARD' card was found.");

  const out = new ContactCollector();
  if (current) out.warnings.push(`The vCard file ends inside a card (line ${current.line}), so it may have been cut short; that card was left out.`);
  for (const card of cards) {
    let fn = '';
    let n = '';
    let nickname = '';
    let employer = '';
    let title = '';
    let tag = baseTag;
    let group = false;
    const emails: string[] = [];
    const handles: string[] = [];
    for (const p of card.props) {
      const value = textValue(p);
      switch (p.name) {
        case 'KIND':
        case 'X-ADDRESSBOOKSERVER-KIND':
          group = value.trim().toLowerCase() === 'group';
          break;
        case 'VERSION':
          if (!/^(2\.1|3\.0|4\.0)$/.test(value.trim())) unsupportedVersions++;
          break;
        case 'FN': fn ||= unescape(value); break;
        case 'N': {
          const [family, given, additional] = components(value);
          n ||= joinName(given, additional, family);
          break;
        }
        case 'NICKNAME': nickname ||= components(value)[0]?.split(',')[0] ?? ''; break;
        case 'ORG': employer ||= components(value)[0] ?? ''; break;
        case 'TITLE': title ||= unescape(value); break;
        case 'EMAIL': {
          const parsed = parseEmails(unescape(value));
          emails.push(...parsed.emails);
          out.countInvalidEmails(parsed.invalid);
          break;
        }
        case 'URL':
        case 'SOCIALPROFILE':
        case 'X-SOCIALPROFILE': {
          const h = anyHandle(unescape(value));
          if (h.startsWith('email:')) emails.push(h.slice(6));
          else if (h) handles.push(h);
          break;
        }
        case 'CATEGORIES':
          if (!options.tag) for (const c of unescape(value).split(',')) tag = combineImportedTags(tag, tagFromText(c) ?? 'untagged');
          break;
      }
    }
    if (group) {
      groups++;
      continue;
    }
    out.add({ name: fn || n || nickname || employer, emails, handles, employer, title, tag }, card.line);
  }
  if (groups) out.warnings.push(`${groups} group card(s) (KIND:group) were left out: a group is not a person.`);
  if (unsupportedVersions) out.warnings.push(`${unsupportedVersions} card(s) declare a vCard version other than 2.1, 3.0 or 4.0; they were read as 3.0.`);
  if (out.size === 0 && cards.length === 0) throw new ImportError(FORMAT, 'damaged', 'This vCard file holds no complete card; it may have been cut short.');
  options.onProgress?.(1);
  return out.result(FORMAT, 'card', 'line');
}
