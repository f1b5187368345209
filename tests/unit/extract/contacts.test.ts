import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextOf, newArticleMemory } from '../../../lambdas/core/extract/context.js';
import { articlePair } from '../../../lambdas/core/extract/refine/home-side.js';
import { findCues, partyCountries, readSentence } from '../../../lambdas/core/extract/contacts.js';
import { contactCueStarts } from '../../../lambdas/core/extract/contacts-cues.js';
import { contactsOf, extractText } from './helpers.js';

describe('findCues (one sentence)', () => {
  it('finds modes and skips look-alikes', async () => {
    expect(findCues('Rubio held a phone call with Lavrov.').map((c) => c.mode)).toEqual(['call']);
    expect(findCues('Rubio reiterated the call for Russia to take steps.')).toEqual([]);
    expect(findCues('He called on Moscow to withdraw.')).toEqual([]);
    expect(findCues('The plan was met with criticism.')).toEqual([]);
    expect(findCues('They need regular phone calls and face-to-face meetings.')).toEqual([]);
    expect(findCues('During the U.N. General Assembly in New York, Rubio spoke.').map((c) => c.gathering)).toEqual([true]);
  });

  it('finds the same cues when started where the quick test found the first one', () => {
    const sentences = [
      ...readFileSync('seeds/001_a58670253770013e.txt', 'utf8').split(/(?<=[.!?])\s+/),
      'Analysts said the summit, which met with criticism, was held during the U.N. General Assembly.',
      'At the G20 summit in Johannesburg, Xi met Ramaphosa.',
      'During the U.N. General Assembly, nothing else happened.',
      'The plan was met with criticism.',
    ];
    let withCues = 0;
    for (const s of sentences) {
      const starts = contactCueStarts(s);
      if (starts === null) expect(findCues(s)).toEqual([]);
      else {
        expect(findCues(s, starts)).toEqual(findCues(s));
        withCues++;
      }
    }
    expect(withCues).toBeGreaterThan(5);
  });

  it('a contact word in another sense is no cue: "call" naming, "talks about", "visit a website", "meeting the targets"', () => {
    const naming = [
      'This is what officials in Rome now call the Quint format.',
      'The plan follows a format which Ankara calls the 3+3 mechanism.',
      'The deal was what critics called Operation Clean Slate.',
      'She often talks about a rules-based order.',
      'Readers can visit the foreign ministry website for the full statement.',
      'Applicants should visit the embassy’s online portal before travelling.',
      'Officials in Rome said meeting those conditions would take years.',
      'The government is close to meeting its climate targets.',
      'Both governments have met their obligations under the accord.',
    ];
    for (const sentence of naming) expect(findCues(sentence).map((c) => c.text), sentence).toEqual([]);
  });

  it('the same words as contacts stay cues', () => {
    expect(findCues('What Meloni called a frank call with Erdogan lasted an hour.').map((c) => c.mode)).toEqual(['call']);
    expect(findCues('The summit ended, after which Meloni called Erdogan.').map((c) => c.mode)).toEqual(['summit', 'call']);
    expect(findCues('Fidan held talks about the grain corridor with Lavrov.').map((c) => c.mode)).toEqual(['talks']);
    expect(findCues('Meloni will visit the White House next week.').map((c) => c.mode)).toEqual(['visit']);
    expect(findCues('Meloni held a meeting on the targets of the sanctions with Erdogan.').map((c) => c.mode)).toEqual(['meeting']);
    expect(findCues('The envoys met in Doha to discuss the ceasefire conditions.').map((c) => c.mode)).toEqual(['meeting']);
  });
});

describe('partyCountries (one sentence)', () => {
  it('counts governments named as parties, not topics, places or nationalities', async () => {
    const text = 'Washington and Moscow discussed the Ukraine conflict and U.S. sanctions in talks in Riyadh with Russian Foreign Minister Sergey Lavrov.';
    const ctx = contextOf(text);
    expect(partyCountries(text, ctx.countries, ctx.persons, ctx.places)).toEqual(['US', 'RU']);
  });
});

describe('readSentence (one sentence)', () => {
  it('reads a new contact, a back-reference and a continuation', async () => {
    expect(readSentence(contextOf('Putin met Xi in Beijing on Monday.'), null, null).map((r) => r.kind)).toEqual(['new']);
    expect(readSentence(contextOf('The call, initiated by the U.S., lasted an hour.'), null, null).map((r) => [r.kind, r.initiator])).toEqual([['anaphor', 'US']]);
    expect(readSentence(contextOf('A subsequent meeting on February 27 in Istanbul addressed embassy access.'), null, null).map((r) => r.kind)).toEqual(['continuation']);
  });
});

describe('contacts in short articles', () => {
  it('a call on a weekday, dated from the published date, with its initiator', async () => {
    expect((await contactsOf('Chinese Foreign Minister Wang Yi spoke by phone with Iranian Foreign Minister Abbas Araghchi on Friday at Tehran’s request.', '2025-06-22'))).toEqual([
      { mode: 'call', status: 'held', who: ['Abbas Araghchi', 'Wang Yi'], countries: ['CN', 'IR'], date: '2025-06-20', initiator: 'IR', city: null },
    ]);
  });

  it('statuses: planned, proposed, cancelled', async () => {
    expect((await contactsOf('Modi will meet Xi in Tianjin next week.'))[0]).toMatchObject({ mode: 'meeting', status: 'planned', city: 'Tianjin' });
    expect((await contactsOf('Seoul offered to hold talks with Pyongyang at Panmunjom.'))[0]).toMatchObject({ status: 'proposed', countries: ['KP', 'KR'], initiator: 'KR' });
    expect((await contactsOf('Washington called off a planned summit between Trump and Kim Jong Un in Singapore.'))[0]).toMatchObject({ mode: 'summit', status: 'cancelled' });
  });

  it('a date before the cancelling verb dates the cancellation; a date on the contact itself is kept', async () => {
    expect((await contactsOf('On October 31, Washington cancelled a planned summit between Trump and Kim Jong Un in Singapore.', '2025-11-10'))[0]).toMatchObject({ status: 'cancelled', date: null });
    expect((await contactsOf('Beijing cancelled a summit between Xi and Modi set for March 3 in Tianjin.', '2025-03-10'))[0]).toMatchObject({ status: 'cancelled', date: '2025-03-03' });
    expect((await contactsOf('The meeting between Modi and Xi, planned for March 3 in Tianjin, was called off.', '2025-03-10'))[0]).toMatchObject({ status: 'cancelled', date: '2025-03-03' });
  });

  it('an unknown official recognized by title makes a contact', async () => {
    expect((await contactsOf('Saudi Foreign Minister Prince Faisal bin Farhan met Special Envoy Jane Example in Jeddah on Sunday.'))[0]).toMatchObject({
      mode: 'meeting',
      who: ['Faisal bin Farhan', 'Jane Example'],
      city: 'Jeddah',
    });
  });

  it('links "the call" back to the contact it names and merges repeats', async () => {
    const found = (await contactsOf(
      'Lavrov and Rubio had a phone conversation. In a significant move, Lavrov and Rubio engaged in a phone call on Saturday. The call was initiated by the U.S.',
      '2025-02-16',
    ));
    expect(found).toEqual([{ mode: 'call', status: 'held', who: ['Marco Rubio', 'Sergey Lavrov'], countries: ['RU', 'US'], date: '2025-02-15', initiator: 'US', city: null }]);
  });

  it('a continuation inherits the pair ("the two met once more", "a subsequent meeting")', async () => {
    const found = (await contactsOf('On March 3 in Geneva, Araghchi and Kallas held talks. A subsequent meeting on April 9 in Vienna followed. On May 20, the two met once more in Oslo.'));
    expect(found.map((c) => [c.date, c.city, c.who.join('+')])).toEqual([
      ['--03-03', 'Geneva', 'Abbas Araghchi+Kaja Kallas'],
      ['--04-09', 'Vienna', 'Abbas Araghchi+Kaja Kallas'],
      ['--05-20', 'Oslo', 'Abbas Araghchi+Kaja Kallas'],
    ]);
  });

  it('historical references are not new contacts', async () => {
    expect((await contactsOf("Trump's call with Putin was the first since Biden's brief contact with Putin prior to the invasion.")).map((c) => c.who.join('+'))).toEqual([
      'Donald Trump+Vladimir Putin',
    ]);
    expect((await contactsOf('While Lavrov previously spoke briefly with former Secretary of State Antony Blinken at a G-20 summit, tensions remained high.'))).toEqual([]);
    expect((await contactsOf('The last inter-Korean military talks between Seoul and Pyongyang were held in 2018.', '2025-11-17'))).toEqual([]);
  });

  it('denied, hypothetical and urged contacts are not contacts', async () => {
    expect((await contactsOf('Kim Yo Jong said Pyongyang had no interest in talks with Seoul.'))).toEqual([]);
    expect((await contactsOf('Beijing has not confirmed whether Xi will hold a bilateral meeting with Modi.'))).toEqual([]);
    expect((await contactsOf('Trump urged Putin to halt hostilities and engage in direct talks.'))).toEqual([]);
  });

  it('a visit counts its destination as the other party', async () => {
    expect((await contactsOf('Special Envoy Steve Witkoff will travel to Riyadh next week.'))[0]).toMatchObject({ mode: 'visit', status: 'planned', countries: ['SA', 'US'] });
  });

  it('a verb cue needs its subject', async () => {
    expect((await contactsOf('Analysts discussed Putin and Xi at length on Monday.'))).toEqual([]);
  });

  it('a far-future year ("Vision 2030") does not make a dated contact look historical', async () => {
    expect((await contactsOf('Under Vision 2030, Saudi Crown Prince Mohammed bin Salman met Modi in Riyadh on February 18, 2025.'))).toHaveLength(1);
  });

  it('one government alone is not a contact', async () => {
    expect((await contactsOf('Lavrov missed a major Kremlin meeting.'))).toEqual([]);
  });
});

