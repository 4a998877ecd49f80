import { normalizeHandle } from '../../core/handles';
import type { ActiveProfile, Mention } from '../../core/types';
import { readEditorText } from '../editors/read-editor';
import type { SiteAdapter } from '../types';
import * as S from './selectors';
import { isGmail } from './urls';

// Gmail reads only the DOM. Gmail's page global `GLOBALS` holds the account e-mail next to session
// tokens (sites.md §19), and the compose form carries hidden inputs such as the XSRF token: nothing
// here reads a page global, and the only form field read is `input[name="from"]` (identity only).

/** An address inside a text: "Name <a@b.c>", "a@b.c", "(a@b.c)". */
const ADDRESS = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[^\s<>()"',;:@]+/g;

function addresses(text: string): string[] {
  return text.match(ADDRESS) ?? [];
}

/** The compose this editor belongs to, trying the most specific root first. */
function composeRoot(editor: HTMLElement): Element | null {
  for (const selector of S.COMPOSE_ROOTS) {
    const root = editor.closest(selector);
    if (root) return root;
  }
  return null;
}

/**
 * The user's new text only: the quoted previous message of a reply or forward (`.gmail_quote`) is
 * someone else's words, already seen by the people it came from; flagging it would warn on every
 * reply to a personal mail and put highlights where the user wrote nothing. Gmail leaves empty
 * lines between the new text and the quote (its own `<br>` spacer): those are dropped when a quote
 * was left out. Dropping only at the end keeps every other offset as read.
 */
function readBody(editor: HTMLElement): string {
  const text = readEditorText(editor, { skip: (el) => el.matches(S.QUOTE) });
  return editor.querySelector(S.QUOTE) ? text.replace(/\n+$/, '') : text;
}

function chipName(chip: Element, address: string): string {
  const name = chip.getAttribute('data-name') ?? '';
  const shown = name.trim() || (chip.textContent ?? '').trim();
  return (shown || address).slice(0, 200);
}

/** To, Cc and Bcc: the chips, then any address still being typed in the field's input. */
function recipients(root: Element): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const add = (address: string, name: string) => {
    const handle = normalizeHandle(address);
    if (!handle || seen.has(handle)) return;
    seen.add(handle);
    out.push({ name: name.slice(0, 200), handle });
  };
  for (const field of S.RECIPIENT_FIELDS) {
    for (const chip of Array.from(root.querySelectorAll(S.chipSelectors(field)))) {
      const address = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? '';
      if (address.includes('@')) add(address, chipName(chip, address));
    }
    for (const input of Array.from(root.querySelectorAll<HTMLInputElement>(S.classicChipInputs(field)))) {
      const value = input.value;
      const address = addresses(value)[0];
      if (address) add(address, value.replace(/<[^>]*>/, '').replace(/"/g, '').trim() || address);
    }
    // An address typed but not yet turned into a chip is already an address the mail will go to.
    for (const input of Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(S.recipientInputs(field)))) {
      for (const address of addresses(input.value)) add(address, address);
    }
  }
  return out;
}

/** "Google Account: Jane Doe (jane@example.com)" in any language: the name before "(address)". */
function accountFromLabel(label: string): { name: string; address: string } | null {
  const m = /^(?:[^:：]*[:：]\s*)?(.*?)\s*[(（]\s*([^\s()（）]+@[^\s()（）]+)\s*[)）]\s*$/.exec(label.trim());
  return m ? { name: m[1]!.trim(), address: m[2]! } : null;
}

function account(doc: Document): { name: string; address: string } | null {
  for (const el of Array.from(doc.querySelectorAll(S.ACCOUNT_BUTTONS))) {
    const found = accountFromLabel(el.getAttribute('aria-label') ?? '');
    if (found && normalizeHandle(found.address)) return found;
  }
  // The tab title: "Inbox (3) - jane@example.com - Gmail".
  const title = / - ([^\s@]+@[^\s]+) - /.exec(doc.title)?.[1];
  return title && normalizeHandle(title) ? { name: '', address: title } : null;
}

/** The send-as address chosen in this compose's From field, with its display name when listed. */
function fromAddress(root: Element): { name: string; address: string } | null {
  const input = root.querySelector<HTMLInputElement>(S.FROM_INPUT);
  const choices = Array.from(root.querySelectorAll(S.FROM_CHOICES));
  const value = input?.value.trim()
    || choices.find((c) => c.getAttribute('aria-selected') === 'true' || c.getAttribute('aria-checked') === 'true')?.getAttribute('value')
    || '';
  if (!normalizeHandle(value)) return null;
  const choice = choices.find((c) => c.getAttribute('value')?.toLowerCase() === value.toLowerCase());
  // A choice reads "Jane Doe <jane@example.com>" (InboxSDK keeps the part before "<").
  const name = (choice?.textContent ?? '').replace(/<.*$/s, '').trim();
  return { name, address: value };
}

export const gmail: SiteAdapter = {
  id: 'gmail',

  matchesUrl: isGmail,

  roots(doc) {
    return [doc];
  },

  findComposers(root) {
    return Array.from(root.querySelectorAll<HTMLElement>(S.BODIES));
  },

  readText: readBody,

  readMentions(editor) {
    const root = composeRoot(editor);
    return root ? recipients(root) : [];
  },

  // E-mail has no visibility setting: the recipients are the audience (core/audience-sites.ts).
  readVisibility() {
    return '';
  },

  readProfile(editor): ActiveProfile {
    const root = composeRoot(editor);
    const me = account(editor.ownerDocument);
    const from = root ? fromAddress(root) : null;
    const chosen = from ?? me;
    if (!chosen) return { name: '', handle: '', kind: 'unknown' };
    // The From menu's name, else the account's own name when From is the account address.
    const name = from?.name || (me && me.address.toLowerCase() === chosen.address.toLowerCase() ? me.name : '') || chosen.address;
    return { name: name.slice(0, 200), handle: normalizeHandle(chosen.address), kind: 'unknown' };
  },

  composerBox(editor) {
    return (composeRoot(editor) as HTMLElement | null) ?? editor;
  },

  composerKind() {
    return 'message';
  },

  submitButton(editor) {
    const root = composeRoot(editor);
    if (!root) return null;
    for (const selector of S.SEND_BUTTONS) {
      const button = root.querySelector<HTMLElement>(selector);
      if (button) return button;
    }
    return null;
  },

  // Ctrl/Cmd+Enter sends from the body (InboxSDK's presending stream listens for exactly that).
  submitKey() {
    return 'mod+enter';
  },
};
