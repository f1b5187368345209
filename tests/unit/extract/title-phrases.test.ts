/**
 * People introduced by the longer title phrases of readouts, state media and wire copy, and the countries
 * they take from them (title-phrases.ts, actors.ts, knowledge/titles.json, knowledge/countries.json). Names
 * are invented: the rules must read the language, not know the people.
 */
import { describe, expect, it } from 'vitest';
import { findPersons, type LearnedNames } from '../../../lambdas/core/extract/actors.js';
import { buildContext, contextOf, newArticleMemory } from '../../../lambdas/core/extract/context.js';
import { contactsOf } from './helpers.js';

const persons = (text: string, learned: LearnedNames = new Map()) =>
  findPersons(text, null, learned).map((p) => ({ name: p.name, country: p.country }));
const countriesOf = (...sentences: string[]) => {
  const memory = newArticleMemory();
  return sentences.map((text, index) => buildContext({ text, start: 0, end: text.length, paragraph: index, index }, null, memory).countries.map((c) => c.code));
};

describe('an office "of <country>", then the name without a comma', () => {
  it('gives the holder that country, also after a long institution name and a hyphenated prefix', () => {
    expect(persons('Deputy Foreign Minister of Moldova Ion Exemplu met with Deputy Minister of Foreign Affairs of Georgia Nino Nimushi.')).toEqual([
      { name: 'Ion Exemplu', country: 'MD' },
      { name: 'Nino Nimushi', country: 'GE' },
    ]);
    expect(persons('Vice-President of the Parliament of the Republic of Moldova Ana Testescu opened the session.')).toEqual([{ name: 'Ana Testescu', country: 'MD' }]);
  });

  it('does not read a body named after the country as a person', () => {
    expect(persons('The Chief of Staff of the Israel Defense Forces said the drill was over.')).toEqual([]);
  });
});

describe('an office of a body, then the name without a comma (state media, readouts)', () => {
  it('introduces the holder after the body’s last word, with the country named inside the office', () => {
    expect(
      persons('General Secretary of the Communist Party of Viet Nam Central Committee Tran Van Minh received Head of the International Department of the CPC Central Committee Zhao Lintao.'),
    ).toEqual([
      { name: 'Tran Van Minh', country: 'VN' },
      { name: 'Zhao Lintao', country: 'CN' },
    ]);
    expect(persons('Chairman of the National Assembly Jane Roe met Head of the Party’s Commission for External Relations Ali Mithal.')).toEqual([
      { name: 'Jane Roe', country: null },
      { name: 'Ali Mithal', country: null },
    ]);
  });

  it('needs an office word before the body and a name after it', () => {
    expect(persons('A session of the National Assembly Tuesday approved it, and members of the Security Council Russia and China objected.')).toEqual([]);
    expect(persons('The Chairman of the National Assembly Standing Committee said so.')).toEqual([]);
  });

  it('keeps the side the office gave when the same full name comes back with a shorter title', () => {
    const learned: LearnedNames = new Map();
    persons('General Secretary of the Communist Party of Viet Nam Central Committee Tran Van Minh arrived.', learned);
    expect(persons('General Secretary Tran Van Minh welcomed the guests.', learned)).toEqual([{ name: 'Tran Van Minh', country: 'VN' }]);
  });
});

