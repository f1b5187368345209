/**
 * processUploadedObject with the real extraction pipeline over an in-memory store: every kind of bad
 * upload ends as a normalized record or a quarantine record with a clear reason, and faults never leave
 * a half-written record.
 */
import { describe, expect, it } from 'vitest';
import { processUploadedObject, type ExtractObjectDeps, type UploadedObject } from '../../../lambdas/core/usecases/extract-object.js';
import { parseNormalizedRecord, parseQuarantineRecord, type NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { RejectedInputError } from '../../../lambdas/core/ingest/errors.js';
import type { Log } from '../../../lambdas/core/ports.js';
import { MemoryStore } from '../support/memory-store.js';

const NOW = new Date('2025-03-01T06:00:00Z');
const DIPLOMATIC =
  'Russian Foreign Minister Sergei Lavrov and US Secretary of State Marco Rubio held talks in Riyadh on 18 February 2025, the State Department said.\n\n' +
  'The two sides agreed to continue consultations on restoring embassy staffing.';

function recordingLog() {
  const lines: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields: Record<string, unknown> = {}) => void lines.push({ level, message, fields });
  const log: Log = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

function setup(maxObjectBytes = 5 * 1024 * 1024) {
  const store = new MemoryStore('articles-bucket');
  const { log, lines } = recordingLog();
  const deps: ExtractObjectDeps = { store, log, now: () => NOW, maxObjectBytes };
  const run = (key: string, extra: Partial<ExtractObjectDeps> = {}) =>
    processUploadedObject({ ...deps, ...extra }, { bucket: store.bucket, key } satisfies UploadedObject);
  return { store, lines, run, deps };
}

const bytes = (...parts: Array<number[] | string | Buffer>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.isBuffer(p) ? p : Buffer.from(p)))));

function onlyRecord(store: MemoryStore): NormalizedRecord {
  const keys = store.keys('normalized/');
  expect(keys).toHaveLength(1);
  return parseNormalizedRecord(store.json(keys[0]));
}

describe('bad input is quarantined with a clear reason', () => {
  it('an empty object is quarantined from its HEAD size without being downloaded', async () => {
    const { store, run, lines } = setup();
    store.seed('incoming/empty.txt', '');
    const out = await run('incoming/empty.txt');
    expect(out).toMatchObject({ kind: 'quarantined', code: 'empty', quarantineKey: 'quarantine/empty.txt.json' });
    expect(store.calls.filter((c) => c.op === 'get')).toEqual([]);
    const q = parseQuarantineRecord(store.json('quarantine/empty.txt.json'));
    expect(q).toMatchObject({ bucket: 'articles-bucket', key: 'incoming/empty.txt', size: 0, reason: { code: 'empty' }, quarantinedAt: NOW.toISOString() });
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'object quarantined', fields: expect.objectContaining({ objectKey: 'incoming/empty.txt', reason: 'empty' }) }));
  });

  it('whitespace only', async () => {
    const { store, run } = setup();
    store.seed('incoming/blank.txt', ' \n\t\r\n   \n');
    expect(await run('incoming/blank.txt')).toMatchObject({ kind: 'quarantined', code: 'whitespace-only' });
    expect(store.keys('normalized/')).toEqual([]);
  });

  it.each([
    ['a PNG image named .txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], Buffer.alloc(64, 7)), 'incoming/photo.txt'],
    ['a PDF named .txt', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n'), 'incoming/statement.txt'],
    ['binary with NUL bytes and no extension', bytes([1, 2, 3, 0, 0, 0, 255, 254, 0, 9]), 'incoming/blob'],
  ])('%s is "unsupported type", detected by content', async (_name, body, key) => {
    const { store, run } = setup();
    store.seed(key, body, {}, 'text/plain');
    const out = await run(key);
    expect(out).toMatchObject({ kind: 'quarantined', code: 'unsupported-type' });
    expect((out as { message: string }).message).toMatch(/unsupported type/i);
  });

  it('an object over the size limit is quarantined from HEAD without downloading it', async () => {
    const { store, run } = setup(1000);
    store.seed('incoming/huge.txt', 'a'.repeat(1001));
    const out = await run('incoming/huge.txt');
    expect(out).toMatchObject({ kind: 'quarantined', code: 'too-large' });
    expect((out as { message: string }).message).toBe('object is 1001 bytes; the limit is 1000 bytes (MAX_OBJECT_BYTES)');
    expect(store.calls.map((c) => c.op)).toEqual(['head', 'put']);
    expect(parseQuarantineRecord(store.json('quarantine/huge.txt.json')).size).toBe(1001);
  });

  it('a bug in extraction is quarantined as extraction-failed (deterministic: retrying would fail the same way)', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    const out = await run('incoming/a.txt', { extract: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } });
    expect(out).toMatchObject({ kind: 'quarantined', code: 'extraction-failed', message: "TypeError: Cannot read properties of undefined (reading 'x')" });
  });

  it('a record that fails the schema is quarantined as invalid-record, never written to normalized/', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    const out = await run('incoming/a.txt', { extract: async () => ({ schemaVersion: 1, id: 'NOT-HEX' }) as unknown as NormalizedRecord });
    expect(out).toMatchObject({ kind: 'quarantined', code: 'invalid-record' });
    expect((out as { message: string }).message).toMatch(/^normalized record failed schema v1: id/);
    expect(store.keys('normalized/')).toEqual([]);
  });

  it('a RejectedInputError from extraction keeps its code and message', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    const out = await run('incoming/a.txt', { extract: () => { throw new RejectedInputError('undecodable', 'bytes are not text in any supported encoding'); } });
    expect(out).toMatchObject({ kind: 'quarantined', code: 'undecodable', message: 'bytes are not text in any supported encoding' });
  });
});

