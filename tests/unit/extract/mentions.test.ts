import { describe, expect, it } from 'vitest';
import { findPersons, type LearnedNames } from '../../../lambdas/core/extract/actors.js';
import { countryOfPhrase, findCountries } from '../../../lambdas/core/extract/countries.js';
import { findPlaces } from '../../../lambdas/core/extract/places.js';
import { buildContext, newArticleMemory } from '../../../lambdas/core/extract/context.js';

const persons = (text: string, learned: LearnedNames = new Map(), published: string | null = null) =>
  findPersons(text, published, learned).map((p) => ({ name: p.name, country: p.country, role: p.role }));

describe('findPersons', () => {
  it('knows registry names, surnames and transliterations', async () => {
    expect(persons('Sergei Lavrov spoke to Sergey Lavrov’s deputy, then Lavrov left.').map((p) => p.name)).toEqual([
      'Sergey Lavrov',
      'Sergey Lavrov',
      'Sergey Lavrov',
    ]);
    expect(persons('Zelensky and Zelenskyy are one man.').map((p) => p.name)).toEqual(['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']);
  });

  it('recognizes an unknown official from a title, with the country before it', async () => {
    expect(persons('Ruritanian Foreign Minister Jane Doe met Special Envoy John Smith.')).toEqual([
      { name: 'Jane Doe', country: null, role: 'Foreign Minister' },
      { name: 'John Smith', country: null, role: 'Special Envoy' },
    ]);
    expect(persons('North Korean Foreign Minister Choe Son Hui arrived.')).toEqual([{ name: 'Choe Son Hui', country: 'KP', role: 'Foreign Minister' }]);
    expect(persons("India's Deputy National Security Adviser Pavan Kapoor spoke.")[0]).toEqual({ name: 'Pavan Kapoor', country: 'IN', role: 'Deputy National Security Adviser' });
  });

  it('remembers a titled newcomer by surname for the rest of the article', async () => {
    const learned: LearnedNames = new Map();
    persons('Japanese Foreign Minister Taro Example visited Seoul.', learned);
    expect(persons('Example said the talks went well.', learned)).toEqual([{ name: 'Taro Example', country: 'JP', role: 'Foreign Minister' }]);
  });

  it('introduces an official by apposition ("Name, the EU’s trade commissioner"), country from the description', async () => {
    expect(persons('They met Maria Novak, the EU’s fisheries commissioner, and Tom Hale, the Cabinet Office minister.')).toEqual([
      { name: 'Maria Novak', country: 'EU', role: 'commissioner' },
      { name: 'Tom Hale', country: 'GB', role: 'minister' },
    ]);
    expect(persons('Liu Example, head of the International Department, met him.')).toEqual([{ name: 'Liu Example', country: null, role: 'head' }]);
    // Places, countries and sentence openers are not names; a description without a job word is no introduction.
    expect(persons('In Abu Dhabi, the talks went on. Saudi Arabia, the kingdom, agreed. Kim Yo Example, the sister of the leader, spoke.')).toEqual([]);
  });

  it('a titled name part of someone already introduced is that person ("President Lee", "Prince Faisal")', async () => {
    const learned: LearnedNames = new Map();
    persons('South Korean President Lee Jae-myung took office in June.', learned);
    expect(persons('President Lee spoke by phone on Monday.', learned)).toEqual([{ name: 'Lee Jae-myung', country: 'KR', role: 'President' }]);
  });

  it('reports the role held at the published date', async () => {
    expect(persons('Blinken spoke.', new Map(), '2024-05-01')[0].role).toBe('Secretary of State');
    expect(persons('Trump spoke.', new Map(), '2019-05-01')[0].role).toBe('President');
  });

  it('marks former office holders', async () => {
    const [p] = findPersons('former Secretary of State Antony Blinken', null, new Map());
    expect(p.former).toBe(true);
  });

  it('does not read a government for a person ("the Trump administration")', async () => {
    const { contextOf } = await import('../../../lambdas/core/extract/context.js');
    expect(contextOf('The Trump administration evaluates its role.').persons).toEqual([]);
  });
});

