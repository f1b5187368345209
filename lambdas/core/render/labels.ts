/**
 * How things are named in the email: contact labels ("Budapest summit", "Rubio–Lavrov call"), condition and question
 * kinds, and sources without an outlet or a title. Plain text only; escaping is the templates' job.
 */
import type { BriefingContact, BriefingSource } from '../briefing/model.js';
import { formatPublished, httpUrl, humanizeDates, urlHost } from './helpers.js';
import { shortNames } from './names.js';

export type CountryName = (code: string | null | undefined) => string | null;

/** Reader-facing names of the extractors' condition and question kinds; unknown kinds are shown de-hyphenated. */
const KIND_LABEL: Record<string, string> = {
  demand: 'demand',
  precondition: 'precondition',
  'red-line': 'red line',
  offer: 'offer',
  position: 'position',
  awaiting: 'awaiting an answer',
  unscheduled: 'not scheduled',
  'no-comment': 'no comment',
  undisclosed: 'not disclosed',
  whether: 'undecided',
  uncertain: 'uncertain',
  question: 'question',
};

export function kindLabel(kind: string | null | undefined): string | null {
  if (!kind?.trim()) return null;
  return KIND_LABEL[kind] ?? kind.replace(/[-_]+/g, ' ');
}

export const MODE_LABEL: Record<string, string> = { call: 'call', meeting: 'meeting', summit: 'summit', talks: 'talks', visit: 'visit', other: 'contact' };

/**
 * A contact's participants in the track's order of countries ("US-RU": Americans first), then the contact's other
 * countries, then as reported: the same pair reads the same way on every card, whichever report named them first.
 */
export function orderedParticipants(c: BriefingContact, trackCountries: readonly string[] = []): BriefingContact['participants'] {
  const order = [...trackCountries, ...c.countries.filter((code) => !trackCountries.includes(code))];
  const rank = (country: string | null) => {
    const i = country ? order.indexOf(country) : -1;
    return i < 0 ? order.length : i;
  };
  return c.participants
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.country) - rank(b.p.country) || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * A short human name for a contact: "Budapest summit", "Rubio–Lavrov call", "US–Russia talks". A call is named by
 * who spoke (where one side sat says little); other contacts by their place when it is known. People are listed
 * as `orderedParticipants` lists them, by their short names.
 */
export function contactLabel(c: BriefingContact, countryName: CountryName, trackCountries: readonly string[] = []): string {
  const mode = MODE_LABEL[c.mode] ?? c.mode;
  const place = c.location?.city ?? c.location?.venue;
  if (place && c.mode !== 'call') return `${place} ${mode}`;
  const names = shortNames(orderedParticipants(c, trackCountries).filter((p) => p.name.trim()));
  if (names.length > 0) {
    const shown = names.slice(0, 3).join('–');
    return `${shown}${names.length > 3 ? ' and others' : ''} ${mode}`;
  }
  if (place) return `${place} ${mode}`;
  const countries = c.countries.map((code) => countryName(code)).filter(Boolean);
  return countries.length ? `${countries.join('–')} ${mode}` : mode.charAt(0).toUpperCase() + mode.slice(1);
}

export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * How a source is named: its outlet, else the link's host, else the article's title, else the uploaded file's
 * name — an analyst can always tell which article a line came from.
 */
export function sourceLabel(s: { outlet: string | null; url: string | null; key?: string | null; title?: string | null }): string {
  const outlet = namedBy(s);
  if (outlet) return outlet;
  if (s.title?.trim()) return `“${shorten(s.title, 48)}” (outlet not named)`;
  const file = s.key?.split('/').pop();
  return file ? `uploaded file ${file}` : 'unnamed source';
}

/** The outlet, or the link's host, that names a source; null when neither does (then sourceLabel reads the title). */
export function namedBy(s: { outlet: string | null; url: string | null }): string | null {
  return s.outlet?.trim() || urlHost(s.url) || null;
}

/** In the sources list the title is already shown: only the outlet (or the link's host) is named. */
export function outletName(s: { outlet: string | null; url: string | null }): string {
  return s.outlet?.trim() || urlHost(s.url) || 'outlet not named';
}


/** One link per source family (the earliest linkable copy), with the number of syndicated copies beside it. */
/** An article without a title is named by where it lives: its link without the scheme, else its file. */
export function untitled(s: BriefingSource): string {
  const href = httpUrl(s.url);
  if (href) {
    const u = new URL(href);
    return `Untitled — ${shorten(`${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`, 60)}`;
  }
  const file = s.key?.split('/').pop();
  return file ? `Untitled — ${file}` : 'Untitled article';
}

/**
 * How a contact's date was worked out, when it was not stated outright by every report: "stated in 3 of 4
 * reports", "worked out from “Saturday” and the publication date (1 of 2 reports)". Null when every report states it.
 */
export function dateBasisNote(date: BriefingContact['date'], sources: ReadonlyArray<{ articleId: string }>): string | null {
  if (!date.value) return null;
  const reports = new Set(sources.map((s) => s.articleId)).size;
  const supplying = new Set(date.suppliedBy ?? []).size;
  // "N of M reports" only when it is known and some reports are silent on the date.
  const share = supplying > 0 && supplying < reports ? `${supplying} of ${reports} reports` : null;
  if (date.basis === 'relative' || date.reportedBasis === 'relative') {
    const how = date.text ? `worked out from “${date.text}” and the publication date` : 'worked out from the publication date';
    return share ? `${how} (${share})` : how;
  }
  if (share) return `stated in ${share}; the others do not date it`;
  if (date.basis === 'corroborated') return 'stated in another report of the same contact';
  return null;
}

/**
 * What answered a question, in one sentence with human dates: "Answered in a report of 1 Sep 2025 on the Tianjin
 * summit. Held on 31 Aug 2025 in Tianjin." The answer's own text may carry ISO dates; they are rewritten.
 */
export function answerLine(answered: { text: string; at: string | null }, contact: string | null): string {
  const when = answered.at ? `in a report of ${formatPublished(answered.at)}` : 'in a later report';
  const text = humanizeDates(answered.text.trim());
  const sentence = text && !/[.!?…”"]$/.test(text) ? `${text}.` : text;
  return `Answered ${when}${contact ? ` on the ${contact}` : ''}.${sentence ? ` ${sentence}` : ''}`;
}

/**
 * Source links of one item where one outlet appears twice (two stories of the same outlet, counted as one
 * independent source) carry their dates: "Delhi Dispatch of 20 Jul 2025, Beijing Bulletin, Delhi Dispatch of
 * 1 Sep 2025", so the list does not read as a repeat.
 */
export function datedWhenRepeated<T extends { label: string; published?: string | null }>(links: T[]): Array<Omit<T, 'published'>> {
  const seen = new Map<string, number>();
  for (const l of links) seen.set(l.label, (seen.get(l.label) ?? 0) + 1);
  return links.map(({ published, ...link }) =>
    (seen.get(link.label) ?? 0) > 1 && published ? { ...link, label: `${link.label} of ${formatPublished(published)}` } : link,
  );
}
