/**
 * The wording of official readouts and joint statements (ministries, prime ministers' offices): names in
 * "SURNAME Given" order, the office before or after the name with "of <country>", "At the invitation of …",
 * asides between commas, opening "Prior to the meeting, …", and what one side "expects" of the other.
 */
import { describe, expect, it } from 'vitest';
import { findPersons, type LearnedNames } from '../../../lambdas/core/extract/actors.js';
import { contactsOf, extractText } from './helpers.js';

/** The people of each sentence in turn, as one article reads them (names are invented). */
function peopleOfSentences(...sentences: string[]) {
  const learned: LearnedNames = new Map();
  return sentences.map((s) => findPersons(s, null, learned).map((p) => [p.name, p.country, p.role]));
}

describe('people introduced the way readouts introduce them', () => {
  it('a courtesy title, a surname in capitals, and the country in the description after the comma', async () => {
    const [c] = (await contactsOf(
      'Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Jane Example, Secretary of Foreign Affairs of the Republic of the Philippines, on February 12.',
      '2026-02-13',
    ));
    expect(c).toMatchObject({ mode: 'meeting', status: 'held', countries: ['JP', 'PH'], date: '2026-02-12' });
    expect(c.who).toEqual(['Jane Example', 'Toshimitsu Motegi']);
  });

  it('two offices joined by "and" share the country word before the first', async () => {
    const [c] = (await contactsOf('Thai Foreign Minister Somchai Example spoke by telephone with Cambodian Deputy Prime Minister and Foreign Minister Dara Example on Tuesday.', '2026-01-14'));
    expect(c).toMatchObject({ mode: 'call', countries: ['KH', 'TH'], who: ['Dara Example', 'Somchai Example'] });
  });

  it('"the Prime Minister of the Hellenic Republic, NAME," gives NAME the country of the office', async () => {
    const r = (await extractText('At the invitation of the President of the Republic of Türkiye, Recep Tayyip Erdoğan, the Prime Minister of the Hellenic Republic, Nikos Example, paid an official visit to Ankara on 11 February 2026.'));
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts[0].participants.map((p) => [p.name, p.country])).toEqual([
      ['Recep Tayyip Erdoğan', 'TR'],
      ['Nikos Example', 'GR'],
    ]);
  });
});

describe('courtesy titles and the name a person is called by', () => {
  it('"H.E." and "His Excellency" are courtesy titles: no part of the name, and the office after them is the role', () => {
    expect(peopleOfSentences('The talks were opened by H.E. Amina Farah Warsame, Minister of Trade of Ruritania, on Monday.')).toEqual([
      [['Amina Farah Warsame', null, 'minister']],
    ]);
    expect(peopleOfSentences('He thanked His Excellency President Omar Dahir Abdi for the invitation.')).toEqual([[['Omar Dahir Abdi', null, 'President']]]);
    expect(peopleOfSentences('The Kenyan delegation was led by H.E. Daniel Kiprop Mwangi, Cabinet Secretary for Trade.')).toEqual([
      [['Daniel Kiprop Mwangi', 'KE', 'secretary']],
    ]);
  });

  it('Commonwealth and Malaysian courtesy titles too ("Hon.", "Rt Hon.", "Datuk Seri", "Tan Sri")', () => {
    expect(peopleOfSentences('The Hon. Musa Kiprono, Cabinet Secretary for Foreign Affairs, met the envoy.')).toEqual([[['Musa Kiprono', null, 'secretary']]]);
    expect(peopleOfSentences('Datuk Seri Ahmad Zaki met Tan Sri Lim Boon Huat in Putrajaya.')).toEqual([
      [
        ['Ahmad Zaki', null, 'Datuk Seri'],
        ['Lim Boon Huat', null, 'Tan Sri'],
      ],
    ]);
    expect(peopleOfSentences('The Honourable Minister Grace Akello spoke.')).toEqual([[['Grace Akello', null, 'Minister']]]);
    expect(peopleOfSentences('It was an honourable outcome for Kenya, officials said.')).toEqual([[]]);
  });

  it('a courtesy title alone before one word introduces no one', () => {
    expect(peopleOfSentences('H.E. Warsame did not attend.')).toEqual([[]]);
  });

  it('a title before the first words of a name introduced in full is that person', () => {
    expect(
      peopleOfSentences(
        'Prime Minister Abdi Hassan Nur met the envoy.',
        'Later, Prime Minister Abdi spoke to reporters.',
        'Deputy Minister Halima Yusuf Ali joined the talks on Tuesday, and Deputy Minister Halima Yusuf signed the text.',
      ),
    ).toEqual([
      [['Abdi Hassan Nur', null, 'Prime Minister']],
      [['Abdi Hassan Nur', null, 'Prime Minister']],
      [
        ['Halima Yusuf Ali', null, 'Deputy Minister'],
        ['Halima Yusuf Ali', null, 'Deputy Minister'],
      ],
    ]);
  });

  it('not when two people introduced so share those first words, nor for a bare first word', () => {
    const [, second] = peopleOfSentences('Foreign Minister Ahmed Ali Nur met Trade Minister Ahmed Yusuf Dahir.', 'Foreign Minister Ahmed then left.');
    expect(second).toEqual([['Ahmed', null, 'Foreign Minister']]);
    expect(peopleOfSentences('Foreign Minister Ahmed Ali Nur met the envoy.', 'Ahmed then left.')[1]).toEqual([]);
  });
});

