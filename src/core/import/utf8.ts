// Bytes to text without TextDecoder (core stays free of platform APIs) and with the strictness the
// Facebook fix needs: an invalid sequence must be detected, not replaced.

/** Strict UTF-8: the decoded string, or null if `bytes` is not valid UTF-8 (overlongs and surrogates included). */
export function decodeUtf8Strict(bytes: ArrayLike<number>): string | null {
  const units: number[] = [];
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    let cp: number;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      cp = b; extra = 0; min = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f; extra = 1; min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f; extra = 2; min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07; extra = 3; min = 0x10000;
    } else {
      return null;
    }
    if (i + extra >= n) return null; // a sequence cut off by the end
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    i += extra + 1;
    // Flush in chunks: String.fromCharCode takes a bounded number of arguments.
    if (units.length >= 8192) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}

// Windows-1252 for 0x80–0x9F (Excel's "CSV" on Western Windows); the rest of the byte range is Latin-1.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 (a superset of Latin-1's printable range); every byte sequence decodes. */
export function decodeSingleByte(bytes: ArrayLike<number>, from: number): string {
  let out = '';
  const units: number[] = [];
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    units.push(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : b);
    if (units.length >= 8192) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}

function decodeUtf16(bytes: ArrayLike<number>, from: number, littleEndian: boolean): string {
  let out = '';
  const units: number[] = [];
  for (let i = from; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (units.length >= 8192) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}

/**
 * A picked file's bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode
 * text"), and otherwise Windows-1252 when the bytes are not valid UTF-8 (Excel's "CSV" on Windows).
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8Strict(bytes.subarray(3)) ?? decodeSingleByte(bytes, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, false);
  return decodeUtf8Strict(bytes) ?? decodeSingleByte(bytes, 0);
}
