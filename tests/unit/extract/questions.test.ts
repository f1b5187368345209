import { describe, expect, it } from 'vitest';
import { findQuestionCue } from '../../../lambdas/core/extract/questions.js';
import { extractText } from './helpers.js';

const questionsOf = async (text: string) => (await extractText(text)).openQuestions.map((q) => [q.kind, q.text]);

describe('findQuestionCue (one sentence)', () => {
  it.each([
    ['A summit is planned, though no date has been set.', 'unscheduled'],
    ['An expert meeting will be scheduled soon.', 'unscheduled'],
    ['The ministry did not respond to a request for comment.', 'no-comment'],
    ['The terms were not disclosed.', 'undisclosed'],
    ['It remains to be seen whether Riyadh will soften its stance.', 'uncertain'],
    ['Officials are weighing whether to extend the truce.', 'whether'],
    ['Pyongyang did not immediately respond to the proposal.', 'awaiting'],
    ['Will these talks bring real progress?', 'question'],
  ])('%s → %s', (sentence, kind) => {
    expect(findQuestionCue(sentence)?.kind).toBe(kind);
  });

  it('ignores "regardless of whether"', async () => {
    expect(findQuestionCue('Talks will go ahead regardless of whether sanctions are lifted.')).toBeNull();
  });
});

describe('open questions in short articles', () => {
  it('keeps each one short: the question after a colon, the clause of a long sentence', async () => {
    expect((await questionsOf('As diplomacy gains momentum, the question remains: will these talks bring real progress?'))).toEqual([['uncertain', 'As diplomacy gains momentum, the question remains: will these talks bring real progress?']]);
    const long = (await questionsOf(
      'Next week will be critical for the talks and for the region as a whole, as the administration assesses whether its mediation efforts have a realistic chance of success or if it will step back from direct involvement.',
    ));
    expect(long).toEqual([['whether', 'The administration assesses whether its mediation efforts have a realistic chance of success or if it will step back from direct involvement']]);
  });
});