describe('findCountries', () => {
  it('finds names, demonyms, capitals and metonyms with their kind', async () => {
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

  it('resolves a free phrase such as an initiator', async () => {
    expect(countryOfPhrase('the Russian side')).toBe('RU');
    expect(countryOfPhrase('U.S.')).toBe('US');
    expect(countryOfPhrase('Tehran')).toBe('IR');
    expect(countryOfPhrase('the weather')).toBeNull();
  });

  it('is case-sensitive for initialisms (the pronoun "us" is not the United States)', async () => {
    expect(findCountries('He told us nothing.')).toEqual([]);
  });
});

describe('findPlaces', () => {
  it('finds cities, venues and gatherings in locative phrases', async () => {
    const places = findPlaces('The talks took place in Riyadh at the Diriyah Palace, during the U.N. General Assembly.');
    expect(places.map((p) => [p.kind, p.name, p.country])).toEqual([
      ['city', 'Riyadh', 'SA'],
      ['venue', 'Diriyah Palace', 'SA'],
      ['gathering', 'U.N. General Assembly', 'US'],
    ]);
  });

  it('ignores a capital used as a government ("Moscow said")', async () => {
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
    expect((await contactsOf('Saudi Crown Prince Mohammed bin Salman hosted Trump in Riyadh. On Friday the crown prince spoke with Netanyahu by phone.'))).toContainEqual(
      expect.objectContaining({ mode: 'call', who: ['Benjamin Netanyahu', 'Mohammed bin Salman'] }),
    );
  });
});

describe('role references', () => {
  it('"his Iranian counterpart" is the Iranian last named', async () => {
    const memory = newArticleMemory();
    const read = (text: string) => buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, null, memory).persons.map((p) => p.name);
    read('Iranian Foreign Minister Abbas Araghchi arrived in Jeddah.');
    expect(read('Prince Faisal bin Farhan held talks with his Iranian counterpart.')).toEqual(['Faisal bin Farhan', 'Abbas Araghchi']);
    expect(read('He later met his Omani counterpart.')).toEqual([]);
  });
});

describe('appositive job descriptions with a possessive', () => {
  const names = (text: string) => findPersons(text, null, new Map()).map((p) => `${p.name}/${p.role}`);

  it('the job after an employer’s possessive introduces the person ("the prime minister’s national security adviser")', () => {
    expect(names('Jonathan Example, the prime minister’s national security adviser, held talks in Beijing.')).toEqual(['Jonathan Example/national security adviser']);
  });

  it('the last words of a body’s name before an appositive are no person ("… and Security Service, who …")', () => {
    expect(
      names('Boulos held a video call with Redwan Example, the director of Ethiopia’s National Intelligence and Security Service, who has quietly become Prime Minister Abiy Ahmed’s point man on the file.'),
    ).toEqual(['Redwan Example/director', 'Abiy Ahmed/Prime Minister']);
  });

  it('"…, the Prime Minister’s Office said" names no one’s job', () => {
    expect(names('They agreed to begin negotiations on a Comprehensive Economic Partnership Agreement, the Prime Minister’s Office said.')).toEqual([]);
  });
});

describe('a federation’s state or province in a person’s description (knowledge/countries.json subnationalUnits)', () => {
  it('gives the person that federation’s country, for a legislator or a party member too', () => {
    expect(persons('They met senators led by Jane Roe, the Montana Republican, on Tuesday.')).toEqual([{ name: 'Jane Roe', country: 'US', role: 'republican' }]);
    expect(persons('Tom Mfano, a Democrat from New Mexico, met the envoy.')).toEqual([{ name: 'Tom Mfano', country: 'US', role: 'democrat' }]);
    expect(persons('Ali Mithal, the Manitoba premier, met the envoy.')).toEqual([{ name: 'Ali Mithal', country: 'CA', role: 'premier' }]);
  });

  it('is no name, and a country word that ends its name is no country', () => {
    expect(persons('New Mexico, the envoy said, is far.')).toEqual([]);
    expect(findCountries('Officials from New Mexico and Western Australia met.')).toEqual([]);
    expect(findCountries('Mexico and Australia met.').map((c) => c.code)).toEqual(['MX', 'AU']);
  });

  it('a country named in the description still wins', () => {
    expect(persons('Jane Roe, a Mexican senator from Sonora, spoke.')).toEqual([{ name: 'Jane Roe', country: 'MX', role: 'senator' }]);
  });
});