describe('a name before "and his counterpart"', () => {
  it('is an official, of the counterpart’s office when the sentence names the counterpart', () => {
    expect(peopleOfSentences('Jan Novák and his Slovak counterpart, Foreign Minister Peter Hudec, spoke by phone on Monday.')).toEqual([
      [
        ['Jan Novák', null, 'Foreign Minister'],
        ['Peter Hudec', 'SK', 'Foreign Minister'],
      ],
    ]);
    expect(peopleOfSentences('On Tuesday Maria Pérez Soto met her Peruvian counterpart in Lima.')).toEqual([[['Maria Pérez Soto', null, null]]]);
    expect(peopleOfSentences('The truce followed talks between Novák and his Slovak counterpart in May.')).toEqual([[['Novák', null, null]]]);
  });

  it('not a place, a country, an office or a body before it, nor without "his"/"her"', () => {
    expect(peopleOfSentences('New Delhi and its Chinese counterpart agreed.')).toEqual([[]]);
    expect(peopleOfSentences('The Foreign Ministry and its Slovak counterpart agreed.')).toEqual([[]]);
    expect(peopleOfSentences('South Africa and her counterpart agreed.')).toEqual([[]]);
    expect(peopleOfSentences('The talks between Brussels and her Slovak counterpart ended.')).toEqual([[]]);
    expect(peopleOfSentences('The Prime Minister and his Slovak counterpart agreed.')).toEqual([[]]);
    expect(peopleOfSentences('Jan Novák said the Slovak counterpart agreed.')).toEqual([[]]);
    expect(peopleOfSentences('Slovakia’s DGMO called his Czech counterpart on Saturday.')).toEqual([[]]);
  });
});

describe('contacts in readout wording', () => {
  it('"At the invitation of X, Y paid an official visit" was held, and X initiated it', async () => {
    expect((await contactsOf('At the invitation of President Erdoğan, Greek Prime Minister Nikos Example paid an official visit to Ankara on 11 February 2026.'))[0]).toMatchObject({
      mode: 'visit',
      status: 'held',
      initiator: 'TR',
      countries: ['GR', 'TR'],
      city: 'Ankara',
    });
  });

  it('an aside between commas does not cut the partner off ("…, followed by a working dinner, with X")', async () => {
    expect((await contactsOf('Foreign Minister Toshimitsu Motegi held a meeting, followed by a working dinner, with Philippine Foreign Secretary Jane Example on Thursday.', '2026-02-13'))[0]).toMatchObject({
      countries: ['JP', 'PH'],
      who: ['Jane Example', 'Toshimitsu Motegi'],
    });
  });

  it('"Prior to the meeting, X paid a courtesy call on Y": a meeting of X and Y, held', async () => {
    expect((await contactsOf('6. Prior to the meeting, Philippine Foreign Secretary Jane Example paid a courtesy call on Prime Minister Sanae Takaichi.', '2026-02-13'))).toEqual([
      { mode: 'meeting', status: 'held', who: ['Jane Example', 'Sanae Takaichi'], countries: ['JP', 'PH'], date: null, initiator: null, city: null },
    ]);
  });

  it('a sea named after a country is neither that country nor "the South"', async () => {
    expect((await contactsOf('Seoul and Pyongyang traded accusations. The two Ministers exchanged views on regional situations, including the South China Sea, the East China Sea and North Korea.'))).toEqual([]);
  });
});

