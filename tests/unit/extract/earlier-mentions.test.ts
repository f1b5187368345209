/**
 * Earlier mentions (earlier-mentions.ts): a full name used before the sentence that introduces the person. Names
 * are invented, except the registry's Lukashenko.
 */
import { describe, expect, it } from 'vitest';
import { buildContext, newArticleMemory } from '../../../lambdas/core/extract/context.js';
import { addEarlierMentions } from '../../../lambdas/core/extract/earlier-mentions.js';

/** Each sentence its own paragraph; the people of each sentence after the pass. */
function peopleOf(...sentences: string[]) {
  const memory = newArticleMemory();
  const contexts = sentences.map((text, i) => buildContext({ text, start: 0, end: text.length, paragraph: i, index: i }, null, memory));
  addEarlierMentions(contexts);
  return contexts.map((c) => c.persons.map((p) => `${p.name}/${p.country}`));
}

describe('a full name used before the person is introduced', () => {
  it('is the person introduced later, with the side given there', () => {
    expect(
      peopleOf('Jane Roe met Alexander Lukashenko in Minsk on Thursday.', 'Belarus freed 52 prisoners after Jane Roe, the US deputy special envoy, met him.'),
    ).toEqual([
      ['Jane Roe/US', 'Alexander Lukashenko/BY'],
      ['Jane Roe/US'],
    ]);
  });

  it('not a surname alone, nor a longer name that begins the same', () => {
    expect(
      peopleOf('Roe met Alexander Lukashenko, and Jane Roebuck flew home.', 'Belarus freed 52 prisoners after Jane Roe, the US deputy special envoy, met him.'),
    ).toEqual([['Alexander Lukashenko/BY'], ['Jane Roe/US']]);
  });
});