describe('a title phrase, a comma, then the name', () => {
  it('takes the country word before the office or inside the institution’s name', () => {
    expect(persons('Portuguese Minister of the Interior, Mr. João Exemplo, will visit Rabat.')).toEqual([{ name: 'João Exemplo', country: 'PT' }]);
    expect(persons('He received the Director General for Asia at the Danish Ministry of Foreign Affairs, Ms. Karen Prøvesen, on Monday.')).toEqual([
      { name: 'Karen Prøvesen', country: 'DK' },
    ]);
    expect(persons('He was invited by his Kenyan counterpart, the Cabinet Secretary, Minister of the Interior and Security, Mr. Kip Mfano.')).toEqual([
      { name: 'Kip Mfano', country: 'KE' },
    ]);
    expect(persons("Rwanda's ambassador-at-large for the Great Lakes, Jean Urugero, did not comment.")).toEqual([{ name: 'Jean Urugero', country: 'RW' }]);
  });

  it('does not give the country of a post ("ambassador to Washington") or of a person named before the comma', () => {
    expect(persons('The envoy, a former ambassador to Washington, Mr. Omar Sample, arrived.')).toEqual([{ name: 'Omar Sample', country: null }]);
    expect(persons('Omar Sample, a former ambassador to Washington, arrived.')).toEqual([{ name: 'Omar Sample', country: null }]);
    expect(persons('After talks with Chinese President Xi Jinping, Prime Minister Jane Roe said.')).toEqual([
      { name: 'Xi Jinping', country: 'CN' },
      { name: 'Jane Roe', country: null },
    ]);
  });

  it('reads through a courtesy adjective before a state’s formal name ("the sisterly Republic of …")', () => {
    expect(persons('The Prime Minister of the sisterly Republic of Iraq, Omar Sample, will arrive on Monday.')).toEqual([{ name: 'Omar Sample', country: 'IQ' }]);
    expect(persons('The Foreign Minister of the brotherly Kingdom of Morocco, Karim Exemple, was received on Sunday.')).toEqual([{ name: 'Karim Exemple', country: 'MA' }]);
    expect(persons('He thanked the Ambassador of the friendly State of Qatar, Jane Roe, for the invitation.')).toEqual([{ name: 'Jane Roe', country: 'QA' }]);
  });

  it('but only between "the" and a capitalized name: the same adjective elsewhere ends the phrase', () => {
    expect(persons('The Minister of Iraq met friendly Gulf Envoys, Omar Sample said.')).toEqual([{ name: 'Omar Sample', country: null }]);
    expect(persons('The Prime Minister of the sisterly nation, Omar Sample, will arrive on Monday.')).toEqual([]);
  });

  it('does not read the rest of a joined office as a name ("…, Local Authorities and Transport, Mr. X")', () => {
    expect(persons('The Minister of State, Minister of the Interior, Local Authorities and Transport, Mr. Ali Mithal, spoke.')).toEqual([
      { name: 'Ali Mithal', country: null },
    ]);
  });
});

describe('"<country> was represented by A, <country> by B"', () => {
  it('gives each person the country of its own pair, titled or not', () => {
    expect(
      persons('Peru was represented by Deputy Foreign Minister Ana Ejemplo, Chile by Minister of State Luis Muestra and Bolivia by Eva Prueba, a senior diplomat.'),
    ).toEqual([
      { name: 'Ana Ejemplo', country: 'PE' },
      { name: 'Luis Muestra', country: 'CL' },
      { name: 'Eva Prueba', country: 'BO' },
    ]);
    expect(persons('The dialogue, chaired on the Kenyan side by Treasurer Tom Mfano and on the Ugandan side by Grace Ekyokulabirako, was postponed.')).toEqual([
      { name: 'Tom Mfano', country: 'KE' },
      { name: 'Grace Ekyokulabirako', country: 'UG' },
    ]);
  });

  it('reads an office written out before the name ("by the Assistant Foreign Minister for …, NAME")', () => {
    expect(
      persons('The Omani side was headed by the Assistant Foreign Minister for Legal Affairs, Ali Mithal, and the Jordanian side by the Deputy Minister of Transport, Dr. Karim Exemple.'),
    ).toEqual([
      { name: 'Ali Mithal', country: 'OM' },
      { name: 'Karim Exemple', country: 'JO' },
    ]);
  });

  it('but not a person named later in another phrase after "by the …"', () => {
    expect(persons('The Omani side was headed by the ministry, and the talks were praised by the Assistant Foreign Minister for Legal Affairs, Ali Mithal.')).toEqual([
      { name: 'Ali Mithal', country: null },
    ]);
  });

  it('needs a representing verb, and a city where something happens is no side', () => {
    expect(persons('Peru was praised by Deputy Foreign Minister Ana Ejemplo.')).toEqual([{ name: 'Ana Ejemplo', country: null }]);
    expect(persons('The talks in Doha were led by Special Envoy Tom Mfano.')).toEqual([{ name: 'Tom Mfano', country: null }]);
  });
});

