/**
 * Briefing model → view: what the templates show, in reading order, with labels worked out once
 * (contact labels, groupings, the summary). Values stay raw text; escaping is the templates' job
 * (Handlebars `{{ }}`), so nothing here ever builds HTML.
 */
import type {
  BriefingCondition,
  BriefingContact,
  BriefingModel,
  BriefingQuestion,
  BriefingSource,
  Dispute,
  ItemSource,
} from '../briefing/model.js';
import type { ContactStatus } from '../record/schema.js';
import { formatDay, formatPublished, formatReportedDate, httpUrl, inferPrecision, joinList, pluralize, urlHost } from './helpers.js';

export interface SourceLinkView {
  label: string;
  url: string | null;
  /** "+1 syndicated copy" when several articles of one source family reported the item. */
  copies: string | null;
}

export interface DisputeView {
  field: string;
  shown: string;
  others: string;
}

export interface ContactView {
  id: string;
  label: string;
  mode: string;
  status: ContactStatus;
  statusLabel: string;
  date: BriefingContact['date'];
  /** How the date was worked out, when it was not stated outright. */
  dateNote: string | null;
  participants: Array<{ name: string; role: string | null }>;
  place: string | null;
  initiator: string | null;
  topics: string[];
  families: number;
  sourcesLine: string;
  sourceLinks: SourceLinkView[];
  /** e.g. "planned (16 Feb 2025, TASS) → cancelled (20 Feb 2025, Reuters)" when the status moved. */
  history: string | null;
  disputed: Record<Dispute['field'], boolean>;
  disputes: DisputeView[];
  /** "new", "status changed" or "updated" since the last briefing (never on a first briefing). */
  tag: string | null;
}

export interface TimelineRow {
  kind: 'contact' | 'gap' | 'heading';
  dateLabel?: string;
  label?: string;
  status?: ContactStatus;
  text?: string;
}

export interface ChangeGroup {
  title: string;
  items: string[];
}

export interface ConditionView {
  /** "new" or "restated" since the last briefing. */
  tag: string | null;
  text: string;
  quote: string | null;
  kind: string | null;
  firstStated: string | null;
  lastRestated: string | null;
  restated: boolean;
  sourceLinks: SourceLinkView[];
}

export interface QuestionView {
  /** "new" or "newly answered" since the last briefing. */
  tag: string | null;
  text: string;
  kind: string | null;
  raisedAt: string | null;
  sourceLinks: SourceLinkView[];
  answered: { text: string; at: string | null; contact: string | null } | null;
}

export interface SourceFamilyView {
  title: string;
  /** The uploaded object's key, shown when there is no link so the analyst can still find the article. */
  key: string | null;
  outlet: string;
  url: string | null;
  published: string | null;
  copies: Array<{ outlet: string; url: string | null; published: string | null; title: string | null }>;
}

export interface BriefingView {
  trackName: string;
  trackId: string;
  generatedAt: string;
  window: BriefingModel['window'];
  summary: { headline: string; counts: string };
  changes: { isFirst: boolean; since: string | null; groups: ChangeGroup[]; empty: boolean };
  contacts: ContactView[];
  /** Track contacts beyond `maxContactCards`: shown on the timeline only, so the email stays unclipped. */
  olderContacts: number;
  /** Third-party contacts beyond `maxContactCards` (listed in the text part). */
  olderAround: number;
  timeline: TimelineRow[];
  conditionGroups: Array<{ country: string; actors: Array<{ name: string; conditions: ConditionView[] }> }>;
  questions: QuestionView[];
  openQuestionCount: number;
  aroundTrack: ContactView[];
  sourceFamilies: SourceFamilyView[];
  stats: BriefingModel['stats'];
  /** "articles published 15 Feb 2025 to 20 Nov 2026", "articles published 16 Feb 2025 (4 undated)", "no articles yet". */
  windowText: string;
  recipientsHint: string;
}

export interface ViewOptions {
  timezone: string;
  /** Newest track contacts shown as full cards; older ones appear on the timeline (Gmail clips mail over 102 KB). */
  maxContactCards: number;
  countryName: (code: string | null | undefined) => string | null;
  recipientsHint: string;
}

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

function kindLabel(kind: string | null | undefined): string | null {
  if (!kind?.trim()) return null;
  return KIND_LABEL[kind] ?? kind.replace(/[-_]+/g, ' ');
}

const CHANGE_TAG: Record<string, string> = {
  new: 'new',
  status: 'status changed',
  updated: 'updated',
  restated: 'restated',
  answered: 'newly answered',
};

