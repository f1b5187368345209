import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../lambdas/core/ingest/decode.js';
import { RejectedInputError } from '../../../lambdas/core/ingest/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

function rejection(bytes: Uint8Array): RejectedInputError {
  try {
    decodeBytes(bytes);
  } catch (e) {
    if (e instanceof RejectedInputError) return e;
    throw e;
  }
  throw new Error('expected a RejectedInputError');
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM to the same text', () => {
    const text = 'Lavrov met Rubio — “talks” in Riyadh';
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).text).toBe(text);
  });

  it('reads UTF-16 LE and BE with BOM (their NUL bytes are not taken for binary)', () => {
    const text = 'Zelenskyy spoke with Macron.';
    expect(decodeBytes(utf16(text, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, true))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, mapping curly quotes, dashes and accents', () => {
    // “Erdoğan” is not in cp1252; use what cp1252 has: curly quotes 0x93/0x94, en dash 0x96, é 0xe9, € 0x80.
    const bytes = new Uint8Array([0x93, ...utf8('Caf'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('“Café” – €5');
  });

  it('rejects empty and whitespace-only objects with distinct codes', () => {
    expect(rejection(new Uint8Array()).code).toBe('empty');
    expect(rejection(utf8(' \n\t\r\n ')).code).toBe('whitespace-only');
    expect(rejection(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe('empty');
  });

  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ['GIF', [...utf8('GIF89a'), 0x01, 0x00]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
  ])('rejects %s content as unsupported-type, whatever the key says', (name, bytes) => {
    const error = rejection(new Uint8Array([...bytes, ...utf8(' Lavrov met Rubio.')]));
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toMatch(new RegExp(name.slice(0, 3)));
  });

  it('rejects text with NUL bytes as binary', () => {
    expect(rejection(new Uint8Array([...utf8('abc'), 0, ...utf8('def')])).code).toBe('unsupported-type');
  });

  it('does not mistake text that starts like a BMP header ("BM…") for an image', () => {
    expect(decodeBytes(utf8('BMW and Mercedes executives met the Chancellor.')).text).toMatch(/^BMW/);
  });
});
