// Emoji as signals, from the data table in lexicon/emoji.ts. A run of the same emoji ("🍻🍻🍻")
// is one hit; three or more drinks in a row are a big night, not a drink.

import { EMOJI } from './lexicon/emoji';

const TABLE = new Map<string, readonly string[]>(EMOJI.map(([emoji, ...signals]) => [emoji, signals]));
/** Built on first use: a \p{…} literal costs ICU look-ups when the bundle is parsed (tokens.ts). */
let pictographic: RegExp | null = null;
const WEAK_EMOJI = new Set(['drugs.emoji', 'sexual.emoji']);

export interface EmojiHit {
  signals: readonly string[];
  /** Range in the chunk's normalised text. */
  start: number;
  end: number;
  emoji: string;
}

export function findEmoji(text: string): EmojiHit[] {
  const hits: EmojiHit[] = [];
  // Emoji are astral or in a few BMP symbol blocks; skip the regex for plain text.
  if (!/[\u2600-\u27bf\ud83c-\ud83e]/.test(text)) return hits;
  const PICTOGRAPHIC = (pictographic ??= new RegExp(String.raw`\p{Extended_Pictographic}`, 'gu'));
  PICTOGRAPHIC.lastIndex = 0;
  for (let m = PICTOGRAPHIC.exec(text); m; m = PICTOGRAPHIC.exec(text)) {
    const signals = TABLE.get(m[0]);
    if (!signals) continue;
    const start = m.index;
    let end = start + m[0].length;
    let count = 1;
    // Swallow repeats, and skin-tone modifiers between them.
    for (;;) {
      let next = end;
      while (text.codePointAt(next) !== undefined && text.codePointAt(next)! >= 0x1f3fb && text.codePointAt(next)! <= 0x1f3ff) next += 2;
      if (!text.startsWith(m[0], next)) { end = next; break; }
      end = next + m[0].length;
      count++;
    }
    PICTOGRAPHIC.lastIndex = end;
    if (count >= 2 && signals.some((s) => WEAK_EMOJI.has(s))) {
      // 🌿🌿 or 🍑🍑: a weak emoji repeated is its own company, so the run is two hits.
      const first = start + m[0].length;
      hits.push({ signals, start, end: first, emoji: m[0] }, { signals, start: first, end, emoji: m[0] });
    } else hits.push({ signals: count >= 3 && signals.includes('alcohol.emoji') ? [...signals, 'alcohol.emoji-run'] : signals, start, end, emoji: m[0] });
  }
  return hits;
}
