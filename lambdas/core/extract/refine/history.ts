/**
 * History refiner: a contact mentioned as background is not a new contact. Signs: a "since…" clause
 * (handled by the clause splitter), cue words such as "previously" or "prior to the invasion", a former
 * office holder with no date, "at a G-20 summit" (an indefinite occasion), or a stated year well before
 * the article's year.
 */
import type { PersonMention } from '../actors.js';
import type { DateMention } from '../dates.js';
import { HISTORY_RE, INDEFINITE_GATHERING_RE } from '../knowledge.js';
import { execAll } from '../regex.js';

const YEAR = /\b(19\d\d|20\d\d)\b/g;

export function isHistoricalSegment(text: string, persons: PersonMention[], dates: DateMention[], refYear: number | null): boolean {
  if (HISTORY_RE.test(text)) return true;
  if (INDEFINITE_GATHERING_RE.test(text)) return true;
  if (persons.some((p) => p.former) && dates.length === 0) return true;
  if (refYear !== null) {
    for (const m of execAll(YEAR, text)) if (Number(m[1]) < refYear - 1) return true;
    if (dates.some((d) => d.certain.year && d.year < refYear - 1)) return true;
  }
  return false;
}