/**
 * What the view builders need besides the options, worked out once per model: article titles (to name sources
 * with no outlet) and whether change tags are shown.
 */
interface Ctx extends ViewOptions {
  titleOf: (articleId: string) => string | null;
  /** Tags mark what moved since the last briefing; on a first briefing everything is new, so none are shown. */
  showTags: boolean;
}

function changeTag(change: string | null | undefined, ctx: Ctx): string | null {
  return ctx.showTags && change ? (CHANGE_TAG[change] ?? change) : null;
}

const MODE_LABEL: Record<string, string> = { call: 'call', meeting: 'meeting', summit: 'summit', talks: 'talks', visit: 'visit', other: 'contact' };

function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** A short human name for a contact: "Budapest summit", "Rubio–Lavrov call", "US–Russia talks". */
export function contactLabel(c: BriefingContact, countryName: ViewOptions['countryName']): string {
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

function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * How a source is named: its outlet, else the link's host, else the article's title, else the uploaded file's
 * name — an analyst can always tell which article a line came from.
 */
function sourceLabel(s: { outlet: string | null; url: string | null; key?: string | null; title?: string | null }): string {
  const outlet = s.outlet?.trim() || urlHost(s.url);
  if (outlet) return outlet;
  if (s.title?.trim()) return `“${shorten(s.title, 48)}” (outlet not named)`;
  const file = s.key?.split('/').pop();
  return file ? `uploaded file ${file}` : 'unnamed source';
}

/** In the sources list the title is already shown: only the outlet (or the link's host) is named. */
function outletName(s: { outlet: string | null; url: string | null }): string {
  return s.outlet?.trim() || urlHost(s.url) || 'outlet not named';
}


/** One link per source family (the earliest linkable copy), with the number of syndicated copies beside it. */
function sourceLinks(sources: ItemSource[], ctx: Ctx): SourceLinkView[] {
  const families = new Map<string, ItemSource[]>();
  for (const s of sources) families.set(s.familyId, [...(families.get(s.familyId) ?? []), s]);
  return [...families.values()].map((members) => {
    const ordered = [...members].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
    const primary = ordered.find((s) => httpUrl(s.url)) ?? ordered[0];
    const extra = new Set(members.map((m) => m.articleId)).size - 1;
    return { label: sourceLabel({ ...primary, title: ctx.titleOf(primary.articleId) }), url: httpUrl(primary.url), copies: extra > 0 ? `+${pluralize(extra, 'syndicated copy')}` : null };
  });
}

/** Sort key for "newest first": full dates as-is; a day without a year takes the year of its earliest report. */
export function contactSortKey(c: BriefingContact): string | null {
  const v = c.date.value;
  if (!v) return null;
  switch (c.date.precision) {
    case 'day':
      return v.slice(0, 10);
    case 'month':
      return `${v.slice(0, 7)}-15`;
    case 'year':
      return `${v.slice(0, 4)}-07-01`;
    case 'month-day': {
      const reported = c.sources.map((s) => s.published).filter((p): p is string => !!p).sort()[0];
      return reported ? `${reported.slice(0, 4)}-${v.slice(2, 7)}` : null;
    }
    default:
      return null;
  }
}

/** Month and day of a contact whose year is unknown and cannot be taken from a report ("--02-18" → "02-18"). */
function yearlessKey(c: BriefingContact): string | null {
  return !contactSortKey(c) && c.date.precision === 'month-day' && c.date.value ? c.date.value.slice(2) : null;
}

/**
 * Newest first: dated contacts, then those whose year is not known (by month and day; they cannot be placed
 * among the dated ones without guessing a year), then undated ones.
 */
function newestFirst(a: BriefingContact, b: BriefingContact): number {
  const rank = (c: BriefingContact) => (contactSortKey(c) ? 0 : yearlessKey(c) ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const ka = contactSortKey(a) ?? yearlessKey(a) ?? '';
  const kb = contactSortKey(b) ?? yearlessKey(b) ?? '';
  if (ka !== kb) return kb.localeCompare(ka);
  return a.id.localeCompare(b.id);
}

const DISPUTE_FIELD_LABEL: Record<Dispute['field'], string> = {
  mode: 'Type',
  date: 'Date',
  initiator: 'Initiated by',
  location: 'Place',
  status: 'Status',
};

function disputeValue(field: Dispute['field'], value: string, countryName: ViewOptions['countryName']): string {
  if (field === 'date') return formatReportedDate(value, inferPrecision(value));
  if (field === 'initiator' && /^[A-Z]{2}$/.test(value)) return countryName(value) ?? value;
  return value;
}

function dateNote(date: BriefingContact['date']): string | null {
  if (!date.value) return null;
  if (date.basis === 'relative' || date.reportedBasis === 'relative')
    return date.text ? `worked out from “${date.text}” and the publication date` : 'worked out from the publication date';
  if (date.basis === 'corroborated') return 'taken from another report of the same contact';
  return null;
}

function contactView(c: BriefingContact, o: Ctx): ContactView {
  const place = [c.location?.venue, c.location?.city, o.countryName(c.location?.country)].filter((s): s is string => !!s);
  const families = c.confidence?.families ?? new Set(c.sources.map((s) => s.familyId)).size;
  const history =
    c.statusHistory.length > 1 && new Set(c.statusHistory.map((h) => h.status)).size > 1
      ? c.statusHistory
          .map((h) => `${h.status} (${[h.asOf ? formatPublished(h.asOf) : null, h.outlet].filter(Boolean).join(', ') || 'undated report'})`)
          .join(' → ')
      : null;
  const disputed = { mode: false, date: false, initiator: false, location: false, status: false };
  const disputes: DisputeView[] = [];
  for (const d of c.disputes) {
    disputed[d.field] = true;
    const fmt = (v: Dispute['values'][number]) => `${disputeValue(d.field, v.value, o.countryName)} (${pluralize(v.families, 'source')})`;
    const shown = d.values.find((v) => v.shown);
    const others = d.values.filter((v) => !v.shown);
    disputes.push({ field: DISPUTE_FIELD_LABEL[d.field], shown: shown ? fmt(shown) : 'none', others: joinList(others.map(fmt), 'or') });
  }
  return {
    id: c.id,
    label: contactLabel(c, o.countryName),
    mode: MODE_LABEL[c.mode] ?? c.mode,
    status: c.status,
    statusLabel: c.status,
    date: c.date,
    dateNote: dateNote(c.date),
    participants: c.participants.map((p) => ({ name: p.name, role: p.role })),
    place: place.length ? [...new Set(place)].join(', ') : null,
    initiator: o.countryName(c.initiator),
    topics: c.topics,
    families,
    sourcesLine: pluralize(families, 'independent source'),
    sourceLinks: sourceLinks(c.sources, o),
    history,
    disputed,
    disputes,
    tag: changeTag(c.change, o),
  };
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number);
  const [yb, mb, db] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma) + (db - da) / 30;
}

