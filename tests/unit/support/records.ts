/** Small, valid normalized records for digest tests (hand-built so they do not depend on extraction). */
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';

export function hexId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

export function usRuRecord(n: number, overrides: Partial<NormalizedRecord> = {}): NormalizedRecord {
  const id = hexId(n);
  return {
    schemaVersion: 1,
    id,
    source: { bucket: 'test-bucket', key: `incoming/article-${n}.txt`, url: `https://example.org/${n}`, outlet: 'Example Wire' },
    title: `Lavrov and Rubio talk ${n}`,
    published: { date: '2025-02-18', source: 'metadata' },
    extractedAt: '2025-02-18T10:00:00.000Z',
    contacts: [
      {
        id: `${id}-c0`,
        mode: 'talks',
        status: 'held',
        date: { value: '2025-02-18', precision: 'day', text: '18 February 2025', basis: 'stated' },
        location: { city: 'Riyadh', venue: null, country: 'SA' },
        participants: [
          { name: 'Sergei Lavrov', role: 'Foreign Minister', country: 'RU' },
          { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' },
        ],
        countries: ['RU', 'US'],
        initiator: null,
        topics: ['embassies'],
        evidence: [{ text: 'Lavrov and Rubio held talks in Riyadh on 18 February 2025', start: 0, end: 58 }],
      },
    ],
    conditions: [],
    openQuestions: [],
    warnings: [],
    ...overrides,
  };
}
