/**
 * Home officials (home-officials.ts, knowledge/countries.json newsAgencies): a country's own media name its officials
 * without a country word. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildContext, newArticleMemory } from '../../../lambdas/core/extract/context.js';
import { assignHomeOfficials } from '../../../lambdas/core/extract/home-officials.js';

/** Each paragraph one sentence; the people of the article with their countries after the home pass. */
function peopleOf(...paragraphs: string[]) {
  const memory = newArticleMemory();
  const contexts = paragraphs.map((text, i) => buildContext({ text, start: 0, end: text.length, paragraph: i, index: i }, null, memory));
  assignHomeOfficials(contexts);
  return contexts.flatMap((c) => c.persons.map((p) => [p.name, p.country]));
}

describe('officials of a national agency’s story filed at home', () => {
  it('are of the agency’s country, in every mention', () => {
    expect(
      peopleOf(
        'Hà Nội (VNA) – Prime Minister Pham Van Dat held talks with Chinese Premier Li Qiang on Monday.',
        'Prime Minister Pham Van Dat said the two sides would meet again.',
      ),
    ).toEqual([
      ['Pham Van Dat', 'VN'],
      ['Li Qiang', 'CN'],
      ['Pham Van Dat', 'VN'],
    ]);
    expect(peopleOf('SEOUL, Aug. 19 (Yonhap) -- Unification Minister Kim Dong-su met the envoy on Tuesday.')).toEqual([['Kim Dong-su', 'KR']]);
  });

  it('the agencies of smaller states too, with a courtesy title before the office', () => {
    expect(peopleOf('Mogadishu, 3 March 2026 (SONNA) – H.E. President Abdi Nur Warsame received the envoy at Villa Somalia on Monday.')).toEqual([
      ['Abdi Nur Warsame', 'SO'],
    ]);
    expect(peopleOf('Bishkek (Kabar) – Foreign Minister Azamat Example met the delegation on Tuesday.')).toEqual([['Azamat Example', 'KG']]);
    expect(peopleOf('WARSAW, May 4 (PAP) - Deputy Foreign Minister Jan Example received the ambassador.')).toEqual([['Jan Example', 'PL']]);
  });

  it('not when the agency files from abroad, nor for an international wire', () => {
    expect(peopleOf('Moscow, Nov. 5 (PTI) – Deputy Foreign Minister Andrei Volkov met Indian Ambassador Vinay Kumar.')).toEqual([
      ['Andrei Volkov', null],
      ['Vinay Kumar', 'IN'],
    ]);
    expect(peopleOf('SEOUL, Aug. 19 (Reuters) - Unification Minister Kim Dong-su met the envoy on Tuesday.')).toEqual([['Kim Dong-su', null]]);
    expect(peopleOf('PARIS, May 4 (AFP) - Deputy Foreign Minister Jan Example received the ambassador.')).toEqual([['Jan Example', null]]);
    expect(peopleOf('Nairobi, 3 March 2026 (SONNA) – President Abdi Nur Warsame arrived on Monday.')).toEqual([['Abdi Nur Warsame', null]]);
  });
});

describe('"the President of the Republic" in a datelined story', () => {
  it('is of the dateline’s country', () => {
    expect(peopleOf('ALGIERS - The President of the Republic, Mr. Karim Benali, received a call from French President Emmanuel Macron on Monday.')).toEqual([
      ['Karim Benali', 'DZ'],
      ['Emmanuel Macron', 'FR'],
    ]);
  });

  it('not without a dateline, and not for another office of the story', () => {
    expect(peopleOf('The President of the Republic, Mr. Karim Benali, received a call on Monday.')).toEqual([['Karim Benali', null]]);
    expect(peopleOf('ALGIERS - The Secretary General, Mr. Karim Benali, received the envoy on Monday.')).toEqual([['Karim Benali', null]]);
  });
});