describe('awkward but readable input becomes a normalized record', () => {
  it('UTF-16 with a BOM (LE and BE) decodes to the same article id as the UTF-8 upload', async () => {
    const text = 'Лавров и Рубио провели переговоры в Эр-Рияде 18 февраля 2025 года.\n\nСтороны договорились продолжить консультации.';
    const { store, run } = setup();
    store.seed('incoming/utf8.txt', text);
    store.seed('incoming/utf16le.txt', bytes([0xff, 0xfe], Buffer.from(text, 'utf16le')));
    store.seed('incoming/utf16be.txt', bytes([0xfe, 0xff], Buffer.from(text, 'utf16le').swap16()));
    const first = await run('incoming/utf8.txt');
    expect(first.kind).toBe('normalized');
    const id = (first as { articleId: string }).articleId;
    expect(await run('incoming/utf16le.txt')).toMatchObject({ kind: 'duplicate', articleId: id });
    expect(await run('incoming/utf16be.txt')).toMatchObject({ kind: 'duplicate', articleId: id });
  });

  it('Windows-1252 text (é, curly quotes, dash) decodes to the same article id as its UTF-8 twin', async () => {
    const text = 'Ministers met in Genève on 3 March 2025 – “we agreed on a roadmap”, said the envoy.';
    const cp1252 = Buffer.from(
      [...text].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0)),
    );
    const { store, run } = setup();
    store.seed('incoming/win.txt', new Uint8Array(cp1252));
    store.seed('incoming/utf8.txt', text);
    const win = await run('incoming/win.txt');
    expect(win.kind).toBe('normalized');
    expect(await run('incoming/utf8.txt')).toMatchObject({ kind: 'duplicate', articleId: (win as { articleId: string }).articleId });
  });

  it('invalid UTF-8 (a truncated multi-byte sequence) is read, not crashed on: it becomes a valid record', async () => {
    const { store, run } = setup();
    store.seed('incoming/broken.txt', bytes(DIPLOMATIC, [0xe2, 0x80]));
    const out = await run('incoming/broken.txt');
    expect(out.kind).toBe('normalized');
    expect(onlyRecord(store).source.key).toBe('incoming/broken.txt');
  });

  it('HTML with <script>, event handlers and javascript: links: none of it reaches the record', async () => {
    const html = `<!doctype html><html><head><title>Talks in Riyadh</title><script>alert("head")</script></head>
      <body onload="steal()"><article><h1 onmouseover="alert(1)">Talks in Riyadh</h1>
      <p>${DIPLOMATIC}</p><p><a href="javascript:alert(2)">more</a> <img src=x onerror="alert(3)"></p>
      <script>document.write('<p>injected text</p>')</script></article></body></html>`;
    const { store, run } = setup();
    store.seed('incoming/page.html', html, {}, 'text/html');
    expect((await run('incoming/page.html')).kind).toBe('normalized');
    const stored = store.text(store.keys('normalized/')[0])!;
    for (const bad of ['<script', 'alert(', 'onerror', 'onmouseover', 'onload', 'javascript:', 'injected text']) expect(stored).not.toContain(bad);
  });

  it('an article with no diplomatic content is a normalized record with zero contacts, not an error', async () => {
    const { store, run } = setup();
    store.seed('incoming/council.txt', 'The city council approved a new budget for road repairs on Tuesday.\n\nResidents welcomed the plan, which starts in spring.');
    expect(await run('incoming/council.txt')).toMatchObject({ kind: 'normalized', contacts: 0 });
    expect(onlyRecord(store).contacts).toEqual([]);
  });

  it('malformed metadata is a warning on the record and is ignored, not a crash', async () => {
    const { store, run, lines } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC, { published: 'yesterday-ish', url: 'javascript:alert(1)', outlet: 'Wire\r\nX-Evil: 1' });
    expect((await run('incoming/a.txt')).kind).toBe('normalized');
    const record = onlyRecord(store);
    expect(record.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['metadata-published-invalid', 'metadata-url-invalid']));
    expect(record.published.source).not.toBe('metadata');
    expect(record.source.url).toBeNull();
    expect(record.source.outlet).toBe('Wire X-Evil: 1');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ objectKey: 'incoming/a.txt', warning: 'metadata-published-invalid' }) }));
  });

  it('well-formed metadata wins: published date, url and outlet', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC, { published: '2025-02-18', url: 'https://example.org/a', outlet: 'Example Wire' });
    await run('incoming/a.txt');
    const record = onlyRecord(store);
    expect(record.published).toEqual({ date: '2025-02-18', source: 'metadata' });
    expect(record.source).toMatchObject({ bucket: 'articles-bucket', key: 'incoming/a.txt', url: 'https://example.org/a', outlet: 'Example Wire' });
    expect(record.warnings.filter((w) => w.code.startsWith('metadata-'))).toEqual([]);
  });
});

