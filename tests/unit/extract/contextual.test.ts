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

describe('capitals that are also common names or other places (knowledge/countries.json ambiguousCapitals)', () => {
  it('name their country once the article has named it, as a party and as a city', () => {
    expect(countriesPerSentence('Guyana and Venezuela traded accusations.', 'Georgetown has not answered the offer.')).toEqual([['GY', 'VE'], ['GY']]);
    expect(countriesPerSentence('Kingston and Ottawa signed the pact, Jamaica said.')).toEqual([['JM', 'CA', 'JM']]);
    const memory = newArticleMemory();
    const read = (text: string) => buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, null, memory);
    read('Guyana rejected the claim.');
    expect(read('A U.S. general is due in Georgetown next week for talks.').places.map((p) => [p.city, p.country])).toEqual([['Georgetown', 'GY']]);
  });

  it('name nothing in an article that has not named the country, nor inside a longer name', () => {
    expect(countriesPerSentence('Georgetown has a new mayor.', 'Victoria hosted the regatta.')).toEqual([[], []]);
    expect(countriesPerSentence('Guyana sent students.', 'They enrolled at Georgetown University.')).toEqual([['GY'], []]);
    const read = (text: string) => buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, null, newArticleMemory());
    expect(read('The two envoys will hold talks in Georgetown next week.').places.map((p) => [p.city, p.country])).toEqual([['Georgetown', null]]);
  });
});

describe('a city that names an agreement, a process or an occasion (knowledge/countries.json namedAfterCityNouns)', () => {
  it('is no party: "the Minsk agreements", "the Astana process", "the Bridgetown session"', () => {
    expect(countriesPerSentence('Ukraine and Russia argued over the Minsk agreements.')).toEqual([['UA', 'RU']]);
    expect(countriesPerSentence('Turkey backed the Astana process, Iran said.')).toEqual([['TR', 'IR']]);
    expect(countriesPerSentence('Guyana named its team.', 'Lula urged Ali to keep the Georgetown date and the Bridgetown session.')).toEqual([['GY'], []]);
  });

  it('but a capital as a subject, a possessor or before a government noun still is', () => {
    expect(countriesPerSentence('Minsk agreed to the talks, and Astana’s envoy came.')).toEqual([['BY', 'KZ']]);
    expect(countriesPerSentence('The Moscow government rejected the plan.')).toEqual([['RU']]);
  });
});