/**
 * Oldest → newest, with a gap row where weeks or months passed between contacts; then contacts whose year is
 * not known (by month and day) and contacts with no date, each under its own heading.
 */
function timeline(contacts: BriefingContact[], o: ViewOptions): TimelineRow[] {
  const ordered = [...contacts].sort(newestFirst).reverse();
  const dated = ordered.filter((c) => contactSortKey(c));
  const yearless = ordered.filter((c) => yearlessKey(c)).reverse().sort((a, b) => yearlessKey(a)!.localeCompare(yearlessKey(b)!));
  const undated = ordered.filter((c) => !contactSortKey(c) && !yearlessKey(c)).reverse();
  const rows: TimelineRow[] = [];
  const row = (c: BriefingContact, dateLabel: string): TimelineRow => ({
    kind: 'contact',
    dateLabel,
    label: contactLabel(c, o.countryName),
    status: c.status,
  });
  let previousKey: string | null = null;
  for (const c of dated) {
    const key = contactSortKey(c)!;
    if (previousKey) {
      const months = monthsBetween(previousKey, key);
      if (months >= 1.5) rows.push({ kind: 'gap', text: `${pluralize(Math.round(months), 'month')} later` });
      else if (months >= 0.5) rows.push({ kind: 'gap', text: `${pluralize(Math.round((months * 30) / 7), 'week')} later` });
    }
    previousKey = key;
    rows.push(row(c, formatReportedDate(c.date.value, c.date.precision)));
  }
  if (yearless.length) {
    rows.push({ kind: 'heading', text: 'Year not stated' });
    rows.push(...yearless.map((c) => row(c, formatReportedDate(c.date.value, c.date.precision).replace(/, year not stated$/, ''))));
  }
  if (undated.length) {
    // The heading says it; repeating "date not reported" on each row is noise.
    rows.push({ kind: 'heading', text: 'Date not reported' });
    rows.push(...undated.map((c) => row(c, '')));
  }
  return rows;
}

