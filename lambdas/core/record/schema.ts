/**
 * The normalized record: one JSON document per extracted article, stored under `normalized/`.
 * This is the data contract between extraction and the digest (see README "Data contract").
 * Field names fixed by the spine issue must never be renamed; add fields instead and keep
 * them optional or defaulted so records written by older versions still parse.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1 as const;

const alpha2 = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'));
const count = z.int().check(z.nonnegative());

/** A span of the cleaned article text that supports an extracted item. Offsets index the cleaned text. */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: count,
  end: count,
});

export const ContactModeSchema = z.enum(['call', 'meeting', 'summit', 'talks', 'visit', 'other']);
export const ContactStatusSchema = z.enum(['held', 'planned', 'proposed', 'cancelled']);
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'month-day', 'unknown']);

/**
 * A date with its real precision. `value` is ISO-8601 shaped by precision:
 * day "2025-02-15", month "2025-02", year "2025", month-day "--02-18", unknown null.
 * `basis` says how we know it: stated in the text, resolved from a relative expression
 * against the published date, or not known.
 */
export const ContactDateSchema = z.object({
  value: z.nullable(z.string()),
  precision: DatePrecisionSchema,
  text: z.nullable(z.string()),
  basis: z._default(z.enum(['stated', 'relative', 'unknown']), 'unknown'),
});

export const LocationSchema = z.object({
  city: z.nullable(z.string()),
  venue: z.nullable(z.string()),
  country: z.nullable(alpha2),
});

export const ParticipantSchema = z.object({
  name: z.string(),
  role: z.nullable(z.string()),
  country: z.nullable(alpha2),
});

export const ContactSchema = z.object({
  id: z.string(),
  mode: ContactModeSchema,
  status: ContactStatusSchema,
  date: ContactDateSchema,
  location: z.nullable(LocationSchema),
  participants: z.array(ParticipantSchema),
  countries: z.array(alpha2),
  initiator: z.nullable(alpha2),
  topics: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
});

export const ConditionSchema = z.object({
  actor: z.object({ name: z.string(), country: z.nullable(alpha2) }),
  text: z.string(),
  quote: z.nullable(z.string()),
  evidence: z.array(EvidenceSchema),
  /** demand | precondition | red-line | offer | position — how the condition was put. */
  kind: z.optional(z.string()),
});

export const OpenQuestionSchema = z.object({
  text: z.string(),
  evidence: z.array(EvidenceSchema),
  /** unscheduled | awaiting | no-comment | undisclosed | whether | uncertain | question */
  kind: z.optional(z.string()),
});

export const WarningSchema = z.object({ code: z.string(), message: z.string() });

export const NormalizedRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Content hash of the decoded article text: the same text always gets the same id. */
  id: z.string().check(z.regex(/^[0-9a-f]{16,64}$/, 'lower-case hex content hash of 16-64 digits')),
  source: z.object({
    bucket: z.nullable(z.string()),
    key: z.nullable(z.string()),
    url: z.nullable(z.string()),
    outlet: z.nullable(z.string()),
    contentType: z.nullish(z.string()),
    size: z.nullish(count),
  }),
  title: z.nullable(z.string()),
  published: z.object({
    date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD date'))),
    source: z.nullable(z.enum(['metadata', 'text'])),
  }),
  extractedAt: z.iso.datetime(),
  contacts: z.array(ContactSchema),
  conditions: z.array(ConditionSchema),
  openQuestions: z.array(OpenQuestionSchema),
  warnings: z.array(WarningSchema),
  /** Word count of the cleaned text; lets the digest and bench reason about size without the text. */
  wordCount: z.optional(count),
  /** MinHash signature of the cleaned text, used to group syndicated rewrites into source families. */
  fingerprint: z.optional(z.object({ minhash: z.array(z.int()) })),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ContactMode = z.infer<typeof ContactModeSchema>;
export type ContactStatus = z.infer<typeof ContactStatusSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type ContactDate = z.infer<typeof ContactDateSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;
export type RecordWarning = z.infer<typeof WarningSchema>;
export type NormalizedRecord = z.infer<typeof NormalizedRecordSchema>;

/** A rejected upload: stored under `quarantine/` so nothing uploaded is ever silently lost. */
export const QuarantineRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  bucket: z.string(),
  key: z.string(),
  eTag: z.nullable(z.string()),
  size: z.nullable(count),
  reason: z.object({
    /** empty | whitespace-only | unsupported-type | too-large | undecodable | invalid-record | extraction-failed */
    code: z.string(),
    message: z.string(),
  }),
  quarantinedAt: z.iso.datetime(),
});
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;

export class RecordValidationError extends Error {
  constructor(
    message: string,
    readonly issues: unknown,
  ) {
    super(message);
    this.name = 'RecordValidationError';
  }
}

/**
 * zod/mini ships no message text (every issue would read "Invalid input"); the English messages are passed
 * per parse ("expected string, received number", "expected one of …") rather than set globally with
 * z.config, so importing this module changes no shared zod state.
 */
const ENGLISH_MESSAGES = { error: en().localeError };

/** Validate before writing or after reading; throws RecordValidationError with a readable message. */
export function parseNormalizedRecord(input: unknown): NormalizedRecord {
  const result = NormalizedRecordSchema.safeParse(input, ENGLISH_MESSAGES);
  if (!result.success) {
    const summary = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new RecordValidationError(`normalized record failed schema v${SCHEMA_VERSION}: ${summary}`, result.error.issues);
  }
  return result.data;
}

export function parseQuarantineRecord(input: unknown): QuarantineRecord {
  return QuarantineRecordSchema.parse(input, ENGLISH_MESSAGES);
}
