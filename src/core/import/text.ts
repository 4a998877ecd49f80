// Clean-up shared by every importer for text that came from someone else's file.

/** Longest name, employer or title kept; a longer cell is a broken file, not a person. */
export const MAX_FIELD_CHARS = 300;

// C0 and C1 controls, and the line/paragraph separators: a name is one line of visible text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of text: controls to spaces, runs of white space collapsed, trimmed, capped. */
export function cleanText(value: string | undefined | null): string {
  if (!value) return '';
  const flat = value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FIELD_CHARS ? flat.slice(0, MAX_FIELD_CHARS).trim() : flat;
}

/** "Jane" + "Doe" → "Jane Doe", skipping empty parts. */
export function joinName(...parts: Array<string | undefined>): string {
  return cleanText(parts.filter(Boolean).join(' '));
}
