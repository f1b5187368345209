import { describe, expect, it } from 'vitest';
import { buildContext, newArticleMemory } from '../../../lambdas/core/extract/context.js';

/** Country codes per sentence, read in order as one article. */
function countriesPerSentence(...sentences: string[]): string[][] {
  const memory = newArticleMemory();
  return sentences.map((text, index) => buildContext({ text, start: 0, end: text.length, paragraph: 0, index }, null, memory).countries.map((c) => c.code));
}

describe('context-bound country words ("the kingdom", "the North", "the bloc")', () => {
  it('resolve to the candidate country named most recently', () => {
    expect(countriesPerSentence('Iran and Saudi Arabia restored ties.', 'The kingdom wants calm.')).toEqual([['IR', 'SA'], ['SA']]);
    expect(countriesPerSentence('Jordan hosted the talks.', 'Officials in the kingdom said so.')).toEqual([['JO'], ['JO']]);
    expect(countriesPerSentence('South Korea proposed talks.', 'The North has not replied, and the South will wait.')).toEqual([['KR'], ['KP', 'KR']]);
    expect(countriesPerSentence('Britain and the EU met.', 'The bloc wants access.')).toEqual([['GB', 'EU'], ['EU']]);
  });

  it('name nothing without a candidate, and "the North" needs its capital letter', () => {
    expect(countriesPerSentence('The kingdom of heaven is near.')).toEqual([[]]);
    expect(countriesPerSentence('North Korea fired a missile.', 'Troops moved to the north of the country.')).toEqual([['KP'], []]);
  });
});

describe('"Korea" and "Korean" alone', () => {
  it('are South Korea once the article has named it, "Korean" as a nationality only', () => {
    const memory = newArticleMemory();
    const read = (text: string) => buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, null, memory).countries.map((c) => `${c.code}:${c.kind}`);
    expect(read('Seoul and Tokyo agreed to meet.')).toEqual(['KR:capital', 'JP:capital']);
    expect(read('Korea will host the next round, Korean officials said.')).toEqual(['KR:metonym', 'KR:demonym']);
  });

  it('name nothing before South Korea is named, inside a longer name, or before a capitalized word', () => {
    expect(countriesPerSentence('Korea will host the next round.')).toEqual([[]]);
    expect(countriesPerSentence('North Korea fired a missile.', 'North Korean state media said so.')).toEqual([['KP'], ['KP']]);
    expect(countriesPerSentence('Seoul was quiet.', 'Tension on the Korean Peninsula rose, the Korean Central News Agency said.')).toEqual([['KR'], []]);
  });
});
