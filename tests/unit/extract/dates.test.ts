import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { CHRONO_CASUAL_PARSERS, findDates, resolveContactDate } from '../../../lambdas/core/extract/dates.js';
import { contactsOf } from './helpers.js';

function resolve(text: string, published: string | null, preferFuture = false) {
  const [m] = findDates(text, published);
  if (!m) throw new Error(`no date in ${text}`);
  return resolveContactDate(m, published, preferFuture);
}

describe('dates: past-preferring resolution against the published date', () => {
  it('a weekday is the most recent one on or before publication', () => {
    // 2025-02-16 is a Sunday.
    expect(resolve('in a call on Saturday', '2025-02-16')).toEqual({ value: '2025-02-15', precision: 'day', text: 'Saturday', basis: 'relative' });
    expect(resolve('the talks on Sunday', '2025-02-16').value).toBe('2025-02-16');
    expect(resolve('talks on Tuesday', '2025-02-16').value).toBe('2025-02-11');
  });

  it('"next" looks forward, "last" strictly back', () => {
    expect(resolve('they will meet next Tuesday', '2025-02-16').value).toBe('2025-02-18');
    expect(resolve('they met last Sunday', '2025-02-16').value).toBe('2025-02-09');
  });

  it('a month-day takes the publication year, or the year before if that would be in the future', () => {
    expect(resolve('On February 18, in Riyadh', '2025-11-10')).toEqual({ value: '2025-02-18', precision: 'day', text: 'February 18', basis: 'relative' });
    expect(resolve('On December 18 in Geneva', '2025-11-10').value).toBe('2024-12-18');
  });

  it('a planned contact in a month alone is the next such month, or this one', () => {
    expect(resolve('when they meet in New York in September', '2026-02-11', true)).toMatchObject({ value: '2026-09', precision: 'month' });
    expect(resolve('will meet in February', '2026-02-11', true).value).toBe('2026-02');
    expect(resolve('met in New York in September', '2026-02-11').value).toBe('2025-09');
  });

  it('a planned contact looks forward instead', () => {
    expect(resolve('will meet on December 18', '2025-11-10', true).value).toBe('2025-12-18');
    expect(resolve('will meet on Tuesday', '2025-02-16', true).value).toBe('2025-02-18');
  });

  it('keeps stated dates as stated', () => {
    expect(resolve('on Thursday, Oct. 19, 2023', '2025-11-10')).toEqual({ value: '2023-10-19', precision: 'day', text: 'Thursday, Oct. 19, 2023', basis: 'stated' });
    expect(resolve('in February 2022', null)).toEqual({ value: '2022-02', precision: 'month', text: 'February 2022', basis: 'stated' });
  });

  it('resolves yesterday relative to publication', () => {
    expect(resolve('They spoke yesterday.', '2025-02-16').value).toBe('2025-02-15');
  });
});

describe('dates: a month qualified by last, next or this year', () => {
  it('"last November" said in November is a year ago; "next March" and "next November" are ahead', () => {
    expect(resolve('they met last November', '2025-11-20')).toMatchObject({ value: '2024-11', precision: 'month', basis: 'relative' });
    expect(resolve('they met last March', '2025-11-20', true).value).toBe('2025-03');
    expect(resolve('they will meet next March', '2025-11-20').value).toBe('2026-03');
    expect(resolve('they will meet next November', '2025-11-20', true).value).toBe('2026-11');
    expect(resolve('they will meet this December', '2025-11-20', true).value).toBe('2025-12');
  });

  it('"Dec. 28 last year", "in March next year": the year after the date', () => {
    expect(resolve('in a call on Dec. 28 last year', '2025-10-10', true).value).toBe('2024-12-28');
    expect(resolve('they met in November last year', '2025-11-20').value).toBe('2024-11');
    expect(resolve('they will meet in November next year', '2025-11-20', true).value).toBe('2026-11');
  });

  it('an unqualified month keeps the past-preferring reading, and a qualifier of another noun does not count', () => {
    expect(resolve('they met on November 3', '2025-11-20').value).toBe('2025-11-03');
    expect(resolve('they met in November, and last year they met twice', '2025-11-20').value).toBe('2025-11');
  });
});

