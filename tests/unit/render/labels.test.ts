import { describe, expect, it } from 'vitest';
import { shortName, shortNames } from '../../../lambdas/core/render/names.js';
import { answerLine, contactLabel, datedWhenRepeated, dateBasisNote } from '../../../lambdas/core/render/labels.js';
import { countryNamer } from '../../../lambdas/core/render/countries.js';
import type { BriefingContact } from '../../../lambdas/core/briefing/model.js';
import { fullModel } from '../../fixtures/briefing/full.js';

const person = (name: string, country: string | null = null) => ({ name, role: null, country });

describe('shortName', () => {
  it('calls a known actor by the one-word alias that is part of their name', () => {
    expect(shortName(person('Xi Jinping', 'CN'))).toBe('Xi');
    expect(shortName(person('Viktor Orbán', 'HU'))).toBe('Orbán');
    expect(shortName(person('Sanae Takaichi', 'JP'))).toBe('Takaichi');
  });

  it('takes the family name first for countries that write it first, and for a hyphenated given name', () => {
    expect(shortName(person('Lee Jae-myung', 'KR'))).toBe('Lee');
    expect(shortName(person('Wang Yi', 'CN'))).toBe('Wang');
    expect(shortName(person('Kim Jong Un', 'KP'))).toBe('Kim');
    // Not in knowledge/actors.json, no country: the romanized given name "Ching-te" gives it away.
    expect(shortName(person('Lai Ching-te'))).toBe('Lai');
  });

  it('keeps surname particles and drops suffixes for given-name-first names', () => {
    expect(shortName(person('Penny Wong', 'AU'))).toBe('Wong');
    expect(shortName(person('Ursula von der Leyen', 'EU'))).toBe('von der Leyen');
    expect(shortName(person('Mohammed bin Salman', 'SA'))).toBe('bin Salman');
    expect(shortName(person('Jean-Yves Le Drian', 'FR'))).toBe('Le Drian');
    expect(shortName(person('Martin Luther King Jr.', 'US'))).toBe('King');
    expect(shortName(person('Abdel Fattah el-Sisi', 'EG'))).toBe('el-Sisi');
  });

  it('says the full name when no rule is sure', () => {
    // A two-letter last word of an unknown person of no known country is likely a given name.
    expect(shortName(person('Park Ji Un'))).toBe('Park Ji Un');
    expect(shortName(person('Lula'))).toBe('Lula');
  });

  it('gives full names to people who would share a short name in one label', () => {
    expect(shortNames([person('Kim Jong Un', 'KP'), person('Kim Yo Jong', 'KP'), person('Marco Rubio', 'US')])).toEqual([
      'Kim Jong Un',
      'Kim Yo Jong',
      'Rubio',
    ]);
  });
});

describe('contactLabel', () => {
  const names = countryNamer(undefined);
  const base = fullModel.contacts[0];
  const contact = (over: Partial<BriefingContact>): BriefingContact => ({ ...base, ...over });

  it('names people by their short names, never a given-name fragment', () => {
    const summit = contact({ mode: 'summit', location: null, countries: ['CN', 'IN'], participants: [person('Narendra Modi', 'IN'), person('Xi Jinping', 'CN')] });
    expect(contactLabel(summit, names)).toBe('Xi–Modi summit');
    const visit = contact({ mode: 'visit', location: null, countries: ['JP', 'KR'], participants: [person('Lee Jae-myung', 'KR')] });
    expect(contactLabel(visit, names)).toBe('Lee visit');
  });

  it('names a call by who spoke, even when a report places one side in a city', () => {
    const call = contact({
      mode: 'call',
      location: { city: 'Canberra', venue: null, country: 'AU' },
      countries: ['AU', 'CN'],
      participants: [person('Wang Yi', 'CN'), person('Penny Wong', 'AU')],
    });
    expect(contactLabel(call, names)).toBe('Wong–Wang call');
    expect(contactLabel({ ...call, participants: [] }, names)).toBe('Canberra call');
  });

  it('lists the same pair in the same order whichever report named them first', () => {
    const a = contact({ mode: 'call', location: null, countries: ['RU', 'US'], participants: [person('Marco Rubio', 'US'), person('Sergey Lavrov', 'RU')] });
    const b = { ...a, participants: [...a.participants].reverse() };
    expect(contactLabel(a, names)).toBe('Lavrov–Rubio call');
    expect(contactLabel(b, names)).toBe('Lavrov–Rubio call');
    // On the US–Russia track, in the track's order.
    expect(contactLabel(a, names, ['US', 'RU'])).toBe('Rubio–Lavrov call');
    expect(contactLabel(b, names, ['US', 'RU'])).toBe('Rubio–Lavrov call');
  });
});

describe('dateBasisNote', () => {
  const reports = (n: number) => Array.from({ length: n }, (_, i) => ({ articleId: `a${i}` }));
  const date = (over: Partial<BriefingContact['date']>): BriefingContact['date'] => ({ value: '2025-11-18', precision: 'day', text: null, basis: 'stated', ...over });

  it('says how many reports state the date', () => {
    expect(dateBasisNote(date({ basis: 'corroborated', reportedBasis: 'stated', suppliedBy: ['a0', 'a1', 'a2'] }), reports(4))).toBe(
      'stated in 3 of 4 reports; the others do not date it',
    );
    expect(dateBasisNote(date({ basis: 'corroborated', reportedBasis: 'relative', text: 'Saturday', suppliedBy: ['a0'] }), reports(2))).toBe(
      'worked out from “Saturday” and the publication date (1 of 2 reports)',
    );
  });

  it('says nothing when every report states it, and falls back when the supplying reports are not known', () => {
    expect(dateBasisNote(date({ suppliedBy: ['a0', 'a1'] }), reports(2))).toBeNull();
    expect(dateBasisNote(date({ basis: 'corroborated' }), reports(2))).toBe('stated in another report of the same contact');
    expect(dateBasisNote(date({ value: null, precision: 'unknown', basis: 'unknown' }), reports(2))).toBeNull();
  });
});

describe('answerLine', () => {
  it('reads as one sentence with human dates, no ISO dates and no chained colons', () => {
    const line = answerLine({ text: 'Held on 2025-08-31 in Tianjin', at: '2025-09-01' }, 'Tianjin summit');
    expect(line).toBe('Answered in a report of 1 Sep 2025 on the Tianjin summit. Held on 31 Aug 2025 in Tianjin.');
    expect(answerLine({ text: 'Date set: --02-18', at: null }, null)).toBe('Answered in a later report. Date set: 18 Feb, year not stated.');
  });
});

describe('datedWhenRepeated', () => {
  it('dates the links of an outlet that appears twice, and leaves the others alone', () => {
    const links = [
      { label: 'Delhi Dispatch', url: 'https://d/1', published: '2025-07-20' },
      { label: 'Beijing Bulletin', url: 'https://b/1', published: '2025-08-12' },
      { label: 'Delhi Dispatch', url: 'https://d/2', published: '2025-09-01' },
    ];
    expect(datedWhenRepeated(links).map((l) => l.label)).toEqual(['Delhi Dispatch of 20 Jul 2025', 'Beijing Bulletin', 'Delhi Dispatch of 1 Sep 2025']);
    expect(datedWhenRepeated(links)[0]).not.toHaveProperty('published');
  });
});