describe('a list of names, each "for" the country it speaks for', () => {
  it('gives each name its own pair’s country, and introduces names found nowhere else', () => {
    expect(persons('The ministers received the envoys of the three states: Ana Lucía Pereira for Uruguay, Jonas Lind for Sweden and Ambassador Mia Holt for the Netherlands.')).toEqual([
      { name: 'Ana Lucía Pereira', country: 'UY' },
      { name: 'Jonas Lind', country: 'SE' },
      { name: 'Mia Holt', country: 'NL' },
    ]);
    expect(persons('Sweden was represented by its envoy; Jonas Lind for Sweden and Foreign Minister Karl Berg for Norway signed.')).toEqual([
      { name: 'Jonas Lind', country: 'SE' },
      { name: 'Karl Berg', country: 'NO' },
    ]);
  });

  it('not a single "NAME for <country>", nor a country that goes on into another phrase', () => {
    expect(persons('The crowd cheered Jonas Lind for Sweden.')).toEqual([]);
    expect(persons('Jonas Lind for Sweden’s sake and Mia Holt for Norway’s sake agreed.')).toEqual([]);
  });
});

describe('a plural office, a comma, then the names of its holders', () => {
  const withRoles = (text: string) => findPersons(text, null, new Map()).map((p) => [p.name, p.country, p.role]);

  it('introduces each holder with the office, and each nationality word in order when there is one per name', () => {
    expect(withRoles("The two countries' health ministers, Ana Lima Souza and Jorge Mena, met in Porto on Friday.")).toEqual([
      ['Ana Lima Souza', null, 'health minister'],
      ['Jorge Mena', null, 'health minister'],
    ]);
    expect(withRoles('The Chilean and Peruvian envoys, Rosa Vidal, and Tomás Rey agreed.')).toEqual([
      ['Rosa Vidal', 'CL', 'envoy'],
      ['Tomás Rey', 'PE', 'envoy'],
    ]);
  });

  it('not a plural that is no office, nor one name, nor names that go on into a body', () => {
    expect(withRoles('The two countries’ teams, Rosa Vidal and Tomás Rey, met.')).toEqual([]);
    expect(withRoles('The envoys, Rosa Vidal, met on Friday.')).toEqual([]);
    expect(withRoles('The ministers, Rosa Vidal and Foreign Affairs Committee members, met.')).toEqual([]);
  });
});

describe('offices written in lower case and hyphenated', () => {
  it('"<country>’s national security adviser, NAME" and "NAME, director-general of …"', () => {
    expect(persons("Kenya's national security and intelligence adviser, Grace Mfano, held talks in Kampala.")).toEqual([{ name: 'Grace Mfano', country: 'KE' }]);
    expect(persons("Hiro Sample, director-general of the Asian Affairs Bureau, met Zhou Lishi, director-general of China's Asian Affairs Department.")).toEqual([
      { name: 'Hiro Sample', country: null },
      { name: 'Zhou Lishi', country: 'CN' },
    ]);
  });

  it('a country named before the office in another phrase is not the office’s country', () => {
    expect(persons("He criticised Kenya's trade policy on Monday, Special Envoy Grace Mfano said.")).toEqual([{ name: 'Grace Mfano', country: null }]);
    expect(persons("Kenya's talks with the adviser, Grace Mfano, failed.")).toEqual([]);
  });

  it('"Ambassador to China NAME" is introduced, without the country of the post', () => {
    expect(persons('The vice minister summoned Ambassador to China Kenji Sample.')).toEqual([{ name: 'Kenji Sample', country: null }]);
  });

  it('remembers a family-name-first official by the family name ("Mr. Zhou")', () => {
    const learned: LearnedNames = new Map();
    persons("He met Zhou Lishi, director-general of China's Asian Affairs Department.", learned);
    expect(persons('Mr. Zhou left first.', learned)).toEqual([{ name: 'Zhou Lishi', country: 'CN' }]);
  });
});

