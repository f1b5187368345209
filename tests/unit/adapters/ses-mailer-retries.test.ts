/** The SES mailer with the real SDK middleware and a scripted HTTP layer: what is retried, what is not. */
import { describe, expect, it } from 'vitest';
import { SESClient } from '@aws-sdk/client-ses';
import { EmailRejectedError, SesMailer } from '../../../lambdas/adapters/ses-mailer.js';
import { sesClientConfig, SES_MAX_ATTEMPTS } from '../../../lambdas/adapters/aws-clients.js';
import { scriptedHandler, sesError, sesSent, testCredentials } from '../support/scripted-http.js';

const email = { from: 'brief@example.org', to: ['a@example.org'], subject: 'Briefing', html: '<p>x</p>', text: 'x' };

function realMailer(steps: Parameters<typeof scriptedHandler>[0]) {
  const http = scriptedHandler(steps);
  return { http, mailer: new SesMailer(new SESClient(sesClientConfig({ region: 'eu-west-1', credentials: testCredentials, requestHandler: http }))) };
}

describe('SES retries (real SDK retry strategy)', () => {
  it('Throttling is retried with backoff and the message goes out once', async () => {
    const { http, mailer } = realMailer([sesError(400, 'Throttling', 'Maximum sending rate exceeded.'), sesSent('0100-after-throttle')]);
    await expect(mailer.send(email)).resolves.toEqual({ messageId: '0100-after-throttle' });
    expect(http.seen).toHaveLength(2);
    expect(http.seen[0].body).toContain('Action=SendEmail');
    expect(http.seen[0].body).toBe(http.seen[1].body);
  });

  it('5xx (ServiceUnavailable) is retried', async () => {
    const { http, mailer } = realMailer([sesError(503, 'ServiceUnavailable', 'Service is unavailable'), sesError(500, 'InternalFailure'), sesSent('0100-ok')]);
    await expect(mailer.send(email)).resolves.toEqual({ messageId: '0100-ok' });
    expect(http.seen).toHaveLength(3);
  });

  it('MessageRejected is not retried and carries the reason', async () => {
    const { http, mailer } = realMailer([sesError(400, 'MessageRejected', 'Email address is not verified.')]);
    const err = await mailer.send(email).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmailRejectedError);
    expect((err as Error).message).toMatch(/MessageRejected.*Email address is not verified\./);
    expect(http.seen).toHaveLength(1);
  });

  it('production SES settings: standard retry mode and more attempts than the SDK default', () => {
    expect(sesClientConfig()).toMatchObject({ retryMode: 'standard', maxAttempts: SES_MAX_ATTEMPTS });
    expect(SES_MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});
