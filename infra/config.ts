/**
 * Stack configuration from CDK context (`cdk.json` "context", or `-c key=value` on the command line).
 * Every key has a default so `cdk synth` works with no context at all. Sender and recipients default to
 * placeholders: synth succeeds, but the stack then carries a deploy guard that makes `cdk deploy` refuse
 * (see deploy-guard.ts). Values that ARE given are validated here, so a typo fails at synth with the key name.
 * docs/infra.md lists every key; keep the two in step.
 */
import { parseTrackIds } from '../lambdas/config.js';

export const PLACEHOLDER_SENDER = 'briefing-sender@example.invalid';
export const PLACEHOLDER_RECIPIENT = 'briefing-reader@example.invalid';

/** CloudWatch Logs only accepts these retention periods (days). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export interface BriefingConfig {
  stackName: string;
  /** From header of the briefing: "addr@x" or "Name <addr@x>". */
  sender: string;
  /** The bare address of `sender`; the IAM condition ses:FromAddress and the default identity use it. */
  senderAddress: string;
  recipients: string[];
  /** True while sender or recipients are the placeholders: synth works, deploy is refused. */
  usesPlaceholders: boolean;
  tracks: string[];
  scheduleExpression: string;
  scheduleTimezone: string;
  /** SES identity the stack sends from: an email address or a domain. */
  sesIdentity: string;
  createSenderIdentity: boolean;
  kmsKey: boolean;
  quarantineRetentionDays: number;
  noncurrentVersionRetentionDays: number;
  accessLogRetentionDays: number;
  athenaResultRetentionDays: number;
  destroyOnRemoval: boolean;
  alarmEmail: string | null;
  logRetentionDays: number;
  maxObjectBytes: number;
  missedBriefingAlarmHours: number;
  logLevel: LogLevel;
}

export class ConfigContextError extends Error {
  constructor(key: string, message: string) {
    super(`context "${key}": ${message}`);
    this.name = 'ConfigContextError';
  }
}

/** Anything that can answer tryGetContext: an App, a Stack, or a plain object in tests. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

export function loadBriefingConfig(source: ContextSource): BriefingConfig {
  const get = (key: string): unknown => {
    const v = source.tryGetContext(key);
    return v === '' ? undefined : v;
  };

  const sender = str(get, 'sender') ?? PLACEHOLDER_SENDER;
  if (/[\r\n]/.test(sender)) throw new ConfigContextError('sender', 'must be a single line');
  const senderAddress = (sender.match(/<([^>]+)>\s*$/)?.[1] ?? sender).trim();
  if (!EMAIL.test(senderAddress)) throw new ConfigContextError('sender', `"${sender}" is not an email address`);

  const recipients = list(get, 'recipients') ?? [PLACEHOLDER_RECIPIENT];
  if (recipients.length === 0) throw new ConfigContextError('recipients', 'give at least one address');
  for (const r of recipients) if (!EMAIL.test(r)) throw new ConfigContextError('recipients', `"${r}" is not an email address`);

  let tracks: string[];
  try {
    tracks = parseTrackIds((list(get, 'tracks') ?? ['US-RU']).join(','));
  } catch (e) {
    throw new ConfigContextError('tracks', (e as Error).message);
  }

  const scheduleExpression = str(get, 'scheduleExpression') ?? 'cron(0 7 * * ? *)';
  if (!/^(cron|rate|at)\(.+\)$/.test(scheduleExpression)) {
    throw new ConfigContextError('scheduleExpression', `"${scheduleExpression}" is not cron(...), rate(...) or at(...)`);
  }
  const scheduleTimezone = str(get, 'scheduleTimezone') ?? 'Europe/London';
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: scheduleTimezone });
  } catch {
    throw new ConfigContextError('scheduleTimezone', `"${scheduleTimezone}" is not an IANA time zone`);
  }

  const sesIdentity = str(get, 'sesIdentity') ?? senderAddress;
  if (!EMAIL.test(sesIdentity) && !DOMAIN.test(sesIdentity)) {
    throw new ConfigContextError('sesIdentity', `"${sesIdentity}" is neither an email address nor a domain`);
  }
  if (!EMAIL.test(sesIdentity) && !senderAddress.toLowerCase().endsWith(`@${sesIdentity.toLowerCase()}`)) {
    throw new ConfigContextError('sesIdentity', `sender ${senderAddress} is not an address of the domain ${sesIdentity}`);
  }

  const alarmEmail = str(get, 'alarmEmail') ?? null;
  if (alarmEmail !== null && !EMAIL.test(alarmEmail)) throw new ConfigContextError('alarmEmail', `"${alarmEmail}" is not an email address`);

  const logRetentionDays = int(get, 'logRetentionDays', 90);
  if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) {
    throw new ConfigContextError('logRetentionDays', `${logRetentionDays} is not one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }

  const usesPlaceholders = sender === PLACEHOLDER_SENDER || recipients.includes(PLACEHOLDER_RECIPIENT);

  return {
    stackName: str(get, 'stackName') ?? 'DiplomaticBriefing',
    sender,
    senderAddress,
    recipients,
    usesPlaceholders,
    tracks,
    scheduleExpression,
    scheduleTimezone,
    sesIdentity,
    createSenderIdentity: bool(get, 'createSenderIdentity', false),
    kmsKey: bool(get, 'kmsKey', false),
    quarantineRetentionDays: int(get, 'quarantineRetentionDays', 90),
    noncurrentVersionRetentionDays: int(get, 'noncurrentVersionRetentionDays', 30),
    accessLogRetentionDays: int(get, 'accessLogRetentionDays', 365),
    athenaResultRetentionDays: int(get, 'athenaResultRetentionDays', 30),
    destroyOnRemoval: bool(get, 'destroyOnRemoval', false),
    alarmEmail,
    logRetentionDays,
    maxObjectBytes: int(get, 'maxObjectBytes', 5 * 1024 * 1024),
    missedBriefingAlarmHours: int(get, 'missedBriefingAlarmHours', 26, 168),
    logLevel: logLevel(get),
  };
}

type Getter = (key: string) => unknown;

/** Levels both Powertools Logger and Lambda's JSON log-level filter understand. */
export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevel(get: Getter): LogLevel {
  const v = (str(get, 'logLevel') ?? 'INFO').toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new ConfigContextError('logLevel', `"${v}" is not one of ${LOG_LEVELS.join(', ')}`);
  return v as LogLevel;
}

function str(get: Getter, key: string): string | undefined {
  const v = get(key);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') throw new ConfigContextError(key, 'must be a string');
  return String(v).trim();
}

/** Lists come as a JSON array (cdk.json) or a comma-separated string (-c key=a,b). */
function list(get: Getter, key: string): string[] | undefined {
  const v = get(key);
  if (v === undefined || v === null) return undefined;
  const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,;]+/) : null;
  if (items === null) throw new ConfigContextError(key, 'must be a list or a comma-separated string');
  return items.map((s) => s.trim()).filter(Boolean);
}

/** -c flags arrive as strings, cdk.json values as JSON types: accept both spellings. */
function bool(get: Getter, key: string, fallback: boolean): boolean {
  const v = get(key);
  if (v === undefined || v === null) return fallback;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw new ConfigContextError(key, `must be true or false, got "${String(v)}"`);
}

function int(get: Getter, key: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = get(key);
  if (v === undefined || v === null) return fallback;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n) || n <= 0 || n > max) throw new ConfigContextError(key, `must be a positive integer up to ${max}, got "${String(v)}"`);
  return n;
}
