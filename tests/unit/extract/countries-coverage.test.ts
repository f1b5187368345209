/**
 * knowledge/countries.json covers every UN member state (except Namibia, whose code NA stands for NATO here) and
 * the Holy See: a readout between two of them is a contact like any other. Capitals that are also common names
 * or other places (Victoria, St. John's, St. George's) are `ambiguousCapitals`: they name their country only in an
 * article that has named it, because a capital also names its government.
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

  it('Chad–Sudan: a state added with the small ones, its demonym and its capital as the place', async () => {
    const [c] = await contactsOf("Chadian President Mahamat Idriss Deby received Sudanese envoy Ali Youssef in N'Djamena on Monday.", '2026-03-04');
    expect(c).toMatchObject({ status: 'held', countries: ['SD', 'TD'], city: "N'Djamena" });
  });

  it('Pacific and Caribbean states meet by name', async () => {
    const [c] = await contactsOf('Samoan Prime Minister La\'auli Leuatea Schmidt held talks with Tongan Prime Minister Aisake Eke in Apia on Tuesday.', '2026-03-04');
    expect(c).toMatchObject({ mode: 'talks', countries: ['TO', 'WS'], city: 'Apia' });
    const [d] = await contactsOf('Saint Vincent and the Grenadines Prime Minister Godwin Friday spoke by phone with Guyanese President Irfaan Ali on Friday.', '2026-03-09');
    expect(d?.countries).toEqual(['GY', 'VC']);
  });

  it('a capital that is also a common name makes no party in an article that has not named its country', async () => {
    const [c] = await contactsOf('U.S. envoy Victoria Reyes met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday.', '2026-03-04');
    expect(c?.countries).toEqual(['KE', 'US']);
  });
});
