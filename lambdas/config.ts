/**
 * One typed configuration for both Lambdas and local runs. CDK context (cdk.json / -c key=value) becomes
 * Lambda environment variables; local runs pass the same variables through flags or the environment.
 * Invalid or missing required values fail at start-up with one clear message, never mid-run.
 */
import * as z from 'zod/mini';

const email = z.email();

function isEmailAddress(value: string): boolean {
  return email.safeParse(value.trim()).success;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const TRACK_ID = /^[A-Z]{2}(-[A-Z]{2})+$/;

export function parseTrackIds(raw: string | undefined): string[] {
  const ids = (raw ?? 'US-RU')
    .split(/[\s,]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const id of ids) {
    if (!TRACK_ID.test(id)) throw new ConfigError(`TRACKS: "${id}" is not a track id like US-RU (ISO alpha-2 codes joined by "-")`);
  }
  if (ids.length === 0) throw new ConfigError('TRACKS: at least one track is required');
  return [...new Set(ids)];
}

export function trackCountries(trackId: string): string[] {
  return trackId.split('-');
}

function parseRecipients(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new ConfigError('RECIPIENTS is required: one or more email addresses, comma-separated');
  for (const r of list) {
    if (!isEmailAddress(r) || /[\r\n]/.test(r)) throw new ConfigError(`RECIPIENTS: "${r}" is not a valid email address`);
  }
  return list;
}

function parseSender(raw: string | undefined): string {
  if (!raw) throw new ConfigError('SENDER is required: the verified SES identity the briefing is sent from');
  // Allow "Name <addr@x>" as SES does, but validate the address part and forbid header injection.
  if (/[\r\n]/.test(raw)) throw new ConfigError('SENDER must be a single line');
  const addr = raw.match(/<([^>]+)>\s*$/)?.[1] ?? raw;
  if (!isEmailAddress(addr)) throw new ConfigError(`SENDER: "${raw}" is not a valid email address`);
  return raw.trim();
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export interface ExtractConfig {
  bucket: string;
  maxObjectBytes: number;
}

export interface DigestConfig {
  bucket: string;
  sender: string;
  recipients: string[];
  tracks: string[];
  configurationSet: string | null;
  /** IANA zone used to show dates in the email. */
  timezone: string;
  /** Parallel GetObject calls when reading normalized records. */
  readConcurrency: number;
}

type Env = Record<string, string | undefined>;

export function loadExtractConfig(env: Env = process.env): ExtractConfig {
  if (!env.BUCKET_NAME) throw new ConfigError('BUCKET_NAME is required');
  return {
    bucket: env.BUCKET_NAME,
    maxObjectBytes: positiveInt('MAX_OBJECT_BYTES', env.MAX_OBJECT_BYTES, 5 * 1024 * 1024),
  };
}

export function loadDigestConfig(env: Env = process.env): DigestConfig {
  if (!env.BUCKET_NAME) throw new ConfigError('BUCKET_NAME is required');
  const timezone = env.TIMEZONE || 'Europe/London';
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone });
  } catch {
    throw new ConfigError(`TIMEZONE: "${timezone}" is not an IANA time zone`);
  }
  return {
    bucket: env.BUCKET_NAME,
    sender: parseSender(env.SENDER),
    recipients: parseRecipients(env.RECIPIENTS),
    tracks: parseTrackIds(env.TRACKS),
    configurationSet: env.SES_CONFIGURATION_SET || null,
    timezone,
    readConcurrency: positiveInt('READ_CONCURRENCY', env.READ_CONCURRENCY, 16),
  };
}
