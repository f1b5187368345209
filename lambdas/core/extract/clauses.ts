/**
 * Clause splitter: a sentence is cut where news prose joins separate events ("…, follows Trump's call
 * with Putin", "since Biden's brief contact…", "…, where Rubio said…"), so each clause can be read on its
 * own. A clause opened by "since" looks back in time and is marked historical, as is everything after it
 * in the sentence.
 */
import { execAll } from './regex.js';
export interface Clause {
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** The joining word that opens the clause, lower-cased ("since", "where"), if any. */
  marker: string | null;
  historical: boolean;
}

const MARKERS =
  'follows|following|after|since|while|whereas|where|when|marking|highlighting|according to|amid|though|although|as confirmed by|despite|even as';
// Boundaries: before a marker word (with or without comma), after ";" or ": ", before ", but/, as/, stating…".
const BOUNDARY = new RegExp(
  `(?:,?\\s+|^)(?=(?:${MARKERS})\\b)|;\\s*|:\\s+|,\\s+(?=(?:but|as|which|with|stating|saying|adding|noting|and noted|and said|and added)\\b)`,
  'giu',
);
// "A for France", "Mr B of Germany": a name, then the country it stands for.
const MEMBER_LIST = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:for|of)\s+(?:the\s+)?\p{Lu}/u;
// An aside between commas that adds to the event ("…, followed by a working dinner, with …").
const ASIDE_BEFORE = /,\s+(?:followed|preceded|accompanied|joined)\s+by\s+[^,;]{1,60}$/u;
// ", dormant since 2016," / ", in force since March,": a "since" phrase in a short aside describes what it follows; the
// sentence goes on past it, in the present (refine/history.ts ignores its year too).
export const SINCE_ASIDE = /,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+since\s+[^,;]{1,30},/gu;
const SINCE_ASIDE_AT = /^since\s+[^,;]{1,30},/u;
const ASIDE_OPENER = /,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*$/u;
const OPENING_BEFORE = /^(?:\d{1,2}\.\s+)?(?:Before|Prior to)\s[^,;]{1,60},\s+/u;
const OPENING_MARKER = new RegExp(`^(?:${MARKERS})\\b`, 'iu');

export function splitClauses(sentence: string): Clause[] {
  const cuts = new Set<number>([0]);
  for (const m of execAll(BOUNDARY, sentence)) {
    const at = m.index! + m[0].length;
    // "received the political directors of the three countries: A for France, B for Germany …": the colon lists the
    // people just named, in the same clause.
    if (m[0].startsWith(':') && MEMBER_LIST.test(sentence.slice(at, at + 80))) continue;
    // "held a meeting, followed by a working dinner, with X": the comma closes an aside; "with X" goes on.
    if (m[0].startsWith(',') && sentence.startsWith('with', at) && ASIDE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 70), m.index!))) continue;
    if (sentence.startsWith('since', at) && SINCE_ASIDE_AT.test(sentence.slice(at)) && ASIDE_OPENER.test(sentence.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    if (at > 0 && at < sentence.length) cuts.add(at);
  }
  // "Prior to the meeting, X paid a courtesy call on Y": the opening phrase names another event. Only at the
  // start: "proposed a third round before the end of June" is one clause.
  const before = OPENING_BEFORE.exec(sentence);
  if (before) cuts.add(before[0].length);
  // An opening clause ("Following the talks, …", "While X met Y, …") ends at its first comma.
  for (const at of [...cuts]) {
    if (!OPENING_MARKER.test(sentence.slice(at))) continue;
    const comma = sentence.indexOf(', ', at);
    if (comma > 0) {
      const next = [...cuts].filter((c) => c > at).sort((a, b) => a - b)[0] ?? sentence.length;
      if (comma < next) cuts.add(comma + 2);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let historical = false;
  sorted.forEach((start, i) => {
    const end = i + 1 < sorted.length ? sorted[i + 1] : sentence.length;
    const raw = sentence.slice(start, end);
    const text = raw.replace(/[\s,;:]+$/u, '');
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const marker = OPENING_MARKER.exec(text)?.[0].toLowerCase() ?? null;
    if (marker === 'since') historical = true;
    // "…since early 2022 when Putin spoke with Biden": the "when" clause belongs to the same past.
    else if (historical && marker !== 'when' && marker !== 'where') historical = false;
    clauses.push({ text, start, end: start + text.length, marker, historical });
  });
  return clauses;
}
