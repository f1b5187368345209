/**
 * The rendered briefing through the real SES adapter and SDK client into the embedded SES (aws-ses-v2-local),
 * then the received .eml parsed with mailparser: multipart/alternative with a UTF-8 text and HTML part, and the
 * decoded subject equal to the renderer's. The emulator builds the .eml itself (with nodemailer) from what SES
 * received, so this proves what reaches SES survives intact and forms a well-made MIME message; it does not
 * exercise Amazon's own MIME assembly.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESClient } from '@aws-sdk/client-ses';
import { simpleParser } from 'mailparser';
import * as sesLocalModule from 'aws-ses-v2-local';
import { SesMailer } from '../../lambdas/adapters/ses-mailer.js';
import { renderBriefing, type RenderedBriefing } from '../../lambdas/core/render/index.js';
import { fullModel } from '../fixtures/briefing/full.js';
import { hostileModel } from '../fixtures/briefing/hostile.js';

type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;
// A CommonJS module with `exports.default`: depending on the loader's interop the server factory is
// `default` or `default.default`.
const sesDefault = (sesLocalModule as unknown as { default: StartSes | { default: StartSes } }).default;
const startSes: StartSes = typeof sesDefault === 'function' ? sesDefault : sesDefault.default;

let server: Server;
let endpoint: string;
let mailer: SesMailer;

beforeAll(async () => {
  server = await startSes({ host: '127.0.0.1', port: 0 });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new SESClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  mailer = new SesMailer(client);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function sendAndFetch(rendered: RenderedBriefing): Promise<string> {
  const { messageId } = await mailer.send({
    from: 'Briefings <briefings@example.org>',
    to: ['analyst@example.org'],
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
  });
  const res = await fetch(`${endpoint}/get-emlContent?messageId=${encodeURIComponent(messageId)}`);
  expect(res.status).toBe(200);
  const eml = ((await res.json()) as { body: unknown }).body;
  // express serializes the Buffer nodemailer returns as { type: 'Buffer', data: [...] }.
  const bytes = typeof eml === 'string' ? eml : Buffer.from((eml as { data: number[] }).data).toString('utf8');
  expect(bytes.length).toBeGreaterThan(0);
  return bytes;
}

describe('briefing email as MIME', () => {
  it('is multipart/alternative with UTF-8 text and HTML parts that decode to what was rendered', async () => {
    const rendered = renderBriefing(fullModel, { timezone: 'Europe/London' });
    const eml = await sendAndFetch(rendered);
    const mail = await simpleParser(eml);

    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    const parts = [...eml.matchAll(/^Content-Type: (text\/(?:plain|html)); charset=([\w-]+)/gim)].map((m) => [m[1].toLowerCase(), m[2].toLowerCase()]);
    expect(parts).toEqual([
      ['text/plain', 'utf-8'],
      ['text/html', 'utf-8'],
    ]);

    expect(mail.subject).toBe(rendered.subject);
    expect(mail.subject).toContain('US–Russia track · 21 Nov 2026');
    expect(mail.text?.trim()).toBe(rendered.text.trim());
    expect(mail.html).toBe(rendered.html);
    expect(mail.html).toContain('18 Feb, year not stated');
  });

  it('keeps hostile article text out of the headers', async () => {
    const rendered = renderBriefing(hostileModel, { timezone: 'Europe/London' });
    const eml = await sendAndFetch(rendered);
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe(rendered.subject);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.bcc).toBeUndefined();
    expect((mail.to as { text: string }).text).toBe('analyst@example.org');
    const headerBlock = eml.slice(0, eml.search(/\r?\n\r?\n/));
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    expect(mail.html).not.toContain('<script');
  });
});
