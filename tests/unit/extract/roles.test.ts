import { describe, expect, it } from 'vitest';
import rolesData from '../../../knowledge/roles.json' with { type: 'json' };
import type { PersonMention } from '../../../lambdas/core/extract/actors.js';
import { compileRoleWords } from '../../../lambdas/core/extract/role-words.js';
import { findPairReferences, findRoleReferences, type SeenPerson } from '../../../lambdas/core/extract/roles.js';
import { buildContext, newArticleMemory } from '../../../lambdas/core/extract/context.js';

/** Who "the <word>" in a sentence refers to, given the people named so far (in order). */
function referent(sentence: string, seen: SeenPerson[], taken: PersonMention[] = [], roleWords = compileRoleWords(rolesData)): string[] {
  return findRoleReferences(sentence, seen, taken, roleWords).map((p) => p.name);
}

const person = (name: string, role: string | null, country: string | null = null): SeenPerson => ({ name, role, country });

describe('role references (knowledge/roles.json)', () => {
  // Each role word with a role it stands for and a role it does not; the fitting person is named first,
  // so picking the last-named person blindly would fail.
  const cases: Array<[word: string, fits: string, doesNotFit: string]> = [
    ['leader', 'Prime Minister', 'Foreign Minister'],
    ['leader', 'Vice Premier', 'Envoy'],
    ['president', 'President', 'Vice President'],
    ['president', 'President of Iran', 'Former Vice President'],
    ['prime minister', 'Deputy Prime Minister', 'President'],
    ['premier', 'Vice Premier', 'Prime Minister'],
    ['chancellor', 'Chancellor', 'President'],
    ['foreign minister', 'Secretary of State', 'Defense Minister'],
    ['foreign minister', 'External Affairs Minister', 'Prime Minister'],
    ['foreign secretary', 'Foreign Minister', 'Finance Minister'],
    ['top diplomat', 'High Representative', 'Special Envoy'],
    ['top diplomat', 'foreign secretary', 'President'],
    ['crown prince', 'Crown Prince', 'Prince'],
    ['king', 'King', 'Crown Prince'],
    ['emir', 'Emir', 'Sheikh'],
    ['envoy', 'Special Envoy', 'Ambassador'],
  ];
  it.each(cases)('"the %s" is the last person named as %s, not one named as %s', (word, fits, doesNotFit) => {
    const seen = [person('Fitting Person', fits), person('Other Person', doesNotFit)];
    expect(referent(`Then the ${word} spoke.`, seen)).toEqual(['Fitting Person']);
    expect(referent(`Then the ${word} spoke.`, [person('Other Person', doesNotFit)])).toEqual([]);
  });

  it('a "former" role still fits, and a demonym narrows the choice to that country', () => {
    expect(referent('His talks with the leader ended.', [person('Ex Leader', 'former President')])).toEqual(['Ex Leader']);
    const seen = [person('Ana Ruiz', 'Foreign Minister', 'RU'), person('Bo Chen', 'Foreign Minister', 'CN')];
    expect(referent('The Russian foreign minister left.', seen)).toEqual(['Ana Ruiz']);
    expect(referent('The foreign minister left.', seen)).toEqual(['Bo Chen']);
  });

  it('a counterpart needs a demonym, and holds the same kind of office as the person it is the counterpart of', () => {
    const seen = [person('Abbas Doe', 'Foreign Minister', 'IR'), person('Masoud Roe', 'President', 'IR')];
    const sentence = 'Foreign Minister Faisal Poe met his Iranian counterpart.';
    const subject: PersonMention = { ...person('Faisal Poe', 'Foreign Minister', 'SA'), start: 0, end: 27, titleStart: 0, former: false, known: false };
    expect(referent(sentence, seen, [subject])).toEqual(['Abbas Doe']);
    expect(referent('She met her counterpart.', seen)).toEqual([]);
  });

  it('role words and counterpart words added only in the data are recognised', () => {
    const extended = compileRoleWords({
      ...rolesData,
      roleWords: { ...rolesData.roleWords, 'head of government': ['prime minister', 're:^premier$'] },
      counterpartWords: [...rolesData.counterpartWords, 'opposite number'],
    });
    const seen = [person('Kenji Sato', 'Prime Minister', 'JP'), person('Reza Moe', 'Interior Minister', 'IR')];
    expect(referent('The Japanese head of government arrived.', seen)).toEqual([]);
    expect(referent('The Japanese head of government arrived.', seen, [], extended)).toEqual(['Kenji Sato']);
    expect(referent('He called his Iranian opposite number.', seen, [], extended)).toEqual(['Reza Moe']);
    expect(referent('He called his Iranian opposite number.', seen)).toEqual([]);
  });

  it('office kinds added only in the data pick the counterpart holding the same kind of office', () => {
    const seen = [person('Ada Kay', 'Interior Minister', 'IR'), person('Ben Lee', 'Energy Minister', 'IR')];
    const subject: PersonMention = { ...person('Cy Day', 'Interior Minister', 'SA'), start: 0, end: 24, titleStart: 0, former: false, known: false };
    const sentence = 'Interior Minister Cy Day met his Iranian counterpart.';
    expect(referent(sentence, seen, [subject])).toEqual(['Ben Lee']);
    const extended = compileRoleWords({ ...rolesData, officeKinds: { ...rolesData.officeKinds, interior: ['interior'] } });
    expect(referent(sentence, seen, [subject], extended)).toEqual(['Ada Kay']);
  });
});