describe('conditions in readout wording', () => {
  const conditionsOf = async (text: string) => (await extractText(text)).conditions.map((c) => [c.kind, c.actor.country, c.text]);

  it('what a government "expects" another to do is a demand; a forecast is not', async () => {
    expect((await conditionsOf('The ministry said that China expects Britain to take back its decision on the registration scheme.'))).toEqual([
      ['demand', 'CN', 'China expects Britain to take back its decision on the registration scheme'],
    ]);
    expect((await conditionsOf('The ministry said that China expects the talks to resume soon.'))).toEqual([]);
  });

  it('"would only return to the table once …" is a precondition', async () => {
    expect((await conditionsOf('Thai Foreign Minister Somchai Example said Thailand would only return to the negotiating table once Cambodia clears the new mines.'))).toEqual([
      ['precondition', 'TH', 'Thailand would only return to the negotiating table once Cambodia clears the new mines'],
    ]);
  });
});

describe('the home side of an article about one pair of countries', () => {
  it('an official named without a country word, meeting the other side, is on this side', async () => {
    const text =
      'Thailand and Cambodia have postponed border talks. Thailand says Cambodia laid new mines; Cambodia denies it. ' +
      'Foreign Minister Somchai Example spoke by telephone with Cambodian Foreign Minister Dara Example on Tuesday.';
    expect((await contactsOf(text, '2026-01-14')).find((c) => c.mode === 'call')).toMatchObject({ countries: ['KH', 'TH'], who: ['Dara Example', 'Somchai Example'] });
  });

  it('not when the article is not about one clear pair', async () => {
    const text =
      'Thailand, Cambodia and Laos sent delegations. Laos, Thailand and Cambodia agreed to meet again. ' +
      'Foreign Minister Somchai Example spoke by telephone with Cambodian Foreign Minister Dara Example on Tuesday.';
    expect((await contactsOf(text, '2026-01-14')).find((c) => c.mode === 'call')).toMatchObject({ countries: ['KH'] });
  });
});

describe('contacts offered on a condition', () => {
  it('"would only resume talks … if" and "talks … only if" are positions, not planned contacts', async () => {
    expect((await contactsOf('British Foreign Secretary Yvette Cooper told Wang Yi that Britain would only resume talks with China if Beijing stops targeting MPs.'))).toEqual([]);
    expect((await contactsOf('Serbian President Aleksandar Vučić said Serbia would return to talks with Kosovo only if Pristina first forms the association.'))).toEqual([]);
    expect((await contactsOf('Putin will meet Trump in Budapest if the preparations are complete.'))).toHaveLength(1);
  });

  it('the person told is not the speaker of the condition', async () => {
    const [c] = (await extractText('British Foreign Secretary Yvette Cooper flew home on Friday. She had told Wang Yi that Britain would only resume talks with China if Beijing stops targeting MPs.')).conditions;
    expect([c.kind, c.actor.name, c.actor.country]).toEqual(['precondition', 'Yvette Cooper', 'GB']);
  });
});

describe('separate contacts summed up in one sentence', () => {
  it('a trip to two capitals is a visit to each', async () => {
    const found = (await contactsOf('U.S. Special Envoy John Example will travel to Belgrade and Pristina next week for meetings with both governments.', '2026-02-05'));
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.city]).sort()).toEqual([
      ['visit', 'planned', 'RS-US', 'Belgrade'],
      ['visit', 'planned', 'US-XK', 'Pristina'],
    ]);
  });

  it('"held separate meetings with Serbian and Kosovo negotiators" is one meeting with each side, not a trilateral', async () => {
    const found = (await contactsOf("The European Union's special representative held separate meetings with Serbian and Kosovo negotiators this week, trying to revive EU-mediated talks.", '2026-02-05'));
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([
      ['meeting', 'held', 'EU-RS'],
      ['meeting', 'held', 'EU-XK'],
    ]);
  });
});

describe('counterparts and bodies', () => {
  it('an envoy described by nationality and by office serves the office\'s possessor ("the Danish diplomat who … the EU\'s envoy")', async () => {
    expect((await contactsOf("Lars Example, the Danish diplomat who took over as the EU's envoy last year, met Kosovo's chief negotiator Jane Example in Brussels on Monday.", '2026-02-05'))[0]).toMatchObject({
      countries: ['EU', 'XK'],
      who: ['Jane Example', 'Lars Example'],
    });
  });

  it('"his Cambodian counterpart, NAME," introduces NAME with that country', async () => {
    expect((await contactsOf('Thai Defence Minister Somchai Example met his Cambodian counterpart, Dara Example, in Koh Kong on Monday.', '2026-01-14'))[0]).toMatchObject({
      countries: ['KH', 'TH'],
      who: ['Dara Example', 'Somchai Example'],
    });
  });

  it('a body named after a title word ("the General Border Committee") is not a person', async () => {
    expect((await contactsOf('Thailand and Cambodia postponed a meeting of the General Border Committee in Koh Kong.', '2026-01-14'))[0].who).toEqual([]);
  });
});

