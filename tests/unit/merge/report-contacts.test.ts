import { describe, expect, it } from 'vitest';
import type { BriefingContact } from '../../../lambdas/core/briefing/model.js';
import type { Contact } from '../../../lambdas/core/record/schema.js';
import { MergedContactsOfReports } from '../../../lambdas/core/merge/report-contacts.js';

// Contacts and merged contacts are only compared by identity here.
const contact = (id: string) => ({ id }) as unknown as Contact;
const merged = (id: string) => ({ id }) as unknown as BriefingContact;

describe('merged contact of a report', () => {
  const [a0, a1, c0, c1] = [contact('a0'), contact('a1'), contact('c0'), contact('c1')];
  const [x, y] = [merged('x'), merged('y')];
  // Article 0 reports a0 and a1, article 1 nothing, article 2 reports c0; c1 was not merged.
  const reports = [
    { position: 0, contact: a0 },
    { position: 0, contact: a1 },
    { position: 2, contact: c0 },
  ];
  const lookup = new MergedContactsOfReports(reports, 4, (k) => [x, y, x][k]);

  it('finds each report by its article and contact object', () => {
    expect(lookup.get(0, a0)).toBe(x);
    expect(lookup.get(0, a1)).toBe(y);
    expect(lookup.get(2, c0)).toBe(x);
  });

  it('finds nothing for a contact under another article, or one never merged', () => {
    expect(lookup.get(2, a0)).toBeUndefined();
    expect(lookup.get(1, a0)).toBeUndefined();
    expect(lookup.get(2, c1)).toBeUndefined();
    expect(lookup.get(3, c0)).toBeUndefined();
  });

  it('refuses reports out of article order', () => {
    expect(() => new MergedContactsOfReports([reports[2], reports[0]], 3, () => x)).toThrow(/position order/);
  });
});
