/**
 * S3 user metadata as the core wants it: keys lower-cased without the x-amz-meta- prefix, values decoded.
 * S3 only stores US-ASCII in headers, so non-ASCII values (an outlet like "Коммерсантъ") come back as
 * RFC 2047 encoded-words (=?UTF-8?B?…?= or =?UTF-8?Q?…?=); decode those, leave everything else as is.
 */
const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  // Adjacent encoded-words separated only by whitespace are one run of text (RFC 2047 §6.2).
  const joined = value.replace(/\?=\s+=\?/g, '?==?');
  return joined.replace(ENCODED_WORD, (whole, charset: string, enc: string, data: string) => {
    try {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return new TextDecoder(charset.toLowerCase(), { fatal: true }).decode(bytes);
    } catch {
      return whole; // unknown charset or broken bytes: keep the raw text rather than guess
    }
  });
}

export function decodeMetadata(raw: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw ?? {})) {
    const key = k.toLowerCase().replace(/^x-amz-meta-/, '');
    out[key] = decodeEncodedWords(v);
  }
  return out;
}
