/**
 * How things are named in the email: contact labels ("Budapest summit", "Rubio–Lavrov call"), condition and question
 * kinds, and sources without an outlet or a title. Plain text only; escaping is the templates' job.
 */
import type { BriefingContact, BriefingSource } from '../briefing/model.js';
import { httpUrl, urlHost } from './helpers.js';

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

function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** A short human name for a contact: "Budapest summit", "Rubio–Lavrov call", "US–Russia talks". */
export function contactLabel(c: BriefingContact, countryName: CountryName): string {
  const mode = MODE_LABEL[c.mode] ?? c.mode;
  const place = c.location?.city ?? c.location?.venue;
  if (place) return `${place} ${mode}`;
  const names = c.participants.map((p) => surname(p.name)).filter(Boolean);
  if (names.length > 0) {
    const shown = names.slice(0, 3).join('–');
    return `${shown}${names.length > 3 ? ' and others' : ''} ${mode}`;
  }
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
  const outlet = s.outlet?.trim() || urlHost(s.url);
  if (outlet) return outlet;
  if (s.title?.trim()) return `“${shorten(s.title, 48)}” (outlet not named)`;
  const file = s.key?.split('/').pop();
  return file ? `uploaded file ${file}` : 'unnamed source';
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