describe('pair references ("the two presidents", "the two men")', () => {
  const pair = (sentence: string, seen: SeenPerson[], taken: PersonMention[] = []) => findPairReferences(sentence, seen, taken).map((p) => p.name);
  const seen = [
    person('Lula', 'President', 'BR'),
    person('Trump', 'President', 'US'),
    person('Vieira', 'Foreign Minister', 'BR'),
    person('Rubio', 'Secretary of State', 'US'),
    person('Rosa', null, 'BR'),
  ];

  it('are the last two people of different countries whose offices fit the plural', () => {
    expect(pair('a video call between the two presidents on Oct. 6', seen)).toEqual(['Lula', 'Trump']);
    expect(pair('The two leaders then met in Kuala Lumpur.', seen)).toEqual(['Lula', 'Trump']);
    expect(pair('The two foreign ministers met in Brasilia.', seen)).toEqual(['Vieira', 'Rubio']);
    expect(pair('The two men spoke again.', seen)).toEqual(['Rubio', 'Rosa']);
  });

  it('need two countries, a fitting office, and "the two" (not "both", not "two" alone)', () => {
    expect(pair('The two presidents met.', [person('Lula', 'President', 'BR'), person('Bolsonaro', 'President', 'BR')])).toEqual([]);
    expect(pair('The two prime ministers met.', seen)).toEqual([]);
    expect(pair('Both leaders agreed to begin negotiations.', seen)).toEqual([]);
    expect(pair('Two leaders met.', seen)).toEqual([]);
  });
});

