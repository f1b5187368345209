/**
 * De-duplication of statements by meaning: "Ukraine must reject NATO membership" and "Moscow demands
 * that Kyiv reject NATO membership" are one condition restated. Two statements are one when their
 * content-word stems overlap enough (Jaccard, or containment of the shorter in the longer).
 *
 * Statements are compared only within a partition (conditions: per actor country), and a newcomer only
 * meets groups sharing one of its rarer tokens (inverted index; tokens in very many groups are skipped),
 * with an exact fast path for word-for-word restatements, so the work stays near-linear.
 */
import cues from './cues.json' with { type: 'json' };
import { BoundedCache } from './bounded-cache.js';
import { contentTokens, overlap, phraseAlternation, stem } from './text.js';

const NEGATIONS = new Set(cues.negations.map(stem));
const negated = (tokens: Set<string>) => {
  for (const t of tokens) if (NEGATIONS.has(t)) return true;
  return false;
};

const VERBS = phraseAlternation(cues.attributionVerbs);
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** "Jaishankar said …", "New Delhi insists that …", "Modi told Xi that …": a lead with no comma or quote in it. */
const LEAD = new RegExp(`^([^,;:"“”]{0,80}?)\\b(?:(?:told|tells)\\s+(?:\\S+\\s+){0,3}?that|(?:${VERBS})(?:\\s+on\\s+${WEEKDAY})?(?:\\s+that)?)\\b[\\s,:]*`, 'i');
/** "…, officials said." / "…, the ministry said on Tuesday." */
const TAIL = new RegExp(`[,;]\\s*([^,;:"“”]{0,60}?)\\b(?:${VERBS})\\b[^,;:"“”.]{0,40}[.!]?\\s*$`, 'i');
/** "According to the ministry, …" / "…, according to officials." */
const ACCORDING_LEAD = /^according to ([^,;:"“”]{1,60}),\s*/i;
const ACCORDING_TAIL = /[,;]\s*according to ([^,;:"“”]{1,60}?)[.!]?\s*$/i;
/**
 * A lead that itself states something ("Kyiv must withdraw as Moscow insists") or is a clause of the
 * statement ("relief that Washington announced must come first") is content, not attribution.
 */
const NOT_ATTRIBUTION = /\b(?:must|should|has to|have to|needs? to|will|would|cannot|can't|won't|only if|unless|not|no|that|which|who|whom|whose)\b/i;
const MIN_CORE_WORDS = 3;

/**
 * What a statement says without who said it: "External Affairs Minister X said de-escalation must
 * come first" and "de-escalation has to come first, officials said" compare on their claims only, so
 * the speaker's name and title do not dilute the overlap. Used for comparison, never for display.
 */
export function statementCore(text: string): string {
  // Copies repeat the same statement text: work out each distinct text once.
  return coreCache.get(text, stripAttribution);
}

const TOKEN_CACHE_MAX = 50_000;
const coreCache = new BoundedCache<string>(TOKEN_CACHE_MAX);

function stripAttribution(text: string): string {
  let core = text.trim();
  for (const pattern of [ACCORDING_LEAD, ACCORDING_TAIL]) {
    const found = pattern.exec(core);
    if (!found) continue;
    const rest = core.slice(0, found.index) + core.slice(found.index + found[0].length);
    if (rest.split(/\s+/).length >= MIN_CORE_WORDS) core = rest.trim();
  }
  const lead = LEAD.exec(core);
  if (lead && !NOT_ATTRIBUTION.test(lead[1])) {
    const rest = core.slice(lead[0].length);
    if (rest.split(/\s+/).length >= MIN_CORE_WORDS) core = rest;
  }
  const tail = TAIL.exec(core);
  if (tail && !NOT_ATTRIBUTION.test(tail[1])) {
    const rest = core.slice(0, tail.index);
    if (rest.split(/\s+/).length >= MIN_CORE_WORDS) core = rest;
  }
  return core;
}

export interface StatementGroup<T> {
  members: T[];
  /** Token sets of the first few members: a newcomer must be close to one of them (no drift by chaining). */
  representatives: Set<string>[];
}

export interface SameMeaningOptions {
  jaccard: number;
  containment: number;
  /** Minimum shared tokens for a containment match. */
  minShared: number;
}

/**
 * The published date of each source family's first report, earliest first. A syndicated copy that
 * appears a day later is the same statement, not a restatement: only a new family moves "last restated".
 */
export function familyFirstDates(sources: ReadonlyArray<{ published: string | null; familyId: string }>): string[] {
  const first = new Map<string, string>();
  for (const s of sources) {
    if (!s.published) continue;
    const known = first.get(s.familyId);
    if (known === undefined || s.published < known) first.set(s.familyId, s.published);
  }
  return [...first.values()].sort();
}

export const SAME_MEANING: SameMeaningOptions = { jaccard: 0.5, containment: 0.8, minShared: 3 };

const MAX_REPRESENTATIVES = 4;
/** Tokens present in more groups than this carry no signal for finding candidates. */
const MAX_POSTING = 200;

/** Similarity score when the two statements say the same thing (0 when not): same polarity, enough overlap. */
export function sameMeaning(a: Set<string>, b: Set<string>, o: SameMeaningOptions = SAME_MEANING): number {
  // "will join" and "will not join" share every other word: polarity must agree.
  if (negated(a) !== negated(b)) return 0;
  const { jaccard, containment, shared } = overlap(a, b);
  if (jaccard >= o.jaccard) return jaccard;
  if (containment >= o.containment && shared >= o.minShared) return jaccard + 0.01;
  return 0;
}

// The same statement text recurs in every copy and restatement: tokenize each distinct text once.
const tokenCache = new BoundedCache<{ tokens: Set<string>; key: string }>(TOKEN_CACHE_MAX);

function tokensOf(text: string): { tokens: Set<string>; key: string } {
  return tokenCache.get(text, () => {
    const tokens = contentTokens(text);
    return { tokens, key: [...tokens].sort().join(' ') };
  });
}

/** One partition's indexes: word-for-word restatements by token key, and the groups holding each token. */
interface PartitionIndex<T> {
  exact: Map<string, StatementGroup<T>>;
  postings: Map<string, StatementGroup<T>[]>;
}

export function groupStatements<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  partitionOf: (item: T) => string,
  options: SameMeaningOptions = SAME_MEANING,
): StatementGroup<T>[] {
  const groups: StatementGroup<T>[] = [];
  // Indexes per partition, found once per item: keys joining partition and token, built for every
  // token of every item, were a new string to hash per lookup (over a million at 100k articles).
  const partitions = new Map<string, PartitionIndex<T>>();
  const indexed = new Map<StatementGroup<T>, Set<string>>();

  for (const item of items) {
    const partitionKey = partitionOf(item);
    let partition = partitions.get(partitionKey);
    if (!partition) partitions.set(partitionKey, (partition = { exact: new Map(), postings: new Map() }));
    const { exact, postings } = partition;
    const { tokens, key } = tokensOf(textOf(item));
    // A word-for-word restatement (most items: copies) joins the group the last one joined, whose
    // indexes already hold every one of its tokens.
    const restated = exact.get(key);
    if (restated) {
      restated.members.push(item);
      continue;
    }
    let target: StatementGroup<T> | null = null;
    if (tokens.size > 0) {
      const shared = new Map<StatementGroup<T>, number>();
      for (const t of tokens) {
        const list = postings.get(t);
        if (!list || list.length > MAX_POSTING) continue;
        for (const g of list) shared.set(g, (shared.get(g) ?? 0) + 1);
      }
      let best = 0;
      for (const [g, count] of shared) {
        if (count < Math.min(2, tokens.size)) continue;
        for (const rep of g.representatives) {
          const score = sameMeaning(tokens, rep, options);
          if (score > best) [best, target] = [score, g];
        }
      }
    }
    if (!target) {
      target = { members: [], representatives: [] };
      groups.push(target);
      indexed.set(target, new Set());
    }
    target.members.push(item);
    if (target.representatives.length < MAX_REPRESENTATIVES) target.representatives.push(tokens);
    exact.set(key, target);
    const seen = indexed.get(target)!;
    for (const t of tokens) {
      if (seen.has(t)) continue;
      seen.add(t);
      const list = postings.get(t);
      if (list) list.push(target);
      else postings.set(t, [target]);
    }
  }
  return groups;
}