describe('varied phrasing across tracks (tests/fixtures/extract/varied-phrasing.txt)', () => {
  const text = readFileSync(new URL('../../fixtures/extract/varied-phrasing.txt', import.meta.url), 'utf8');
  let found: string[];
  beforeAll(async () => {
    found = (await contactsOf(text)).map((c) => `${c.mode}|${c.status}|${c.who.join('+')}|${c.countries.join('+')}|${c.date ?? ''}|${c.city ?? ''}`);
  });

  it('finds each contact once, with the right parties, status, date and place', async () => {
    expect(found).toEqual([
      'talks|held|Luiz Inácio Lula da Silva+Xi Jinping|BR+CN|Tuesday|Beijing',
      'meeting|planned|Luiz Inácio Lula da Silva+Xi Jinping|BR+CN||Johannesburg',
      'meeting|held|Recep Tayyip Erdoğan+Volodymyr Zelenskyy|TR+UA|Wednesday|Ankara',
      'call|held|Benjamin Netanyahu+Mohammed bin Salman|IL+SA||',
      'meeting|planned|Lee Jae-myung+Xi Jinping|CN+KR|next year|',
      // "travel to Beijing next week for a strategic dialogue with Wang Yi" is one event: the talks, in Beijing.
      'talks|planned|Kaja Kallas+Wang Yi|CN+EU||Beijing',
      'meeting|planned|Donald Trump+Mohammed bin Salman|SA+US|--11-18|',
      'call|held|Li Qiang+Narendra Modi|CN+IN|Friday|',
    ]);
  });

  it('a rejected offer of talks is not a contact', async () => {
    expect(found.some((f) => f.includes('Kim Jong Un'))).toBe(false);
  });
});

describe('contacts: phrasing from other tracks', () => {
  it('"held talks … on his first visit" is talks, and the one who sent the envoy is not a participant', async () => {
    const [c] = (await contactsOf('President Donald Trump’s special envoy, Richard Grenell, held talks with Venezuelan President Nicolás Maduro in Caracas on Friday on his first visit to the country.', '2025-02-01'));
    expect(c).toMatchObject({ mode: 'talks', status: 'held', who: ['Nicolás Maduro', 'Richard Grenell'], countries: ['US', 'VE'], date: '2025-01-31', city: 'Caracas' });
  });

  it('"Russian and Ukrainian delegations met" names both sides', async () => {
    expect((await contactsOf('Russian and Ukrainian delegations met in Istanbul on the 2nd.', '2025-06-03'))[0]).toMatchObject({ countries: ['RU', 'UA'], date: '2025-06-02', city: 'Istanbul' });
  });

  it('a relative clause does not set the status ("Rubio, who has long pushed for a hard line, spoke by phone")', async () => {
    expect((await contactsOf('Rubio, who has long pushed for a hard line on Caracas, spoke by phone on Thursday with Panamanian President José Raúl Mulino.', '2025-02-01'))[0]).toMatchObject({
      mode: 'call', status: 'held', countries: ['PA', 'US'], date: '2025-01-30',
    });
  });

  it('the initiator may be named in a "which" clause after the contact', async () => {
    expect((await contactsOf('The talks follow a phone call between Trump and Chinese President Xi Jinping on June 5, which the White House said was requested by Beijing.', '2025-07-30'))[0]).toMatchObject({
      mode: 'call', countries: ['CN', 'US'], initiator: 'CN', date: '2025-06-05',
    });
  });

  it('the proposer may open the clause before the proposed contact', async () => {
    const proposed = (await contactsOf('Umerov said Kyiv had also proposed a meeting between President Volodymyr Zelenskyy and Vladimir Putin.')).find((c) => c.status === 'proposed');
    expect(proposed).toMatchObject({ countries: ['RU', 'UA'], initiator: 'UA' });
  });

  it('"the two leaders met" means the pair the sentence names', async () => {
    expect((await contactsOf('French President Emmanuel Macron raised the issue with Starmer when the two leaders met at the Élysée Palace.'))).toEqual([
      expect.objectContaining({ mode: 'meeting', who: ['Emmanuel Macron', 'Keir Starmer'], countries: ['FR', 'GB'], city: 'Paris' }),
    ]);
  });

  it('"The meeting was attended by" two officials of one side adds no contact', async () => {
    const text = 'Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi in Jeddah. The meeting was attended by Prince Faisal bin Farhan and Dr. Musaed Al-Example, Minister of State.';
    expect((await contactsOf(text)).map((c) => c.countries)).toEqual([['IR', 'SA']]);
  });

  it('hotline calls and "called his Indian counterpart" are calls; attending a regional meeting is no bilateral contact', async () => {
    expect((await contactsOf('The military chiefs of Pakistan and India spoke over the hotline on Monday.', '2025-05-13'))[0]).toMatchObject({ mode: 'call', countries: ['IN', 'PK'], date: '2025-05-12' });
    expect((await contactsOf('Pakistan’s DGMO called his Indian counterpart on Saturday.', '2025-05-13'))[0]).toMatchObject({ mode: 'call', countries: ['IN', 'PK'], date: '2025-05-10' });
    expect((await contactsOf('The foreign ministers of Pakistan and India are expected to attend a regional meeting in Beijing next month.'))).toEqual([]);
  });

  it('"met three times" is a record of the past, not a contact', async () => {
    expect((await contactsOf('Trump and Kim Jong Un met three times.', '2025-09-02'))).toEqual([]);
  });
});

describe('contacts: one sentence, two events or one', () => {
  it('"…, and is due to visit Panama on Saturday" is a second event with the same subject', async () => {
    const found = (await contactsOf('Rubio spoke by phone on Thursday with Panamanian President José Raúl Mulino, and is due to visit Panama on Saturday.', '2025-02-01'));
    expect(found).toEqual([
      expect.objectContaining({ mode: 'call', status: 'held', countries: ['PA', 'US'], date: '2025-01-30' }),
      expect.objectContaining({ mode: 'visit', status: 'planned', who: ['Marco Rubio'], countries: ['PA', 'US'], date: '2025-02-01' }),
    ]);
  });

  it('"the first EU-UK summit, originally planned for 28 April in London, would now take place on 19 May" is its own planned summit', async () => {
    const found = (await contactsOf('Starmer and Ursula von der Leyen held a video call on Wednesday and agreed that the first EU-UK summit, originally planned for 28 April in London, would now take place on 19 May.', '2025-03-20'));
    expect(found).toContainEqual(expect.objectContaining({ mode: 'summit', status: 'planned', countries: ['EU', 'GB'], date: '2025-05-19', city: 'London' }));
    expect(found).toContainEqual(expect.objectContaining({ mode: 'call', status: 'held', date: '2025-03-19' }));
  });

  it('"in the Russian city of Kazan", "at the truce village of Panmunjom" are places', async () => {
    expect((await contactsOf('Xi and Modi met in the Russian city of Kazan in October.', '2025-01-28'))[0]).toMatchObject({ city: 'Kazan' });
  });
});

describe('contacts: statuses and references from wording around the contact', () => {
  it('"…, but no date has been set" leaves the contact planned; "no date … for a second meeting" does not', async () => {
    expect((await contactsOf('A Trump visit to Beijing has been discussed for months, but no date has been set.'))[0]).toMatchObject({ status: 'planned', countries: ['CN', 'US'] });
    expect((await contactsOf('Putin and Trump met in Anchorage on Friday, but no date has been set for a second meeting.', '2025-08-17'))[0]).toMatchObject({ status: 'held', date: '2025-08-15' });
  });

  it('hypotheticals, classes of contacts and quoted maxims are no contacts', async () => {
    expect((await contactsOf('Lee Jae-myung has suggested that he could play the role of "pacemaker" for a Trump–Kim Jong Un meeting.'))).toEqual([]);
    expect((await contactsOf('Modi said "terror and talks cannot go together" and that any talks with Pakistan would be held only on terrorism.'))).toEqual([]);
  });

  it('the one who reports a contact is not a party to it', async () => {
    expect((await contactsOf('Iran and the United States ended a fifth round of talks in Rome on Friday, Oman’s foreign minister said.', '2025-05-23'))[0]).toMatchObject({ countries: ['IR', 'US'], city: 'Rome' });
  });

  it('a definite contact noun described by one side refers back, it is no new contact', async () => {
    const text = 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday. Baku described the meeting as "constructive" and thanked the Emirati leadership for its hospitality.';
    expect((await contactsOf(text, '2025-07-11')).map((c) => c.countries)).toEqual([['AM', 'AZ']]);
  });

  it('an Israeli security delegation is Israel; "Egypt’s intelligence chief NAME" is an official of Egypt', async () => {
    expect((await contactsOf('Egypt’s intelligence chief Hassan Example received an Israeli security delegation in Cairo on Sunday.', '2025-07-08'))[0]).toMatchObject({
      who: ['Hassan Example'], countries: ['EG', 'IL'], city: 'Cairo', date: '2025-07-06',
    });
  });
});

describe('contacts: people named around the contact', () => {
  it('delegation leaders named in the next sentence join the contact, with the country of their clause', async () => {
    const text =
      'The military chiefs of Pakistan and India spoke over the hotline on Monday. On the Indian side, the talks were conducted by Lt Gen Rajiv Example, while Pakistan was represented by Maj Gen Kashif Example.';
    const [c] = (await extractText(text, '2025-05-13')).contacts;
    expect(c.participants).toEqual([
      { name: 'Rajiv Example', role: 'Lt Gen', country: 'IN' },
      { name: 'Kashif Example', role: 'Maj Gen', country: 'PK' },
    ]);
    expect(c.evidence).toHaveLength(2);
  });

  it('a leader of a third country is not added ("led by" someone of neither side)', async () => {
    const text = 'Russian and Ukrainian delegations met in Istanbul on Monday. The session was chaired by Turkish Foreign Minister Hakan Fidan.';
    expect((await extractText(text, '2025-06-03')).contacts[0].participants).toEqual([]);
  });

  it('"his Iranian counterpart" of a foreign minister is the Iranian foreign minister, not the president named last', async () => {
    const text =
      'The crown prince received Iranian Foreign Minister Abbas Araghchi, who conveyed a message from Iranian President Masoud Pezeshkian. Saudi Foreign Minister Prince Faisal bin Farhan held talks with his Iranian counterpart in Jeddah.';
    const talks = (await extractText(text, '2025-11-16')).contacts.find((c) => c.mode === 'talks');
    expect(talks?.participants.map((p) => p.name)).toEqual(['Faisal bin Farhan', 'Abbas Araghchi']);
  });

  it('a planned meeting and the visit it is part of are one contact', async () => {
    const text = 'President Lee Jae-myung spoke by phone with Japanese Prime Minister Shigeru Ishiba on Monday. The two leaders are expected to meet in Tokyo later this week, Lee’s first visit to Japan since taking office.';
    const planned = (await contactsOf(text, '2025-08-19')).filter((c) => c.status === 'planned');
    expect(planned).toEqual([expect.objectContaining({ countries: ['JP', 'KR'], city: 'Tokyo', who: ['Lee Jae-myung', 'Shigeru Ishiba'] })]);
  });
});

