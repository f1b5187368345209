import { describe, expect, it } from 'vitest';
import { findPersons, type LearnedNames } from '../../../lambdas/core/extract/actors.js';
import { countryOfPhrase, findCountries } from '../../../lambdas/core/extract/countries.js';
import { findPlaces } from '../../../lambdas/core/extract/places.js';

const persons = (text: string, learned: LearnedNames = new Map(), published: string | null = null) =>
  findPersons(text, published, learned).map((p) => ({ name: p.name, country: p.country, role: p.role }));

describe('findPersons', () => {
  it('knows registry names, surnames and transliterations', () => {
    expect(persons('Sergei Lavrov spoke to Sergey Lavrov’s deputy, then Lavrov left.').map((p) => p.name)).toEqual([
      'Sergey Lavrov',
      'Sergey Lavrov',
      'Sergey Lavrov',
    ]);
    expect(persons('Zelensky and Zelenskyy are one man.').map((p) => p.name)).toEqual(['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']);
  });

  it('recognizes an unknown official from a title, with the country before it', () => {
    expect(persons('Kenyan Foreign Minister Jane Doe met Special Envoy John Smith.')).toEqual([
      { name: 'Jane Doe', country: null, role: 'Foreign Minister' },
      { name: 'John Smith', country: null, role: 'Special Envoy' },
    ]);
    expect(persons('North Korean Foreign Minister Choe Son Hui arrived.')).toEqual([{ name: 'Choe Son Hui', country: 'KP', role: 'Foreign Minister' }]);
    expect(persons("India's Deputy National Security Adviser Pavan Kapoor spoke.")[0]).toEqual({ name: 'Pavan Kapoor', country: 'IN', role: 'Deputy National Security Adviser' });
  });

  it('remembers a titled newcomer by surname for the rest of the article', () => {
    const learned: LearnedNames = new Map();
    persons('Japanese Foreign Minister Taro Example visited Seoul.', learned);
    expect(persons('Example said the talks went well.', learned)).toEqual([{ name: 'Taro Example', country: 'JP', role: 'Foreign Minister' }]);
  });

  it('reports the role held at the published date', () => {
    expect(persons('Blinken spoke.', new Map(), '2024-05-01')[0].role).toBe('Secretary of State');
    expect(persons('Trump spoke.', new Map(), '2019-05-01')[0].role).toBe('President');
  });

  it('marks former office holders', () => {
    const [p] = findPersons('former Secretary of State Antony Blinken', null, new Map());
    expect(p.former).toBe(true);
  });

  it('does not read a government for a person ("the Trump administration")', async () => {
    const { contextOf } = await import('../../../lambdas/core/extract/context.js');
    expect(contextOf('The Trump administration evaluates its role.').persons).toEqual([]);
  });
});

describe('findCountries', () => {
  it('finds names, demonyms, capitals and metonyms with their kind', () => {
    const found = findCountries('The Kremlin told Washington that Russian and Ukrainian envoys would meet in Beijing; the U.K. agreed.');
    expect(found.map((c) => [c.code, c.kind])).toEqual([
      ['RU', 'metonym'],
      ['US', 'capital'],
      ['RU', 'demonym'],
      ['UA', 'demonym'],
      ['CN', 'capital'],
      ['GB', 'name'],
    ]);
  });

  it('resolves a free phrase such as an initiator', () => {
    expect(countryOfPhrase('the Russian side')).toBe('RU');
    expect(countryOfPhrase('U.S.')).toBe('US');
    expect(countryOfPhrase('Tehran')).toBe('IR');
    expect(countryOfPhrase('the weather')).toBeNull();
  });

  it('is case-sensitive for initialisms (the pronoun "us" is not the United States)', () => {
    expect(findCountries('He told us nothing.')).toEqual([]);
  });
});

describe('findPlaces', () => {
  it('finds cities, venues and gatherings in locative phrases', () => {
    const places = findPlaces('The talks took place in Riyadh at the Diriyah Palace, during the U.N. General Assembly.');
    expect(places.map((p) => [p.kind, p.name, p.country])).toEqual([
      ['city', 'Riyadh', 'SA'],
      ['venue', 'Diriyah Palace', 'SA'],
      ['gathering', 'U.N. General Assembly', 'US'],
    ]);
  });

  it('ignores a capital used as a government ("Moscow said")', () => {
    expect(findPlaces('Moscow said it was ready.')).toEqual([]);
  });
});

describe('role references ("the crown prince", "the Chinese leader")', () => {
  it('resolve to the last person named with a fitting role and nationality', async () => {
    const { contextOf, newArticleMemory } = await import('../../../lambdas/core/extract/context.js');
    const memory = newArticleMemory();
    contextOf('Saudi Crown Prince Mohammed bin Salman received Chinese President Xi Jinping.', null, memory);
    expect(contextOf('Later the crown prince thanked the Chinese leader.', null, memory).persons.map((p) => p.name)).toEqual(['Mohammed bin Salman', 'Xi Jinping']);
    expect(contextOf('The Indian leader was not there.', null, memory).persons).toEqual([]);
  });

  it('make a contact when the role stands for a participant', async () => {
    const { contactsOf } = await import('./helpers.js');
    expect(contactsOf('Saudi Crown Prince Mohammed bin Salman hosted Trump in Riyadh. On Friday the crown prince spoke with Netanyahu by phone.')).toContainEqual(
      expect.objectContaining({ mode: 'call', who: ['Benjamin Netanyahu', 'Mohammed bin Salman'] }),
    );
  });
});
