// The bytes of a letter file and its text. Letters are UTF-8, often with a byte order mark; older ones come
// from Windows in Windows-1252. Text that is not valid UTF-8 is read as Windows-1252, a one-byte code in which
// every byte is a character, so the text written back after a fix has exactly the bytes it was read with.
// Pure (TextDecoder is a web standard): the command line and tests share it.

export type LetterEncoding = 'utf-8' | 'windows-1252';

export interface DecodedLetter {
  readonly text: string;
  readonly encoding: LetterEncoding;
  /** The file began with a UTF-8 byte order mark (not part of `text`; written back as it was). */
  readonly bom: boolean;
}

/** Windows-1252's characters for the bytes 0x80-0x9F; the rest are Latin-1. Its five unassigned bytes stand for themselves. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_BYTE = new Map(CP1252_HIGH.map((c, i) => [c, 0x80 + i]));

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeLetter(bytes: Uint8Array): DecodedLetter {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    let text = '';
    for (let i = 0; i < body.length; i += 8192) {
      const chunk = Array.from(body.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
      text += String.fromCharCode(...chunk);
    }
    return { text, encoding: 'windows-1252', bom: false };
  }
}

/**
 * The bytes of `text` in the letter's own encoding, or undefined when a character cannot be written in it
 * (a fix brought in a character Windows-1252 lacks): then the file must be left as it is.
 */
export function encodeLetter(text: string, encoding: LetterEncoding, bom: boolean): Uint8Array | undefined {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_BYTE.get(c);
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}