describe('the speaker of a country’s statement', () => {
  it('speaks for the one country named as the sentence’s subject', () => {
    const learned: LearnedNames = new Map();
    expect(persons('Chile insists that any deal must include a timetable, Foreign Minister Ana Ejemplo said on Monday.', learned)).toEqual([
      { name: 'Ana Ejemplo', country: 'CL' },
    ]);
    expect(persons('Ejemplo spoke by phone with her counterpart.', learned)).toEqual([{ name: 'Ana Ejemplo', country: 'CL' }]);
  });

  it('not when the sentence names another country, or a nationality is the subject', () => {
    expect(persons('Chile insists that Peru must act first, Foreign Minister Ana Ejemplo said.')).toEqual([{ name: 'Ana Ejemplo', country: null }]);
    expect(persons('Chilean officials insist that a deal is near, Foreign Minister Ana Ejemplo said.')).toEqual([{ name: 'Ana Ejemplo', country: null }]);
  });
});

describe('titles written as reports write them', () => {
  it('reads portfolio ministers and a weak "Minister" that needs a two-word name', () => {
    expect(persons('Commerce Minister Jane Roe met Minister of Water Resources Ali Mithal and Minister Tom Mfano.')).toEqual([
      { name: 'Jane Roe', country: null },
      { name: 'Ali Mithal', country: null },
      { name: 'Tom Mfano', country: null },
    ]);
    expect(persons('Minister Roe arrived.')).toEqual([]);
  });

  it('reads diplomatic ranks below ambassador as titles, not as name words', () => {
    expect(persons('Counsellor Ali Mithal and First Secretary Jane Roe met Consul General Tom Mfano.').map((p) => p.name)).toEqual(['Ali Mithal', 'Jane Roe', 'Tom Mfano']);
    expect(persons('Minister-Counsellor Karim Exemple attended.').map((p) => p.name)).toEqual(['Karim Exemple']);
  });

  it('reads a portfolio’s secretary the two ways cabinets write it, with the country word before it, and needs the name', () => {
    expect(persons('Canadian Health Secretary Jane Roe met U.S. Homeland Security Secretary Tom Hale and Secretary of Energy Ali Mithal.')).toEqual([
      { name: 'Jane Roe', country: 'CA' },
      { name: 'Tom Hale', country: 'US' },
      { name: 'Ali Mithal', country: null },
    ]);
    expect(persons('The Energy Secretary’s office said the Health Secretary met Roe.')).toEqual([]);
  });

  it('reads a remit of countries or a region between the title and the name; the holder’s country is the title’s own', () => {
    expect(persons('U.S. Special Envoy for Sudan Tom Perrin met Minister for Europe Jane Roe and Assistant U.S. Trade Representative for Africa Ali Mithal.')).toEqual([
      { name: 'Tom Perrin', country: 'US' },
      { name: 'Jane Roe', country: null },
      { name: 'Ali Mithal', country: 'US' },
    ]);
    expect(persons('The Foreign Minister thanked the President for Ukraine’s support and the envoy for Africa.')).toEqual([]);
  });

  it('a remit’s countries are no sides of the holder’s contact', async () => {
    const contacts = await contactsOf('U.S. Special Envoy for Ukraine and Russia Tom Perrin met Belarusian Foreign Minister Ivan Petrov in Minsk on Monday.', '2025-06-20');
    expect(contacts.map((c) => [c.countries, c.who])).toEqual([[['BY', 'US'], ['Ivan Petrov', 'Tom Perrin']]]);
  });

  it('reads a remit between the title and the name ("… for African Affairs NAME"), and needs the name', () => {
    expect(persons('He met Assistant Secretary of State for East Asian and Pacific Affairs Jane Roe and Deputy Foreign Minister for Asian Affairs Ali Mithal.')).toEqual([
      { name: 'Jane Roe', country: null },
      { name: 'Ali Mithal', country: null },
    ]);
    expect(persons('The Deputy Foreign Minister for Asian Affairs said so.')).toEqual([]);
  });

  it('reads the under-secretaries of foreign ministries and a one-word remit ("Undersecretary for Policy NAME")', () => {
    expect(persons('Undersecretary for Policy Jane Q. Roe and Permanent Secretary Ali Mithal co-chaired the talks with Under-Secretary Tom Mfano.')).toEqual([
      { name: 'Jane Q. Roe', country: null },
      { name: 'Ali Mithal', country: null },
      { name: 'Tom Mfano', country: null },
    ]);
    expect(persons('The Undersecretary for Policy said so, and the Minister for Development Cooperation agreed.')).toEqual([]);
  });

  it('keeps a particle written onto the surname ("al-Burhan") and remembers the surname without it', () => {
    const learned: LearnedNames = new Map();
    expect(persons('He is close to army chief Gen. Abdel Karim al-Mithali.', learned)).toEqual([{ name: 'Abdel Karim al-Mithali', country: null }]);
    expect(persons('Mithali visited Riyadh.', learned)).toEqual([{ name: 'Abdel Karim al-Mithali', country: null }]);
  });

  it('reads two particles in a row inside a name ("de la", "van der") and remembers the surname, but no particle before a lower-case word', () => {
    const learned: LearnedNames = new Map();
    expect(persons('Foreign Secretary Juan Carlos de la Vega met Trade Minister Pieter van der Berg.', learned)).toEqual([
      { name: 'Juan Carlos de la Vega', country: null },
      { name: 'Pieter van der Berg', country: null },
    ]);
    expect(persons('The envoy held talks with De la Vega.', learned)).toEqual([{ name: 'Juan Carlos de la Vega', country: null }]);
    expect(persons('Foreign Minister Ana Lopez de facto ran the talks.')).toEqual([{ name: 'Ana Lopez', country: null }]);
  });

  it('does not take a different person who shares a one-word name for the registry’s ("Wang Lintao" is not Wang Yi)', () => {
    const learned: LearnedNames = new Map();
    expect(persons('Foreign Minister Wang Yi spoke first.', learned)).toEqual([{ name: 'Wang Yi', country: 'CN' }]);
    expect(persons('Commerce Minister Wang Lintao spoke next.', learned)).toEqual([{ name: 'Wang Lintao', country: null }]);
    expect(persons('Wang told reporters the talks were useful.', learned)).toEqual([{ name: 'Wang Yi', country: 'CN' }]);
  });
});

describe('country names', () => {
  it('"Democratic Republic of Congo" without "the", and "Congo" alone as the Congo named last', () => {
    expect(countriesOf('Officials from the Democratic Republic of Congo met.', 'Congo wants a deal.')).toEqual([['CD'], ['CD']]);
    expect(countriesOf('The Republic of the Congo hosted them.', 'Congo wants a deal.')).toEqual([['CG'], ['CG']]);
    expect(countriesOf('Congo wants a deal.')).toEqual([[]]);
  });

  it('a state’s armed forces named with its demonym stand for the state; a militia does not', () => {
    expect(contextOf('Envoys met a delegation of the Sudanese Armed Forces.').countries.map((c) => [c.code, c.kind])).toEqual([['SD', 'metonym']]);
    expect(contextOf('Envoys met the Rapid Support Forces.').countries).toEqual([]);
  });
});
