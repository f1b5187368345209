/**
 * Rescheduling: "the summit, planned for March 20, has been postponed to April 10". A report whose
 * evidence says the contact was moved (cues in cues.json) and gives a date that conflicts with an
 * earlier plan is a step of the same contact, not a new one: the earlier date is superseded, not
 * disputed, and the status history shows the move.
 */
import type { Contact } from '../record/schema.js';
import cues from './cues.json' with { type: 'json' };
import { relateDates } from './dates.js';
import type { Mention } from './mentions.js';
import { phraseAlternation } from './text.js';

// One pattern for all cues: evidence is checked for every planned report, so no per-cue scan or folding.
const CUES = new RegExp(`\\b(?:${phraseAlternation(cues.reschedulingCues)})\\b`, 'i');

/** Does the report say the contact was moved (postponed, rescheduled, brought forward)? */
export function reportsRescheduling(contact: Pick<Contact, 'evidence'>): boolean {
  for (const e of contact.evidence) if (CUES.test(e.text)) return true;
  return false;
}

const isTerminal = (m: Mention) => m.contact.status === 'held' || m.contact.status === 'cancelled';

/**
 * Reports whose date a later rescheduling report replaced: a plan (or an earlier move) published no
 * later than a move to a date that conflicts with it. Held and cancelled reports are never superseded.
 */
export function supersededReports(mentions: readonly Mention[]): Set<Mention> {
  const moves = mentions.filter((m) => m.rescheduled && m.date);
  const out = new Set<Mention>();
  if (moves.length === 0) return out;
  for (const m of mentions) {
    if (!m.date || isTerminal(m)) continue;
    const published = m.publishedDay ?? -Infinity;
    for (const r of moves) {
      if (r === m || r.publishedDay === null) continue;
      // A move supersedes what was reported before it; two moves reported the same day do not cancel out.
      const later = r.publishedDay > published || (r.publishedDay === published && !m.rescheduled);
      if (later && relateDates(m.date, r.date!) === 'conflict') {
        out.add(m);
        break;
      }
    }
  }
  return out;
}
