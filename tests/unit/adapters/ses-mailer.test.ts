import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { MessageRejected, SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { EmailRejectedError, EmailSendError, SesMailer, singleLine } from '../../../lambdas/adapters/ses-mailer.js';
import type { OutgoingEmail } from '../../../lambdas/core/ports.js';

const ses = mockClient(SESClient);

const email: OutgoingEmail = {
  from: 'Briefing <brief@example.org>',
  to: ['a@example.org', 'b@example.org'],
  subject: 'US–Russia track · 2025-02-20 · 3 contacts',
  html: '<p>Лавров &amp; Rubio</p>',
  text: 'Лавров & Rubio',
  configurationSet: 'briefing-events',
};

describe('SesMailer', () => {
  let mailer: SesMailer;
  beforeEach(() => {
    ses.reset();
    mailer = new SesMailer(new SESClient({ region: 'us-east-1' }));
  });

  it('sends one SendEmail with HTML and text alternatives in UTF-8 and returns the MessageId', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: '0100-abc' });
    await expect(mailer.send(email)).resolves.toEqual({ messageId: '0100-abc' });
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
    expect(ses).toHaveReceivedCommandWith(SendEmailCommand, {
      Source: 'Briefing <brief@example.org>',
      Destination: { ToAddresses: ['a@example.org', 'b@example.org'] },
      ConfigurationSetName: 'briefing-events',
      Message: {
        Subject: { Data: 'US–Russia track · 2025-02-20 · 3 contacts', Charset: 'UTF-8' },
        Body: { Html: { Data: '<p>Лавров &amp; Rubio</p>', Charset: 'UTF-8' }, Text: { Data: 'Лавров & Rubio', Charset: 'UTF-8' } },
      },
    });
  });

  it('strips CR/LF and control characters from the subject even if the renderer let them through (no header injection)', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    await mailer.send({ ...email, subject: 'Talks\r\nBcc: victim@evil.test\u0000\u0007\u2028X-Injected: 1\tend' });
    const subject = ses.commandCalls(SendEmailCommand)[0].args[0].input.Message!.Subject!.Data!;
    expect(subject).toBe('Talks Bcc: victim@evil.test X-Injected: 1 end');
    expect(subject).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
  });

  it('limits the subject length', () => {
    expect(singleLine('x'.repeat(500)).length).toBeLessThanOrEqual(200);
  });

  it('refuses addresses carrying CR/LF, more than 50 recipients, or an empty subject — before calling SES', async () => {
    await expect(mailer.send({ ...email, to: ['a@example.org\r\nBcc: x@evil.test'] })).rejects.toThrow(EmailSendError);
    await expect(mailer.send({ ...email, from: 'brief@example.org\nBcc: x@evil.test' })).rejects.toThrow(/control characters/);
    await expect(mailer.send({ ...email, to: Array.from({ length: 51 }, (_, i) => `r${i}@example.org`) })).rejects.toThrow(/51 recipients exceed/);
    await expect(mailer.send({ ...email, subject: '\r\n\u0000' })).rejects.toThrow(/subject is empty/);
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 0);
  });

  it('MessageRejected fails loudly with SES reason', async () => {
    ses.on(SendEmailCommand).rejects(
      new MessageRejected({ message: 'Email address is not verified. The following identities failed the check in region EU-WEST-1: brief@example.org', $metadata: { httpStatusCode: 400 } }),
    );
    const err = await mailer.send(email).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmailRejectedError);
    expect((err as Error).message).toBe(
      'SES rejected the briefing email (MessageRejected): Email address is not verified. The following identities failed the check in region EU-WEST-1: brief@example.org',
    );
  });

  it('throttling that outlasted the SDK retries surfaces as a send error with status and attempts', async () => {
    ses.on(SendEmailCommand).rejects(Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling', $metadata: { httpStatusCode: 400, attempts: 6 } }));
    await expect(mailer.send(email)).rejects.toThrow('SES SendEmail failed: Throttling: Maximum sending rate exceeded. (HTTP 400, 6 attempt(s))');
  });
});