describe('an initiator named only by office', () => {
  it('"requested by the foreign secretary" is the side of the participant holding that office', async () => {
    const found = (await contactsOf('British Foreign Secretary Yvette Cooper spoke to Wang Yi by telephone on Thursday. The call was requested by the foreign secretary, a Foreign Office source said.', '2026-03-09'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mode: 'call', initiator: 'GB' });
  });

  it('"requested by the Commission president" in the same sentence', async () => {
    expect((await contactsOf('Keir Starmer and Ursula von der Leyen held a video call, requested by the Commission president, on Wednesday.', '2025-03-20'))[0]).toMatchObject({ initiator: 'EU' });
  });

  it('no initiator when no participant holds the office', async () => {
    expect((await contactsOf('Keir Starmer and Ursula von der Leyen held a video call, requested by the foreign secretary, on Wednesday.', '2025-03-20'))[0]).toMatchObject({ initiator: null });
  });
});

describe('planned and floated contacts in readout wording', () => {
  it('a standing format named after the pair ("the Japan-Philippines … Ministerial Meeting (2+2) will be held in Manila") is planned', async () => {
    expect((await contactsOf('The two Ministers confirmed that the Japan-Philippines Foreign and Defence Ministerial Meeting ("2+2") will be held in Manila in the first half of this year.', '2026-02-13'))).toEqual([
      { mode: 'meeting', status: 'planned', who: [], countries: ['JP', 'PH'], date: '2026', initiator: null, city: 'Manila' },
    ]);
  });

  it("a pair of countries before words that are not a contact's name stays a topic", async () => {
    expect((await contactsOf('The Japan-Philippines Reciprocal Access Agreement entered into force in September, officials said at a meeting.', '2026-02-13'))).toEqual([]);
  });

  it('a floated meeting is proposed', async () => {
    expect((await contactsOf('Chinese diplomats have also floated a meeting between Starmer and Xi Jinping on the sidelines of the G20 summit.', '2026-03-09'))[0]).toMatchObject({ status: 'proposed', countries: ['CN', 'GB'] });
  });
});

describe('"when they meet"', () => {
  it('is the pair the sentence just named, planned in the present tense and held in the past', async () => {
    expect((await contactsOf('President Erdoğan said he would discuss the Cyprus question with UN Secretary-General António Guterres when they meet in New York in September.', '2026-02-11'))).toEqual([
      { mode: 'meeting', status: 'planned', who: ['António Guterres', 'Recep Tayyip Erdoğan'], countries: ['TR', 'UN'], date: '2026-09', initiator: null, city: 'New York' },
    ]);
    expect((await contactsOf('Erdoğan raised Cyprus with Guterres when they met in New York in September.', '2026-02-11'))[0]).toMatchObject({ status: 'held', date: '2025-09' });
  });
});

describe('a pair that names a standing format after "of the"', () => {
  it('"the next round of the Japan-Philippines Vice-Ministerial Strategic Dialogue" is between the pair', async () => {
    expect((await contactsOf('The two countries will hold the next round of the Japan-Philippines Vice-Ministerial Strategic Dialogue in Tokyo in the spring.', '2026-02-13'))[0]).toMatchObject({
      mode: 'talks',
      status: 'planned',
      countries: ['JP', 'PH'],
      city: 'Tokyo',
    });
  });
});

describe('"the next round of talks" with no parties of its own', () => {
  it('continues the pair of the contact just reported', async () => {
    const found = (await contactsOf('Greek Prime Minister Nikos Example met Turkish President Recep Tayyip Erdoğan in Ankara on 11 February 2026. Their defence ministries will hold the next round of talks in Ankara in March 2026.'));
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.date])).toEqual([
      ['meeting', 'held', 'GR-TR', '2026-02-11'],
      ['talks', 'planned', 'GR-TR', '2026-03'],
    ]);
  });

  it('a continuation of a contact whose home side was filled in gets the home side too', async () => {
    const text =
      'Greece and Türkiye signed eight agreements. Greece and Türkiye agreed to keep talking. ' +
      'Foreign Minister Nikos Example and Turkish Foreign Minister Hakan Fidan held a meeting in Ankara on 11 February 2026. ' +
      'Their deputies will hold the next round of talks in Athens in March 2026.';
    expect((await contactsOf(text)).map((c) => c.countries.join('-'))).toEqual(['GR-TR', 'GR-TR']);
  });
});

