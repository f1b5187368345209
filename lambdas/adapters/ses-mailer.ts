/**
 * Mailer over SES v1 SendEmail (HTML + plain-text alternatives, UTF-8). Throttling and 5xx are retried
 * by the SDK's standard retry strategy (see aws-clients.ts); a rejection SES will never accept
 * (MessageRejected, unverified sender, configuration set missing…) is rethrown as EmailRejectedError
 * carrying SES's reason. Defence in depth: every header value is made single-line here even though
 * the renderer and config already promise it, so article text can never inject a header.
 */
import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Mailer, OutgoingEmail } from '../core/ports.js';

/** SES v1 accepts at most 50 recipients per message (To + Cc + Bcc). */
export const SES_MAX_RECIPIENTS = 50;
const SUBJECT_MAX_CHARS = 200;

export class EmailRejectedError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`SES rejected the briefing email (${code}): ${reason}`, { cause });
    this.name = 'EmailRejectedError';
  }
}

export class EmailSendError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'EmailSendError';
  }
}

/** Errors that retrying the same request can never fix: fail loudly with SES's own reason. */
const PERMANENT_SES_ERRORS = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetSendingPausedException',
  'AccountSendingPausedException',
  'InvalidParameterValue',
  'AccessDenied',
  'AccessDeniedException',
]);

/** Collapse CR, LF, every other C0/C1 control and Unicode line/paragraph separators to one space. */
export function singleLine(value: string, maxChars = SUBJECT_MAX_CHARS): string {
  const flat = value
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return flat.length > maxChars ? `${flat.slice(0, maxChars - 1).trimEnd()}…` : flat;
}

function assertAddress(field: string, value: string): string {
  if (/[\u0000-\u001F\u007F]/.test(value)) throw new EmailSendError(`${field} "${JSON.stringify(value)}" contains control characters`);
  return value;
}

export class SesMailer implements Mailer {
  constructor(private readonly client: SESClient) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const to = email.to.map((a) => assertAddress('recipient', a));
    if (to.length === 0) throw new EmailSendError('no recipients');
    if (to.length > SES_MAX_RECIPIENTS) throw new EmailSendError(`${to.length} recipients exceed the SES limit of ${SES_MAX_RECIPIENTS} per message`);
    const subject = singleLine(email.subject);
    if (!subject) throw new EmailSendError('subject is empty after removing control characters');
    const charset = 'UTF-8';
    try {
      const res = await this.client.send(
        new SendEmailCommand({
          Source: assertAddress('sender', email.from),
          Destination: { ToAddresses: to },
          ReplyToAddresses: email.replyTo?.map((a) => assertAddress('reply-to', a)),
          ConfigurationSetName: email.configurationSet ?? undefined,
          Message: {
            Subject: { Data: subject, Charset: charset },
            Body: { Html: { Data: email.html, Charset: charset }, Text: { Data: email.text, Charset: charset } },
          },
        }),
      );
      if (!res.MessageId) throw new EmailSendError('SES accepted the message but returned no MessageId');
      return { messageId: res.MessageId };
    } catch (err) {
      if (err instanceof EmailSendError) throw err;
      const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
      const name = e?.name ?? 'Error';
      if (PERMANENT_SES_ERRORS.has(name)) throw new EmailRejectedError(name, e?.message ?? 'no reason given', err);
      const status = e?.$metadata?.httpStatusCode;
      const attempts = e?.$metadata?.attempts;
      throw new EmailSendError(
        `SES SendEmail failed: ${name}: ${e?.message ?? String(err)}${status ? ` (HTTP ${status}` : ''}${status && attempts ? `, ${attempts} attempt(s))` : status ? ')' : ''}`,
        err,
      );
    }
  }
}
