import { describe, expect, it } from 'vitest';
import { conditionText, findConditionCue } from '../../../lambdas/core/extract/conditions.js';
import { extractText } from './helpers.js';

const conditionsOf = async (text: string) => (await extractText(text)).conditions.map((c) => ({ actor: c.actor.name, country: c.actor.country, text: c.text, quote: c.quote, kind: c.kind }));

describe('findConditionCue (one sentence)', () => {
  it('classifies demands, preconditions, red lines, offers and waiting', async () => {
    expect(findConditionCue('Russia must end its aggression.')?.kind).toBe('demand');
    expect(findConditionCue('Talks can resume only if the shelling stops.')?.kind).toBe('precondition');
    expect(findConditionCue('Kyiv would reject any agreements made without it.')?.kind).toBe('red-line');
    expect(findConditionCue('Moscow is ready to talk without preconditions.')?.kind).toBe('offer');
    expect(findConditionCue('Moscow is waiting for U.S. confirmation that the deal stands.')?.kind).toBe('awaiting');
  });

  it('ignores "on condition of anonymity" and "a call on Saturday"', async () => {
    expect(findConditionCue('A journalist speaking on condition of anonymity said so.')).toBeNull();
    expect(findConditionCue('They discussed sanctions in a call on Saturday, according to Moscow.')).toBeNull();
  });
});

describe('conditionText', () => {
  it('takes the statement after a colon, after "that", or the quoted clause', async () => {
    const colon = 'Lavrov reiterated demands: Ukraine must commit to neutrality.';
    expect(conditionText(colon, findConditionCue(colon)!)).toBe('Ukraine must commit to neutrality');
    const quote = 'Macron said, “We seek peace, but Russia must end its aggression.”';
    expect(conditionText(quote, findConditionCue(quote)!)).toBe('Russia must end its aggression');
  });
});

describe('conditions in short articles', () => {
  it('resolves the speaker (person, pronoun, government) and keeps the quote', async () => {
    expect((await conditionsOf('French President Emmanuel Macron said, “We seek a strong and lasting peace, but Russia must end its aggression.”'))).toEqual([
      { actor: 'Emmanuel Macron', country: 'FR', text: 'Russia must end its aggression', quote: 'We seek a strong and lasting peace, but Russia must end its aggression.', kind: 'demand' },
    ]);
    expect((await conditionsOf('Wang Yi spoke to reporters. He said Washington must stop interfering in Taiwan.'))[0]).toMatchObject({ actor: 'Wang Yi', country: 'CN' });
    expect((await conditionsOf('Tehran insists that its right to enrichment is non-negotiable.'))[0]).toMatchObject({ actor: 'Iran', country: 'IR', kind: 'red-line' });
  });

  it('after an announced list of conditions, the quoted statement is one of them; "and noted that" starts another', async () => {
    const found = (await conditionsOf(
      'Lavrov also reiterated Russia’s conditions for ending the war. He said, “No one questions the territorial integrity of Russia,” and noted that Moscow is waiting for U.S. confirmation that earlier agreements remain in force.',
    ));
    expect(found.map((c) => [c.actor, c.kind])).toEqual([
      ['Sergey Lavrov', 'position'],
      ['Sergey Lavrov', 'awaiting'],
    ]);
    expect(found[1].text).toBe('Moscow is waiting for U.S. confirmation that earlier agreements remain in force');
  });

  it('needs a speaker: an unattributed "must" is not a condition', async () => {
    expect((await conditionsOf('Readers must log in to comment.'))).toEqual([]);
  });
});