describe('a role word followed by the name it introduces', () => {
  it('"his Indian counterpart, Piyush Goyal," is Goyal, not an Indian named earlier', async () => {
    const memory = newArticleMemory();
    buildContext({ text: 'Indian Prime Minister Narendra Modi spoke on Monday.', start: 0, end: 51, paragraph: 0, index: 0 }, null, memory);
    const text = 'Trade Minister Maninder Sidhu and his Indian counterpart, Piyush Goyal, will meet in New Delhi.';
    const ctx = buildContext({ text, start: 52, end: 52 + text.length, paragraph: 0, index: 1 }, null, memory);
    expect(ctx.persons.map((p) => p.name)).toEqual(['Maninder Sidhu', 'Piyush Goyal']);
  });

  it('"his Turkish counterpart Hakan Demir" without a comma is Demir, not a Turk named earlier', async () => {
    const memory = newArticleMemory();
    const first = 'Turkish Vice President Cevdet Kaya met them on Monday.';
    buildContext({ text: first, start: 0, end: first.length, paragraph: 0, index: 0 }, null, memory);
    const text = 'Greek Foreign Minister Nikos Pappas and his Turkish counterpart Hakan Demir met in Brussels.';
    const ctx = buildContext({ text, start: 60, end: 60 + text.length, paragraph: 0, index: 1 }, null, memory);
    expect(ctx.persons.map((p) => p.name)).toEqual(['Nikos Pappas', 'Hakan Demir']);
  });

  it('a role in apposition after a name ("Ali Rezaei, the Iranian foreign minister,") is that name; after someone of another country it still refers back', async () => {
    const memory = newArticleMemory();
    const first = 'Iranian Deputy Foreign Minister Kazem Tavakoli met them on Monday.';
    buildContext({ text: first, start: 0, end: first.length, paragraph: 0, index: 0 }, null, memory);
    const text = 'Ali Rezaei, the Iranian foreign minister, spoke by phone with Jean-Noël Barrot.';
    expect(buildContext({ text, start: 70, end: 70 + text.length, paragraph: 0, index: 1 }, null, memory).persons.map((p) => p.name)).toEqual([
      'Ali Rezaei',
      'Jean-Noël Barrot',
    ]);
    const list = 'Barrot greeted Lammy, the Iranian foreign minister and Wadephul.';
    expect(buildContext({ text: list, start: 160, end: 160 + list.length, paragraph: 0, index: 2 }, null, memory).persons.map((p) => p.name)).toContain('Ali Rezaei');
  });

  it('without a name after it, the role word still refers back', async () => {
    const memory = newArticleMemory();
    buildContext({ text: 'Indian Prime Minister Narendra Modi spoke on Monday.', start: 0, end: 51, paragraph: 0, index: 0 }, null, memory);
    const text = 'Canadian Prime Minister Mark Carney and his Indian counterpart will meet in New Delhi.';
    const ctx = buildContext({ text, start: 52, end: 52 + text.length, paragraph: 0, index: 1 }, null, memory);
    expect(ctx.persons.map((p) => p.name)).toEqual(['Mark Carney', 'Narendra Modi']);
  });
});

describe('pair references to the two people the sentence before named', () => {
  const at = (p: SeenPerson, sentence: number): SeenPerson => ({ ...p, at: sentence });
  const pair = (sentence: string, seen: SeenPerson[], previousAt: number) => findPairReferences(sentence, seen, [], undefined, previousAt).map((p) => p.name);

  it('are the pair when both fit, even when one’s country is not known yet', () => {
    const seen = [at(person('Trevino', 'defense secretary', 'MX'), 3), at(person('Rubio', 'Secretary of State', 'US'), 5), at(person('De la Vega', 'Foreign Secretary'), 5)];
    expect(pair('The two ministers discussed migration.', seen, 5)).toEqual(['Rubio', 'De la Vega']);
  });

  it('not two of one country, nor a former office holder named in passing', () => {
    const seen = [at(person('Adams', 'President', 'US'), 1), at(person('Borisov', 'President', 'RU'), 1), at(person('Carter', 'President', 'US'), 2), at(person('Dole', 'Vice President', 'US'), 2)];
    expect(pair('The two presidents spoke again.', seen, 2)).toEqual(['Borisov', 'Carter']);
    const withFormer = [at(person('Lima', 'President', 'BR'), 1), at(person('Adams', 'President', 'US'), 2), at(person('Souza', 'former President', 'BR'), 2)];
    expect(pair('The two leaders met.', withFormer, 2)).toEqual(['Lima', 'Adams']);
  });
});