describe('"the next meeting of …" is still to come', () => {
  const held = 'Chinese Vice Foreign Minister Wei Example held talks with Indian Foreign Secretary Ravi Example in Beijing on Monday. ';

  it('is planned even with a passive "would be held" that reads like a past holding', async () => {
    const found = await contactsOf(held + 'The two sides agreed that the next meeting of the Special Representatives would be held in India later this year.', '2025-01-28');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([
      ['talks', 'held', 'CN-IN'],
      ['meeting', 'planned', 'CN-IN'],
    ]);
  });

  it('but a next meeting that was held is held, and "next to" is no occasion', async () => {
    expect((await contactsOf(held + 'They held their next meeting in Delhi on Tuesday.', '2025-01-29')).map((c) => c.status)).toEqual(['held', 'held']);
    expect((await contactsOf('Indian Foreign Secretary Ravi Example sat next to the Chinese minister Wei Example at the meeting in Beijing on Monday.', '2025-01-28'))[0]?.status).not.toBe('planned');
  });
});

describe('"a round of political dialogue" is talks', () => {
  it('the next round, with no parties of its own, continues the pair and is planned', async () => {
    const found = await contactsOf('Greek Prime Minister Nikos Example met Turkish President Recep Tayyip Erdoğan in Ankara on 11 February 2026. The next round of political dialogue, led by the deputy foreign ministers, will take place in Athens in the spring.');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.city])).toEqual([
      ['meeting', 'held', 'GR-TR', 'Ankara'],
      ['talks', 'planned', 'GR-TR', 'Athens'],
    ]);
  });

  it('"dialogue" alone, a stance rather than an occasion, is no contact', async () => {
    expect(await contactsOf('Greece and Türkiye remain committed to political dialogue.')).toEqual([]);
  });
});

describe('a later occasion named after a contact in the same clause', () => {
  it('"met … and agreed to hold another meeting" is a second, planned contact of the same pair', async () => {
    const found = await contactsOf('Russian President Ivan Example met US President John Example in Anchorage on Friday and agreed to hold another meeting in Moscow next month.', '2026-02-09');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city])).toEqual([
      ['held', 'RU-US', 'Anchorage'],
      ['planned', 'RU-US', 'Moscow'],
    ]);
  });

  it('a second contact word without "another"/"next" is the same contact', async () => {
    expect(await contactsOf('Russian President Ivan Example met US President John Example in Anchorage on Friday in a meeting that lasted three hours.', '2026-02-09')).toHaveLength(1);
  });
});

describe('two officials named without a country word, in an article about one pair', () => {
  const pairArticle =
    'Australia and China resumed ministerial contacts this year. Australia wants China to lift the last trade barriers, and China wants Australia to keep its market open. ';

  it('are the pair, by video link a call', async () => {
    const found = await contactsOf(pairArticle + 'Trade Minister Don Example spoke with Commerce Minister Wang Example by video link last week about market access.', '2025-07-10');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['call', 'AU-CN']]);
  });

  it('are no pair when the article is about no pair', async () => {
    const found = await contactsOf('Trade Minister Don Example spoke with Commerce Minister Wang Example by video link last week about market access.', '2025-07-10');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['call', '']]);
  });
});

describe('an official named without a country word, in a contact with a third country', () => {
  const pairArticle = 'Lebanon and Israel held talks this week. Israel and Lebanon remain at odds over the border. ';
  const call = 'On Tuesday, French envoy Jean-Yves Exemple spoke by phone with Nawaf Example about reconstruction.';

  it('is on the side of the pair named where he was introduced', async () => {
    const found = await contactsOf(`${pairArticle}Prime Minister Nawaf Example told reporters in Beirut that the talks were technical. ${call}`, '2025-12-04');
    expect(found.filter((c) => c.mode === 'call').map((c) => c.countries.join('-'))).toEqual(['FR-LB']);
  });

  it('stays unknown when his introduction names both sides', async () => {
    const found = await contactsOf(`${pairArticle}Prime Minister Nawaf Example said Israel and Lebanon must keep talking. ${call}`, '2025-12-04');
    expect(found.filter((c) => c.mode === 'call').map((c) => c.countries.join('-'))).toEqual(['FR']);
  });
});
