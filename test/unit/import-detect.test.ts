import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseImport } from '../../src/core/import/detect';
import { checkSize, ImportError, MAX_IMPORT_CHARS } from '../../src/core/import/error';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/imports/${path}`, import.meta.url), 'utf8');

const SAMPLES = [
  'linkedin/Connections.csv', 'linkedin/Connections-2019.csv', 'facebook/your_friends.json', 'facebook/friends-2019.json',
  'google/contacts.csv', 'google/contacts-legacy.csv', 'vcard/contacts-v3.vcf', 'vcard/contacts-v21.vcf',
  'mastodon/following_accounts.csv', 'x/follower.js.txt', 'generic/crm-export.csv',
];

describe('detectFormat', () => {
  it.each([
    ['linkedin/Connections.csv', 'linkedin-connections'],
    ['linkedin/Connections-2019.csv', 'linkedin-connections'],
    ['facebook/your_friends.json', 'facebook-friends'],
    ['facebook/friends_and_followers-friends.json', 'facebook-friends'],
    ['facebook/friends-2019.json', 'facebook-friends'],
    ['facebook/your_friends-array.json', 'facebook-friends'],
    ['facebook/your_friends-labels.json', 'facebook-friends'],
    ['google/contacts.csv', 'google-contacts'],
    ['google/contacts-legacy.csv', 'google-contacts'],
    ['google/contacts-outlook.csv', 'google-contacts'],
    ['vcard/contacts-v3.vcf', 'vcard'],
    ['vcard/contacts-v4.vcf', 'vcard'],
    ['vcard/contacts-v21.vcf', 'vcard'],
    ['mastodon/following_accounts.csv', 'mastodon-following'],
    ['mastodon/following_accounts-v3.csv', 'mastodon-following'],
    ['mastodon/following_accounts-legacy.csv', 'mastodon-following'],
    ['x/follower.js.txt', 'x-followers'],
    ['x/following.js.txt', 'x-following'],
    ['generic/crm-export.csv', 'generic-csv'],
  ])('%s → %s, by content even when the file is renamed', (path, format) => {
    const text = fixture(path);
    expect(detectFormat(path, text)).toBe(format);
    // Mastodon's headerless export is a bare list of user@host: without its name it is just a CSV.
    const renamed = path === 'mastodon/following_accounts-legacy.csv' ? 'generic-csv' : format;
    expect(detectFormat(`download (3)${path.endsWith('.csv') ? '.csv' : '.txt'}`, text)).toBe(renamed);
  });

  it('detects every sample the same with a BOM, with CRLF and with LF line ends', () => {
    for (const path of SAMPLES) {
      const text = fixture(path);
      const format = detectFormat(path, text);
      const lf = text.replace(/\r\n/g, '\n');
      for (const variant of [`\uFEFF${text}`, lf, lf.replace(/\n/g, '\r\n'), `\uFEFF${lf.replace(/\n/g, '\r\n')}`]) {
        expect(detectFormat(path, variant), path).toBe(format);
        expect(parseImport(path, variant, { mapping: { name: 0 } }).contacts.length, path).toBe(parseImport(path, text, { mapping: { name: 0 } }).contacts.length);
      }
    }
  });

  it('recognises LinkedIn and Google files re-saved with semicolons or tabs', () => {
    expect(detectFormat('c.csv', 'First Name;Last Name;URL;Email Address;Company;Position;Connected On\nA;B;;;;;1 Jan 2024\n')).toBe('linkedin-connections');
    expect(detectFormat('c.csv', 'First Name\tLast Name\tE-mail 1 - Value\nA\tB\ta@b.example\n')).toBe('google-contacts');
    expect(parseImport('c.csv', 'First Name\tLast Name\tE-mail 1 - Value\nA\tB\ta@b.example\n').contacts).toEqual([{ name: 'A B', handles: [], emails: ['a@b.example'], tag: 'untagged' }]);
  });

  it('recognises nothing in empty, unrelated or other-archive files', () => {
    expect(detectFormat('x.csv', '')).toBeNull();
    expect(detectFormat('tweets.js', 'window.YTD.tweets.part0 = []')).toBeNull();
    expect(detectFormat('data.json', '{"messages": []}')).toBeNull();
    expect(detectFormat('notes.md', '# hello')).toBeNull();
  });

  it('sends a cut-short LinkedIn file (notes, no header) to the LinkedIn parser, which explains', () => {
    const text = fixture('linkedin/Connections.csv').slice(0, 200);
    expect(detectFormat('Connections.csv', text)).toBe('linkedin-connections');
    expect(() => parseImport('Connections.csv', text)).toThrow(/LinkedIn Connections\.csv: the header 'First Name,Last Name,URL/);
  });
});

describe('parseImport', () => {
  it('detects and parses', () => {
    const result = parseImport('Connections.csv', fixture('linkedin/Connections.csv'));
    expect(result.format).toBe('linkedin-connections');
    expect(result.contacts.length).toBe(9);
  });

  it('honours a chosen format and tag', () => {
    const result = parseImport('whatever.csv', fixture('mastodon/following_accounts-v3.csv'), { format: 'mastodon-following', tag: 'work' });
    expect(result.contacts.map((c) => c.tag)).toEqual(['work', 'work']);
  });

  it('asks for a mapping for an unknown CSV, then uses it', () => {
    const text = fixture('generic/crm-export.csv');
    expect(() => parseImport('crm.csv', text)).toThrow(/choose which columns hold the name, e-mail and handle/);
    expect(parseImport('crm.csv', text, { mapping: { name: 'Kontakt', email: 'E-Mail' } }).contacts).toHaveLength(4);
  });

  it('lists what it can import when it recognises nothing', () => {
    let error: unknown;
    try {
      parseImport('photo.jpg', '\u00ff\u00d8\u00ff\u00e0 JFIF');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).format).toBeNull();
    expect((error as ImportError).message).toMatch(/^Hatcheck does not recognise this file\. It imports a LinkedIn Connections\.csv, .* or a CSV with columns you choose\.$/);
  });

  it('refuses text beyond the size cap before reading it', () => {
    expect(MAX_IMPORT_CHARS).toBe(200 * 1024 * 1024);
    const fiveMb = 'x'.repeat(5 * 1024 * 1024 + 1);
    expect(() => checkSize('vcard', fiveMb, 4 * 1024 * 1024)).toThrow('This file is 5 MB of text; Hatcheck imports contact files up to 4 MB.');
    expect(() => parseImport('x.csv', 42 as unknown as string)).toThrow(ImportError);
  });
});
