import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const cases = readFileSync(new URL('../../fixtures/extract/negative-cases.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('negative cases: page junk and look-alikes produce nothing', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(15));

  it.each(cases)('%s', async (line) => {
    const record = (await extractText(line, '2025-11-10'));
    expect({ contacts: record.contacts, conditions: record.conditions, openQuestions: record.openQuestions }).toEqual({
      contacts: [],
      conditions: [],
      openQuestions: [],
    });
  });

  it('the same junk around a real article adds nothing to it', async () => {
    const article = 'Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in Ankara on Friday.';
    const record = (await extractText([article, '', ...cases].join('\n'), '2025-11-10'));
    expect(record.contacts).toHaveLength(1);
    expect(record.contacts[0].participants.map((p) => p.name)).toEqual(['Hakan Fidan', 'Andrii Sybiha']);
    expect(record.conditions).toEqual([]);
    expect(record.openQuestions).toEqual([]);
  });
});
