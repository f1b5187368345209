import { describe, expect, it } from 'vitest';
import { contactPlace } from '../../../lambdas/core/extract/contact-place.js';
import { findPlaces } from '../../../lambdas/core/extract/places.js';
import { contactsOf } from './helpers.js';

const places = (sentence: string) => findPlaces(sentence).map((p) => ({ city: p.city, country: p.country, notVenue: p.notVenue ?? false, text: sentence.slice(p.start, p.end) }));

describe('places: towns the gazetteer does not list', () => {
  it('are taken after a contact ("held talks in Gyumri"), with a country qualifier or with a descriptor', () => {
    expect(places('Armenian and Turkish experts held talks in Gyumri on 11 February.')).toEqual([{ city: 'Gyumri', country: null, notVenue: false, text: 'in Gyumri' }]);
    expect(places('The two leaders will meet in Andong, South Korea, on Friday.')).toEqual([{ city: 'Andong', country: 'KR', notVenue: false, text: 'in Andong, South Korea' }]);
    expect(places('A meeting in the Rwandan border town of Rubavu was called off.')[0]).toMatchObject({ city: 'Rubavu', country: 'RW' });
    expect(places('Lee invited Takaichi to his own hometown region of Andong.')[0]).toMatchObject({ city: 'Andong', country: null });
    expect(places('Their experts held a working session in Gyumri on 11 February.')[0]).toMatchObject({ city: 'Gyumri', notVenue: false });
  });

  it('not a month, a legislature, a region, a possessive, a longer name, or a capitalised word far from any contact', () => {
    expect(places('The two ministers met in May and again in Congress.')).toEqual([]);
    expect(places('The envoys held talks in Europe last week.')).toEqual([]);
    expect(places('Putin met Xi in Simon’s office.')).toEqual([]);
    expect(places('The two foreign ministers met at a hotel near Nara Park.')).toEqual([]);
    expect(places('Investors have lost confidence in Gyumri, analysts said.')).toEqual([]);
    expect(places('The talks at Rosenbad, the prime minister’s office, ended late.')).toEqual([]);
  });
});

describe('places: a listed name spelled another way', () => {
  it('matches whatever its diacritics and word spacing ("in Hà Nội", "in Ha Noi", "in Sharm El Sheikh")', () => {
    expect(places('The two party chiefs held talks in Hà Nội on Monday.')).toEqual([{ city: 'Hanoi', country: 'VN', notVenue: false, text: 'in Hà Nội' }]);
    expect(places('The next session will be held in Ha Noi.')).toEqual([{ city: 'Hanoi', country: 'VN', notVenue: false, text: 'in Ha Noi' }]);
    expect(places('The envoys met again in Sharm El Sheikh.')[0]).toMatchObject({ city: 'Sharm el-Sheikh', country: 'EG' });
  });

  it('not a longer name that only starts like one ("in Ha Long Bay"), nor a possessive ("in Hà Nội’s view")', () => {
    expect(places('The two delegations met in Ha Long Bay.').map((p) => p.city)).not.toContain('Hanoi');
    expect(places('The agreement, in Hà Nội’s view, is a first step.')).toEqual([]);
  });

  it('a dateline in capitals is read the same way ("HÀ NỘI —")', async () => {
    const [talks] = await contactsOf('HÀ NỘI — Vietnamese Foreign Minister Bui Thanh Son and Chinese Foreign Minister Wang Yi held talks on Monday.', '2025-04-15');
    expect(talks.city).toBe('Hanoi');
  });
});

describe('places: well-known venues', () => {
  it('resolve to their city ("at the Casa Rosada", "at the Élysée")', async () => {
    const [met] = await contactsOf('Argentine President Javier Milei received U.S. Treasury Secretary Scott Bessent at the Casa Rosada on Tuesday.', '2025-11-20');
    expect(met.city).toBe('Buenos Aires');
    expect(places('The two presidents met at the Élysée on Monday.')[0]).toMatchObject({ city: 'Paris', country: 'FR' });
  });

  it('a name several countries give their building ("the National Palace") is in the party country that has one', async () => {
    const [guatemala] = await contactsOf('Guatemalan President Bernardo Arévalo received U.S. Secretary of State Marco Rubio at the National Palace on Wednesday.', '2025-11-20');
    expect(guatemala.city).toBe('Guatemala City');
    const [kenya] = await contactsOf('Kenyan President William Ruto hosted Chinese Foreign Minister Wang Yi at State House on Tuesday.', '2025-11-20');
    expect(kenya.city).toBe('Nairobi');
    // Look-alike: no party country has such a building, so no city is guessed.
    const [other] = await contactsOf('Russian President Vladimir Putin met Chinese President Xi Jinping at the National Palace on Wednesday.', '2025-11-20');
    expect(other.city).toBeNull();
  });
});