describe('contacts: moved plans, statements and name parts', () => {
  const PUBLISHED = '2025-05-14';
  it('a contact rescheduled or postponed to a date is planned on that date, on or after publication', async () => {
    expect((await contactsOf('The summit between Xi Jinping and Narendra Modi has been rescheduled for June 3.', PUBLISHED))[0]).toMatchObject({ status: 'planned', date: '2025-06-03' });
    expect((await contactsOf('The summit between Xi Jinping and Narendra Modi has been postponed until June 3.', PUBLISHED))[0]).toMatchObject({ status: 'planned', date: '2025-06-03' });
    expect((await contactsOf('The meeting between Xi Jinping and Narendra Modi has been postponed to April 10.', PUBLISHED))[0]).toMatchObject({ status: 'planned', date: '2026-04-10' });
  });

  it('a postponed plan keeps its status but not its superseded date', async () => {
    expect((await contactsOf('A summit between Xi Jinping and Narendra Modi that had been planned for August 31 in Tianjin has been postponed.', PUBLISHED))[0]).toMatchObject({
      status: 'planned',
      date: null,
      city: 'Tianjin',
    });
  });

  it('a date in the attribution tail or on the agreeing verb dates the statement, not the contact', async () => {
    expect((await contactsOf('China and India are expected to hold a summit later this year, officials in both capitals said on Saturday.', PUBLISHED))[0]).toMatchObject({ status: 'planned', date: null });
    expect((await contactsOf('China and India agreed on Monday to hold the next round of boundary talks in New Delhi.', PUBLISHED))[0]).toMatchObject({ status: 'planned', date: null, city: 'New Delhi' });
  });

  it('talks that would take place are planned; "held the next round" is held', async () => {
    expect((await contactsOf('Officials said the talks between China and India would take place in New Delhi.', PUBLISHED))[0]).toMatchObject({ status: 'planned', city: 'New Delhi' });
    expect((await contactsOf('China and India held the next round of boundary talks in New Delhi on Monday.', PUBLISHED))[0]).toMatchObject({ status: 'held', date: '2025-05-12' });
  });

  it('a phone call has no meeting place; the place of the attribution is the speaker’s', async () => {
    const text = 'South Korean President Lee Jae-myung held a telephone conversation with Japanese Prime Minister Shigeru Ishiba on Tuesday, the presidential office in Seoul said.';
    expect((await contactsOf(text, PUBLISHED))[0]).toMatchObject({ mode: 'call', date: '2025-05-13', city: null });
    expect((await contactsOf('Putin met Xi on Tuesday, the Kremlin in Moscow said.', PUBLISHED))[0]).toMatchObject({ city: null, date: '2025-05-13' });
  });

  it('a known surname inside another person’s name is not that person', async () => {
    const who = (await contactsOf('Vice Foreign Minister Park Yoon-joo met U.S. Deputy Secretary of State Christopher Landau in Washington on Monday.', PUBLISHED))[0].who;
    expect(who).toEqual(['Christopher Landau', 'Park Yoon-joo']);
    expect((await contactsOf('Yet Yoon met Putin in Moscow.', PUBLISHED))[0].who).toEqual(['Vladimir Putin', 'Yoon Suk Yeol']);
  });

  it('a plural title before known names is a title, not a name part ("Presidents Putin and Trump")', async () => {
    const who = (await contactsOf('The ministers discussed arranging a meeting between Presidents Putin and Trump.', PUBLISHED))[0].who;
    expect(who).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});

describe('contacts: a trip and the talks it is for', () => {
  it('"travel to Brussels … for a further round of talks with X" is one planned contact, the talks, with X', async () => {
    const found = await contactsOf('Nick Example, the Cabinet Office minister, is expected to travel to Brussels next week for a further round of talks with Maroš Šefčovič.', '2025-03-20');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.who.join('+'), c.city])).toEqual([['talks', 'planned', 'EU-GB', 'Maroš Šefčovič+Nick Example', 'Brussels']]);
  });

  it('a trip and talks that are not its purpose stay two contacts', async () => {
    const found = await contactsOf('Nick Example, the Cabinet Office minister, travelled to Brussels on Monday; a further round of talks with Maroš Šefčovič is planned for June.', '2025-03-20');
    expect(found.map((c) => [c.mode, c.status])).toEqual([
      ['visit', 'held'],
      ['talks', 'planned'],
    ]);
  });
});

describe('contacts: a dialogue offered to a named party', () => {
  it('"ready for a dialogue with X" is proposed talks, the speaker the initiator, the opening place the speaker’s', async () => {
    const found = await contactsOf('In Islamabad, Foreign Minister Ishaq Dar told the Senate that Pakistan was ready for a "comprehensive dialogue" with India.', '2025-05-13');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.initiator, c.city])).toEqual([['talks', 'proposed', 'IN-PK', 'PK', null]]);
  });

  it('a dialogue without an offer, or offered to no one, is a stance, not a contact', async () => {
    expect(await contactsOf('Vučić said Serbia was always ready for dialogue but would not accept recognition of Kosovo.', '2026-02-05')).toEqual([]);
    expect(await contactsOf('South Korean President Lee Jae-myung took office pledging to restore dialogue with North Korea.', '2026-02-05')).toEqual([]);
  });
});

describe('contacts: "the two presidents" after the sentence that named them', () => {
  const first = 'Brazilian President Luiz Inacio Lula da Silva spoke by telephone with U.S. President Donald Trump on Thursday. Foreign Minister Mauro Vieira will travel to Washington for talks with Secretary of State Marco Rubio on Nov. 13. ';

  it('a contact of "the two presidents" or "the two leaders" is theirs, not the last contact’s', async () => {
    const found = await contactsOf(first + 'The thaw began with a video call between the two presidents on Oct. 6. The two leaders then met in Kuala Lumpur on Oct. 26.', '2025-11-07');
    expect(found.map((c) => [c.mode, c.date, c.who.join('+')])).toEqual([
      ['call', '2025-11-06', 'Donald Trump+Luiz Inácio Lula da Silva'],
      ['talks', '2025-11-13', 'Marco Rubio+Mauro Vieira'],
      ['call', '2025-10-06', 'Donald Trump+Luiz Inácio Lula da Silva'],
      ['meeting', '2025-10-26', 'Donald Trump+Luiz Inácio Lula da Silva'],
    ]);
  });

  it('a plural that fits neither pair names no one', async () => {
    const found = await contactsOf(first + 'The two prime ministers then met in Kuala Lumpur on Oct. 26.', '2025-11-07');
    expect(found.some((c) => c.date === '2025-10-26' && c.who.includes('Donald Trump'))).toBe(false);
  });
});

describe('contacts: a meeting imagined on a condition', () => {
  it('"could meet X again … if both attend" is a position, not a proposed contact', async () => {
    expect(await contactsOf('South Korean President Lee Jae-myung also said he could meet Japanese Prime Minister Sanae Takaichi again at the G7 summit in June if Korea is invited.', '2026-01-15')).toEqual([]);
  });

  it('without the condition, "could meet" is still an offer', async () => {
    const found = await contactsOf('South Korean President Lee Jae-myung also said he could meet Japanese Prime Minister Sanae Takaichi again at the G7 summit in June.', '2026-01-15');
    expect(found.map((c) => [c.status, c.countries.join('-')])).toEqual([['proposed', 'JP-KR']]);
  });
});

describe('contacts: who placed a call', () => {
  it('"X received a (phone) call from Y": Y initiated it', async () => {
    const found = await contactsOf('Pakistani Foreign Minister Ishaq Dar received a phone call from Turkish Foreign Minister Hakan Fidan on Sunday, the Foreign Office said.', '2025-10-27');
    expect(found.map((c) => [c.mode, c.countries.join('-'), c.date, c.initiator])).toEqual([['call', 'PK-TR', '2025-10-26', 'TR']]);
  });

  it('a call between the two with no caller named has no initiator', async () => {
    const found = await contactsOf('Pakistani Foreign Minister Ishaq Dar received a briefing and then had a phone call with Turkish Foreign Minister Hakan Fidan on Sunday.', '2025-10-27');
    expect(found.map((c) => [c.mode, c.initiator])).toEqual([['call', null]]);
  });
});

describe('contacts: "no plan for a visit"', () => {
  it('a visit there is no plan for is denied, like "no plans for"', async () => {
    expect(await contactsOf('A Canadian official said there is no plan for a visit by Indian Prime Minister Narendra Modi to Canada.', '2025-11-23')).toEqual([]);
  });

  it('a plan that exists is still a contact', async () => {
    const found = await contactsOf('A Canadian official said there is a plan for a visit by Indian Prime Minister Narendra Modi to Canada.', '2025-11-23');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['visit', 'CA-IN']]);
  });
});

