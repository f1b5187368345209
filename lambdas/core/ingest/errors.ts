/**
 * An upload that cannot become a normalized record. The extraction use case turns it into a quarantine
 * record carrying `code` and `message`; it is never retried, because the same bytes fail the same way.
 */
export type RejectionCode =
  | 'empty'
  | 'whitespace-only'
  | 'unsupported-type'
  | 'too-large'
  | 'undecodable'
  | 'invalid-record'
  | 'extraction-failed';

export class RejectedInputError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'RejectedInputError';
  }
}