describe('places: a country\'s capital named by its demonym', () => {
  it('"in the Saudi capital", "to the South Korean capital" is that country\'s capital, and the country is no party', async () => {
    expect(places('The framework was signed in the Qatari capital in October.')).toEqual([{ city: 'Doha', country: 'QA', notVenue: true, text: 'in the Qatari capital' }]);
    expect(places('He flew to the South Korean capital, Seoul, on Monday.')[0]).toMatchObject({ city: 'Seoul', country: 'KR' });
    const [talks] = await contactsOf('U.S. envoy Massad Boulos held talks with Sudanese Foreign Minister Omer Siddig in the Saudi capital on Monday.', '2025-11-20');
    expect(talks).toMatchObject({ countries: ['SD', 'US'], city: 'Riyadh' });
  });

  it('not capital as money ("in the Chinese capital markets", "the flow of Chinese capital") nor a bloc with no capital', () => {
    expect(places('Investors were active in the Chinese capital markets.')).toEqual([]);
    expect(places('They discussed the flow of Chinese capital into Africa.')).toEqual([]);
    expect(places('The envoys met in the European capital on Monday.')).toEqual([]);
  });
});

describe('places: a country qualifying a town', () => {
  it('belongs to the place ("in Geneva, Switzerland"), so it is not a party of the contact', async () => {
    expect(places('Delegations held talks in Geneva, Switzerland, on Monday.')).toEqual([{ city: 'Geneva', country: 'CH', notVenue: false, text: 'in Geneva, Switzerland' }]);
    const [talks] = await contactsOf('Russian and Ukrainian delegations held talks in Geneva, Switzerland, on Monday.', '2025-11-20');
    expect(talks).toMatchObject({ countries: ['RU', 'UA'], city: 'Geneva' });
  });

  it('a country after a comma that is not the town\'s stays out of the place', () => {
    expect(places('Delegations held talks in Geneva, Russia said.')[0].text).toBe('in Geneva');
  });
});

describe('places: the seat of an institution is not a venue', () => {
  it('"the Chinese embassy in Canberra said", "the change of government in Tokyo" are seats', async () => {
    expect(places('The Chinese embassy in Canberra said any sale must respect market principles.')[0].notVenue).toBe(true);
    const [met] = await contactsOf('Chinese Premier Li Qiang met Japanese Prime Minister Sanae Takaichi, the change of government in Tokyo notwithstanding.', '2025-11-20');
    expect(met.city).toBeNull();
  });

  it('but an institution a contact takes place at is the venue ("met at the Chinese embassy in Canberra")', () => {
    expect(places('They met at the Chinese embassy in Canberra.')[0].notVenue).toBe(false);
    expect(places('Magramane received at the Ministry’s headquarters in Algiers the French director.')[0].notVenue).toBe(false);
  });
});

describe('places: where something else was done is not a venue', () => {
  it('"the tariffs announced in Washington", "the deal struck in Doha": a reduced relative clause places its own noun', async () => {
    expect(places('Farrell spoke with Wang about the tariffs announced in Washington.')[0].notVenue).toBe(true);
    expect(places('the two sides discussed the deal struck in Doha')[0].notVenue).toBe(true);
    const [met] = await contactsOf('Russian President Vladimir Putin met Chinese President Xi Jinping to discuss the agreements reached in Washington.', '2025-11-20');
    expect(met.city).toBeNull();
  });

  it('nor is where a topic is ("discussed the war in Gaza", "the situation in Kyiv")', () => {
    expect(places('The two leaders met and discussed the war in Gaza.')[0]).toMatchObject({ city: 'Gaza', notVenue: true });
    expect(places('Talks on the situation in Kyiv continued.')[0].notVenue).toBe(true);
    expect(places('The two leaders held talks in Kyiv.')[0].notVenue).toBe(false);
  });

  it('but not after a participle of meeting or arriving ("talks held in Geneva", "the delegations arrived in Doha")', () => {
    expect(places('The talks held in Geneva ended on Friday.')[0].notVenue).toBe(false);
    expect(places('The delegations arrived in Doha on Sunday.')[0].notVenue).toBe(false);
    expect(places('The two ministers talked in Geneva on Sunday.')[0].notVenue).toBe(false);
  });
});