describe('contacts: the host of someone else’s talks', () => {
  it('"thanked Turkey for hosting the talks" and "talks hosted by Qatar" make the host no party of a contact of its own', async () => {
    const found = await contactsOf('Pakistani Foreign Minister Ishaq Dar and Afghan Foreign Minister Amir Khan Muttaqi held talks in Istanbul on Saturday. Dar thanked Turkey for hosting the talks.', '2025-10-27');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['AF-PK']);
    const hostedBy = await contactsOf('Pakistani Foreign Minister Ishaq Dar met Afghan Foreign Minister Amir Khan Muttaqi in talks hosted by Qatar on Sunday.', '2025-10-27');
    expect(hostedBy.map((c) => c.countries.join('-'))).toEqual(['AF-PK']);
  });

  it('hosting a named visitor is still a meeting with the host', async () => {
    const found = await contactsOf('Saudi Crown Prince Mohammed bin Salman is hosting the Iranian Foreign Minister, Abbas Araghchi, in Riyadh on Monday.', '2025-10-27');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['meeting', 'IR-SA']]);
  });
});

describe('contacts: sources "briefed on" the talks', () => {
  it('"people briefed on the session said" is the report’s source, not a visit of the countries named near it', async () => {
    const found = await contactsOf('Congolese Foreign Minister Thérèse Example and Rwandan Foreign Minister Olivier Example met at the State Department, with U.S., Qatari and Togolese officials present as observers, three people briefed on the session said.', '2025-11-06');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['meeting', 'CD-RW']]);
  });

  it('briefing someone is still a contact', async () => {
    const found = await contactsOf('US envoy Morgan Ortagus is expected to travel to Israel next week to brief Israeli officials.', '2025-12-04');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['visit', 'planned', 'IL-US']]);
  });
});

describe('contacts: a relative clause that describes the contact', () => {
  it('", which Japan had hoped to hold in Tokyo in January" gives the summit its status and place', async () => {
    const found = await contactsOf('The Japan–China–South Korea summit, which Japan as the chair had hoped to hold in Tokyo in January, is also in doubt.', '2025-11-20');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.city])).toEqual([['summit', 'proposed', 'CN-JP-KR', 'Tokyo']]);
  });

  it('a relative clause about something else (the city) says nothing about the contact', async () => {
    const found = await contactsOf('Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Toshimitsu Motegi in Beijing, which will host the Asian Games next year.', '2025-11-20');
    expect(found.map((c) => [c.status, c.city])).toEqual([['held', 'Beijing']]);
  });
});

describe('contacts: a hyphenated pair before a modified contact word', () => {
  it('"a round of the UK-China strategic dialogue" is a contact of the pair', async () => {
    const found = await contactsOf('It followed a round of the UK-China strategic dialogue between deputy foreign ministers in London on 27 February.', '2026-03-09');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.city, c.date])).toEqual([['talks', 'held', 'CN-GB', 'London', '2026-02-27']]);
  });

  it('a hyphenated pair before anything but a contact word is a topic', async () => {
    expect(await contactsOf('The UK-China trade row was discussed in a meeting of EU officials in London on 27 February.', '2026-03-09')).toEqual([]);
  });
});

describe('contacts: "he" as the subject, from the sentence before', () => {
  const first = 'Peter Example, the EU’s envoy, met Kosovo’s chief negotiator Besnik Bislimi in Brussels on Monday.';

  it('"On Tuesday he hosted X" is a meeting of the previous sentence’s subject with X', async () => {
    const found = await contactsOf(`${first} On Tuesday he hosted Serbia’s chief negotiator, Petar Petković, for a meeting.`, '2026-02-05');
    expect(found.map((c) => [c.countries.join('-'), c.date, c.who.join('+')])).toEqual([
      ['EU-XK', '2026-02-02', 'Besnik Bislimi+Peter Example'],
      ['EU-RS', '2026-02-03', 'Petar Petković+Peter Example'],
    ]);
  });

  it('not across paragraphs, and not when someone is named before the verb', async () => {
    expect((await contactsOf(`${first}\n\nOn Tuesday he hosted Serbia’s chief negotiator, Petar Petković, for a meeting.`, '2026-02-05')).map((c) => c.countries.join('-'))).toEqual(['EU-XK']);
    const named = await contactsOf(`${first} Serbian President Aleksandar Vučić said on Tuesday he hosted Serbia’s chief negotiator, Petar Petković.`, '2026-02-05');
    expect(named.some((c) => c.who.includes('Peter Example') && c.countries.includes('RS'))).toBe(false);
  });
});

describe('contacts: a proposal by a government’s people', () => {
  it('"Chinese diplomats have floated a meeting between X and Y": China initiated it', async () => {
    const found = await contactsOf('Chinese diplomats have also floated a meeting between British Prime Minister Keir Starmer and Chinese President Xi Jinping in December.', '2026-03-09');
    expect(found.map((c) => [c.status, c.initiator])).toEqual([['proposed', 'CN']]);
  });

  it('a nationality word alone is no proposer', async () => {
    const found = await contactsOf('The Chinese have also floated a meeting between British Prime Minister Keir Starmer and Chinese President Xi Jinping in December.', '2026-03-09');
    expect(found.map((c) => [c.status, c.initiator])).toEqual([['proposed', null]]);
  });
});

describe('contacts: a yes/no question', () => {
  it('"Question: Will Prime Minister X visit Türkiye again?" asks, it reports no contact', async () => {
    expect(await contactsOf('Question: Will Armenian Prime Minister Nikol Pashinyan visit Türkiye again?', '2025-12-12')).toEqual([]);
  });

  it('a statement about the visit is still a contact', async () => {
    const found = await contactsOf('Armenian Prime Minister Nikol Pashinyan will visit Türkiye again in the spring.', '2025-12-12');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['visit', 'planned', 'AM-TR']]);
  });
});

describe('contacts: an opening gathering is the occasion of the meeting that follows', () => {
  it('"On 14 February, on the sidelines of the Munich Security Conference, X met with Y": that date and place', async () => {
    const found = await contactsOf('On 14 February, on the sidelines of the Munich Security Conference, Deputy Foreign Minister of Armenia Vahan Example met with Deputy Minister of Foreign Affairs of Türkiye Berris Example.', '2026-02-18');
    expect(found.map((c) => [c.mode, c.countries.join('-'), c.date, c.city])).toEqual([['meeting', 'AM-TR', '2026-02-14', 'Munich']]);
  });

  it('people named in the opening keep it apart from the meeting', async () => {
    const found = await contactsOf('On 14 February, on the sidelines of the Munich Security Conference, where Armenian Foreign Minister Ararat Example spoke, Turkish Foreign Minister Hakan Example met Azerbaijani Foreign Minister Jeyhun Example.', '2026-02-18');
    expect(found.filter((c) => c.countries.includes('AM'))).toEqual([]);
  });
});

describe('contacts: the target of a purpose clause', () => {
  it('"met … to press Sudan’s warring parties to accept a truce": Sudan is the target, not a party', async () => {
    const found = await contactsOf('Senior officials from the United States, Saudi Arabia, the United Arab Emirates and Egypt met in Washington on Tuesday to press Sudan’s warring parties to accept a truce.', '2025-11-13');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['AE-EG-SA-US']);
  });

  it('a party named outside the purpose clause stays a party', async () => {
    const found = await contactsOf('Senior officials from the United States and Sudan met in Washington on Tuesday to press the warring parties to accept a truce.', '2025-11-13');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['SD-US']);
  });
});

describe('contacts: "the technical teams met"', () => {
  const first = 'Brazilian Foreign Minister Mauro Vieira will travel to Washington for talks with Secretary of State Marco Rubio on Nov. 13. ';

  it('continues the pair of the last contact without its people; the leaders named next are the teams’', async () => {
    const found = await contactsOf(first + "The technical teams met by videoconference on Tuesday. Brazil's side was led by Marcio Elias Rosa, and the U.S. side by Deputy Trade Representative Colin Ashworth.", '2025-11-07');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.date, c.who.join('+')])).toEqual([
      ['planned', 'BR-US', '2025-11-13', 'Marco Rubio+Mauro Vieira'],
      ['held', 'BR-US', '2025-11-04', 'Colin Ashworth+Marcio Elias Rosa'],
    ]);
  });

  it('analysts meeting is no contact of the pair', async () => {
    const found = await contactsOf(first + 'The analysts met by videoconference on Tuesday.', '2025-11-07');
    expect(found).toHaveLength(1);
  });
});

describe('contacts: "the three leaders" after the sentence naming three countries', () => {
  it('is a meeting of those three', async () => {
    const found = await contactsOf('Canada, Australia and India announced a technology partnership on Saturday. The three leaders met briefly at the summit venue to launch it, an Australian government spokesperson said.', '2025-11-23');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['meeting', 'held', 'AU-CA-IN']]);
  });

  it('names no one when the sentence before named another number of countries', async () => {
    expect(await contactsOf('Canada and India announced a technology partnership on Saturday. The three leaders met briefly at the summit venue to launch it.', '2025-11-23')).toEqual([]);
  });
});

describe('contacts: an invitation is a proposed contact of the inviter', () => {
  it('"X invited Y to visit Z again" and "had invited Y to attend the summit": proposed, the inviter’s side initiates', async () => {
    const visit = await contactsOf('Chinese President Xi Jinping invited Vietnamese President Luong Cuong to visit China again.', '2025-06-04');
    expect(visit.map((c) => [c.mode, c.status, c.countries.join('-'), c.initiator])).toEqual([['visit', 'proposed', 'CN-VN', 'CN']]);
    const summit = await contactsOf('Russian President Vladimir Putin had invited Indian Prime Minister Narendra Modi to attend the summit in Kazan, and Modi accepted.', '2025-06-04');
    expect(summit.map((c) => [c.status, c.countries.join('-'), c.initiator, c.city])).toEqual([['proposed', 'IN-RU', 'RU', 'Kazan']]);
  });

  it('the one who invited is the one named nearest before the verb, not the speaker', async () => {
    const found = await contactsOf('U.S. President Donald Trump said Chinese President Xi Jinping had invited him to visit China.', '2025-06-04');
    expect(found.map((c) => [c.status, c.initiator])).toEqual([['proposed', 'CN']]);
  });

  it('the subject of a passive invitation is the guest, not the initiator', async () => {
    const found = await contactsOf('Indian Prime Minister Narendra Modi was invited to visit Moscow by Russian President Vladimir Putin.', '2025-06-04');
    expect(found.map((c) => [c.status, c.initiator])).toEqual([['proposed', null]]);
  });

  it('someone urged to visit is pressed, not invited: no contact', async () => {
    expect(await contactsOf('Chinese President Xi Jinping urged Vietnamese President Luong Cuong to visit China again.', '2025-06-04')).toEqual([]);
  });

  it('the invitation and a plan of the same visit are one planned contact; a planned meeting stays apart', async () => {
    const same = await contactsOf('Chinese President Xi Jinping invited U.S. President Donald Trump to visit China. A Trump visit to Beijing has been discussed for months, but no date has been set.', '2025-06-04');
    expect(same.map((c) => [c.mode, c.status, c.countries.join('-'), c.initiator])).toEqual([['visit', 'planned', 'CN-US', 'CN']]);
    const apart = await contactsOf('Chinese President Xi Jinping invited U.S. President Donald Trump to visit China. Xi and Trump will also meet at the APEC summit in Gyeongju in October.', '2025-06-04');
    expect(apart.map((c) => [c.mode, c.status])).toEqual([['visit', 'proposed'], ['meeting', 'planned']]);
  });
});

