/**
 * A scripted HTTP layer for a real AWS SDK client: the client's whole middleware stack runs (serialisation,
 * signing, error parsing, the standard retry strategy with its backoff) and only the socket is replaced.
 * aws-sdk-client-mock stubs `client.send` and so bypasses retries; this is how a test proves what the SDK
 * itself retries.
 */
import { Readable } from 'node:stream';

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export type ScriptStep = ScriptedResponse | Error;

export interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function scriptedHandler(steps: ScriptStep[]) {
  const seen: SeenRequest[] = [];
  let i = 0;
  return {
    seen,
    metadata: { handlerProtocol: 'http/1.1' },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
    async handle(request: { method: string; path: string; query?: Record<string, unknown>; headers: Record<string, string>; body?: unknown }) {
      seen.push({
        method: request.method,
        path: request.path,
        headers: request.headers,
        body: typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? Buffer.from(request.body).toString() : '',
      });
      const step = steps[Math.min(i++, steps.length - 1)];
      if (step instanceof Error) throw step;
      const body = Buffer.from(step.body ?? '');
      return {
        response: {
          statusCode: step.status,
          reason: undefined,
          headers: { 'content-length': String(body.byteLength), ...(step.headers ?? {}) },
          body: Readable.from(body.byteLength ? [body] : []),
        },
      };
    },
  };
}

export const s3Error = (status: number, code: string, message = code): ScriptedResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>REQ</RequestId></Error>`,
});

export const sesError = (status: number, code: string, message = code): ScriptedResponse => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body: `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>REQ</RequestId></ErrorResponse>`,
});

export const sesSent = (messageId: string): ScriptedResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>${messageId}</MessageId></SendEmailResult><ResponseMetadata><RequestId>REQ</RequestId></ResponseMetadata></SendEmailResponse>`,
});

/** What Node's socket layer throws when a request times out (the SDK classifies it as transient). */
export function timeoutError(): Error {
  return Object.assign(new Error('socket hang up: request timed out'), { name: 'TimeoutError' });
}

export const testCredentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