describe('contact place: which of a sentence\'s places is the contact\'s', () => {
  it('"visited New Delhi" is that visit\'s destination', async () => {
    const [visit] = await contactsOf('Canadian Foreign Minister Anita Anand visited New Delhi on Oct. 13.', '2025-11-20');
    expect(visit).toMatchObject({ mode: 'visit', countries: ['CA', 'IN'], city: 'New Delhi' });
  });

  it('but not the place of another contact of the sentence', () => {
    const text = 'Lavrov, who visited Beijing last year, met Rubio on Monday.';
    const cue = { start: text.indexOf('met'), end: text.indexOf('met') + 3, mode: 'meeting' as const };
    expect(contactPlace(text, { start: 0, end: text.length }, cue, 'held', findPlaces(text), findPlaces(text)).place).toBeNull();
  });

  it('a place in the same subject\'s next predicate ("…, and is due to address a roundtable in Shanghai") is not the contact\'s', async () => {
    const later = 'Australian Prime Minister Anthony Albanese will hold a meeting with Chinese Premier Li Qiang on the 14th, officials said, and is due to address a business roundtable in Shanghai.';
    expect((await contactsOf(later, '2025-07-11'))[0]).toMatchObject({ city: null, date: '2025-07-14' });
    const own = 'Australian Prime Minister Anthony Albanese will hold a meeting with Chinese Premier Li Qiang in Beijing on the 14th, and is due to address a business roundtable in Shanghai.';
    expect((await contactsOf(own, '2025-07-11'))[0].city).toBe('Beijing');
  });

  it('the occasion\'s relative clause gives the place ("the summit …, which Armenia will host in Yerevan"); another verb does not', async () => {
    const proposal = 'Turkish Deputy Foreign Minister Berris Ekinci conveyed the proposal of the Turkish side to hold a meeting between Armenian Prime Minister Nikol Pashinyan and President Recep Tayyip Erdoğan on the sidelines of the summit of the European Political Community';
    expect((await contactsOf(`${proposal}, which Armenia will host in Yerevan in May.`, '2026-02-18'))[0]).toMatchObject({ status: 'proposed', city: 'Yerevan' });
    expect((await contactsOf(`${proposal}, which was criticised in Yerevan.`, '2026-02-18'))[0].city).toBeNull();
  });
});

describe('contact place and date: a fronted occasion is the setting of the contact after it', () => {
  it('a summit or gathering opening the sentence gives its place and day ("At the G20 summit in X on Saturday, A held talks with B")', async () => {
    const summit = await contactsOf('At the G20 summit in Johannesburg on Saturday, Canadian Prime Minister Alan Example held talks with Indonesian President Budi Example.', '2025-11-26');
    expect(summit.map((c) => [c.mode, c.countries.join('-'), c.date, c.city])).toEqual([['talks', 'CA-ID', '2025-11-22', 'Johannesburg']]);
    // The place and day before a second opening phrase, and a gathering named with its own head noun ("the ASEAN meeting").
    const sidelines = await contactsOf('In Manila on Tuesday, on the sidelines of the ASEAN ministerial meetings, Chilean Foreign Minister Rosa Example held a meeting with Peruvian Foreign Minister Luis Example.', '2025-11-26');
    expect(sidelines.map((c) => [c.date, c.city])).toEqual([['2025-11-25', 'Manila']]);
    const ownNoun = await contactsOf('On the sidelines of the ASEAN meeting in Manila on Tuesday, Chilean Foreign Minister Rosa Example met Peruvian Foreign Minister Luis Example.', '2025-11-26');
    expect(ownNoun.map((c) => [c.date, c.city])).toEqual([['2025-11-25', 'Manila']]);
  });

  it('not for talks someone only speaks of, or decides on, at the summit', async () => {
    const said = await contactsOf('At the G20 summit in Johannesburg on Saturday, Canadian Prime Minister Alan Example said Canada would hold talks with Indonesia next month.', '2025-11-26');
    expect(said.filter((c) => c.mode === 'talks' && (c.city === 'Johannesburg' || c.date === '2025-11-22'))).toEqual([]);
    const agreed = await contactsOf('At the G20 summit in Johannesburg on Saturday, Canadian Prime Minister Alan Example agreed to hold talks with Indonesian President Budi Example.', '2025-11-26');
    expect(agreed.map((c) => [c.mode, c.status, c.date, c.city])).toEqual([['talks', 'planned', null, null]]);
  });
});