describe('contacts: a contact said not to happen', () => {
  it('"no meeting between X and Y is planned" and "a meeting with X is not on the agenda" deny it', async () => {
    expect(await contactsOf('A White House official said that no meeting between U.S. President Donald Trump and Chinese President Xi Jinping is planned for now.', '2025-06-04')).toEqual([]);
    expect(await contactsOf('Brazilian President Luiz Inacio Lula da Silva said a meeting with U.S. President Donald Trump "is not on the agenda for now".', '2025-06-04')).toEqual([]);
  });

  it('the same meetings said to be planned or on the agenda are contacts', async () => {
    const planned = await contactsOf('A White House official said that a meeting between U.S. President Donald Trump and Chinese President Xi Jinping is planned for June.', '2025-06-04');
    expect(planned.map((c) => [c.status, c.countries.join('-')])).toEqual([['planned', 'CN-US']]);
    const onAgenda = await contactsOf('Brazilian President Luiz Inacio Lula da Silva said a meeting with U.S. President Donald Trump is on the agenda for next month.', '2025-06-04');
    expect(onAgenda.map((c) => c.countries.join('-'))).toEqual(['BR-US']);
  });

  it('"hoped to meet X, but no such meeting took place" is no contact; the hope alone is a proposal', async () => {
    expect(await contactsOf('Brazilian President Luiz Inacio Lula da Silva also hoped to meet U.S. Vice President JD Vance, but no such meeting took place.', '2025-06-04')).toEqual([]);
    const hope = await contactsOf('Brazilian President Luiz Inacio Lula da Silva also hoped to meet U.S. Vice President JD Vance, but the White House has not replied.', '2025-06-04');
    expect(hope.map((c) => [c.status, c.countries.join('-')])).toEqual([['proposed', 'BR-US']]);
  });

  it('a contact inside a denied report is no contact: "denied reports of a meeting", "dismissed reports that X would meet Y"', async () => {
    const sentences = [
      'The Chilean foreign ministry denied reports of a meeting between President Gabriel Boric and Argentine President Javier Milei in Mendoza.',
      'A spokesman in Santiago dismissed media reports that Chilean President Gabriel Boric would meet Argentine President Javier Milei next week.',
      'The Argentine presidency flatly denied that a call between Javier Milei and Chilean President Gabriel Boric had been arranged.',
      'An official in Buenos Aires denied what was published by several outlets about talks being prepared between Argentine Foreign Minister Gerardo Werthein and his Chilean counterpart Alberto van Klaveren.',
      'Officials in Santiago played down speculation of a summit between Gabriel Boric and Javier Milei on the border.',
    ];
    for (const sentence of sentences) expect(await contactsOf(sentence, '2025-06-04'), sentence).toEqual([]);
  });

  it('a contact reported as true, or said after the denial, stays a contact', async () => {
    const confirmed = await contactsOf('The Chilean foreign ministry confirmed reports of a meeting between Chilean President Gabriel Boric and Argentine President Javier Milei in Mendoza on Monday.', '2025-06-04');
    expect(confirmed.map((c) => [c.mode, c.countries.join('-')])).toEqual([['meeting', 'AR-CL']]);
    const after = await contactsOf('The Chilean foreign ministry denied reports of a rift, saying Chilean President Gabriel Boric would meet Argentine President Javier Milei in Mendoza next week.', '2025-06-04');
    expect(after.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['meeting', 'planned', 'AR-CL']]);
    const joined = await contactsOf('Chilean Foreign Minister Alberto van Klaveren dismissed the reports and met Argentine Foreign Minister Gerardo Werthein in Mendoza on Monday.', '2025-06-04');
    expect(joined.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['meeting', 'held', 'AR-CL']]);
  });

  it('a definite contact noun after a denied one and a gathering is the denied one, not a contact of its own', async () => {
    const plan = 'Argentine Foreign Minister Gerardo Werthein met Chilean Foreign Minister Alberto van Klaveren in Mendoza on Monday.';
    const denial = 'An official in Santiago denied what was published by some outlets about a meeting being prepared between the two presidents on the sidelines of the Munich Security Conference, stressing that "the meeting will be in Santiago and nowhere else."';
    const contacts = await contactsOf(`${plan} ${denial}`, '2025-06-04');
    expect(contacts.map((c) => [c.status, c.countries.join('-'), c.city])).toEqual([['held', 'AR-CL', 'Mendoza']]);
  });
});

describe('contacts: a joint body named after the pair', () => {
  it('"the Indian-Chinese Joint Working Group held its fifth meeting" is a contact of the pair, also with country names', async () => {
    const demonyms = await contactsOf('The Indian-Chinese Joint Working Group held its fifth meeting in New Delhi on Monday.', '2026-02-10');
    expect(demonyms.map((c) => [c.status, c.countries.join('-'), c.city])).toEqual([['held', 'CN-IN', 'New Delhi']]);
    const names = await contactsOf('The Japan-China Joint Committee held its tenth meeting in Tokyo on Monday.', '2026-02-10');
    expect(names.map((c) => [c.status, c.countries.join('-')])).toEqual([['held', 'CN-JP']]);
  });

  it('a pair of nationality words before anything but a named body names no party', async () => {
    expect(await contactsOf('Indian-Chinese relations were the topic of a meeting in New Delhi on Monday.', '2026-02-10')).toEqual([]);
    expect(await contactsOf('The Indian-Chinese border committee held its fifth meeting in New Delhi on Monday.', '2026-02-10')).toEqual([]);
  });
});

describe('contacts: "the two sides" as the subject of a contact', () => {
  const lede = 'Serbia and Kosovo have made little progress on normalising relations, Serbian and Kosovo officials said on Thursday.';
  const host = 'U.S. President Donald Trump has said he would like to host Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti together at the White House.';

  it('after a contact of three countries, "the two sides" are the article\'s pair, without the third country\'s people', async () => {
    for (const subject of ['The two sides', 'Both sides', 'The two countries']) {
      const contacts = await contactsOf(`${lede} ${host} ${subject} held their first publicly confirmed meeting in Brussels in March.`, '2026-04-10');
      const held = contacts.filter((c) => c.status === 'held');
      expect(held.map((c) => [c.countries.join('-'), c.who, c.city]), subject).toEqual([['RS-XK', [], 'Brussels']]);
    }
  });

  it('after a contact of two countries, "the two sides" continue it with its people; "the two leaders" still names them', async () => {
    const twoSides = await contactsOf(`${lede} Serbian Foreign Minister Marko Djuric met Kosovo Foreign Minister Donika Gervalla in Brussels on Monday. The two sides will meet again in Ohrid on May 3.`, '2026-04-10');
    expect(twoSides.map((c) => [c.status, c.countries.join('-'), c.who])).toEqual([
      ['held', 'RS-XK', ['Donika Gervalla', 'Marko Djuric']],
      ['planned', 'RS-XK', ['Donika Gervalla', 'Marko Djuric']],
    ]);
    const leaders = await contactsOf(`${lede} ${host} The two leaders held their first publicly confirmed meeting in Brussels in March.`, '2026-04-10');
    expect(leaders.filter((c) => c.status === 'held').map((c) => [c.countries.join('-'), c.who])).toEqual([['RS-XK', ['Albin Kurti', 'Aleksandar Vucic']]]);
  });
});

describe('contacts: a joint body of the two sides as the subject', () => {
  const first = 'Lebanese envoy Simon Example and Israeli envoy Uri Example met in Naqoura on Wednesday. ';

  it('"The committee will meet again on the 19th" continues the pair, planned, on its own date', async () => {
    const found = await contactsOf(first + 'The committee will meet again on the 19th, the presidency said.', '2025-12-04');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.date])).toEqual([
      ['held', 'IL-LB', '2025-12-03'],
      ['planned', 'IL-LB', '2025-12-19'],
    ]);
  });

  it('a body that is not the subject, or not a joint body, continues nothing', async () => {
    expect(await contactsOf(first + 'A report to the committee says analysts will meet again on the 19th.', '2025-12-04')).toHaveLength(1);
    expect(await contactsOf(first + 'The opposition will meet again on the 19th.', '2025-12-04')).toHaveLength(1);
  });
});

describe('contacts: parties named through their people or an official’s remit', () => {
  it('"the political directors of France, Germany and the United Kingdom": every country is a party', async () => {
    const found = await contactsOf('The deputy ministers of Iran met the political directors of France, Germany and the United Kingdom on Tuesday.', '2025-08-27');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['DE-FR-GB-IR']);
  });

  it('a country after "of" that names no people is a topic', async () => {
    const found = await contactsOf('The deputy ministers of Iran met German officials to discuss the future of France on Tuesday.', '2025-08-27');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['DE-IR']);
  });

  it('"Trump’s special envoy for Ukraine and Russia": the countries of the envoy’s remit are no parties of his visit', async () => {
    const found = await contactsOf('Keith Kellogg, Trump’s special envoy for Ukraine and Russia, visited Minsk on June 21 and met Belarusian President Alexander Lukashenko.', '2025-09-12');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['BY-US']);
  });

  it('a country named as a party next to an envoy stays a party', async () => {
    const found = await contactsOf('U.S. special envoy Keith Kellogg met Ukraine and Russia’s negotiators in Minsk on June 21.', '2025-09-12');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['RU-UA-US']);
  });
});

