import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, type ArticleInput } from '../../../lambdas/core/extract/index.js';
import { RejectedInputError } from '../../../lambdas/core/ingest/errors.js';
import { articleIdFor } from '../../../lambdas/core/record/layout.js';
import { parseNormalizedRecord, type NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { MINHASH_SIZE } from '../../../lambdas/core/syndication/minhash.js';
import { NOW } from './helpers.js';

const TEXT = 'Chinese Foreign Minister Wang Yi met Indian External Affairs Minister S. Jaishankar in New Delhi on Monday.\n\nThe two ministers discussed the border.';
const bytes = (s: string) => new TextEncoder().encode(s);

function input(over: Partial<ArticleInput> = {}): ArticleInput {
  return { bytes: bytes(TEXT), bucket: 'b', key: 'incoming/a.txt', contentType: 'text/plain', metadata: {}, ...over };
}

describe('extractArticle: the record', () => {
  it('passes the schema, with id, fingerprint and word count', async () => {
    const record = parseNormalizedRecord((await extractArticle(input(), { now: NOW })));
    expect(record.id).toBe(articleIdFor(TEXT));
    expect(record.fingerprint?.minhash).toHaveLength(MINHASH_SIZE);
    expect(record.wordCount).toBe(23); // 17 + 6 words
    expect(record.extractedAt).toBe(NOW.toISOString());
    expect(record.contacts).toHaveLength(1);
    expect(record.source).toMatchObject({ bucket: 'b', key: 'incoming/a.txt', contentType: 'text/plain', size: bytes(TEXT).length });
  });

  it('gives the same id to the same text under another key, with a BOM, or as UTF-16', async () => {
    const utf16 = new Uint8Array(2 + TEXT.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < TEXT.length; i++) {
      utf16[2 + i * 2] = TEXT.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = TEXT.charCodeAt(i) >> 8;
    }
    const ids = [
      (await extractArticle(input(), { now: NOW })).id,
      (await extractArticle(input({ key: 'incoming/other name.txt' }), { now: NOW })).id,
      (await extractArticle(input({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TEXT)]) }), { now: NOW })).id,
      (await extractArticle(input({ bytes: utf16 }), { now: NOW })).id,
    ];
    expect(new Set(ids).size).toBe(1);
  });

  it('lets metadata win over what the text says, and records url and outlet', async () => {
    const record = (await extractArticle(input({ bytes: bytes(`Published: 2025-01-01\n\n${TEXT}`), metadata: { published: '2025-08-06', url: 'https://x.test/a', outlet: 'Wire' } }), { now: NOW }));
    expect(record.published).toEqual({ date: '2025-08-06', source: 'metadata' });
    expect(record.source).toMatchObject({ url: 'https://x.test/a', outlet: 'Wire' });
    // Monday before 2025-08-06 (a Wednesday) is 2025-08-04.
    expect(record.contacts[0].date).toMatchObject({ value: '2025-08-04', precision: 'day', basis: 'relative' });
  });

  it('ignores malformed published metadata with a warning instead of failing', async () => {
    const record = parseNormalizedRecord((await extractArticle(input({ metadata: { published: 'yesterday-ish' } }), { now: NOW })));
    expect(record.published).toEqual({ date: null, source: null });
    expect(record.warnings).toEqual([expect.objectContaining({ code: 'invalid-published-metadata' })]);
    expect(record.contacts[0].date).toEqual({ value: null, precision: 'unknown', text: 'Monday', basis: 'unknown' });
  });

  it('notes a non-UTF-8 encoding', async () => {
    const cp1252 = new Uint8Array([...bytes('Lavrov met Wang Yi in Moscow. '), 0x93, ...bytes('Useful'), 0x94, 0x2e]);
    const record = (await extractArticle(input({ bytes: cp1252 }), { now: NOW }));
    expect(record.warnings).toContainEqual({ code: 'encoding', message: 'decoded as windows-1252' });
    expect(record.contacts[0].evidence[0].text).toBe('Lavrov met Wang Yi in Moscow.');
  });

  it('an article with no diplomatic content is a record with nothing in it, not an error', async () => {
    const record = parseNormalizedRecord((await extractArticle(input({ bytes: bytes('The city council approved a new budget for road repairs on Tuesday.') }), { now: NOW })));
    expect(record.contacts).toEqual([]);
    expect(record.conditions).toEqual([]);
    expect(record.openQuestions).toEqual([]);
    expect(record.warnings).toEqual([]);
  });

  it('a page that is only furniture becomes an empty record with a warning', async () => {
    const record = (await extractArticle(input({ bytes: bytes('Share this article\nSubscribe to our newsletter\n© 2025 Example') }), { now: NOW }));
    expect(record.warnings.map((w) => w.code)).toEqual(['no-article-text']);
    expect(record.wordCount).toBe(0);
  });

  it('rejects what cannot become a record with a quarantine code', async () => {
    const code = async (b: Uint8Array) => {
      try {
        await extractArticle(input({ bytes: b, key: 'incoming/a.txt' }), { now: NOW });
      } catch (e) {
        return e instanceof RejectedInputError ? e.code : 'other';
      }
      return 'accepted';
    };
    expect(await code(new Uint8Array())).toBe('empty');
    expect(await code(bytes('   \n\n  '))).toBe('whitespace-only');
    expect(await code(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('unsupported-type');
    expect(await code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('unsupported-type');
  });
});

describe('extractArticle: formats', () => {
  it('HTML: meta title and date, no script or handler text, captions skipped', async () => {
    const html = readFileSync(new URL('../../fixtures/extract/iran-eu.html', import.meta.url));
    const record = parseNormalizedRecord((await extractArticle(input({ bytes: html, key: 'incoming/page.html', contentType: 'text/html' }), { now: NOW })));
    expect(record.title).toBe('Iran and European powers hold nuclear talks in Istanbul');
    expect(record.published).toEqual({ date: '2025-07-25', source: 'text' });
    expect(record.contacts).toHaveLength(1);
    expect(record.contacts[0]).toMatchObject({ mode: 'meeting', status: 'held', location: { city: 'Istanbul', country: 'TR' } });
    expect(record.contacts[0].countries).toEqual(['DE', 'FR', 'GB', 'IR']);
    expect(record.contacts[0].date.value).toBe('2025-07-25');
    expect(JSON.stringify(record)).not.toMatch(/evil|steal|trackPageview|Geneva in 2019/);
    expect(record.openQuestions.map((q) => q.kind)).toEqual(['whether', 'no-comment']);
  });

  it('HTML detected by content even without an .html key', async () => {
    const record = (await extractArticle(input({ bytes: bytes('<html><body><p>Putin met Xi in Beijing on Monday.</p><script>alert(1)</script></body></html>'), key: 'incoming/noext', contentType: null }), { now: NOW }));
    expect(record.contacts).toHaveLength(1);
    expect(JSON.stringify(record)).not.toContain('alert');
  });

  it('Markdown: front matter gives title and date', async () => {
    const md = readFileSync(new URL('../../fixtures/extract/israel-saudi.md', import.meta.url));
    const record = (await extractArticle(input({ bytes: md, key: 'incoming/post.md', contentType: null }), { now: NOW }));
    expect(record.title).toBe('US pushes Israel-Saudi normalization as Netanyahu visits Washington');
    expect(record.published).toEqual({ date: '2025-07-08', source: 'text' });
    expect(record.contacts.map((c) => [c.mode, c.status, c.countries.join('+'), c.date.value])).toEqual([
      ['meeting', 'held', 'IL+US', '2025-07-07'],
      ['visit', 'planned', 'SA+US', null],
    ]);
    expect(record.conditions[0]).toMatchObject({ actor: { name: 'Faisal bin Farhan', country: 'SA' }, kind: 'precondition' });
  });
});

describe('extractArticle: other tracks (fixtures written for generalization)', () => {
  it('China–India: the Wang–Jaishankar and Wang–Doval meetings, Modi’s planned trip; the 2024 Kazan meeting is history', async () => {
    const record = (await extractArticle(input({ bytes: readFileSync(new URL('../../fixtures/extract/china-india.txt', import.meta.url)) }), { now: NOW }));
    const pairs = record.contacts.map((c) => `${c.mode}:${c.status}:${c.participants.map((p) => p.name).join('+')}`);
    expect(pairs).toContain('meeting:held:Wang Yi+Subrahmanyam Jaishankar');
    expect(pairs).toContain('talks:held:Wang Yi+Ajit Doval');
    expect(pairs).toContain('visit:planned:Narendra Modi');
    expect(record.contacts.every((c) => c.location?.city !== 'Kazan')).toBe(true);
    expect(JSON.stringify(record)).not.toMatch(/Kailash|Stocks rally/);
  });

  it('Koreas: Seoul’s proposed talks dated from the dateline, the 2018 talks are history', async () => {
    const record = (await extractArticle(input({ bytes: readFileSync(new URL('../../fixtures/extract/koreas.txt', import.meta.url)) }), { now: NOW }));
    expect(record.published).toEqual({ date: '2025-11-17', source: 'text' });
    expect(record.contacts[0]).toMatchObject({ mode: 'talks', status: 'proposed', countries: ['KP', 'KR'], initiator: 'KR', date: { value: '2025-11-17' } });
    expect(record.contacts.some((c) => c.status === 'held')).toBe(false);
    expect(record.openQuestions.map((q) => q.kind)).toContain('awaiting');
  });
});

describe('extractArticle: a wire story (tests/fixtures/extract/israel-saudi-wire.txt)', () => {
  let record: NormalizedRecord;
  beforeAll(async () => {
    record = await extractArticle(input({ bytes: readFileSync(new URL('../../fixtures/extract/israel-saudi-wire.txt', import.meta.url)) }), { now: NOW });
  });

  it('dates the meeting from "on Thursday", not from the dateline', async () => {
    expect(record.contacts[0]).toMatchObject({ mode: 'meeting', status: 'held', countries: ['SA', 'US'], location: { city: 'Washington' } });
    expect(record.contacts[0].date).toMatchObject({ precision: 'unknown', text: 'Thursday' });
  });

  it('an uncertain visit ("unclear when Faisal will visit Israel, if at all") is an open question, not a contact', async () => {
    expect(record.contacts.some((c) => c.countries.includes('IL'))).toBe(false);
    expect(record.openQuestions.map((q) => q.kind)).toEqual(['uncertain']);
  });

  it('keeps both sides’ red lines, without the trailing appositive', async () => {
    expect(record.conditions.map((c) => [c.actor.country, c.text])).toEqual([
      ['SA', 'any agreement must include an irreversible path to Palestinian statehood'],
      ['IL', 'Israel would not accept a Palestinian state "under any circumstances"'],
    ]);
  });

  it('the anonymous official is no condition and the wire footer no content', async () => {
    expect(JSON.stringify(record)).not.toMatch(/anonymity|Thomson Reuters|Editing by|Advertisement/);
  });
});
