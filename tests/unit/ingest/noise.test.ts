import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticleText, isCaption, isHeadlineLike } from '../../../lambdas/core/ingest/noise.js';

const fixture = readFileSync(new URL('../../fixtures/extract/noisy-page.txt', import.meta.url), 'utf8');

describe('cleanArticleText', () => {
  const cleaned = cleanArticleText(fixture);
  const prose = cleaned.paragraphs.filter((p) => p.kind === 'prose').map((p) => p.text);

  it('keeps the article prose and the title', () => {
    expect(cleaned.title).toBe('Ministers Meet in Geneva on Grain Corridor');
    expect(prose.some((p) => p.startsWith('Turkish Foreign Minister Hakan Fidan met'))).toBe(true);
    expect(prose.some((p) => p.startsWith('Fidan said the corridor must reopen'))).toBe(true);
  });

  it('drops bylines, share prompts, captions, related lists, trending blocks and footers', () => {
    for (const noise of ['Share this', 'Subscribe', 'AP Photo', 'In this photo', 'Erdogan Hosts Putin', 'TRENDING', 'Markets Slide', '©', 'Updated:', 'Follow us']) {
      expect(cleaned.text).not.toContain(noise);
    }
  });

  it('keeps section headings but marks them as headings (never mined for contacts)', () => {
    const heading = cleaned.paragraphs.find((p) => p.text === 'What Comes Next');
    expect(heading?.kind).toBe('heading');
  });

  it('gives each paragraph its exact offsets in the cleaned text', () => {
    for (const p of cleaned.paragraphs) expect(cleaned.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('re-joins hard-wrapped lines, also when the next line starts with a name', () => {
    const wrapped = cleanArticleText('The two foreign ministers met in Vienna on Tuesday and\nagreed to meet again next month, officials said.');
    expect(wrapped.paragraphs).toHaveLength(1);
    const byName = cleanArticleText(
      [
        'Chinese Foreign Minister Wang Yi said on Monday that he had met with',
        'Sergey Lavrov in Beijing to discuss the war in Ukraine, energy trade and',
        'the security of shipping lanes, and that both sides had agreed to keep',
        'in close contact in the weeks ahead, according to a ministry statement.',
        '',
        'The two ministers last spoke by phone in March, the statement added, and',
        'Lavrov is expected to travel to the Chinese capital again in the autumn.',
      ].join('\n'),
    );
    expect(byName.paragraphs.map((p) => p.kind)).toEqual(['prose', 'prose']);
  });

  it('re-joins a text wrapped wider than 100 characters (an editor set to 120)', () => {
    const lines = [
      'Hani Example does not usually travel light. When Egypt\'s Minister of Water Resources and Irrigation arrived at the',
      'State Department on Sunday, he carried with him, aides said, a binder of hydrological models going back to the',
      'drought years of the 1980s, and a single page of what Cairo calls its "non-negotiables".',
      '',
      'Three days earlier, on Thursday, Boulos held a video call with Redwan Example, the director of Ethiopia\'s National',
      'Intelligence and Security Service, who has quietly become the prime minister\'s point man on the file. An',
      'Ethiopian official familiar with the call said the adviser "listened more than he spoke".',
    ];
    expect(cleanArticleText(lines.join('\n')).paragraphs.map((p) => p.kind)).toEqual(['prose', 'prose']);
    // The same lines as paragraphs of a text with long unwrapped paragraphs are not joined.
    const unwrapped = cleanArticleText([...lines, '', 'x'.repeat(60) + ' ' + 'y '.repeat(100)].join('\n'));
    expect(unwrapped.paragraphs.length).toBeGreaterThan(3);
  });

  it('reads a long wrapped text as wrapped despite one unwrapped line in it (a pasted link)', () => {
    // Each paragraph's second line starts with a capital: only wrapped text joins such a line to the one before.
    const paragraphs = [
      [
        'The two delegations met on Tuesday for a second round of talks on the disputed border in the city of',
        'Geneva, the first since the ceasefire took hold in the spring, according to officials on both sides who',
        'spoke on condition of anonymity; neither side would say whether the river crossings were on the agenda.',
      ],
      [
        'Diplomats familiar with the preparations said the mediators had spent weeks on the wording of the',
        'Swiss invitation, which refers to the area only by the name of the river that runs through the valley',
        'and avoids the names each capital uses for it, after a first draft had been rejected by both sides.',
      ],
      [
        'A third round is expected before the end of the month, although no date has been set for it, and the',
        'Swiss government has offered a venue on the lake shore for as long as the talks may last, with security',
        'provided by its own police, the officials who described the arrangements to reporters on Tuesday added.',
      ],
    ];
    const readMore = 'Read more: https://news.example.com/world/2026/02/03/border-talks-resume-in-geneva-after-a-long-pause-between-the-two-sides-officials-say';
    const text = [...paragraphs[0], '', readMore, '', ...paragraphs[1], '', ...paragraphs[2]].join('\n');
    expect(cleanArticleText(text).paragraphs.filter((p) => p.kind === 'prose').map((p) => p.text.slice(0, 20))).toEqual([
      'The two delegations ',
      'Diplomats familiar w',
      'A third round is exp',
    ]);
    // More than a stray line (the test above: a text of long unwrapped paragraphs) still makes it not wrapped.
  });

  it('never joins a list of Title Case headlines', () => {
    const list = cleanArticleText('Body text of the article goes here, as usual.\nTrump Signs Order to Ease Federal Marijuana Rules, Signaling Major Policy Shift\nU.S. Initiates $11.1 Billion Arms Sale to Taiwan Amid Rising China Tensions\nEU Delays Mercosur Free Trade Agreement Signing Amid Ukraine War Funding Talks');
    expect(list.text).toBe('Body text of the article goes here, as usual.');
  });

  it('makes every run of spaces, tabs and wide or non-breaking spaces one plain space, and leaves single spaces alone', () => {
    const text = 'The ministers\u00a0met in  Paris \t on\u2003\u00a0Monday,\u3000officials said. A single space stays.';
    expect(cleanArticleText(text).text).toBe('The ministers met in Paris on Monday, officials said. A single space stays.');
  });

  it('ends the article at a tail marker line, not at a prose line that merely starts like one', () => {
    const body = 'The two foreign ministers met in Geneva on Monday to discuss the ceasefire, officials said.';
    expect(cleanArticleText(`${body}\nSecond paragraph of the article, long enough to be prose, with more words.\nRelated articles\nHeadline one`).text).not.toContain('Headline one');
    expect(cleanArticleText(`${body}\nRelated articles were published by the ministry on the same day, and officials said more would follow.`).text).toContain('Related articles were published');
  });
});

describe('line classifiers', () => {
  it('recognizes photo captions by credit or opening words', () => {
    expect(isCaption('Trump greets Lavrov during the G20 summit in Hamburg, July 7, 2017. (Mikhail Klimentyev, Kremlin Pool Photo via AP)')).toBe(true);
    expect(isCaption('Rubio arrives at the White House. (Yuri Gripas/Abaca/Bloomberg via Getty Images)')).toBe(true);
    expect(isCaption('In this photo released by the ministry, the two ministers shake hands.')).toBe(true);
    expect(isCaption('Lavrov said the talks (the first in years) were useful.')).toBe(false);
  });

  it('tells headlines from prose', () => {
    expect(isHeadlineLike('Trump Signals Progress in Ukraine Peace Talks Ahead of U.S.–Russia Meeting')).toBe(true);
    expect(isHeadlineLike('Lavrov: ‘We Heard Each Other’')).toBe(true);
    expect(isHeadlineLike('The call was initiated by the U.S., officials said.')).toBe(false);
  });
});

describe('long prose is never furniture', () => {
  it('keeps a paragraph that mentions a newsletter, a copyright or pipes', () => {
    const prose =
      'The copyright dispute came up when Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi, officials said, adding that the ministers also discussed a trade | investment | technology agenda and a joint newsletter for business groups in both countries.';
    expect(cleanArticleText(prose).paragraphs.map((p) => p.kind)).toEqual(['prose']);
  });
});