describe('dates: a month counted from publication', () => {
  it('"earlier this month", "next month", "late last month" are months from the published one', () => {
    expect(resolve('they met earlier this month', '2025-11-20')).toMatchObject({ value: '2025-11', precision: 'month', basis: 'relative' });
    expect(resolve('they will meet next month', '2025-12-20', true).value).toBe('2026-01');
    expect(resolve('the two met late last month', '2025-01-05').value).toBe('2024-12');
    expect(resolve('at this month\'s summit', '2025-11-20').value).toBe('2025-11');
  });

  it('a week named from publication ("next week", "last week") is its month when all of it lies in one', () => {
    // 2025-11-27 is a Thursday: next week is 1-7 December, last week 17-23 November.
    expect(resolve('they will meet next week', '2025-11-27', true)).toMatchObject({ value: '2025-12', precision: 'month' });
    expect(resolve('they met last week', '2025-11-27').value).toBe('2025-11');
    // 2025-12-31 is a Wednesday: this week runs from 29 December to 4 January, no one month.
    expect(findDates('they will meet later this week', '2025-12-31')).toEqual([]);
  });

  it('not without a published date, and not "month-long"', () => {
    expect(findDates('they met earlier this month', null)).toEqual([]);
    expect(findDates('after month-long talks', '2025-11-20')).toEqual([]);
  });
});

