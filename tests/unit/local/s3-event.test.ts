import { describe, expect, it } from 'vitest';
import { buildS3Event, encodeS3EventKey } from '../../../lambdas/local/s3-event.js';

describe('encodeS3EventKey (keys as S3 puts them in notifications)', () => {
  it.each([
    ['incoming/plain.txt', 'incoming/plain.txt'],
    ['incoming/with space.txt', 'incoming/with+space.txt'],
    ['incoming/a+b.txt', 'incoming/a%2Bb.txt'],
    ['incoming/already%2B.txt', 'incoming/already%252B.txt'],
    ['incoming/deep/er/path (1).txt', 'incoming/deep/er/path+%281%29.txt'],
    ['incoming/Лавров ~ Рубио.txt', 'incoming/%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2+%7E+%D0%A0%D1%83%D0%B1%D0%B8%D0%BE.txt'],
  ])('%s → %s', (key, encoded) => {
    expect(encodeS3EventKey(key)).toBe(encoded);
  });

  it('round-trips through the decoding every S3 consumer must do', () => {
    const key = 'incoming/2025/02/Rubio + Lavrov (call) ü.txt';
    const decoded = decodeURIComponent(encodeS3EventKey(key).replace(/\+/g, ' '));
    expect(decoded).toBe(key);
  });
});

describe('buildS3Event', () => {
  it('has the shape of an AWS ObjectCreated:Put notification', () => {
    const event = buildS3Event([{ bucket: 'b', key: 'incoming/x y.txt', size: 12, eTag: '"abc"' }]);
    const record = event.Records[0];
    expect(record.eventVersion).toBe('2.1');
    expect(record.eventSource).toBe('aws:s3');
    expect(record.eventName).toBe('ObjectCreated:Put');
    expect(record.s3.bucket.arn).toBe('arn:aws:s3:::b');
    expect(record.s3.object).toMatchObject({ key: 'incoming/x+y.txt', size: 12, eTag: 'abc' });
    expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]{16}$/);
  });
});