describe('contacts: a second verb joined to the first shares its subject', () => {
  it('"visited Minsk on June 21 and met X": X is a party of the visit', async () => {
    const found = await contactsOf('U.S. envoy Keith Kellogg visited Minsk on June 21 and met Belarusian President Alexander Lukashenko.', '2025-09-12');
    expect(found.map((c) => [c.mode, c.who.join('+'), c.date])).toEqual([['visit', 'Alexander Lukashenko+Keith Kellogg', '2025-06-21']]);
  });

  it('"called X on Monday and met Y on Tuesday": two contacts of the same subject', async () => {
    const found = await contactsOf('U.S. envoy Keith Kellogg called Russian Foreign Minister Sergei Lavrov on Monday and met Ukrainian President Volodymyr Zelensky on Tuesday.', '2025-09-12');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['call', 'RU-US'], ['meeting', 'UA-US']]);
  });

  it('a verb after a comma and a new subject keeps its own subject', async () => {
    const found = await contactsOf('U.S. envoy Keith Kellogg visited Minsk on June 21, and analysts met Ukrainian President Volodymyr Zelensky.', '2025-09-12');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['BY-US']);
  });
});

describe('contacts: the predicate after a relative clause that describes the contact', () => {
  it('", which was due to be held in Muscat on 15 June, was cancelled": cancelled, with the plan’s date and place', async () => {
    const found = await contactsOf('The sixth round of talks between Iran and the United States, which was due to be held in Muscat on 15 June, was cancelled after the strikes.', '2025-08-27');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city, c.date])).toEqual([['cancelled', 'IR-US', 'Muscat', '2025-06-15']]);
  });

  it('a predicate that neither cancels nor moves it leaves the relative clause’s status', async () => {
    const found = await contactsOf('The sixth round of talks between Iran and the United States, which was held in Muscat on 15 June, was described as constructive.', '2025-08-27');
    expect(found.map((c) => c.status)).toEqual(['held']);
  });
});

describe('contacts: a contact inside a condition', () => {
  it('"only if Iran resumed cooperation … and returned to negotiations with the United States" is imagined', async () => {
    expect(await contactsOf('The three capitals said they would postpone the decision only if Iran resumed full cooperation with the agency, accounted for its uranium and returned to negotiations with the United States.', '2025-08-27')).toEqual([]);
  });

  it('a new main clause after the condition reports a contact again', async () => {
    const found = await contactsOf('Iran would postpone the decision only if the strikes stop, and Iranian Foreign Minister Abbas Araghchi will hold talks with U.S. envoy Steve Witkoff in Muscat on Sunday.', '2025-08-27');
    expect(found.map((c) => [c.status, c.countries.join('-')])).toEqual([['planned', 'IR-US']]);
  });

  it('"any resumption of talks with Washington" is a class of contacts, not one', async () => {
    expect(await contactsOf('Iran insists that any resumption of talks with Washington must be preceded by guarantees.', '2025-08-27')).toEqual([]);
    const one = await contactsOf('Iran insists that the resumption of talks with Washington on Sunday went well.', '2025-08-27');
    expect(one.map((c) => c.countries.join('-'))).toEqual(['IR-US']);
  });
});

describe('contacts: "they" as the subject, for the pair the sentence names', () => {
  it('"X and Y have not met since …; they last spoke by phone on July 31" is their call', async () => {
    const found = await contactsOf('Mexican President Claudia Sheinbaum and U.S. President Donald Trump have not met in person since she took office; they last spoke by phone on July 31.', '2025-09-03');
    expect(found.map((c) => [c.mode, c.countries.join('-'), c.date])).toEqual([['call', 'MX-US', '2025-07-31']]);
  });

  it('"they" after someone named in its own clause is not the pair', async () => {
    const found = await contactsOf('Mexican President Claudia Sheinbaum and U.S. President Donald Trump have not met in person since she took office; analysts say they last spoke by phone on July 31.', '2025-09-03');
    expect(found).toEqual([]);
  });
});

describe('contacts: "the two Cypriot leaders" name their country as a party', () => {
  it('a nationality word before "leaders" in a contact is a party', async () => {
    const found = await contactsOf('UN Secretary-General António Guterres will convene a meeting of the two Cypriot leaders with Greece, Turkey and the United Kingdom in New York early next year.', '2025-12-12');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['CY-GB-GR-TR-UN']);
  });

  it('a nationality word before another noun stays a nationality', async () => {
    const found = await contactsOf('UN Secretary-General António Guterres will convene a meeting on Cypriot property with Greece, Turkey and the United Kingdom in New York early next year.', '2025-12-12');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['GB-GR-TR-UN']);
  });
});

describe('contacts: "A second round is expected", the talks just reported', () => {
  const talks = 'South African Trade Minister Parks Tau held talks with U.S. Trade Representative Jamieson Greer on Tuesday. ';

  it('continues the talks, planned, with its own place; the leaders named next are the round’s', async () => {
    const found = await contactsOf(talks + 'A second round is expected in Washington next month. It will be led on the South African side by Lerato Example, the trade department’s chief director, and on the U.S. side by Assistant Trade Representative Constance Example.', '2025-05-21');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city])).toEqual([
      ['held', 'US-ZA', null],
      ['planned', 'US-ZA', 'Washington'],
    ]);
    expect(found[1].who).toEqual(expect.arrayContaining(['Constance Example', 'Lerato Example']));
  });

  it('"The first took place in Istanbul on 25 July" after a meeting is an earlier occasion of the same format', async () => {
    const found = await contactsOf('Iranian deputy foreign minister Kazem Example met the political directors of France, Germany and Britain in Geneva on Tuesday. It was the second meeting in this format. The first took place in Istanbul on 25 July.', '2025-08-27');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city, c.date])).toEqual([
      ['held', 'DE-FR-GB-IR', 'Geneva', '2025-08-26'],
      ['held', 'DE-FR-GB-IR', 'Istanbul', '2025-07-25'],
    ]);
    expect(await contactsOf('The first took place in Istanbul on 25 July.', '2025-08-27')).toEqual([]);
  });

  it('a round only mentioned ("no date has been set for a next round"), a round of something else, or long after the talks is none', async () => {
    expect(await contactsOf(talks + 'No date has been set for a next round.', '2025-05-21')).toHaveLength(1);
    expect(await contactsOf(talks + 'A second round of tariffs is expected next month.', '2025-05-21')).toHaveLength(1);
    expect(await contactsOf(talks + 'Tau spoke to farmers. Exports rose. Prices fell. Rain came. A second round is expected in June.', '2025-05-21')).toHaveLength(1);
  });
});

describe('contacts: a counted contact with its occasions listed', () => {
  it('"have met twice this year, in Moscow in May and in Beijing in September": one held contact per occasion', async () => {
    const found = await contactsOf('Russian President Vladimir Putin and Chinese President Xi Jinping have met twice this year, in Moscow in May and in Beijing in September.', '2025-12-12');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city, c.date])).toEqual([
      ['held', 'CN-RU', 'Moscow', '2025-05'],
      ['held', 'CN-RU', 'Beijing', '2025-09'],
    ]);
  });

  it('a count without its occasions, or with one, stays background', async () => {
    expect(await contactsOf('Russian President Vladimir Putin and Chinese President Xi Jinping have met three times since 2013.', '2025-12-12')).toEqual([]);
    expect(await contactsOf('Russian President Vladimir Putin and Chinese President Xi Jinping have met twice, most recently in Moscow.', '2025-12-12')).toEqual([]);
  });
});

describe('contacts: a trip the sentence before announced, and the meeting it is for', () => {
  it('"He will travel on to Quito on Thursday to meet X": the previous sentence’s subject meets X there', async () => {
    const found = await contactsOf('U.S. Secretary of State Marco Rubio left Mexico City on Wednesday. He will travel on to Quito on Thursday to meet Ecuadorian President Daniel Noboa.', '2025-09-03');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city, c.date, c.who.join('+')])).toEqual([['planned', 'EC-US', 'Quito', '2025-09-04', 'Daniel Noboa+Marco Rubio']]);
  });

  it('"he" after someone named before it in the sentence is not the previous subject', async () => {
    const found = await contactsOf('U.S. Secretary of State Marco Rubio left Mexico City on Wednesday. U.S. envoy Richard Example said he will travel to Quito on Thursday to meet Ecuadorian President Daniel Noboa.', '2025-09-03');
    expect(found.some((c) => c.who.includes('Marco Rubio'))).toBe(false);
  });
});

describe('contacts: one side’s people received the other side, named by its countries', () => {
  const sentence = 'On Tuesday, Iranian deputy foreign ministers Majid Example and Kazem Example received the political directors of the three European countries party to the 2015 nuclear agreement: Frédéric Example for France, Günter Example for Germany and Christian Example for the United Kingdom.';

  it('the people of one country and the countries named as parties; a year naming the agreement dates nothing', async () => {
    const found = await contactsOf(sentence, '2025-08-27');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.date])).toEqual([['held', 'DE-FR-GB-IR', '2025-08-26']]);
  });

  it('a year naming the contact itself ("the 2015 summit") is still background', async () => {
    expect(await contactsOf('Iranian deputy foreign ministers Majid Example and Kazem Example recalled the 2015 talks with France and Germany.', '2025-08-27')).toEqual([]);
  });

  it('a denial in quotes is still a denial: had "no interest" in talks with the South', async () => {
    expect(await contactsOf('Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said the North had "no interest" in talks with the South.', '2025-08-27')).toEqual([]);
  });

  it('"hosted a banquet in honour of X" is a meeting with X; "hosted a banquet" alone is none', async () => {
    const found = await contactsOf('Vietnamese President Luong Cuong hosted a banquet in honour of Chinese President Xi Jinping on Monday.', '2025-04-15');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['meeting', 'CN-VN']]);
    expect(await contactsOf('Vietnamese President Luong Cuong hosted a banquet on Monday.', '2025-04-15')).toEqual([]);
  });
});

