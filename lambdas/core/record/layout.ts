/**
 * The bucket layout is a public contract (README "Storage layout"): tools and people rely on these prefixes.
 *   incoming/…                     uploads; the only prefix that triggers extraction
 *   normalized/<shard>/<id>.json   one record per distinct article text (shard = first two hex chars of id)
 *   quarantine/<rest-of-key>.json  one record per rejected upload, with the reason
 *   briefings/YYYY/MM/DD/<track>-<HHMM>/…   every briefing: claim, model, html, txt, sent receipt
 */
import { createHash } from 'node:crypto';

export const PREFIX = {
  incoming: 'incoming/',
  normalized: 'normalized/',
  quarantine: 'quarantine/',
  briefings: 'briefings/',
} as const;

/** Article id: the first 32 hex chars of SHA-256 over the decoded, newline-normalized text. */
export function articleIdFor(decodedText: string): string {
  const canonical = decodedText.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32);
}

export function normalizedKeyFor(articleId: string): string {
  return `${PREFIX.normalized}${articleId.slice(0, 2)}/${articleId}.json`;
}

/** Quarantine keys mirror the upload key so an operator can find the record from the object and back. */
export function quarantineKeyFor(incomingKey: string): string {
  const rest = incomingKey.startsWith(PREFIX.incoming) ? incomingKey.slice(PREFIX.incoming.length) : incomingKey;
  return `${PREFIX.quarantine}${rest}.json`;
}

/** The folder of one schedule slot's briefing; the slot is the scheduled time in UTC, minute precision. */
export function briefingFolderFor(trackId: string, scheduledTime: Date): string {
  const iso = scheduledTime.toISOString();
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const hhmm = iso.slice(11, 13) + iso.slice(14, 16);
  return `${PREFIX.briefings}${y}/${m}/${d}/${trackId}-${hhmm}/`;
}