describe('pair references to negotiators and envoys', () => {
  const pair = (sentence: string, seen: SeenPerson[]) => findPairReferences(sentence, seen, []).map((p) => p.name);
  const seen = [person('Bislimi', 'Chief Negotiator', 'XK'), person('Sørensen', 'envoy', 'EU'), person('Petković', 'chief negotiator', 'RS')];

  it('"the two chief negotiators" are the negotiators, not the envoy named between them', () => {
    expect(pair('Sørensen proposed a trilateral meeting of the two chief negotiators in Brussels.', seen)).toEqual(['Bislimi', 'Petković']);
  });

  it('"the two envoys" needs two envoys of different countries', () => {
    expect(pair('The two envoys met in Brussels.', seen)).toEqual([]);
  });
});

describe('role words in title case, as readouts write them', () => {
  const seen = [person('Amara Diallo', 'Prime Minister', 'SN'), person('Idris Kone', 'President', 'ML'), person('Sara Lind', 'Foreign Minister', 'SE')];

  it('"The Prime Minister called the President" refers back like the lower-case words', () => {
    expect(referent('The Prime Minister called the President on Sunday.', seen)).toEqual(['Amara Diallo', 'Idris Kone']);
    expect(referent('He met the Foreign Minister in Dakar.', seen)).toEqual(['Sara Lind']);
  });

  it('not an office written out with "of" ("the President of the Commission"), nor a title before a name', () => {
    expect(referent('The President of the Commission called on Sunday.', seen)).toEqual([]);
    const named: PersonMention[] = [{ name: 'Omar Sy', role: 'President', country: null, start: 8, end: 15, titleStart: 4, former: false, known: false }];
    expect(referent('The President Omar Sy spoke.', seen, named)).toEqual([]);
  });
});

describe('people a role word referred to are named again', () => {
  const read = (...texts: string[]) => {
    const memory = newArticleMemory();
    return texts.map((text, index) => buildContext({ text, start: 0, end: text.length, paragraph: index, index }, null, memory).persons.map((p) => p.name));
  };

  it('so "the two leaders" in the next sentence are the two the role words named, not the last two titled names', () => {
    const people = read(
      'Malian President Idris Kone spoke by telephone with Senegalese Prime Minister Amara Diallo.',
      'Swedish Prime Minister Erik Holm welcomed the call.',
      'The Senegalese Prime Minister had called the Malian President to prepare the visit.',
      'The two leaders also discussed the border.',
    );
    expect(people[2]).toEqual(['Amara Diallo', 'Idris Kone']);
    expect(people[3].sort()).toEqual(['Amara Diallo', 'Idris Kone']);
  });
});

describe('"the two leaders" in a sentence that names one of them', () => {
  const pair = (sentence: string, seen: SeenPerson[], taken: PersonMention[]) => findPairReferences(sentence, seen, taken).map((p) => p.name);
  const seen = [person('Hans Berg', 'President', 'NO'), person('Amara Diallo', 'Prime Minister', 'SN'), person('Idris Kone', 'President', null)];

  it('are that person and the last other person whose office fits', () => {
    const text = 'The visit returned that of President Idris Kone to Dakar, when the two leaders held talks.';
    const kone: PersonMention = { name: 'Idris Kone', role: 'President', country: null, start: 40, end: 50, titleStart: 30, former: false, known: false };
    expect(pair(text, seen, [kone])).toEqual(['Idris Kone', 'Amara Diallo']);
  });

  it('not a person of the named one’s own country', () => {
    const text = 'Prime Minister Amara Diallo arrived, and the two leaders held talks.';
    const diallo: PersonMention = { name: 'Amara Diallo', role: 'Prime Minister', country: 'SN', start: 15, end: 27, titleStart: 0, former: false, known: false };
    expect(pair(text, [person('Moussa Fall', 'President', 'SN'), ...seen.slice(1, 2)], [diallo])).toEqual([]);
  });
});
