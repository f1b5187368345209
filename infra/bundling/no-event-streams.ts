/**
 * Stands in for `@smithy/core/event-streams` in the Lambda bundles (an esbuild alias, see BUNDLE_ALIASES in
 * infra/bundling/aliases.ts). Event streams are the SDK's framing for operations that stream typed messages
 * (S3 SelectObjectContent, Bedrock, Transcribe…). The S3 client imports the package for two things it
 * runs at every construction — `resolveEventStreamSerdeConfig`, which stores what `eventStreamSerdeProvider`
 * returns as the client's `eventStreamMarshaller` — and the protocols load `EventStreamSerde` through
 * `await import()` only when an operation's schema has an event-stream member. None of the operations the
 * handlers call has one (S3 GetObject, HeadObject, ListObjectsV2, PutObject; SES SendEmail), so the codec,
 * marshallers and serde (about 14 KiB, all parsed at a cold start) would never run. Should an event-stream
 * operation ever be called, it fails with the message below instead of misbehaving.
 * tests/infra/bundled-sdk-stand-ins.test.ts checks each export against the SDK's.
 */

const UNSUPPORTED =
  'Event-stream operations are not supported in the Lambda bundle (@smithy/core/event-streams is aliased to infra/bundling/no-event-streams.ts)';

/** What the client keeps as its `eventStreamMarshaller`: a marshaller that refuses to run. */
export interface RefusingMarshaller {
  serialize(): never;
  deserialize(): never;
}

const refusingMarshaller: RefusingMarshaller = {
  serialize() {
    throw new Error(UNSUPPORTED);
  },
  deserialize() {
    throw new Error(UNSUPPORTED);
  },
};

export const eventStreamSerdeProvider = (): RefusingMarshaller => refusingMarshaller;

/** The SDK's own resolver, unchanged: the marshaller comes from the (here refusing) provider. */
export const resolveEventStreamSerdeConfig = <T extends { eventStreamSerdeProvider: (config: T) => unknown }>(input: T) =>
  Object.assign(input, { eventStreamMarshaller: input.eventStreamSerdeProvider(input) });

/** Loaded by the protocols only for an operation with an event-stream member. */
export class EventStreamSerde {
  constructor() {
    throw new Error(UNSUPPORTED);
  }
}
