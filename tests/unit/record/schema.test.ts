import { describe, expect, it } from 'vitest';
import { parseNormalizedRecord, RecordValidationError, SCHEMA_VERSION } from '../../../lambdas/core/record/schema.js';

const minimal = {
  schemaVersion: 1,
  id: '0123456789abcdef0123456789abcdef',
  source: { bucket: 'b', key: 'incoming/a.txt', url: null, outlet: null },
  title: null,
  published: { date: null, source: null },
  extractedAt: '2025-02-16T00:00:00.000Z',
  contacts: [],
  conditions: [],
  openQuestions: [],
  warnings: [],
};

describe('normalized record schema v1', () => {
  it('is version 1', () => expect(SCHEMA_VERSION).toBe(1));

  it('accepts a minimal record and defaults a missing date basis', () => {
    const contact = {
      id: 'c1', mode: 'call', status: 'held', date: { value: null, precision: 'unknown', text: 'Tuesday' },
      location: null, participants: [{ name: 'A', role: null, country: 'US' }], countries: ['US', 'RU'], initiator: null, topics: [], evidence: [],
    };
    const record = parseNormalizedRecord({ ...minimal, contacts: [contact] });
    expect(record.contacts[0].date.basis).toBe('unknown');
  });

  it.each([
    [{ schemaVersion: 2 }, /schemaVersion/],
    [{ id: 'not-hex' }, /id/],
    [{ published: { date: 'yesterday', source: 'metadata' } }, /published\.date/],
    [{ contacts: [{ mode: 'dinner' }] }, /contacts\.0/],
  ])('rejects %j with the failing path in the message', (override, path) => {
    expect(() => parseNormalizedRecord({ ...minimal, ...override })).toThrow(RecordValidationError);
    expect(() => parseNormalizedRecord({ ...minimal, ...override })).toThrow(path);
  });

  it.each([
    [{ title: 42 }, /title: Invalid input: expected string, received number/],
    [{ contacts: [{ mode: 'dinner' }] }, /contacts\.0\.mode: Invalid option: expected one of "call"\|"meeting"/],
    [{ extractedAt: 'last Tuesday' }, /extractedAt: Invalid ISO datetime/],
    [{ wordCount: -3 }, /wordCount: Too small: expected number to be >=0/],
  ])('says in English what is wrong with %j', (override, message) => {
    expect(() => parseNormalizedRecord({ ...minimal, ...override })).toThrow(message);
  });

  it('rejects a country that is not an alpha-2 code', () => {
    const contact = { id: 'c', mode: 'call', status: 'held', date: { value: null, precision: 'unknown', text: null }, location: null, participants: [], countries: ['USA'], initiator: null, topics: [], evidence: [] };
    expect(() => parseNormalizedRecord({ ...minimal, contacts: [contact] })).toThrow(/alpha-2/);
  });
});
