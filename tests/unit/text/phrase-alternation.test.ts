import { describe, expect, it } from 'vitest';
import { phraseAlternation } from '../../../lambdas/core/text/phrase-alternation.js';

describe('phraseAlternation', () => {
  it('tries longer phrases first, so a phrase is not cut short by its first word', () => {
    const re = new RegExp(`^(?:${phraseAlternation(['prime', 'prime minister'])})`);
    expect(re.exec('prime minister Carney')?.[0]).toBe('prime minister');
  });
  it('matches phrases literally, any whitespace between their words', () => {
    const re = new RegExp(`^(?:${phraseAlternation(['U.S. envoy'])})$`);
    expect(re.test('U.S.\n envoy')).toBe(true);
    expect(re.test('UxS. envoy')).toBe(false);
  });
});
