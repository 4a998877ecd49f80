// Facebook's "Download your information" JSON writes each UTF-8 byte of a string as its own \u00XX
// escape, so "José" arrives as "JosÃ©" after JSON.parse. Reading the code units back as bytes and
// decoding them as UTF-8 gives the real text. Only done when it is safe: every unit is a byte
// (≤ U+00FF), at least one is non-ASCII, and the bytes are valid UTF-8. A genuine Latin-1 "José" (é
// alone is not valid UTF-8) is left as it is.
import { decodeUtf8Strict } from './utf8';

export function fixMojibake(text: string): string {
  let nonAscii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    if (c >= 0x80) nonAscii = true;
  }
  if (!nonAscii) return text;
  const bytes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return decodeUtf8Strict(bytes) ?? text;
}
