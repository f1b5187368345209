/**
 * Content sniffing: decide from the bytes themselves (never only the key's extension) whether an upload is
 * text we can read. Binary formats are rejected as 'unsupported-type' so they are quarantined, not garbled.
 */
import { RejectedInputError } from './errors.js';

interface Signature {
  name: string;
  bytes: number[];
  offset?: number;
}

// Magic numbers of the binary formats analysts are most likely to drop by mistake.
const SIGNATURES: Signature[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP (docx/xlsx/epub…)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'GZIP', bytes: [0x1f, 0x8b] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'OLE (doc/xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'BMP', bytes: [0x42, 0x4d], offset: 0 },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'MP4/ISO media', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function startsWith(bytes: Uint8Array, sig: Signature): boolean {
  const off = sig.offset ?? 0;
  if (bytes.length < off + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => bytes[off + i] === b);
}

/** BOMs say "text" before any other check, so UTF-16 (full of NUL bytes) is not mistaken for binary. */
export function hasTextBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** Throws RejectedInputError('unsupported-type') for binary content; returns quietly for text. */
export function assertTextContent(bytes: Uint8Array): void {
  if (hasTextBom(bytes)) return;
  // BMP's two-byte magic "BM" is also how plain text can start ("BMW…"), so it needs its header size check.
  for (const sig of SIGNATURES) {
    if (!startsWith(bytes, sig)) continue;
    if (sig.name === 'BMP' && !(bytes.length > 14 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0)) continue;
    throw new RejectedInputError('unsupported-type', `unsupported type: content is ${sig.name}, not text`);
  }
  // Text never contains NUL or many C0 control bytes; look at the first 8 KiB like file(1) does.
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new RejectedInputError('unsupported-type', 'unsupported type: content has NUL bytes (binary, not text)');
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.1) {
    throw new RejectedInputError('unsupported-type', 'unsupported type: content is mostly control bytes (binary, not text)');
  }
}