function conditionGroups(conditions: BriefingCondition[], trackCountries: string[], o: Ctx): BriefingView['conditionGroups'] {
  const byCountry = new Map<string, BriefingCondition[]>();
  for (const c of conditions) {
    const key = c.actor.country ?? '';
    byCountry.set(key, [...(byCountry.get(key) ?? []), c]);
  }
  const order = (code: string) => {
    const i = trackCountries.indexOf(code);
    return i >= 0 ? `0${i}` : code ? `1${o.countryName(code)}` : '2';
  };
  return [...byCountry.keys()]
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((code) => {
      const byActor = new Map<string, BriefingCondition[]>();
      for (const c of byCountry.get(code)!) byActor.set(c.actor.name, [...(byActor.get(c.actor.name) ?? []), c]);
      return {
        country: code ? (o.countryName(code) ?? code) : 'Country not identified',
        actors: [...byActor.keys()]
          .sort((a, b) => a.localeCompare(b))
          .map((name) => ({
            name,
            conditions: byActor
              .get(name)!
              .sort((a, b) => (b.lastRestated ?? '').localeCompare(a.lastRestated ?? ''))
              .map((c) => ({
                tag: changeTag(c.change, o),
                text: c.text,
                quote: quoteAddsWords(c.quote, c.text) ? c.quote : null,
                kind: kindLabel(c.kind),
                firstStated: c.firstStated,
                lastRestated: c.lastRestated,
                restated: !!c.lastRestated && c.lastRestated !== c.firstStated,
                sourceLinks: sourceLinks(c.sources, o),
              })),
          })),
      };
    });
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A quote is shown only when it adds words: not when the condition's text already contains it. */
function quoteAddsWords(quote: string | null, text: string): quote is string {
  if (!quote?.trim()) return false;
  return !comparable(text).includes(comparable(quote));
}

function questionView(q: BriefingQuestion, contactsById: Map<string, BriefingContact>, o: Ctx): QuestionView {
  const answeredBy = q.answered?.contactId ? contactsById.get(q.answered.contactId) : undefined;
  return {
    tag: changeTag(q.change, o),
    text: q.text,
    kind: kindLabel(q.kind),
    raisedAt: q.raisedAt,
    sourceLinks: sourceLinks(q.sources, o),
    answered: q.answered
      ? { text: q.answered.text, at: q.answered.at, contact: answeredBy ? contactLabel(answeredBy, o.countryName) : null }
      : null,
  };
}

/** An article without a title is named by where it lives: its link without the scheme, else its file. */
function untitled(s: BriefingSource): string {
  const href = httpUrl(s.url);
  if (href) {
    const u = new URL(href);
    return `Untitled — ${shorten(`${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`, 60)}`;
  }
  const file = s.key?.split('/').pop();
  return file ? `Untitled — ${file}` : 'Untitled article';
}

function sourceFamilies(sources: BriefingSource[]): SourceFamilyView[] {
  const families = new Map<string, BriefingSource[]>();
  for (const s of sources) families.set(s.familyId, [...(families.get(s.familyId) ?? []), s]);
  const views = [...families.values()].map((members) => {
    const [first, ...rest] = [...members].sort(
      (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.articleId.localeCompare(b.articleId),
    );
    return {
      title: first.title?.trim() || untitled(first),
      key: first.key,
      outlet: outletName(first),
      url: httpUrl(first.url),
      published: first.published,
      copies: rest.map((s) => ({ outlet: outletName(s), url: httpUrl(s.url), published: s.published, title: s.title })),
      latest: members.map((m) => m.published ?? '').sort().at(-1) ?? '',
    };
  });
  // Newest story first; undated stories last.
  views.sort((a, b) => (b.latest || '0').localeCompare(a.latest || '0') || a.title.localeCompare(b.title));
  return views.map(({ latest: _latest, ...v }) => v);
}

const STATUS_RANK: Record<ContactStatus, number> = { cancelled: 4, held: 3, planned: 2, proposed: 1 };

interface RankedChange {
  rank: number;
  text: string;
  key: string;
}

/** The single most important change, for the summary line, the preview and the subject. */
function rankedChanges(model: BriefingModel, byId: Map<string, BriefingContact>, o: ViewOptions): RankedChange[] {
  const ranked: RankedChange[] = [];
  const ch = model.changes;
  for (const s of ch.statusChanges) {
    const c = byId.get(s.contactId);
    if (!c) continue;
    const label = contactLabel(c, o.countryName);
    ranked.push({ rank: 100 + STATUS_RANK[s.to] * 10, text: `${label} ${s.to}`, key: contactSortKey(c) ?? '' });
  }
  for (const id of ch.newContacts) {
    const c = byId.get(id);
    if (!c) continue;
    const label = contactLabel(c, o.countryName);
    const rank = c.status === 'planned' ? 95 : c.status === 'held' ? 90 : c.status === 'proposed' ? 80 : 70;
    ranked.push({ rank, text: `${label} ${c.status}`, key: contactSortKey(c) ?? '' });
  }
  if (ch.questionsAnswered.length) ranked.push({ rank: 60, text: `${pluralize(ch.questionsAnswered.length, 'question')} answered`, key: '' });
  if (ch.conditionsStated.length) ranked.push({ rank: 50, text: `${pluralize(ch.conditionsStated.length, 'new condition')} stated`, key: '' });
  if (ch.questionsOpened.length) ranked.push({ rank: 40, text: `${pluralize(ch.questionsOpened.length, 'new open question')}`, key: '' });
  const updated = ch.contactsUpdated?.length ?? 0;
  if (updated) ranked.push({ rank: 30, text: `${pluralize(updated, 'contact')} updated`, key: '' });
  return ranked.sort((a, b) => b.rank - a.rank || b.key.localeCompare(a.key));
}

/** The changes part of the subject: "2 new contacts, Budapest summit cancelled". */
export function subjectHeadline(model: BriefingModel, o: ViewOptions): string {
  const byId = contactIndex(model);
  if (model.changes.isFirst) {
    return `first briefing, ${pluralize(model.contacts.length, 'contact')}`;
  }
  const parts: string[] = [];
  const newCount = model.changes.newContacts.length;
  if (newCount) parts.push(pluralize(newCount, 'new contact'));
  const ranked = rankedChanges(model, byId, o);
  const topStatus = ranked.find((r) => r.rank >= 100);
  if (topStatus) parts.push(topStatus.text);
  else if (!newCount && ranked[0]) parts.push(ranked[0].text);
  return parts.length ? parts.join(', ') : 'no new developments';
}

function contactIndex(model: BriefingModel): Map<string, BriefingContact> {
  return new Map([...model.contacts, ...model.aroundTrack].map((c) => [c.id, c]));
}

function summary(model: BriefingModel, byId: Map<string, BriefingContact>, o: ViewOptions): BriefingView['summary'] {
  const statusCounts = (['held', 'planned', 'proposed', 'cancelled'] as const)
    .map((s) => [s, model.contacts.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const open = model.openQuestions.filter((q) => !q.answered).length;
  const counts =
    `${pluralize(model.contacts.length, 'contact')}${statusCounts.length ? ` (${statusCounts.join(', ')})` : ''}, ` +
    `${pluralize(model.conditions.length, 'stated condition')}, ${pluralize(open, 'open question')} — ` +
    `from ${pluralize(model.stats.articles, 'article')} (${pluralize(model.stats.families, 'independent source')}).`;

  // "Latest" only among contacts with a full date; when others lack a year or a date, say "latest dated".
  const ordered = [...model.contacts].sort(newestFirst);
  const latest = ordered[0];
  const someUndated = ordered.some((c) => !contactSortKey(c));
  const latestText = latest
    ? `${contactLabel(latest, o.countryName)}, ${formatReportedDate(latest.date.value, latest.date.precision)}, ${latest.status}`
    : null;
  const latestLead = latest && contactSortKey(latest) && someUndated ? 'Latest dated contact' : 'Latest contact';
  let headline: string;
  if (model.changes.isFirst) {
    headline = latestText
      ? `First briefing on this track. ${latestLead}: ${latestText}.`
      : 'First briefing on this track. No contacts between the two sides were reported yet.';
  } else {
    const top = rankedChanges(model, byId, o)[0];
    const since = model.changes.since ? ` since ${formatDay(model.changes.since, o.timezone)}` : '';
    headline = top ? `Most important${since}: ${top.text}.` : `Nothing new${since}.${latestText ? ` ${latestLead}: ${latestText}.` : ''}`;
  }
  return { headline, counts };
}

const UPDATED_FIELD_LABEL: Record<string, string> = {
  date: 'date',
  location: 'place',
  initiator: 'initiator',
  mode: 'type',
  sources: 'sources',
  participants: 'participants',
  topics: 'topics',
  disputes: 'disputed values',
};

function changeGroups(model: BriefingModel, byId: Map<string, BriefingContact>, o: ViewOptions): ChangeGroup[] {
  const ch = model.changes;
  const conditions = new Map(model.conditions.map((c) => [c.id, c]));
  const questions = new Map(model.openQuestions.map((q) => [q.id, q]));
  const contactText = (id: string) => {
    const c = byId.get(id);
    return c ? `${contactLabel(c, o.countryName)} — ${formatReportedDate(c.date.value, c.date.precision)}, ${c.status}` : null;
  };
  const conditionText = (id: string) => {
    const c = conditions.get(id);
    return c ? `${c.actor.name}: ${c.text}` : null;
  };
  const questionText = (id: string, answered: boolean) => {
    const q = questions.get(id);
    if (!q) return null;
    return answered && q.answered ? `${q.text} — ${q.answered.text}` : q.text;
  };
  const groups: ChangeGroup[] = [
    { title: 'New contacts', items: ch.newContacts.map(contactText).filter((s): s is string => !!s) },
    {
      title: 'Status changes',
      items: ch.statusChanges
        .map((s) => {
          const c = byId.get(s.contactId);
          return c ? `${contactLabel(c, o.countryName)}: ${s.from} → ${s.to}` : null;
        })
        .filter((s): s is string => !!s),
    },
    {
      title: 'Contacts updated',
      items: (ch.contactsUpdated ?? [])
        .map((u) => {
          const c = byId.get(u.contactId);
          return c ? `${contactLabel(c, o.countryName)}: ${joinList(u.fields.map((f) => UPDATED_FIELD_LABEL[f] ?? f))} updated` : null;
        })
        .filter((s): s is string => !!s),
    },
    { title: 'Conditions stated', items: ch.conditionsStated.map(conditionText).filter((s): s is string => !!s) },
    { title: 'Conditions restated', items: ch.conditionsRestated.map(conditionText).filter((s): s is string => !!s) },
    { title: 'Questions answered', items: ch.questionsAnswered.map((id) => questionText(id, true)).filter((s): s is string => !!s) },
    { title: 'Questions opened', items: ch.questionsOpened.map((id) => questionText(id, false)).filter((s): s is string => !!s) },
  ];
  return groups.filter((g) => g.items.length > 0);
}

function windowText(model: BriefingModel): string {
  const { from, to } = model.window;
  const undated = model.sources.filter((s) => !s.published).length;
  const span =
    from && to && from !== to
      ? `articles published ${formatPublished(from)} to ${formatPublished(to)}`
      : from || to
        ? `articles published ${formatPublished(from ?? to)}`
        : null;
  if (!span) return model.sources.length ? 'no article states its publication date' : 'no articles yet';
  return undated ? `${span} (${undated} undated)` : span;
}

export function buildView(model: BriefingModel, options: ViewOptions): BriefingView {
  const titles = new Map(model.sources.map((s) => [s.articleId, s.title]));
  const o: Ctx = { ...options, titleOf: (id) => titles.get(id) ?? null, showTags: !model.changes.isFirst };
  const byId = contactIndex(model);
  const groups = model.changes.isFirst ? [] : changeGroups(model, byId, o);
  const questions = [...model.openQuestions].sort((a, b) => Number(!!a.answered) - Number(!!b.answered));
  return {
    trackName: model.track.name,
    trackId: model.track.id,
    generatedAt: model.generatedAt,
    window: model.window,
    summary: summary(model, byId, o),
    changes: { isFirst: model.changes.isFirst, since: model.changes.since, groups, empty: groups.length === 0 },
    contacts: [...model.contacts].sort(newestFirst).slice(0, o.maxContactCards).map((c) => contactView(c, o)),
    olderContacts: Math.max(0, model.contacts.length - o.maxContactCards),
    olderAround: Math.max(0, model.aroundTrack.length - o.maxContactCards),
    timeline: timeline(model.contacts, o),
    conditionGroups: conditionGroups(model.conditions, model.track.countries, o),
    questions: questions.map((q) => questionView(q, byId, o)),
    openQuestionCount: model.openQuestions.filter((q) => !q.answered).length,
    aroundTrack: [...model.aroundTrack].sort(newestFirst).slice(0, o.maxContactCards).map((c) => contactView(c, o)),
    sourceFamilies: sourceFamilies(model.sources),
    stats: model.stats,
    windowText: windowText(model),
    recipientsHint: o.recipientsHint,
  };
}