describe('contact place: a gathering held in another city each time', () => {
  it('takes the city the article\'s other contact at it gives ("at the APEC summit in Gyeongju" … "on the sidelines of the APEC summit")', async () => {
    const found = await contactsOf(
      'Chinese President Xi Jinping met Japanese Prime Minister Sanae Example at the APEC summit in Gyeongju on Friday. On the sidelines of the APEC summit, Xi also met Thai Prime Minister Anutin Example on Saturday.',
      '2025-11-02',
    );
    expect(found.map((c) => [c.countries.join('-'), c.city])).toEqual([['CN-JP', 'Gyeongju'], ['CN-TH', 'Gyeongju']]);
  });

  it('not when the article puts it in two cities', async () => {
    const found = await contactsOf(
      'Chinese President Xi Jinping met Japanese Prime Minister Sanae Example at the G20 summit in Rio de Janeiro last year. Xi met Thai Prime Minister Anutin Example at the G20 summit in Johannesburg on Saturday. On the sidelines of the G20 summit, Xi also met Canadian Prime Minister Alan Example on Sunday.',
      '2025-11-24',
    );
    expect(found.find((c) => c.countries.includes('CA'))?.city).toBeNull();
  });
});

describe('contact place and date: "the same summit" the article reported before', () => {
  it('"On the sidelines of the same summit, X also met Z" is where and when that summit\'s meeting was', async () => {
    const found = await contactsOf(
      'Chilean President Ana Example met Peruvian President Luis Example on Tuesday on the sidelines of a regional summit in Manila. On the sidelines of the same summit, Ana Example also met Bolivian President Juan Example.',
      '2025-11-20',
    );
    expect(found.map((c) => [c.countries.join('-'), c.date, c.city])).toEqual([['CL-PE', '2025-11-18', 'Manila'], ['BO-CL', '2025-11-18', 'Manila']]);
  });

  it('not "at the summit" without "same" or "that" (maybe another one), nor a contact of another status', async () => {
    const bare = await contactsOf(
      'Chilean President Ana Example met Peruvian President Luis Example on Tuesday on the sidelines of a regional summit in Manila. At the summit, Ana Example also met Bolivian President Juan Example.',
      '2025-11-20',
    );
    expect(bare.find((c) => c.countries.includes('BO'))?.city ?? null).toBeNull();
    const planned = await contactsOf(
      'Chilean President Ana Example met Peruvian President Luis Example on Tuesday on the sidelines of a regional summit in Manila. At that summit next year, Ana Example will meet Bolivian President Juan Example.',
      '2025-11-20',
    );
    expect(planned.find((c) => c.countries.includes('BO'))?.date ?? null).not.toBe('2025-11-18');
  });
});

describe('contact place: the subject\'s trip told in a relative clause', () => {
  it('"X, who travelled to Ankara for the closing session, met with Y" met in Ankara', async () => {
    const found = await contactsOf('On the margins of the talks, Somali Foreign Minister Ahmed Example, who travelled to Ankara for the closing session, met with Turkish Foreign Minister Hakan Example on Monday.', '2025-02-18');
    expect(found.map((c) => [c.mode, c.city])).toEqual([['meeting', 'Ankara']]);
  });

  it('not for a call, nor a trip whose clause goes on past another comma', async () => {
    const call = await contactsOf('Somali Foreign Minister Ahmed Example, who travelled to Ankara last year, spoke by phone with Turkish Foreign Minister Hakan Example on Monday.', '2025-02-18');
    expect(call.filter((c) => c.mode === 'call').map((c) => c.city)).toEqual([null]);
    const longer = await contactsOf('On the margins of the talks, Somali Foreign Minister Ahmed Example, who travelled to Ankara in January, before the talks began, met with Turkish Foreign Minister Hakan Example on Monday.', '2025-02-18');
    expect(longer.find((c) => c.mode === 'meeting')?.city ?? null).toBeNull();
  });
});

