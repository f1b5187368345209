/**
 * What a bounded briefing shows when the model is large: the newest contacts, the most recently restated
 * conditions, the most recently raised questions. Selection happens on the model, before any templating, so the
 * email's size and render time depend on the limits, not on how many records the track has. Nothing selected
 * here is lost: the whole model is written as briefing.json beside every briefing.
 */
import type { BriefingCondition, BriefingQuestion } from '../briefing/model.js';

export interface BriefingLimits {
  /** Contacts on the timeline (the newest). */
  timeline: number;
  /** Third-party contacts shown as cards under "Around the track". */
  aroundTrack: number;
  /** Stated conditions in all, and per actor. */
  conditions: number;
  conditionsPerActor: number;
  /** Open and answered questions. */
  questions: number;
  /** Source stories (syndicated copies are grouped under one story and do not count). */
  sources: number;
  /** Source links under one contact, condition or question (one per source family). */
  sourcesPerItem: number;
  /** Items per "what changed" group. */
  changeItems: number;
}

export const DEFAULT_LIMITS: BriefingLimits = {
  timeline: 40,
  aroundTrack: 10,
  conditions: 30,
  conditionsPerActor: 5,
  questions: 20,
  sources: 50,
  sourcesPerItem: 5,
  changeItems: 20,
};

/** No limit at all (tests and callers that want everything). */
export const UNLIMITED: BriefingLimits = Object.fromEntries(
  Object.keys(DEFAULT_LIMITS).map((k) => [k, Number.POSITIVE_INFINITY]),
) as unknown as BriefingLimits;

/**
 * The `k` smallest items by `compare` (a strict total order), smallest first: the same as sorting and taking the
 * first `k`, in O(n log k) and without copying a list of tens of thousands of items to sort it.
 */
export function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const x of items) {
    if (kept.length === k && compare(x, kept[k - 1]) >= 0) continue;
    let lo = 0;
    for (let hi = kept.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (compare(kept[mid], x) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, x);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/** Half of every limit, not below a floor: used when the HTML would still be clipped with the fewest cards. */
export function halveLimits(l: BriefingLimits): BriefingLimits | null {
  const floor: BriefingLimits = { timeline: 10, aroundTrack: 3, conditions: 8, conditionsPerActor: 2, questions: 5, sources: 10, sourcesPerItem: 2, changeItems: 5 };
  const next = Object.fromEntries(
    (Object.keys(l) as Array<keyof BriefingLimits>).map((k) => [k, Math.max(Math.min(floor[k], l[k]), Math.floor(l[k] / 2))]),
  ) as unknown as BriefingLimits;
  return (Object.keys(l) as Array<keyof BriefingLimits>).some((k) => next[k] < l[k]) ? next : null;
}

function byRecency(a: string | null | undefined, b: string | null | undefined): number {
  return (b ?? '').localeCompare(a ?? '');
}

/**
 * At most `limits.conditions` conditions and `limits.conditionsPerActor` per actor, most recently restated first;
 * returned in the model's order so that grouping is unchanged. Everything when under both limits.
 */
export function selectConditions(conditions: BriefingCondition[], limits: BriefingLimits): BriefingCondition[] {
  const perActor = new Map<string, number>();
  for (const c of conditions) perActor.set(c.actor.name, (perActor.get(c.actor.name) ?? 0) + 1);
  if (conditions.length <= limits.conditions && [...perActor.values()].every((n) => n <= limits.conditionsPerActor)) return conditions;
  const ranked = [...conditions].sort(
    (a, b) => byRecency(a.lastRestated ?? a.firstStated, b.lastRestated ?? b.firstStated) || a.id.localeCompare(b.id),
  );
  const taken = new Set<BriefingCondition>();
  const counts = new Map<string, number>();
  for (const c of ranked) {
    if (taken.size >= limits.conditions) break;
    const n = counts.get(c.actor.name) ?? 0;
    if (n >= limits.conditionsPerActor) continue;
    counts.set(c.actor.name, n + 1);
    taken.add(c);
  }
  return conditions.filter((c) => taken.has(c));
}

/** At most `limit` questions: open ones first, then the most recently raised; returned in the model's order. */
export function selectQuestions(questions: BriefingQuestion[], limit: number): BriefingQuestion[] {
  if (questions.length <= limit) return questions;
  const ranked = [...questions].sort(
    (a, b) =>
      Number(!!a.answered) - Number(!!b.answered) ||
      byRecency(a.lastRaised ?? a.raisedAt, b.lastRaised ?? b.raisedAt) ||
      a.id.localeCompare(b.id),
  );
  const taken = new Set(ranked.slice(0, limit));
  return questions.filter((q) => taken.has(q));
}