describe('splitClauses: a colon that lists the people just named', () => {
  it('"…: A for France, B for Germany" stays in the clause; a colon before a statement still cuts', async () => {
    const { splitClauses } = await import('../../../lambdas/core/extract/clauses.js');
    expect(splitClauses('Iran received the political directors: Frédéric Example for France and Günter Example for Germany.')).toHaveLength(1);
    expect(splitClauses('The ministry said: Iran will not negotiate under pressure.')).toHaveLength(2);
  });
});

describe('contacts: "consultation" as a contact word', () => {
  const first = 'Vietnamese Foreign Minister Bui Thanh Son received Chinese Foreign Minister Wang Yi in Hanoi on April 13. ';

  it('"the two sides agreed that … would hold their annual consultation in Beijing" is planned talks of the pair', async () => {
    const found = await contactsOf(first + 'The two sides agreed that their agencies would hold their annual consultation in Beijing later this year.', '2025-04-14');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.city])).toEqual([
      ['meeting', 'held', 'CN-VN', 'Hanoi'],
      ['talks', 'planned', 'CN-VN', 'Beijing'],
    ]);
  });

  it('"in consultation with X" and a public consultation are no contacts', async () => {
    expect(await contactsOf('Vietnamese Prime Minister Pham Minh Chinh, in consultation with Chinese Premier Li Qiang, approved the railway plan on Monday.', '2025-04-14')).toEqual([]);
    expect(await contactsOf('Vietnam and China opened a public consultation on the railway plan on Monday.', '2025-04-14')).toEqual([]);
  });
});

describe('contacts: a "when" clause hanging on background', () => {
  it('"Previous attempts …, a process that collapsed when a planned summit between X and Y was cancelled" is background', async () => {
    expect(await contactsOf('Previous attempts to end the conflict, including a process that collapsed last year when a planned summit between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame was cancelled, have foundered.', '2025-11-06')).toEqual([]);
  });

  it('a "when" clause after a clause reporting news is read as news', async () => {
    const found = await contactsOf('The process collapsed on Monday when a planned summit between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame was cancelled.', '2025-11-06');
    expect(found.map((c) => [c.status, c.countries.join('-')])).toEqual([['cancelled', 'CD-RW']]);
  });
});

describe('contacts: a scheduling participle right after the contact noun', () => {
  it('"The talks between A and B, due in Geneva on 3 December, …" is planned, on the coming date', async () => {
    const found = await contactsOf('The talks between the Chilean government and the government of Peruvian Prime Minister Ana Example, due in Geneva on 3 December, are meant to cover fishing rights.', '2025-11-20');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.date, c.city])).toEqual([['planned', 'CL-PE', '2025-12-03', 'Geneva']]);
  });

  it('"a summit of A and B, scheduled for next month," and "talks with X slated for Friday" are planned', async () => {
    const summit = await contactsOf('A summit between Chile and Peru, scheduled for next month, will focus on fishing rights, officials said.', '2025-11-20');
    expect(summit.map((c) => c.status)).toEqual(['planned']);
    const talks = await contactsOf('Chilean Foreign Minister Ana Example has talks with Peruvian Foreign Minister Luis Example slated for Friday.', '2025-11-20');
    expect(talks.map((c) => c.status)).toEqual(['planned']);
  });

  it('"originally scheduled for" an old date and "due in part to" a cause leave the contact held', async () => {
    const moved = await contactsOf('The talks between Chile and Peru, originally scheduled for May, took place in Geneva on Tuesday.', '2025-11-20');
    expect(moved.map((c) => c.status)).toEqual(['held']);
    const cause = await contactsOf('Chilean Foreign Minister Ana Example met Peruvian Foreign Minister Luis Example in Lima on Tuesday, due in part to the fishing dispute.', '2025-11-20');
    expect(cause.map((c) => c.status)).toEqual(['held']);
  });
});

describe('contacts: every tense of "sit down with"', () => {
  it('"When X sits down with Y next month" and "will sit down with Y" are planned meetings', async () => {
    const when = await contactsOf('When Chilean President Ana Example sits down with Peruvian President Luis Example next month, fishing will top the agenda.', '2025-11-20');
    expect(when.map((c) => [c.mode, c.status, c.countries.join('-')])).toEqual([['meeting', 'planned', 'CL-PE']]);
    const will = await contactsOf('Chilean President Ana Example will sit down with Peruvian President Luis Example in Lima on Friday.', '2025-11-20');
    expect(will.map((c) => [c.mode, c.status])).toEqual([['meeting', 'planned']]);
  });

  it('"sit down" without a party after it, or a sit-down strike, is no contact', async () => {
    expect(await contactsOf('Chilean and Peruvian fishermen sit down on the docks every morning to mend their nets.', '2025-11-20')).toEqual([]);
    expect(await contactsOf('Workers in Chile and Peru staged a sit-down strike on Friday.', '2025-11-20')).toEqual([]);
  });
});

describe('contacts: a present-tense contact verb with a time to come', () => {
  it('"X visits Lima later this week" and "X meets Y next month" are planned', async () => {
    const visit = await contactsOf('Chilean President Ana Example visits Lima later this week for talks with Peruvian President Luis Example.', '2025-11-20');
    expect(visit.map((c) => c.status)).toEqual(['planned']);
    const meets = await contactsOf('Chilean President Ana Example meets Peruvian President Luis Example next month in Lima.', '2025-11-20');
    expect(meets.map((c) => c.status)).toEqual(['planned']);
  });

  it('whatever cue names the contact: "travels to Lima next week to meet" is planned too', async () => {
    const trip = await contactsOf('Chilean President Ana Example travels to Lima next week to meet Peruvian President Luis Example.', '2025-11-20');
    expect(trip.map((c) => c.status)).toEqual(['planned']);
  });

  it('a past verb, "plans for next month" and "next month’s summit" leave the contact held', async () => {
    const past = await contactsOf('Chilean President Ana Example met Peruvian President Luis Example in Lima to prepare next month’s summit.', '2025-11-20');
    expect(past.map((c) => c.status)).toEqual(['held']);
    const plans = await contactsOf('Chilean President Ana Example meets Peruvian President Luis Example every year to agree fishing quotas for next year.', '2025-11-20');
    expect(plans.map((c) => c.status)).toEqual(['held']);
  });
});

describe('contacts: one side’s person in each of two reports of the same plan', () => {
  it('"X sits down with his Peruvian counterpart next month" and "talks with the government of Peruvian PM Y, due in Lima on 3 December" are one contact', async () => {
    const found = await contactsOf(
      'When Chilean Prime Minister Ana Example sits down with her Peruvian counterpart next month, fishing will top the agenda. ' +
        'The talks between the Chilean government and the government of Peruvian Prime Minister Luis Example, due in Lima on 3 December, are meant to cover trade.',
      '2025-11-20',
    );
    expect(found.map((c) => [c.status, c.countries.join('-'), c.who.join('+'), c.date])).toEqual([['planned', 'CL-PE', 'Ana Example+Luis Example', '2025-12-03']]);
  });

  it('two plans each naming a person of the same side stay two', async () => {
    const found = await contactsOf(
      'Chilean Prime Minister Ana Example will visit Peru next month. Chilean Foreign Minister Rosa Example will visit Peru on 3 December.',
      '2025-11-20',
    );
    expect(found).toHaveLength(2);
  });
});

describe('contacts: a joint body as the subject of a verb later in the clause', () => {
  const first = 'Chilean Foreign Minister Ana Example met Peruvian Foreign Minister Luis Example in Lima on Monday. ';

  it('"… is run by a bilateral working group that met in Arica on Tuesday" continues the pair without its people', async () => {
    const found = await contactsOf(first + 'The border work is run by a bilateral working group that met in Arica on Tuesday.', '2025-11-20');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.who.length, c.city])).toEqual([
      ['held', 'CL-PE', 2, 'Lima'],
      ['held', 'CL-PE', 0, 'Arica'],
    ]);
  });

  it('"Peru has proposed that the joint commission of experts, dormant since 2016, meet in Lima in January" is a proposal of the pair', async () => {
    const found = await contactsOf(first + 'Peru has proposed that the joint commission of experts, dormant since 2016, meet in Tacna in January.', '2025-11-20');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.initiator, c.city])).toEqual([
      ['held', 'CL-PE', null, 'Lima'],
      ['proposed', 'CL-PE', 'PE', 'Tacna'],
    ]);
  });

  it('a body that is not the subject of the verb, or not a joint one, continues nothing', async () => {
    expect(await contactsOf(first + 'Fishermen told a bilateral working group that they met in Arica on Tuesday.', '2025-11-20')).toHaveLength(1);
    expect(await contactsOf(first + 'The work is run by a regional committee that met in Arica on Tuesday.', '2025-11-20')).toHaveLength(1);
  });
});

describe('contacts: a "since" phrase in a short aside', () => {
  it('"The talks, frozen since 2019, resumed in Geneva on Monday" are held talks, not background', async () => {
    const found = await contactsOf('The talks between Chile and Peru, frozen since 2019, resumed in Geneva on Monday.', '2025-11-20');
    expect(found.map((c) => [c.status, c.countries.join('-'), c.city])).toEqual([['held', 'CL-PE', 'Geneva']]);
  });

  it('a "since" clause with its own verb is still background', async () => {
    expect(await contactsOf('Relations have been frozen since Chilean President Ana Example met Peruvian President Luis Example in Lima in 2019.', '2025-11-20')).toEqual([]);
  });
});

