import { describe, expect, it } from 'vitest';
import { segmentParagraphs, splitParagraph } from '../../../lambdas/core/extract/segment.js';

describe('splitParagraph', () => {
  it('keeps abbreviations inside their sentence (U.S., Lt. Gen., Dept., Nov. 7)', () => {
    const text = 'The U.S. State Dept. did not respond. Lt. Gen. Frank Donovan met officials on Nov. 7 in Seoul. Then they left.';
    expect(splitParagraph(text).map((s) => s.text)).toEqual([
      'The U.S. State Dept. did not respond.',
      'Lt. Gen. Frank Donovan met officials on Nov. 7 in Seoul.',
      'Then they left.',
    ]);
  });

  it('starts a new sentence after an initialism followed by a capitalized determiner', () => {
    const parts = splitParagraph('They discussed missions in the U.S. An expert meeting will be scheduled soon.').map((s) => s.text);
    expect(parts).toEqual(['They discussed missions in the U.S.', 'An expert meeting will be scheduled soon.']);
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
