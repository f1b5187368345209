/** capitalizeWords: role words and body nouns as titles and names. */
import { describe, expect, it } from 'vitest';
import { capitalizeWords } from '../../../lambdas/core/text/capitalize-words.js';

describe('capitalizeWords', () => {
  it('capitalizes the first letter of each word, whatever the letters', () => {
    expect(capitalizeWords('joint technical committee')).toBe('Joint Technical Committee');
    expect(capitalizeWords('état major')).toBe('État Major');
  });

  it('leaves the other letters, hyphenated parts and capitals as they are', () => {
    expect(capitalizeWords('vice-president of the EU')).toBe('Vice-president Of The EU');
  });
});
