import { describe, expect, it } from 'vitest';
import { extractOpenQuestions, findQuestionCue } from '../../../lambdas/core/extract/questions.js';
import { contextOf } from '../../../lambdas/core/extract/context.js';
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

  it('"it was also not known who …", "it is still unclear": an adverb after the copula keeps the question', () => {
    expect(findQuestionCue('It was also not known who would head the negotiating team.')?.kind).toBe('undisclosed');
    expect(findQuestionCue('It is still not known where the ministers will meet.')?.kind).toBe('undisclosed');
    expect(findQuestionCue('It was still unclear which officials would travel.')?.kind).toBe('uncertain');
    // Look-alike: a person "not known" to someone leaves nothing open.
    expect(findQuestionCue('The envoy was also not known to the delegation before the talks.')).toBeNull();
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

describe('open questions: which to keep and how to word them', () => {
  it('"Neither A nor B responded to requests for comment" is no comment; an answer given is not', async () => {
    expect(findQuestionCue('Neither the Foreign Office nor the Chinese embassy in London responded to requests for comment.')?.kind).toBe('no-comment');
    expect(findQuestionCue('The Foreign Office responded to requests for comment with a short statement.')).toBeNull();
  });

  it('"the exact date will be agreed" is unscheduled; "agreed on a date" is not', async () => {
    expect(findQuestionCue('The exact date will be agreed through diplomatic channels.')?.kind).toBe('unscheduled');
    expect(findQuestionCue('The two sides agreed on a date for the next round.')).toBeNull();
  });

  it('a direct question is kept when it closes a paragraph of prose, whole', async () => {
    expect(await questionsOf('The talks ended without a deal.\n\nThe envoys left Geneva on Friday. What would a new round of diplomacy look like?')).toEqual([
      ['question', 'What would a new round of diplomacy look like?'],
    ]);
  });

  it('not a heading, an interviewer\'s question, or a question the next sentence answers', async () => {
    expect(await questionsOf('The talks ended without a deal.\n\nCould the leaders meet?\n\nA meeting is not planned.')).toEqual([]);
    expect(await questionsOf('Question: Officials have said the border will open later. How do you assess this?\n\nAnswer: We have heard such statements.')).toEqual([]);
    expect(await questionsOf('What would a new round look like? One possibility is a summit without preconditions.')).toEqual([]);
  });

  it('drops an interview\'s "A:" label, and keeps the statement with the cue of two sentences left joined or of a long sentence', async () => {
    expect(await questionsOf('A: No date has been set.')).toEqual([['unscheduled', 'No date has been set.']]);
    const joined = extractOpenQuestions([contextOf('Asked whether she would visit the shrine, Takaichi said she would "decide appropriately." It remains unclear whether she will send an offering.')]);
    expect(joined.map((q) => q.text)).toEqual(['It remains unclear whether she will send an offering.']);
    const long = extractOpenQuestions([
      contextOf('A trilateral summit with China, which Japan was due to host, has not been scheduled: Beijing has not responded to the proposals made by Tokyo since the remarks on Taiwan in November, a Japanese official said.'),
    ]);
    expect(long[0].text).toBe('A trilateral summit with China, which Japan was due to host, has not been scheduled');
  });
});

describe('open questions: a date still to be fixed, details not gone into', () => {
  it.each([
    ['The exact dates have not yet been fixed.', 'unscheduled'],
    ['The date of the summit has yet to be set.', 'unscheduled'],
    ['The venue is still to be decided.', 'unscheduled'],
    ['The schedule of the visit has not been finalised.', 'unscheduled'],
    ['I would not think it appropriate to go into what was said in the meeting.', 'undisclosed'],
    ['The spokesman declined to go into details.', 'undisclosed'],
    ['We won’t get into the specifics of the proposal.', 'undisclosed'],
  ])('%s → %s', (sentence, kind) => {
    expect(findQuestionCue(sentence)?.kind).toBe(kind);
  });

  it.each([
    'The date has been fixed for March 3.',
    'The venue was decided last week.',
    'Tehran will not go into talks without guarantees.',
    'He did not get into the car.',
  ])('not: %s', (sentence) => {
    expect(findQuestionCue(sentence)).toBeNull();
  });
});

describe('asked and answered', () => {
  it('"Asked whether …, X said there are no plans" is answered; "…, X said it was too early to say" stays open', async () => {
    expect(await questionsOf('Asked whether Trump would meet Maduro, Leavitt said the president "has no plans" to do so.')).toEqual([]);
    expect((await questionsOf('Asked whether he planned to meet Hun Manet at the retreat, the prime minister said it was "too early to say".'))[0]?.[0]).toBe('whether');
  });
});
