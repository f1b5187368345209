/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such; bytes that are not
 * valid UTF-8 are read as Windows-1252 (a superset of Latin-1 in the printable range), the encoding older
 * news CMSs and Windows editors still produce.
 */
import { RejectedInputError } from './errors.js';
import { assertTextContent } from './sniff.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Decoders are built once: TextDecoder construction is not free and extraction runs per object.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (Latin-1), not as the
// Windows-1252 punctuation (curly quotes, dashes, €) those bytes mean; map them here.
const CP1252_C1 = [0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178];
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80]));
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new RejectedInputError('empty', 'object is empty (0 bytes)');
  assertTextContent(bytes);
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: utf16le.decode(bytes), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: utf16be.decode(bytes), encoding: 'utf-16be' };
  else {
    try {
      decoded = { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: fixCp1252(windows1252.decode(bytes)), encoding: 'windows-1252' };
    }
  }
  // TextDecoder strips a leading BOM; strip a stray one too (some tools double-encode it).
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.length === 0) throw new RejectedInputError('empty', 'object has no text after decoding');
  if (!/\S/u.test(text)) throw new RejectedInputError('whitespace-only', 'object contains only whitespace');
  return { text, encoding: decoded.encoding };
}