describe('exactly once', () => {
  it('re-uploading the same text under another key yields the same id and no second record', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    store.seed('incoming/desk/copy of a.txt', DIPLOMATIC);
    const a = await run('incoming/a.txt');
    const b = await run('incoming/desk/copy of a.txt');
    expect(a.kind).toBe('normalized');
    expect(b).toMatchObject({ kind: 'duplicate', articleId: (a as { articleId: string }).articleId });
    expect(store.keys('normalized/')).toHaveLength(1);
    expect(onlyRecord(store).source.key).toBe('incoming/a.txt');
  });

  it('the same event processed twice (a Lambda retry) writes nothing the second time', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    await run('incoming/a.txt');
    const before = store.text(store.keys('normalized/')[0]);
    expect((await run('incoming/a.txt')).kind).toBe('duplicate');
    expect(store.text(store.keys('normalized/')[0])).toBe(before);
  });

  it('the record is written last, in one conditional PutObject', async () => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    await run('incoming/a.txt');
    const writes = store.calls.filter((c) => c.op === 'put' || c.op === 'putIfAbsent');
    expect(writes).toEqual([{ op: 'putIfAbsent', key: store.keys('normalized/')[0] }]);
    expect(store.calls.at(-1)).toEqual(writes[0]);
  });
});

describe('faults and edge cases', () => {
  const slowDown = () => Object.assign(new Error('S3 GetObject failed: SlowDown (HTTP 503, 5 attempts)'), { name: 'StorageError' });

  it.each(['head', 'get', 'putIfAbsent'] as const)('an S3 failure on %s is thrown (so Lambda retries) and leaves nothing behind', async (op) => {
    const { store, run } = setup();
    store.seed('incoming/a.txt', DIPLOMATIC);
    store.failWith = (o) => (o === op ? slowDown() : undefined);
    await expect(run('incoming/a.txt')).rejects.toThrow(/SlowDown/);
    expect(store.keys('normalized/')).toEqual([]);
    expect(store.keys('quarantine/')).toEqual([]);
    store.failWith = null;
    expect((await run('incoming/a.txt')).kind).toBe('normalized');
  });

  it('a failure writing the quarantine record is thrown too (the rejection must not be lost)', async () => {
    const { store, run } = setup();
    store.seed('incoming/blank.txt', '');
    store.failWith = (o) => (o === 'put' ? slowDown() : undefined);
    await expect(run('incoming/blank.txt')).rejects.toThrow(/SlowDown/);
  });

  it('an object deleted before processing is skipped without writing anything', async () => {
    const { store, run, lines } = setup();
    expect(await run('incoming/gone.txt')).toEqual({ kind: 'skipped', key: 'incoming/gone.txt', reason: 'not-found' });
    expect(store.keys()).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', fields: { objectKey: 'incoming/gone.txt' } }));
  });

  it('keys outside incoming/ and folder markers are skipped without touching S3', async () => {
    const { store, run } = setup();
    expect(await run('normalized/ab/x.json')).toMatchObject({ kind: 'skipped', reason: 'not-incoming' });
    expect(await run('incoming/2025/')).toMatchObject({ kind: 'skipped', reason: 'folder-marker' });
    expect(store.calls).toEqual([]);
  });

  it('the quarantine key mirrors deep, unicode upload keys', async () => {
    const { store, run } = setup();
    const key = 'incoming/2025/02/desk A/Доклад + notes.txt';
    store.seed(key, '');
    expect(await run(key)).toMatchObject({ kind: 'quarantined', quarantineKey: 'quarantine/2025/02/desk A/Доклад + notes.txt.json' });
  });
});
