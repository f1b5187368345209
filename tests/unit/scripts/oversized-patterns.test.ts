/** scripts/oversized-patterns.ts: which exported patterns `npm run build:knowledge` warns about. */
import { describe, expect, it } from 'vitest';
import * as knowledge from '../../../lambdas/core/extract/knowledge.js';
import { oversizedPatterns, V8_REGEXP_OPTIMIZATION_LIMIT } from '../../../scripts/oversized-patterns.js';

describe('patterns too large for V8 to optimize', () => {
  it('names each exported regular expression over the limit, with its size, and nothing else', () => {
    const module = { BIG: new RegExp('a'.repeat(V8_REGEXP_OPTIMIZATION_LIMIT + 512)), SMALL: /a/, TEXT: 'a'.repeat(30_000) };
    expect(oversizedPatterns(module)).toEqual(['BIG is 20.5 KB']);
  });

  it('reads the extract knowledge module the way build:knowledge does (its titled-name pattern is the one to watch)', () => {
    expect(oversizedPatterns(knowledge, knowledge.TITLED_NAME_RE.source.length - 1)).toContain(
      `TITLED_NAME_RE is ${(knowledge.TITLED_NAME_RE.source.length / 1024).toFixed(1)} KB`,
    );
  });
});