describe('contacts: "the two countries’ ministers", the pair’s people rather than the last contact’s', () => {
  const first = 'Chilean President Ana Example met Peruvian President Luis Example in Lima on Monday. ';

  it('"The two countries’ culture ministers met in Arica" is the pair, without the presidents', async () => {
    const found = await contactsOf(first + 'The two countries’ culture ministers met in Arica on Tuesday and agreed to set up a fund.', '2025-11-20');
    expect(found.map((c) => [c.countries.join('-'), c.who.length, c.city])).toEqual([
      ['CL-PE', 2, 'Lima'],
      ['CL-PE', 0, 'Arica'],
    ]);
  });

  it('"a meeting of the two countries’ officials … was cancelled" and a proposed one are contacts of the pair', async () => {
    const cancelled = await contactsOf(first + 'A meeting of the two countries’ fisheries officials that had been scheduled for Nov. 12 in Arica was cancelled.', '2025-11-20');
    expect(cancelled.map((c) => [c.status, c.countries.join('-'), c.who.length])).toEqual([
      ['held', 'CL-PE', 2],
      ['cancelled', 'CL-PE', 0],
    ]);
    const proposed = await contactsOf(first + 'Peru has also proposed a meeting of the two countries’ ministers of defence to discuss border patrols.', '2025-11-20');
    expect(proposed.map((c) => [c.status, c.countries.join('-'), c.initiator])).toEqual([
      ['held', 'CL-PE', null],
      ['proposed', 'CL-PE', 'PE'],
    ]);
  });

  it('"the two countries" after a call with a third country are still the article’s pair', async () => {
    const found = await contactsOf(
      first + 'Chile and Peru signed a fisheries accord. Peruvian Foreign Minister Rosa Example spoke by phone with U.S. Secretary of State Tom Example on Tuesday. A planned meeting between the two countries’ army chiefs in Arica was called off last week.',
      '2025-11-20',
    );
    expect(found.map((c) => [c.status, c.countries.join('-')])).toEqual([
      ['held', 'CL-PE'],
      ['held', 'PE-US'],
      ['cancelled', 'CL-PE'],
    ]);
  });

  it('the two countries’ people who are not the subject of a contact, or a meeting of someone else’s officials, add nothing', async () => {
    expect(await contactsOf(first + 'A report on the two countries’ fisheries says ministers met often in the past.', '2025-11-20')).toHaveLength(1);
    expect(await contactsOf(first + 'Peru has also proposed a meeting of regional fisheries officials.', '2025-11-20')).toHaveLength(1);
  });
});

describe('the pair an article is about (refine/home-side.ts articlePair)', () => {
  const article = (sentences: string[]) => {
    const memory = newArticleMemory();
    return sentences.map((s) => contextOf(s, '2025-11-20', memory));
  };

  it('a mediator named as often as a party, but not in the lede, does not take its place', () => {
    const contexts = article([
      'Chile and Peru signed a border accord on Tuesday.',
      'The United States brokered the accord, and U.S. officials will monitor it.',
      'Peru said the accord was fair, and Chile agreed.',
      'Washington called it a model for Chile and Peru.',
    ]);
    expect(articlePair(contexts)?.sort()).toEqual(['CL', 'PE']);
  });

  it('a capital named as the venue does not count as a party', () => {
    const contexts = article([
      'Chilean and Peruvian officials held talks in Washington on Tuesday.',
      'The talks in Washington were the first since Chile recalled its envoy from Peru.',
      'Chile and Peru will meet again in Washington in March.',
    ]);
    expect(articlePair(contexts)?.sort()).toEqual(['CL', 'PE']);
  });

  it('a real tie with no lede to break it gives no pair', () => {
    const contexts = article(['Relations are tense.', 'Chile, Peru and Bolivia disagree.', 'Chile, Peru and Bolivia met.']);
    expect(articlePair(contexts)).toBeNull();
  });
});

describe('contacts: a held contact of last year, half a year back, is background', () => {
  it('"In a phone call on Dec. 28 last year, X apologised …" in an October article is no contact', async () => {
    expect(await contactsOf('In a phone call on Dec. 28 last year, Chilean President Ana Example apologised to Peruvian President Luis Example for the incident.', '2025-10-10')).toEqual([]);
  });

  it('the same call told in January, or a call this year, is news', async () => {
    const january = await contactsOf('In a phone call on Dec. 28, Chilean President Ana Example apologised to Peruvian President Luis Example for the incident.', '2026-01-05');
    expect(january.map((c) => [c.mode, c.date])).toEqual([['call', '2025-12-28']]);
    const thisYear = await contactsOf('In a phone call on March 3, Chilean President Ana Example apologised to Peruvian President Luis Example for the incident.', '2025-10-10');
    expect(thisYear.map((c) => [c.mode, c.date])).toEqual([['call', '2025-03-03']]);
  });
});

describe('contacts: a date inside what was said, before the occasion it was said at', () => {
  it('"X told Y that … the crash last December, and promised …, in a meeting" does not date the meeting', async () => {
    const found = await contactsOf('Chilean President Ana Example told his Peruvian counterpart Luis Example that a Chilean patrol caused the crash last December, and promised compensation, in a meeting in Lima.', '2025-10-10');
    expect(found.map((c) => [c.mode, c.status, c.date, c.city])).toEqual([['meeting', 'held', null, 'Lima']]);
  });

  it('a date outside the reported words, or with no occasion after them, still dates the contact', async () => {
    const found = await contactsOf('On Tuesday, Chilean President Ana Example told his Peruvian counterpart Luis Example that a patrol caused the crash, in a meeting in Lima.', '2025-10-10');
    expect(found.map((c) => c.date)).toEqual(['2025-10-07']);
  });
});

describe('contacts: a month and a day of that month date one plan', () => {
  it('"will meet … in December" and "will meet … on December 3" are one contact, on the day', async () => {
    const found = await contactsOf(
      'Chilean President Ana Example will meet Peruvian President Luis Example in December. Chilean President Ana Example will meet Peruvian President Luis Example in Lima on December 3, officials said.',
      '2025-11-20',
    );
    expect(found.map((c) => [c.status, c.date, c.city])).toEqual([['planned', '2025-12-03', 'Lima']]);
  });

  it('two different days of one month stay two contacts', async () => {
    const found = await contactsOf(
      'Chilean President Ana Example will meet Peruvian President Luis Example on December 3. Chilean President Ana Example will meet Peruvian President Luis Example again on December 19.',
      '2025-11-20',
    );
    expect(found).toHaveLength(2);
  });
});

describe('contacts: a "where" clause after a contact told as background', () => {
  it('"paid a visit to Lima on 20 June 2024, where he met X" is background as a whole', async () => {
    expect(await contactsOf('Chilean President Ana Example paid a working visit to Lima on 20 June 2024, where he met Peruvian President Luis Example.', '2026-02-18')).toEqual([]);
  });

  it('after a recent visit, the meeting in the "where" clause is news', async () => {
    const found = await contactsOf('Chilean President Ana Example paid a working visit to Lima on 12 February, where he met Peruvian President Luis Example.', '2026-02-18');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.countries.join('-') === 'CL-PE')).toBe(true);
  });
});

describe('contacts: a definite occasion opening the sentence refers back', () => {
  const first = 'Chilean Foreign Minister Ana Example held talks with Peruvian Foreign Minister Luis Example in Lima on Monday. ';

  it('"At the talks X repeated that Chile will never accept negotiations …, whatever Washington proposes" adds no Chile-US talks', async () => {
    const found = await contactsOf(first + 'At the talks Ana Example repeated that Chile will never accept negotiations on its maritime border, whatever conditions Washington proposes.', '2025-11-20');
    expect(found.map((c) => c.countries.join('-'))).toEqual(['CL-PE']);
    expect(found[0].who).toEqual(['Ana Example', 'Luis Example']);
  });

  it('with no such contact before, "At the talks in Geneva, Chilean and Peruvian delegations agreed …" is a new contact of its pair', async () => {
    const found = await contactsOf('At the talks in Geneva on Monday, the Chilean and Peruvian delegations agreed to swap prisoners.', '2025-11-20');
    expect(found.map((c) => [c.countries.join('-'), c.city])).toEqual([['CL-PE', 'Geneva']]);
  });
});

describe('contacts: a definite contact noun with nothing of its kind before it', () => {
  const first = 'Chilean President Ana Example will meet Peruvian President Luis Example in Lima on Feb. 3. It will be their first meeting; they spoke for the first time only last week. ';

  it('"That conversation, a phone call of an hour on Jan. 7, was requested by Chile" is a call of the pair on its date', async () => {
    const found = await contactsOf(first + 'That conversation, a phone call of almost an hour on Jan. 7, was requested by Chile, officials said.', '2026-01-16');
    expect(found.map((c) => [c.mode, c.status, c.countries.join('-'), c.date, c.initiator])).toContainEqual(['call', 'held', 'CL-PE', '2026-01-07', 'CL']);
  });

  it('without a date of its own, or with the date of something else before it, it adds nothing', async () => {
    const undated = await contactsOf(first + 'That conversation was requested by Santiago, officials said.', '2026-01-16');
    expect(undated.filter((c) => c.mode === 'call')).toEqual([]);
    const otherDate = await contactsOf(first + 'Her visa, revoked in September, would be restored for the call, officials said.', '2026-01-16');
    expect(otherDate.filter((c) => c.mode === 'call')).toEqual([]);
  });
});

describe('contacts: a trip for "the next round" of talks', () => {
  it('"accepted an invitation to visit Lima in the autumn for the next round of the strategic dialogue" is one proposed contact', async () => {
    const found = await contactsOf('Chilean Foreign Minister Ana Example accepted an invitation from Peru to visit Lima in the autumn for the next round of the strategic dialogue.', '2025-07-14');
    expect(found.map((c) => [c.mode, c.countries.join('-')])).toEqual([['talks', 'CL-PE']]);
  });

  it('a trip and a round named apart stay apart', async () => {
    const found = await contactsOf('Chilean Foreign Minister Ana Example will visit Peru in the autumn, and the next round of the strategic dialogue between Chile and Bolivia will be held in Quito.', '2025-07-14');
    expect(found.map((c) => [c.mode, c.countries.join('-')]).sort()).toEqual([['talks', 'BO-CL'], ['visit', 'CL-PE']]);
  });
});