describe('places: a relative clause about a person places the person, not a contact', () => {
  it('"X, who studied in Ankara, met with Y": no place for the meeting', async () => {
    const found = await contactsOf('Somali Foreign Minister Ahmed Example, who studied in Ankara, met with Turkish Foreign Minister Hakan Example on Monday.', '2025-02-18');
    expect(found.map((c) => [c.mode, c.city])).toEqual([['meeting', null]]);
  });

  it('but a clause that holds the contact keeps its place ("X, who met Y in Ankara on Monday, said …")', async () => {
    const found = await contactsOf('Somali Foreign Minister Ahmed Example, who met Turkish Foreign Minister Hakan Example in Ankara on Monday, said the talks went well.', '2025-02-18');
    expect(found.map((c) => [c.mode, c.city])).toEqual([['meeting', 'Ankara']]);
  });
});

describe('dateline: where the story was filed', () => {
  it('is the place of a recent held meeting that names none ("NARA —", "NAQOURA, Lebanon —")', async () => {
    const [summit] = await contactsOf('NARA — South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi held talks on Tuesday.', '2026-01-15');
    expect(summit).toMatchObject({ city: 'Nara', date: '2026-01-13' });
    const [session] = await contactsOf('NAQOURA, Lebanon — Lebanese and Israeli delegations held talks on Wednesday.', '2025-12-04');
    expect(session).toMatchObject({ countries: ['IL', 'LB'], city: 'Naqoura' });
  });

  it('an agency’s title-case dateline ("Hà Nội (VNA) –", "Pyongyang, November 5 (KCNA) --") counts for a listed town only', async () => {
    const [talks] = await contactsOf('Hà Nội (VNA) – Vietnamese Foreign Minister Bui Thanh Son and Chinese Foreign Minister Wang Yi held talks on Monday.', '2025-04-15');
    expect(talks.city).toBe('Hanoi');
    const [met] = await contactsOf('Pyongyang, November 5 (KCNA) -- North Korean leader Kim Jong Un met Russian Foreign Minister Sergei Lavrov on Tuesday.', '2025-11-05');
    expect(met.city).toBe('Pyongyang');
    // Look-alike: a title-case word before a parenthesis that is no listed town.
    const [other] = await contactsOf('Meanwhile (update) – Vietnamese Foreign Minister Bui Thanh Son and Chinese Foreign Minister Wang Yi held talks on Monday.', '2025-04-15');
    expect(other.city).toBeNull();
  });

  it('not for a call, an older contact, or a listed city whose country is no party', async () => {
    const at = async (text: string, published: string) => (await contactsOf(text, published))[0].city;
    expect(await at('NARA — South Korean President Lee Jae-myung spoke by phone with Japanese Prime Minister Sanae Takaichi on Tuesday.', '2026-01-15')).toBeNull();
    expect(await at('NARA — South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi held talks on Dec. 3.', '2026-01-15')).toBeNull();
    expect(await at('WASHINGTON (AP) — Russian President Vladimir Putin met Chinese President Xi Jinping on Tuesday.', '2026-01-15')).toBeNull();
  });
});

describe('places: a list of places after one preposition', () => {
  it('"travel to Cairo and Addis Ababa" is two places, and a visit to each capital', async () => {
    expect(places('Boulos is expected to travel to Cairo and Addis Ababa next week.').map((p) => p.city)).toEqual(['Cairo', 'Addis Ababa']);
    const visits = await contactsOf('U.S. envoy Massad Boulos is expected to travel to Cairo and Addis Ababa next week, a State Department official said.', '2025-10-15');
    expect(visits.map((v) => [v.countries, v.city])).toEqual([[['EG', 'US'], 'Cairo'], [['ET', 'US'], 'Addis Ababa']]);
  });

  it('not a capital that starts the next clause ("talks in Riyadh and Tehran welcomed them")', () => {
    expect(places('The talks in Riyadh and Tehran welcomed them.').map((p) => p.city)).toEqual(['Riyadh']);
  });
});
