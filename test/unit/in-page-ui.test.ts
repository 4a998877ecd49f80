import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/core/types';
import { placeNear } from '../../src/content/ui/placement';
import { submits } from '../../src/content/submit-guard';

// The pure parts of the in-page UI: where the badge and card go, which key press submits, and the
// sentences built from the i18n catalogue (read the way the browser reads it: $1…$9 substituted).

const catalogue = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    },
  },
}));

const { audienceLine, badgeLabel, badgeText, alertTitle, dialogTitle } = await import('../../src/content/ui/warning-text');

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });
const viewport = { width: 1280, height: 800 };

describe('placement', () => {
  const editor = rect(100, 100, 500, 200);
  const badge = { width: 120, height: 24 };

  it('puts the badge in the editor\'s bottom-right corner when nothing is there', () => {
    expect(placeNear.badge(editor, badge, [], viewport)).toEqual({ left: 600 - 120 - 6, top: 300 - 24 - 6 });
  });

  it('moves the badge off the site\'s Post button', () => {
    const post = rect(520, 260, 70, 32);
    const at = placeNear.badge(editor, badge, [post], viewport);
    const placed = rect(at.left, at.top, badge.width, badge.height);
    expect(placed.right <= post.left || placed.left >= post.right || placed.bottom <= post.top || placed.top >= post.bottom).toBe(true);
    expect(at).toEqual({ left: 474, top: 106 }); // the top-right corner, the next choice
  });

  it('puts the badge above a one-line box, off its text', () => {
    expect(placeNear.badge(rect(100, 300, 500, 36), badge, [], viewport)).toEqual({ left: 600 - 120, top: 300 - 24 - 6 });
  });

  it('keeps the badge inside the viewport', () => {
    const at = placeNear.badge(rect(1200, 780, 300, 100), badge, [], viewport);
    expect(at.left + badge.width).toBeLessThanOrEqual(viewport.width);
    expect(at.top + badge.height).toBeLessThanOrEqual(viewport.height);
  });

  it('puts the card below the compose box, or above it when there is no room below', () => {
    const card = { width: 360, height: 200 };
    expect(placeNear.card(rect(100, 100, 500, 300), card, viewport).top).toBe(406);
    expect(placeNear.card(rect(100, 500, 500, 250), card, viewport).top).toBe(500 - 200 - 6);
  });

  it('puts the card beside a box with no room above or below it (its Post button is at its foot), else at the viewport\'s foot', () => {
    const card = { width: 360, height: 330 };
    expect(placeNear.card(rect(390, 235, 500, 390), card, viewport)).toEqual({ left: 896, top: 235 });
    expect(placeNear.card(rect(700, 235, 500, 390), card, viewport)).toEqual({ left: 700 - 6 - 360, top: 235 });
    expect(placeNear.card(rect(300, 300, 700, 450), card, viewport)).toEqual({ left: 1000 - 360, top: 800 - 330 - 6 });
  });
});

describe('submit keys', () => {
  const key = (k: Partial<KeyboardEvent>) => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...k });
  it('Enter sends in a chat box; Shift+Enter is a new line', () => {
    expect(submits('enter', key({}))).toBe(true);
    expect(submits('enter', key({ shiftKey: true }))).toBe(false);
    expect(submits('enter', key({ key: 'a' }))).toBe(false);
  });
  it('post boxes submit on Ctrl/Cmd+Enter only', () => {
    expect(submits('mod+enter', key({}))).toBe(false);
    expect(submits('mod+enter', key({ ctrlKey: true }))).toBe(true);
    expect(submits('mod+enter', key({ metaKey: true }))).toBe(true);
    expect(submits('none', key({ ctrlKey: true }))).toBe(false);
  });
});

describe('warning text', () => {
  const verdict: Verdict = {
    level: 'confirm',
    findings: [
      { category: 'absence', severity: 'high', start: 0, end: 14, text: 'Called in sick', why: 'says you skipped work' },
      { category: 'alcohol', severity: 'medium', start: 30, end: 38, text: 'hungover', why: 'heavy drinking' },
    ],
    audience: {
      kind: 'professional', description: 'Anyone on or off LinkedIn, including 14 work contacts', visibility: 'Anyone', workMentions: [], personalMentions: [],
      visibilityKind: 'public', counts: { work: 14, personal: 2, untagged: 0 } as never, named: [{ name: 'Dana Lee', role: 'manager', mentioned: false }, { name: 'Sam Ito', mentioned: false }], reason: '',
    },
    identity: { name: 'Jane Doe', kind: 'personal' },
    headline: '',
    reasons: [],
  };

  it('names the level, the categories and who can see the post (the contract)', () => {
    expect(alertTitle(verdict)).toBe('Hatcheck: check before posting: absence from work, alcohol');
    expect(badgeLabel(verdict)).toBe('Hatcheck check before posting: absence from work, alcohol. Who can see it: Anyone on or off LinkedIn, including 14 work contacts.');
    expect(audienceLine(verdict)).toBe('Who can see it: Anyone on or off LinkedIn, including 14 work contacts. Among them: Dana Lee (manager), Sam Ito. Posting as Jane Doe.');
  });

  it('shows who the user posts as on the badge', () => {
    expect(badgeText(verdict)).toBe('Jane Doe · 2 topics');
    expect(badgeText({ ...verdict, level: 'none', findings: [] })).toBe('Jane Doe ✓');
    expect(badgeText(undefined)).toBe('Hatcheck');
  });

  it('says Send for messages and Post for the rest', () => {
    expect(dialogTitle(verdict, 'message')).toBe('Check before sending: absence from work, alcohol');
    expect(dialogTitle(verdict, 'post')).toBe('Check before posting: absence from work, alcohol');
  });

  it('calls a brand account a brand', () => {
    expect(audienceLine({ ...verdict, identity: { name: 'Acme', kind: 'brand' } })).toContain('You are posting as Acme, a brand account.');
  });
});

describe('the i18n catalogue', () => {
  it('has only keys the browser accepts, each with a message', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  });

  it('names every category id of the contract', async () => {
    const { CATEGORIES } = await import('../../src/core/types');
    for (const category of CATEGORIES) expect(catalogue[`category_${category.replace('-', '_')}`]).toBeDefined();
  });
});
