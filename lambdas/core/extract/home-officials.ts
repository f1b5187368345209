/**
 * Home officials: a country's own media name its officials without a country word. Once every sentence is read,
 * an official still without a country is given the article's home country when the source makes it plain:
 *   - a national agency's story filed at home ("Hà Nội (VNA) – … Prime Minister NAME", "SEOUL, Aug. 19 (Yonhap)
 *     --"; knowledge/countries.json newsAgencies): every such official;
 *   - a dateline in a known town and "the President of the Republic, Mr. NAME" (no republic named): that official.
 * The country goes to every mention of that person in the article. Not applied to an agency filing from abroad
 * ("Moscow, Nov 5 (PTI) -"), nor to officials of a story with no dateline.
 */
import countriesData from '../../../knowledge/countries.json' with { type: 'json' };
import type { SentenceContext } from './context.js';
import { datelineSentences, findDateline } from './dateline.js';
import { placeBySpelling } from './place-spellings.js';

const NEWS_AGENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries((countriesData as { newsAgencies?: Record<string, string> }).newsAgencies ?? {}).map(([name, code]) => [name.toLowerCase(), code]),
);
// "Hà Nội (VNA) –", "SEOUL, Aug. 19 (Yonhap) --": the town, maybe a date, the agency in brackets, then a dash.
const AGENCY_DATELINE = /^(?<town>[^(),]{2,40}?)\s*(?:,[^(),]{2,25})?\((?<agency>[^()]{2,30})\)\s*[-–—]{1,2}\s/u;
// "The President of the Republic, Mr. NAME", "the Prime Minister of the Republic NAME": the state's own office.
const OF_THE_REPUBLIC = /\bof the Republic,?\s*$/;

export function assignHomeOfficials(contexts: readonly SentenceContext[]): void {
  const agency = agencyAtHome(contexts);
  const dateline = agency ? null : findDateline(contexts);
  const home = agency ?? (dateline?.listed ? dateline.country : null);
  if (!home) return;
  const atHome = agency !== null;
  const homeNames = new Set<string>();
  for (const ctx of contexts) {
    for (const p of ctx.persons) {
      if (p.country !== null) continue;
      if (atHome || OF_THE_REPUBLIC.test(ctx.sentence.text.slice(Math.max(0, p.titleStart - 40), p.titleStart))) homeNames.add(p.name);
    }
  }
  if (homeNames.size === 0) return;
  for (const ctx of contexts) for (const p of ctx.persons) if (p.country === null && homeNames.has(p.name)) p.country = home;
}

/** The country of a national agency whose dateline is a town of its own country, if the story has one. */
function agencyAtHome(contexts: readonly SentenceContext[]): string | null {
  for (const s of datelineSentences(contexts)) {
    const m = AGENCY_DATELINE.exec(s.text);
    if (!m) continue;
    const country = NEWS_AGENCIES.get(m.groups!.agency.trim().toLowerCase());
    return country && placeBySpelling(m.groups!.town)?.country === country ? country : null;
  }
  return null;
}
