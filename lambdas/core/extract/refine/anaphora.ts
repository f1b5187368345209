/**
 * Anaphora refiner: "the call", "Tuesday's meeting", "the talks took place in Riyadh" refer back to a
 * contact already found. Pick the earlier contact the reference most plausibly means: same kind of
 * contact first, then one whose status fits the tense, then the most recent.
 */
import type { ContactMode, ContactStatus } from '../../record/schema.js';

export interface AnaphorTarget {
  mode: ContactMode;
  status: ContactStatus;
}

const GENERIC: ReadonlySet<ContactMode> = new Set(['talks', 'other']);

export function pickAntecedent<T extends AnaphorTarget>(candidates: readonly T[], mode: ContactMode, status: ContactStatus, statusExplicit: boolean): T | null {
  let best: T | null = null;
  let bestScore = 0;
  candidates.forEach((c, i) => {
    let score = 0;
    if (c.mode === mode) score += 3;
    else if (GENERIC.has(mode) || GENERIC.has(c.mode) || (mode === 'meeting' && c.mode === 'summit') || (mode === 'summit' && c.mode === 'meeting')) score += 1;
    else return; // "the call" never means a summit
    if (statusExplicit ? c.status === status || status === 'cancelled' : c.status === 'held') score += 2;
    score += (i + 1) / (candidates.length + 1); // recency breaks ties
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}
