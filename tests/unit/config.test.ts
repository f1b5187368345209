import { describe, expect, it } from 'vitest';
import { ConfigError, loadDigestConfig, loadExtractConfig, parseTrackIds } from '../../lambdas/config.js';

const digestEnv = { BUCKET_NAME: 'b', SENDER: 'Briefing <brief@example.org>', RECIPIENTS: 'a@example.org, b@example.org' };

describe('digest config', () => {
  it('parses a full environment', () => {
    const c = loadDigestConfig({ ...digestEnv, TRACKS: 'us-ru, US-CN', TIMEZONE: 'America/New_York', READ_CONCURRENCY: '8' });
    expect(c).toMatchObject({ bucket: 'b', sender: 'Briefing <brief@example.org>', recipients: ['a@example.org', 'b@example.org'], tracks: ['US-RU', 'US-CN'], timezone: 'America/New_York', readConcurrency: 8 });
  });

  it('defaults to the US-RU track, Europe/London and 16 parallel reads', () => {
    expect(loadDigestConfig(digestEnv)).toMatchObject({ tracks: ['US-RU'], timezone: 'Europe/London', readConcurrency: 16, configurationSet: null });
  });

  it.each([
    [{ SENDER: undefined }, /SENDER is required/],
    [{ RECIPIENTS: '' }, /RECIPIENTS is required/],
    [{ RECIPIENTS: 'not-an-address' }, /not a valid email address/],
    [{ RECIPIENTS: 'a@example.org\r\nBcc: x@evil.test' }, /not a valid email address/],
    [{ SENDER: 'a@example.org\nBcc: x@evil.test' }, /single line/],
    [{ TRACKS: 'USA-RUS' }, /not a track id/],
    [{ TIMEZONE: 'Mars/Olympus' }, /not an IANA time zone/],
    [{ READ_CONCURRENCY: '0' }, /positive integer/],
    [{ BUCKET_NAME: undefined }, /BUCKET_NAME is required/],
  ])('refuses %j with a clear message', (override, message) => {
    expect(() => loadDigestConfig({ ...digestEnv, ...override })).toThrow(ConfigError);
    expect(() => loadDigestConfig({ ...digestEnv, ...override })).toThrow(message);
  });
});

describe('extract config', () => {
  it('defaults the size limit to 5 MiB', () => {
    expect(loadExtractConfig({ BUCKET_NAME: 'b' })).toEqual({ bucket: 'b', maxObjectBytes: 5 * 1024 * 1024 });
  });
  it('takes MAX_OBJECT_BYTES', () => {
    expect(loadExtractConfig({ BUCKET_NAME: 'b', MAX_OBJECT_BYTES: '1000' }).maxObjectBytes).toBe(1000);
  });
});

describe('parseTrackIds', () => {
  it('dedupes and upper-cases', () => {
    expect(parseTrackIds('us-ru US-RU cn-in')).toEqual(['US-RU', 'CN-IN']);
  });
});