describe('dates: a relative clause about a person', () => {
  it('"X, who took office on Monday, met Y": the clause dates X\'s own past, not the meeting', async () => {
    const found = await contactsOf('Chilean Foreign Minister Rosa Example, who took office on Monday, met Peruvian Foreign Minister Luis Example.', '2025-11-20');
    expect(found.map((c) => [c.mode, c.date])).toEqual([['meeting', null]]);
  });

  it('but a clause that holds a contact keeps its date ("X, who met Y on Monday, said …")', () => {
    expect(findDates('Lavrov, who met Wang on Monday, said the talks were useful.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
    expect(findDates('Lavrov, who spoke by phone with Wang on Monday, said so.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
  });
});

describe('dates: honest precision without a published date', () => {
  it('a weekday stays unknown with its text', () => {
    expect(resolve('on Tuesday', null)).toEqual({ value: null, precision: 'unknown', text: 'Tuesday', basis: 'unknown' });
    expect(resolve('Tuesday’s meeting', null)).toEqual({ value: null, precision: 'unknown', text: 'Tuesday', basis: 'unknown' });
  });

  it('a month-day stays a month-day — never a guessed year', () => {
    expect(resolve('On February 18, in Riyadh', null)).toEqual({ value: '--02-18', precision: 'month-day', text: 'February 18', basis: 'stated' });
  });

  it('"yesterday" stays unknown', () => {
    expect(resolve('They spoke yesterday.', null).precision).toBe('unknown');
  });
});

describe('findDates', () => {
  it('ignores times of day and text without calendar words', () => {
    expect(findDates('The meeting lasted two hours and ended at 5 pm.', '2025-02-16')).toEqual([]);
    expect(findDates('May I ask a question', '2025-02-16').length).toBeLessThanOrEqual(1);
  });
});

describe('dates: day of month alone, and words that are not dates', () => {
  it('"on the 14th" is that day of the published month, or of the month before when still to come', () => {
    expect(resolve('received him in Jeddah on the 14th Iran’s minister', '2025-11-16')).toEqual({ value: '2025-11-14', precision: 'day', text: 'the 14th', basis: 'relative' });
    expect(resolve('delegations met on the 28th for a second round', '2025-06-03').value).toBe('2025-05-28');
    expect(resolve('they will meet on the 20th.', '2025-11-16', true).value).toBe('2025-11-20');
    expect(resolve('met on the 14th', null)).toEqual({ value: null, precision: 'unknown', text: 'the 14th', basis: 'unknown' });
  });

  it('"set for the 16th", "moved to the 9th", "on the evening of the 31st", "the 15th of next month": other ways to write a day alone', () => {
    expect(resolve('The next round is pencilled in for the 16th.', '2026-01-14', true).value).toBe('2026-01-16');
    expect(resolve('The talks were moved to the 9th, officials said.', '2026-01-14', true).value).toBe('2026-02-09');
    expect(resolve('The ministers met on the evening of the 12th.', '2026-01-14').value).toBe('2026-01-12');
    expect(resolve('They will meet again on the 3rd of next month in Oslo.', '2026-12-14', true)).toEqual({ value: '2027-01-03', precision: 'day', text: 'the 3rd of next month', basis: 'relative' });
    expect(resolve('They met on the 20th of last month.', '2026-01-14').value).toBe('2025-12-20');
    expect(resolve('He will arrive on the 15th of this month on an official visit.', '2026-02-04', true).value).toBe('2026-02-15');
    expect(resolve('The envoy lands on the 9th during a tour of the region.', '2026-02-04', true).value).toBe('2026-02-09');
  });

  it('a time of day and no day ("meet the envoy at 15:30", "talks begin at 10 a.m.") is the day of publication', () => {
    expect(resolve('The two ministers meet the vice president at 15:30 local time.', '2026-01-14', true)).toEqual({ value: '2026-01-14', precision: 'day', text: '15:30', basis: 'relative' });
    expect(resolve('The talks begin at 10 a.m. in Geneva.', '2026-03-02', true).value).toBe('2026-03-02');
    // Look-alikes: after a past verb the day is unknown (a next-day report); a number after "at" is no time; no published date, no day.
    expect(findDates('The two envoys met at 3 p.m. at the embassy.', '2026-03-02')).toEqual([]);
    expect(findDates('The meeting at 3 p.m. lasted two hours.', '2026-03-02')).toEqual([]);
    expect(findDates('The delegation arrived at 15 embassies in the region.', '2026-03-02')).toEqual([]);
    expect(findDates('The talks begin at 10 a.m. in Geneva.', null)).toEqual([]);
    // A day named in the sentence wins: "at 3 p.m. on Tuesday" is Tuesday.
    expect(findDates('They will meet at 3 p.m. on Tuesday.', '2026-03-02').map((d) => d.text)).toEqual(['Tuesday']);
  });

  it('"to the 16th Party Congress", "for the 2nd time": after "for" and "to" only punctuation or a linking word ends a day', () => {
    expect(findDates('He will speak to the 16th Party Congress in May.', '2026-01-14').map((d) => d.text)).toEqual(['May']);
    expect(findDates('They met for the 2nd time in Oslo.', '2026-01-14')).toEqual([]);
  });

  it('an ordinal that counts something ("the 24th round", "the 75th anniversary") is no date', () => {
    expect(findDates('They held the 24th round on the 3rd anniversary of the 75th year in May', '2025-06-03').map((d) => d.text)).toEqual(['May']);
  });

  it('"Sun Weidong" is a name and "now" is not a date', () => {
    expect(findDates('Sun Weidong held talks on Monday', '2025-01-28').map((d) => d.text)).toEqual(['Monday']);
    expect(findDates('the summit would now take place on 19 May', '2025-03-20').map((d) => d.text)).toEqual(['19 May']);
  });
});

describe('dates: the chrono-node parsers kept', () => {
  it('are picked by position from a list that matches chrono-node\'s casual English parsers, class by class', () => {
    // Unminified here, so the class names are real; the minified Lambda bundle cannot rely on them.
    expect(chrono.casual.parsers.map((p) => p.constructor.name)).toEqual([...CHRONO_CASUAL_PARSERS]);
  });
});

describe('dates: the tense around a day of the month alone', () => {
  // Published on the 20th: the 22nd is two days ahead or four weeks back.
  it('looks ahead after a present or future verb ("which opens on the 22nd", "will meet again on the 19th")', () => {
    expect(resolve('the G20 summit in Johannesburg, which opens on the 22nd.', '2025-11-20').value).toBe('2025-11-22');
    expect(resolve('The committee will meet again on the 19th, the presidency said.', '2025-12-04').value).toBe('2025-12-19');
  });

  it('looks back after a past verb ("held talks on the 22nd"), even when the day is still to come this month', () => {
    expect(resolve('The two envoys held talks on the 22nd in Beijing.', '2025-11-20').value).toBe('2025-10-22');
    expect(resolve('said it will meet on the 22nd', '2025-11-20').value).toBe('2025-11-22');
  });

  it('with no tense before it, takes the nearer such day ("On the 13th, …")', () => {
    expect(resolve('On the 13th, the vice minister summoned the ambassador.', '2025-11-20').value).toBe('2025-11-13');
    expect(resolve('On the 27th, the vice minister summoned the ambassador.', '2025-11-02').value).toBe('2025-10-27');
    expect(resolve('On the 3rd, the vice minister summoned the ambassador.', '2025-11-30').value).toBe('2025-12-03');
  });
});

describe('dates: the tense before a date without a year agrees with the contact', () => {
  it('a plan told in the past ("were scheduled to meet on 10 March") is the nearer such day, even for a planned contact', () => {
    expect(resolve('The two foreign ministers were scheduled to meet in Vienna on 10 March.', '2025-05-02', true).value).toBe('2025-03-10');
    expect(resolve('The envoys had been expected to hold talks on 20 May.', '2025-05-10', true).value).toBe('2025-05-20');
    // Look-alike: a plan told in the present still looks ahead.
    expect(resolve('The two foreign ministers are scheduled to meet in Vienna on 10 March.', '2025-05-02', true).value).toBe('2026-03-10');
  });

  it('a day ahead of a contact that is not to come (a cancelled one "scheduled for June 15") is the nearer one', () => {
    expect(resolve('The summit scheduled for June 15 has been called off.', '2025-05-20').value).toBe('2025-06-15');
    // Look-alike: a day after a past verb is the last one.
    expect(resolve('The two leaders met on June 15.', '2025-05-20').value).toBe('2024-06-15');
  });

  it('a passive takes the tense of its auxiliary ("will be held on the 2nd" looks ahead, "was held on the 2nd" back)', () => {
    expect(resolve('The next session will be held on the 2nd in Nairobi.', '2025-08-27').value).toBe('2025-09-02');
    expect(resolve('The last session was held on the 2nd in Nairobi.', '2025-08-27').value).toBe('2025-08-02');
  });

  it('in an article, a round that was due on a day now gone takes that day', async () => {
    const [planned] = await contactsOf('Japanese Defence Minister Gen Nakatani and Australian Defence Minister Richard Marles were scheduled to hold talks in Darwin on 12 March.', '2025-07-01');
    expect(planned.date).toBe('2025-03-12');
  });
});

describe('dates: a year alone dates a plan', () => {
  it('"will be held in 2027", "in the spring of 2026", "early next year" give a planned contact its year', () => {
    expect(resolve('The next summit will be held in Austria in 2027.', '2025-11-20', true)).toEqual({ value: '2027', precision: 'year', text: '2027', basis: 'stated' });
    expect(resolve('The envoys will meet again in the spring of 2026.', '2025-11-20', true)).toMatchObject({ value: '2026', precision: 'year' });
    expect(resolve('The ministers plan to meet early next year.', '2025-11-20', true)).toEqual({ value: '2026', precision: 'year', text: 'early next year', basis: 'relative' });
    expect(resolve('The ministers plan to meet early next year.', null, true)).toEqual({ value: null, precision: 'unknown', text: 'early next year', basis: 'unknown' });
  });

  it('not a year that names something else ("the 2024 election", "Vision 2030", "by 2027", "in 2024 talks", "next year\'s summit")', () => {
    for (const text of ['They discussed the 2024 election.', 'They discussed Vision 2030.', 'They hope to sign a deal by 2027.', 'They met in 2024 talks.', 'They discussed next year\'s summit.']) expect(findDates(text, '2025-11-20')).toEqual([]);
  });

  it('nor where the sentence names a sharper date, nor for a contact already held', async () => {
    expect(findDates('The envoy, who took over last year, met the president in Belgrade on Monday.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
    expect(resolve('The two presidents met in Lima in 2025.', '2025-11-20')).toEqual({ value: null, precision: 'unknown', text: null, basis: 'unknown' });
  });

  it('in an article, two plans with no month but different years stay two contacts', async () => {
    const contacts = await contactsOf('Chile and Peru will hold the next round of talks in the spring of 2026. The next summit between Chile and Peru will be held in 2027.', '2025-11-20');
    expect(contacts.map((c) => [c.mode, c.status, c.date])).toEqual([['talks', 'planned', '2026'], ['summit', 'planned', '2027']]);
  });
});

describe('dates: an attributive date dates its noun, not a contact', () => {
  it('"the November 2024 ceasefire", "Hamas\'s Oct. 7 attack" are no contact dates', () => {
    expect(findDates('joining a meeting of the committee that monitors the November 2024 ceasefire', '2025-12-04')).toEqual([]);
    expect(findDates('the first talks since Hamas’s Oct. 7 attack', '2025-12-04')).toEqual([]);
  });

  it('so is a date in a reduced relative clause ("the deal signed on Monday", "the ceasefire agreed in Doha on Oct. 19")', async () => {
    expect(findDates('to discuss the deal signed on Monday', '2025-11-20')).toEqual([]);
    expect(findDates('The talks follow the ceasefire agreed in Doha on Oct. 19.', '2025-11-20')).toEqual([]);
    const [met] = await contactsOf('Russian President Vladimir Putin met Chinese President Xi Jinping to discuss the deal signed on Monday.', '2025-11-20');
    expect(met.date).toBeNull();
  });

  it('but not after a participle of meeting, a contact verb or a pronoun ("talks held in Geneva on Monday", "they phoned on Monday")', () => {
    expect(findDates('The talks held in Geneva on Monday ended without a deal.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
    expect(findDates('The delegations exchanged views on Monday.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
    expect(findDates('They phoned on Monday.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
  });

  it('a contact noun after the date keeps it ("the Feb. 18 meeting", "the Tuesday evening talks")', () => {
    expect(findDates('at the Feb. 18 meeting in Riyadh', '2025-03-01').map((d) => d.text)).toEqual(['Feb. 18']);
    expect(findDates('after the Tuesday evening talks', '2025-03-01').map((d) => d.text)).toEqual(['Tuesday']);
    expect(findDates('the two sides met in November 2024', '2025-12-04').map((d) => d.text)).toEqual(['November 2024']);
  });
});

describe('dates and places: a clause about an earlier occasion', () => {
  it('"…, the first having been held in X in March", "; the last round was held in X in March": not the new contact\'s', async () => {
    const first = await contactsOf('Russian Foreign Minister Pavel Example held talks with Indonesian Foreign Minister Sugiono Example on Monday. This was the second round of the strategic dialogue, the first having been held in Moscow in March.', '2025-11-20');
    expect(first.map((c) => [c.date, c.city])).toEqual([['2025-11-17', null]]);
    const previous = await contactsOf('Chilean Foreign Minister Rosa Example held talks with Peruvian Foreign Minister Luis Example; the last round was held in Vienna in March.', '2025-11-20');
    expect(previous.map((c) => [c.date, c.city])).toEqual([[null, null]]);
  });

  it('a sentence that reports the earlier occasion itself, or a clause that is not about one, keeps its date and place', async () => {
    expect(findDates('The first round took place in Vienna on 25 July.', '2025-11-20').map((d) => d.text)).toEqual(['25 July']);
    // With no noun, "the first took place" is a contact cue of its own, which keeps its date.
    expect(findDates('They met in Geneva, the first took place in Vienna on 25 July.', '2025-11-20').map((d) => d.text)).toEqual(['25 July']);
    const time = await contactsOf('Chilean Foreign Minister Rosa Example met Peruvian Foreign Minister Luis Example in Vienna on Monday, the first time the two had met in Europe.', '2025-11-20');
    expect(time.map((c) => [c.date, c.city])).toEqual([['2025-11-17', 'Vienna']]);
  });
});

describe('dates: the date of an event that is no contact', () => {
  it('"the crash of an airliner last December", "the attack on the embassy in June", "since the elections in May"', () => {
    expect(findDates('Putin told Aliyev that missiles were behind the crash of an Azerbaijani passenger jet last December, in a meeting.', '2025-10-10')).toEqual([]);
    expect(findDates('Rosa Example met Luis Example after the attack on the embassy in June.', '2025-11-20')).toEqual([]);
    expect(findDates('Since the elections in May, the two ministers have met twice.', '2025-11-20')).toEqual([]);
  });

  it('not a day "on" a date, an event the talks are about, or a date after the contact itself', () => {
    expect(findDates('After the attack on Monday, Rosa Example called Luis Example.', '2025-11-20').map((d) => d.text)).toEqual(['Monday']);
    expect(findDates('Rosa Example held talks on the election in May with Luis Example.', '2025-11-20').map((d) => d.text)).toEqual(['May']);
    expect(findDates('Rosa Example met Luis Example in June, after the attack on the embassy.', '2025-11-20').map((d) => d.text)).toEqual(['June']);
  });
});

describe('dates: a day named from another day', () => {
  const tuesday = { year: 2025, month: 12, day: 2 };

  it('"On the same day", "The previous day", "three days earlier" count from the day the article named last', () => {
    const [same] = findDates('On the same day, the French envoy spoke by phone with Salam.', '2025-12-04', tuesday);
    expect(resolveContactDate(same, '2025-12-04', true)).toEqual({ value: '2025-12-02', precision: 'day', text: 'the same day', basis: 'relative' });
    expect(resolveContactDate(findDates('The previous day, the ministers held talks.', '2025-12-04', tuesday)[0], '2025-12-04').value).toBe('2025-12-01');
    expect(resolveContactDate(findDates('Three days earlier, he held a video call.', '2025-12-04', tuesday)[0], '2025-12-04').value).toBe('2025-11-29');
  });

  it('a day earlier in the same sentence comes before the article\'s last day', () => {
    const dates = findDates('He met Li on Monday and the next day he met Xi.', '2025-11-20', tuesday);
    expect(dates.map((d) => resolveContactDate(d, '2025-11-20').value)).toEqual(['2025-11-17', '2025-11-18']);
  });

  it('no day to count from, or a day counted from an event ("the day before the summit"): no date', () => {
    expect(findDates('On the same day, the French envoy spoke by phone with Salam.', '2025-12-04')).toEqual([]);
    expect(findDates('They met the day before the summit.', '2025-12-04', tuesday)).toEqual([]);
  });

  it('"this morning", "last night" count from publication; without a published date they stay unknown', () => {
    expect(resolve('Dar received a call from Fidan this morning, the Foreign Office said.', '2025-10-26').value).toBe('2025-10-26');
    expect(resolve('The two leaders spoke last night.', '2025-10-26').value).toBe('2025-10-25');
    expect(resolve('Dar received a call from Fidan this morning.', null)).toEqual({ value: null, precision: 'unknown', text: 'this morning', basis: 'unknown' });
    expect(findDates('The morning session was tense.', '2025-10-26')).toEqual([]);
  });

  it('in an article, "On the same day" is the day of the contact reported before it', async () => {
    const met = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.';
    const called = 'On the same day, Russian Foreign Minister Sergei Lavrov spoke by phone with U.S. Secretary of State Marco Rubio.';
    const contacts = await contactsOf(`${met} ${called}`, '2025-12-04');
    expect(contacts.find((c) => c.mode === 'call')?.date).toBe('2025-12-02');
    expect((await contactsOf(called, '2025-12-04'))[0].date).toBeNull();
  });
});

describe('dates: a date the contact was moved away from', () => {
  it('"was due to meet … in May but was postponed", "postponed from Oct. 30": the old date is not the contact\'s', async () => {
    const [moved] = await contactsOf('The dialogue between Australia and China was due to meet in Canberra in May but was postponed because of the election.', '2025-07-11');
    expect(moved).toMatchObject({ status: 'planned', date: null });
    const [rescheduled] = await contactsOf('A meeting between Egypt and Ethiopia was postponed from Oct. 30 and is now scheduled for Nov. 18 in Addis Ababa.', '2025-11-06');
    expect(rescheduled.date).toBe('2025-11-18');
  });

  it('a move with a subject of its own ("but the signing ceremony was delayed") leaves the contact\'s date', async () => {
    const [met] = await contactsOf('Putin and Xi met on Monday, but the signing ceremony was delayed.', '2025-11-06');
    expect(met.date).toBe('2025-11-03');
  });
});
