import { describe, expect, it } from 'vitest';
import { buildView, contactLabel, contactSortKey } from '../../../lambdas/core/render/view.js';
import { countryNamer } from '../../../lambdas/core/render/countries.js';
import { DEFAULT_LIMITS, headerSafe } from '../../../lambdas/core/render/index.js';
import type { BriefingContact } from '../../../lambdas/core/briefing/model.js';
import { fullModel } from '../../fixtures/briefing/full.js';

const names = countryNamer(undefined);
const base = fullModel.contacts[0];
const contact = (over: Partial<BriefingContact>): BriefingContact => ({ ...base, ...over });

describe('contactLabel', () => {
  it('prefers the place, then the participants’ surnames, then the countries', () => {
    expect(contactLabel(contact({ mode: 'summit', location: { city: 'Budapest', venue: null, country: 'HU' } }), names)).toBe('Budapest summit');
    expect(contactLabel(contact({ mode: 'talks', location: { city: null, venue: 'Diriyah Palace', country: 'SA' } }), names)).toBe('Diriyah Palace talks');
    expect(contactLabel(contact({ mode: 'call', location: null }), names)).toBe('Rubio–Lavrov call');
    expect(contactLabel(contact({ mode: 'other', location: null, participants: [], countries: ['US', 'RU'] }), names)).toBe('United States–Russia contact');
    const five = ['A Alpha', 'B Bravo', 'C Charlie', 'D Delta'].map((name) => ({ name, role: null, country: null }));
    expect(contactLabel(contact({ mode: 'meeting', location: null, participants: five }), names)).toBe('Alpha–Bravo–Charlie and others meeting');
  });
});

describe('country names', () => {
  it('come from knowledge/countries.json, then ICU, and can be overridden', () => {
    expect(names('RU')).toBe('Russia');
    expect(names('SA')).toBe('Saudi Arabia');
    expect(names(null)).toBeNull();
    expect(countryNamer({ RU: 'Russian Federation' })('RU')).toBe('Russian Federation');
  });
});

describe('contactSortKey', () => {
  const dated = (value: string | null, precision: BriefingContact['date']['precision'], published: string | null = null) =>
    contact({ date: { value, precision, text: null, basis: 'stated' }, sources: base.sources.map((s) => ({ ...s, published })) });

  it('orders by the reported date, taking a missing year only from the earliest report', () => {
    expect(contactSortKey(dated('2025-02-15', 'day'))).toBe('2025-02-15');
    expect(contactSortKey(dated('2025-02', 'month'))).toBe('2025-02-15');
    expect(contactSortKey(dated('2025', 'year'))).toBe('2025-07-01');
    expect(contactSortKey(dated('--02-18', 'month-day', '2025-02-19'))).toBe('2025-02-18');
    expect(contactSortKey(dated('--02-18', 'month-day', null))).toBeNull();
    expect(contactSortKey(dated(null, 'unknown'))).toBeNull();
  });
});

describe('headerSafe', () => {
  it('cuts long lines at a word and marks the cut', () => {
    const s = headerSafe('word '.repeat(40), 30);
    expect(s).toBe('word word word word word word…');
    expect([...s].length).toBeLessThanOrEqual(30);
  });

  it('counts characters, not UTF-16 units, and keeps short lines intact', () => {
    expect(headerSafe('US–Russia · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 30)).toBe('US–Russia · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢');
  });
});

describe('status history', () => {
  const asOf = (d: string) => ({ asOf: d, articleId: `a-${d}`, outlet: 'Outlet' });
  const historyOf = (c: BriefingContact) =>
    buildView({ ...fullModel, contacts: [c] }, { timezone: 'Europe/London', maxContactCards: 15, countryName: names, recipientsHint: '', limits: DEFAULT_LIMITS }).contacts.find((v) => v.id === c.id)?.history ?? null;

  it('shows a move to a new date although the status stays planned', () => {
    const moved = contact({
      status: 'planned',
      statusHistory: [
        { status: 'planned', ...asOf('2025-03-01') },
        { status: 'planned', ...asOf('2025-04-02'), rescheduled: { from: '2025-04-10', to: '2025-06-03' } },
      ],
    });
    expect(historyOf(moved)).toBe('planned (1 Mar 2025, Outlet) → rescheduled from 10 Apr 2025 to 3 Jun 2025 (2 Apr 2025, Outlet)');
  });

  it('is left out when every report gives the same status and none moved the date', () => {
    const steady = contact({ status: 'planned', statusHistory: [{ status: 'planned', ...asOf('2025-03-01') }, { status: 'planned', ...asOf('2025-03-05') }] });
    expect(historyOf(steady)).toBeNull();
  });
});

describe('source links', () => {
  const view = (model: typeof fullModel) =>
    buildView(model, { timezone: 'Europe/London', maxContactCards: 15, countryName: names, recipientsHint: '', limits: DEFAULT_LIMITS });
  const labelsOf = (model: typeof fullModel) => view(model).contacts.find((v) => v.id === base.id)!.sourceLinks.map((l) => l.label);

  it('names a source by its outlet or link, and by the article title only when it has neither', () => {
    const titled = { ...fullModel, sources: fullModel.sources.map((s) => ({ ...s, title: 'Talks end without a date' })) };
    const anonymous = { ...base, sources: base.sources.map((s) => ({ ...s, outlet: null, url: null })) };
    expect(labelsOf({ ...titled, contacts: [anonymous] })).toContain('“Talks end without a date” (outlet not named)');
    const linked = { ...base, sources: base.sources.map((s) => ({ ...s, outlet: null, url: 'https://www.example.org/a' })) };
    expect(labelsOf({ ...titled, contacts: [linked] })).toEqual(['example.org']);
  });
});
