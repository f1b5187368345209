/**
 * The normalized record: one JSON document per extracted article, stored under `normalized/`.
 * This is the data contract between extraction and the digest (see README "Data contract").
 * Field names fixed by the spine issue must never be renamed; add fields instead and keep
 * them optional or defaulted so records written by older versions still parse.
 */
import * as z from 'zod';

export const SCHEMA_VERSION = 1 as const;

const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

/** A span of the cleaned article text that supports an extracted item. Offsets index the cleaned text. */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
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
  value: z.string().nullable(),
  precision: DatePrecisionSchema,
  text: z.string().nullable(),
  basis: z.enum(['stated', 'relative', 'unknown']).default('unknown'),
});

export const LocationSchema = z.object({
  city: z.string().nullable(),
  venue: z.string().nullable(),
  country: alpha2.nullable(),
});

export const ParticipantSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  country: alpha2.nullable(),
});

export const ContactSchema = z.object({
  id: z.string(),
  mode: ContactModeSchema,
  status: ContactStatusSchema,
  date: ContactDateSchema,
  location: LocationSchema.nullable(),
  participants: z.array(ParticipantSchema),
  countries: z.array(alpha2),
  initiator: alpha2.nullable(),
  topics: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
});

export const ConditionSchema = z.object({
  actor: z.object({ name: z.string(), country: alpha2.nullable() }),
  text: z.string(),
  quote: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  /** demand | precondition | red-line | offer | position — how the condition was put. */
  kind: z.string().optional(),
});

export const OpenQuestionSchema = z.object({
  text: z.string(),
  evidence: z.array(EvidenceSchema),
  /** unscheduled | awaiting | no-comment | undisclosed | whether | uncertain | question */
  kind: z.string().optional(),
});

export const WarningSchema = z.object({ code: z.string(), message: z.string() });

export const NormalizedRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Content hash of the decoded article text: the same text always gets the same id. */
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  source: z.object({
    bucket: z.string().nullable(),
    key: z.string().nullable(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    contentType: z.string().nullable().optional(),
    size: z.number().int().nonnegative().nullable().optional(),
  }),
  title: z.string().nullable(),
  published: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    source: z.enum(['metadata', 'text']).nullable(),
  }),
  extractedAt: z.string().datetime(),
  contacts: z.array(ContactSchema),
  conditions: z.array(ConditionSchema),
  openQuestions: z.array(OpenQuestionSchema),
  warnings: z.array(WarningSchema),
  /** Word count of the cleaned text; lets the digest and bench reason about size without the text. */
  wordCount: z.number().int().nonnegative().optional(),
  /** MinHash signature of the cleaned text, used to group syndicated rewrites into source families. */
  fingerprint: z.object({ minhash: z.array(z.number().int()) }).optional(),
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
  eTag: z.string().nullable(),
  size: z.number().int().nonnegative().nullable(),
  reason: z.object({
    /** empty | whitespace-only | unsupported-type | too-large | undecodable | invalid-record | extraction-failed */
    code: z.string(),
    message: z.string(),
  }),
  quarantinedAt: z.string().datetime(),
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

/** Validate before writing or after reading; throws RecordValidationError with a readable message. */
export function parseNormalizedRecord(input: unknown): NormalizedRecord {
  const result = NormalizedRecordSchema.safeParse(input);
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
  return QuarantineRecordSchema.parse(input);
}
