/**
 * knowledge/countries.json covers the UN member states beyond the first tracks (except Namibia, whose code
 * NA stands for NATO here, and a few microstates): a readout between two of them is a contact like any other.
 */
import { describe, expect, it } from 'vitest';
import { contactsOf } from './helpers.js';

describe('countries beyond the first tracks', () => {
  it('Tanzania–Zambia: demonyms and a capital as the place', async () => {
    const [c] = await contactsOf('Zambian President Hakainde Hichilema held talks with Tanzanian President Samia Suluhu Hassan in Dodoma on Monday.', '2026-03-04');
    expect(c).toMatchObject({ mode: 'talks', status: 'held', countries: ['TZ', 'ZM'], city: 'Dodoma', date: '2026-03-02' });
  });

  it('a longer name wins over the shorter one inside it: Papua New Guinea is not Guinea', async () => {
    const [c] = await contactsOf('Papua New Guinean Prime Minister James Marape met Fijian Prime Minister Sitiveni Rabuka in Suva on Tuesday.', '2026-03-04');
    expect(c).toMatchObject({ mode: 'meeting', status: 'held', countries: ['FJ', 'PG'], city: 'Suva' });
  });

  it('the Holy See by its usual names', async () => {
    const [c] = await contactsOf('Ukrainian President Volodymyr Zelensky spoke by phone with Vatican Secretary of State Pietro Parolin on Friday, the Holy See said.', '2026-03-09');
    expect(c?.countries).toEqual(['UA', 'VA']);
  });
});
