import { describe, expect, it } from 'vitest';
import abbreviations from '../../../knowledge/abbreviations.json' with { type: 'json' };
import { segmentParagraphs, splitParagraph } from '../../../lambdas/core/extract/segment.js';

const sentences = (text: string) => splitParagraph(text).map((s) => s.text);

describe('splitParagraph', () => {
  it('keeps abbreviations inside their sentence (U.S., Lt. Gen., Dept., Nov. 7)', () => {
    const text = 'The U.S. State Dept. did not respond. Lt. Gen. Frank Donovan met officials on Nov. 7 in Seoul. Then they left.';
    expect(sentences(text)).toEqual([
      'The U.S. State Dept. did not respond.',
      'Lt. Gen. Frank Donovan met officials on Nov. 7 in Seoul.',
      'Then they left.',
    ]);
  });

  it('starts a new sentence after an initialism followed by a capitalized determiner', () => {
    expect(sentences('They discussed missions in the U.S. An expert meeting will be scheduled soon.')).toEqual([
      'They discussed missions in the U.S.',
      'An expert meeting will be scheduled soon.',
    ]);
  });

  it('splits at every terminal mark followed by whitespace, not inside numbers or URLs', () => {
    expect(sentences('Talks ended! Did they agree? No. Version 2.5 of example.com was cited. Done.')).toEqual([
      'Talks ended!',
      'Did they agree?',
      'No.',
      'Version 2.5 of example.com was cited.',
      'Done.',
    ]);
  });

  it('keeps name initials inside the sentence', () => {
    expect(sentences('Vice President J. D. Vance met Xi. Donald J. Trump spoke.')).toEqual([
      'Vice President J. D. Vance met Xi.',
      'Donald J. Trump spoke.',
    ]);
  });

  it('never ends a sentence at a title or honorific, also after a hyphen or bracket', () => {
    expect(sentences('She met Mr. Wang in St. Petersburg. The then-Sen. Joe Biden agreed. (Gen. Smith was late.)')).toEqual([
      'She met Mr. Wang in St. Petersburg.',
      'The then-Sen. Joe Biden agreed.',
      '(Gen. Smith was late.)',
    ]);
  });

  it('continues after a month or "No." only when a number follows', () => {
    expect(sentences('He is the No. 2 official. Talks resumed on Sept. 11 in Doha. They stalled in Nov. Envoys left.')).toEqual([
      'He is the No. 2 official.',
      'Talks resumed on Sept. 11 in Doha.',
      'They stalled in Nov.',
      'Envoys left.',
    ]);
  });

  it('ends at an abbreviation or initialism that can close a sentence only when a sentence starter follows', () => {
    expect(sentences('The State Dept. did not respond. Acme Inc. The company said 10 a.m. talks on South Korea-U.S. ties went well.')).toEqual([
      'The State Dept. did not respond.',
      'Acme Inc.',
      'The company said 10 a.m. talks on South Korea-U.S. ties went well.',
    ]);
    expect(sentences('It met at 10 a.m. The talks went well.')).toEqual(['It met at 10 a.m.', 'The talks went well.']);
  });

  it('reads a mark other than a single period as the end, even after an abbreviation', () => {
    expect(sentences('Did they meet in the U.S.? Nobody knows.')).toEqual(['Did they meet in the U.S.?', 'Nobody knows.']);
  });

  it('does not end a sentence at an ellipsis or before any letter', () => {
    expect(sentences('He paused... Then he spoke. 1. The first point. The talks ended. —')).toEqual([
      'He paused... Then he spoke.',
      '1. The first point.',
      'The talks ended. —',
    ]);
  });

  it('keeps sentences inside a quotation or bracket that closes soon with the sentence quoting them', () => {
    expect(sentences('“We will talk. We will not give in,” he said. She left.')).toEqual([
      '“We will talk. We will not give in,” he said.',
      'She left.',
    ]);
    expect(sentences('He said "We will talk. Not now" and left. She left.')).toEqual(['He said "We will talk. Not now" and left.', 'She left.']);
    expect(sentences('He left (the talks ended. Nobody came) and went home. She stayed.')).toEqual([
      'He left (the talks ended. Nobody came) and went home.',
      'She stayed.',
    ]);
  });

  it('splits inside a quotation whose closing piece is too far away to be one sentence', () => {
    const long = 'The ministers then spoke at length about every item on the agenda of the meeting'.repeat(4);
    expect(sentences(`“We will talk. ${long}.” He left.`)).toHaveLength(2);
  });

  it('reads every abbreviation of knowledge/abbreviations.json', () => {
    for (const word of abbreviations.beforeName) expect(sentences(`They saw ${word}. The rest.`), word).toHaveLength(1);
    for (const word of abbreviations.beforeNumber) {
      expect(sentences(`They saw ${word}. 7 of them.`), word).toHaveLength(1);
      expect(sentences(`They saw ${word}. Others left.`), word).toHaveLength(2);
    }
    for (const word of abbreviations.anywhere) {
      expect(sentences(`They saw ${word}. officials.`), word).toHaveLength(1);
      expect(sentences(`They saw ${word}. The rest left.`), word).toHaveLength(2);
    }
  });

  it('returns exact offsets', () => {
    const text = '  First one.  Second “quoted.” Third?';
    for (const s of splitParagraph(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('segmentParagraphs', () => {
  it('offsets sentences into the cleaned text across paragraphs', () => {
    const cleaned = 'Title\n\nPutin met Xi. Xi met Modi.\n\nModi met Lula.';
    const paragraphs = [
      { text: 'Title', kind: 'title' as const, start: 0, end: 5 },
      { text: 'Putin met Xi. Xi met Modi.', kind: 'prose' as const, start: 7, end: 33 },
      { text: 'Modi met Lula.', kind: 'prose' as const, start: 35, end: 49 },
    ];
    const sentences = segmentParagraphs(paragraphs);
    expect(sentences.map((s) => cleaned.slice(s.start, s.end))).toEqual(['Title', 'Putin met Xi.', 'Xi met Modi.', 'Modi met Lula.']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });
});
