import { describe, expect, it } from 'vitest';
import { decodeMetadata } from '../../../lambdas/adapters/s3-metadata.js';

describe('decodeMetadata', () => {
  it('lower-cases keys, drops the x-amz-meta- prefix and leaves ASCII values alone', () => {
    expect(decodeMetadata({ Published: '2025-02-15', 'X-Amz-Meta-URL': 'https://example.org/a?x=1' })).toEqual({ published: '2025-02-15', url: 'https://example.org/a?x=1' });
  });

  it('decodes RFC 2047 encoded-words S3 returns for non-ASCII values (B and Q encodings, split words)', () => {
    const b = `=?UTF-8?B?${Buffer.from('Коммерсантъ', 'utf8').toString('base64')}?=`;
    expect(decodeMetadata({ outlet: b })).toEqual({ outlet: 'Коммерсантъ' });
    expect(decodeMetadata({ outlet: '=?UTF-8?Q?Le_Monde_diplomatique_=C3=A9dition?=' })).toEqual({ outlet: 'Le Monde diplomatique édition' });
    expect(decodeMetadata({ outlet: '=?UTF-8?Q?R=C3=A9?= =?UTF-8?Q?union?=' })).toEqual({ outlet: 'Réunion' });
  });

  it('keeps the raw text when an encoded-word is broken or in an unknown charset', () => {
    expect(decodeMetadata({ outlet: '=?X-UNKNOWN?B?AAAA?=' })).toEqual({ outlet: '=?X-UNKNOWN?B?AAAA?=' });
    expect(decodeMetadata({ outlet: '=?UTF-8?B?/w==?=' })).toEqual({ outlet: '=?UTF-8?B?/w==?=' });
  });
});
