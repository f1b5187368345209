import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anyTopicPattern, TOPIC_RES } from '../../../lambdas/core/extract/knowledge.js';
import { findTopics } from '../../../lambdas/core/extract/topics.js';

// What findTopics means: every label whose own pattern occurs in the joined evidence (one scan per label).
function labelByLabel(texts: string[]): string[] {
  const joined = texts.join('\n');
  return TOPIC_RES.filter((t) => new RegExp(t.re.source, t.re.flags).test(joined)).map((t) => t.label);
}

const seedLines = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(`seeds/${f}`, 'utf8').split(/(?<=[.!?])\s+/));

describe('findTopics', () => {
  it('builds the all-topics pattern for the shipped topics.json', () => {
    expect(anyTopicPattern()).not.toBeNull();
  });

  it('finds the labels each label pattern finds, on every seed sentence and pairs of them', () => {
    let labelled = 0;
    seedLines.forEach((line, i) => {
      const evidence = [line, seedLines[(i + 1) % seedLines.length]];
      expect(findTopics([line])).toEqual(labelByLabel([line]));
      expect(findTopics(evidence)).toEqual(labelByLabel(evidence));
      if (labelByLabel([line]).length > 0) labelled++;
    });
    // Both kinds of evidence occur: with topics and without (the all-topics scan decides the latter alone).
    expect(labelled).toBeGreaterThan(10);
    expect(labelled).toBeLessThan(seedLines.length);
  });

  it('keeps a phrase that runs across two evidence sentences, as the joined scan does', () => {
    const evidence = ['The two sides spoke about peace', 'talks resumed on Monday'];
    expect(labelByLabel(evidence)).toContain('Ukraine war');
    expect(findTopics(evidence)).toEqual(labelByLabel(evidence));
    expect(findTopics(['Nothing of note was said.'])).toEqual([]);
  });
});
