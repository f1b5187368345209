/**
 * Dateline refiner. A story filed as "NAQOURA, Lebanon —", "NARA —" or "Hà Nội (VNA) –" reports events where
 * the reporter is: a held meeting of the days before publication that names no place took place there. Not a call (no place),
 * not a visit (it goes somewhere), nothing older than a few days (background), and, for a city the gazetteer
 * knows, only a contact of its country (a "WASHINGTON —" story about two other states' leaders says nothing
 * of where they met). A town the gazetteer does not know is trusted: reporters file from one only because the
 * story is there.
 */
import type { SentenceContext } from './context.js';
import { countryByWord } from './knowledge.js';
import { placeBySpelling } from './place-spellings.js';
import type { DraftContact } from './refine/merge.js';

export interface Dateline {
  city: string;
  country: string | null;
  /** Whether the gazetteer lists the city. */
  listed: boolean;
}

// "NAQOURA, Lebanon —", "BRASILIA, Nov 7 (Global Wire) -", "CARACAS, Venezuela (AP) —", "NARA —".
const DATELINE =
  /^(?<city>\p{Lu}{2}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3})(?:,\s*(?<region>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{2,40}\))?\s*[-–—]\s/u;
// State and national agencies write the town in title case before the agency's name: "Hà Nội (VNA) –",
// "Pyongyang, November 5 (KCNA) --", "New Delhi, Nov 5 (PTI) -". Taken only for a town the gazetteer lists.
const AGENCY_DATELINE =
  /^(?<city>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s*\d{4})?)?\s*\([^()]{2,30}\)\s*[-–—]{1,2}\s/u;
/** Datelines open a paragraph near the top of the story. */
const MAX_SENTENCE = 8;
const MIN_UNLISTED_LENGTH = 4; // "APS -" is an agency's name, not a town
const RECENT_DAYS = 3;
const IN_PERSON = new Set(['meeting', 'talks', 'summit']);
const DAY_MS = 86_400_000;


const titleCase = (upper: string) => upper.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The sentences a dateline can open: the first of each paragraph near the top of the story. */
export function* datelineSentences(contexts: readonly SentenceContext[]): Generator<SentenceContext['sentence']> {
  for (let i = 0; i < Math.min(contexts.length, MAX_SENTENCE); i++) {
    const s = contexts[i].sentence;
    if (i === 0 || contexts[i - 1].sentence.paragraph !== s.paragraph) yield s;
  }
}

export function findDateline(contexts: readonly SentenceContext[]): Dateline | null {
  for (const s of datelineSentences(contexts)) {
    const agency = AGENCY_DATELINE.exec(s.text);
    const listedByAgency = agency ? placeBySpelling(agency.groups!.city) : undefined;
    if (listedByAgency) return { city: listedByAgency.city ?? listedByAgency.name, country: listedByAgency.country, listed: true };
    const m = DATELINE.exec(s.text);
    if (!m) continue;
    const upper = m.groups!.city;
    // "HANOI —", "HÀ NỘI —": a gazetteer name in capitals, however spelled.
    const entry = placeBySpelling(upper);
    if (entry) return { city: entry.city ?? entry.name, country: entry.country, listed: true };
    if (upper.replace(/[^\p{L}]/gu, '').length < MIN_UNLISTED_LENGTH) return null;
    const region = m.groups!.region ? countryByWord.get(m.groups!.region) : undefined;
    return { city: titleCase(upper), country: region?.kind === 'name' ? region.code : null, listed: false };
  }
  return null;
}

/** Give the dateline's city to the held, in-person, recent contacts that name no place. */
export function placeAtDateline(contacts: DraftContact[], dateline: Dateline | null, published: string | null): void {
  if (!dateline || !published) return;
  const publishedAt = Date.parse(`${published}T00:00:00Z`);
  for (const c of contacts) {
    if (c.location || c.status !== 'held' || !IN_PERSON.has(c.mode)) continue;
    if (c.date.precision !== 'day' || !c.date.value) continue;
    const daysBefore = (publishedAt - Date.parse(`${c.date.value}T00:00:00Z`)) / DAY_MS;
    if (daysBefore < 0 || daysBefore > RECENT_DAYS) continue;
    if (dateline.listed && dateline.country && !c.countries.includes(dateline.country)) continue;
    c.location = { city: dateline.city, venue: null, country: dateline.country };
  }
}
