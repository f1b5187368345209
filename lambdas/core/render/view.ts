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
import { formatPublished, formatReportedDate, httpUrl, inferPrecision, joinList, pluralize } from './helpers.js';
import { MODE_LABEL, answerLine, contactLabel, datedWhenRepeated, dateBasisNote, kindLabel, orderedParticipants, namedBy, outletName, sourceLabel, untitled, type CountryName } from './labels.js';
import { contactSortKey, monthsBetween, sortNewestFirst, yearlessKey } from './order.js';
import { changeGroups, contactIndex, summary, type ChangeGroup } from './summary.js';
import { selectConditions, selectQuestions, smallest, type BriefingLimits } from './select.js';

export type { ChangeGroup } from './summary.js';
export { contactLabel } from './labels.js';
export { contactSortKey } from './order.js';
export { subjectHeadline } from './summary.js';

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
  /** `line`: the answer as one sentence (see `answerLine`). */
  answered: { text: string; at: string | null; contact: string | null; line: string } | null;
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
  /** Track contacts beyond `maxContactCards`: shown on the timeline as far as it goes, so the email stays unclipped. */
  olderContacts: number;
  /** What the reader is told about those: on the timeline below, or (beyond the timeline) only in briefing.json. */
  olderContactsNote: string | null;
  /** Third-party contacts beyond the cards shown, and what the reader is told about them. */
  olderAround: number;
  olderAroundNote: string | null;
  timeline: TimelineRow[];
  /** "8,115 earlier contacts are not on the timeline; …" when the timeline is cut to the newest contacts. */
  timelineNote: string | null;
  /** Said under a section that shows only part of what the model holds; null when everything is shown. */
  conditionsNote: string | null;
  questionsNote: string | null;
  sourcesNote: string | null;
  /** True when any section was cut: the footer then says where everything is. */
  limited: boolean;
  conditionGroups: Array<{ country: string; actors: Array<{ name: string; conditions: ConditionView[] }> }>;
  questions: QuestionView[];
  openQuestionCount: number;
  /** Answered questions shown: listed after the open ones, under their own subheading. */
  answeredShown: number;
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
  countryName: CountryName;
  recipientsHint: string;
  /** Caps on the other sections, applied to the model before templating (see select.ts). */
  limits: BriefingLimits;
  /** For the HTML: how many third-party contacts the plain-text part of the same email lists in full. */
  aroundInText?: number;
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
  familiesOf: PreparedModel['familiesOf'];
  /** Tags mark what moved since the last briefing; on a first briefing everything is new, so none are shown. */
  showTags: boolean;
  /** The track's countries in its order: people in labels and cards are listed in it. */
  trackCountries: readonly string[];
}

function changeTag(change: string | null | undefined, ctx: Ctx): string | null {
  return ctx.showTags && change ? (CHANGE_TAG[change] ?? change) : null;
}

/** One link per source family, at most `limits.sourcesPerItem`, then "N more sources" (plain text, no link). */
function sourceLinks(sources: ItemSource[], ctx: Ctx): SourceLinkView[] {
  const families = ctx.familiesOf(sources);
  const limit = ctx.limits.sourcesPerItem;
  const more = families.size - limit;
  const links = [...families.values()].slice(0, more > 0 ? limit : undefined).map((members) => {
    const ordered = [...members].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
    const primary = ordered.find((s) => httpUrl(s.url)) ?? ordered[0];
    const extra = new Set(members.map((m) => m.articleId)).size - 1;
    // The title is looked up only for a source neither an outlet nor a link names (see titleOf).
    const label = sourceLabel(namedBy(primary) ? primary : { ...primary, title: ctx.titleOf(primary.articleId) });
    return { label, url: httpUrl(primary.url), copies: extra > 0 ? `+${pluralize(extra, 'syndicated copy')}` : null, published: primary.published };
  });
  const named = datedWhenRepeated(links);
  return more > 0 ? [...named, { label: pluralize(more, 'more source'), url: null, copies: null }] : named;
}

const DISPUTE_FIELD_LABEL: Record<Dispute['field'], string> = {
  mode: 'Type',
  date: 'Date',
  initiator: 'Initiated by',
  location: 'Place',
  status: 'Status',
};

function disputeValue(field: Dispute['field'], value: string, countryName: CountryName): string {
  if (field === 'date') return formatReportedDate(value, inferPrecision(value));
  if (field === 'initiator' && /^[A-Z]{2}$/.test(value)) return countryName(value) ?? value;
  return value;
}

/** "planned", or "rescheduled from 10 Apr 2025 to 3 Jun 2025" for a step that moved the date. */
function historyStep(h: BriefingContact['statusHistory'][number]): string {
  if (!h.rescheduled) return h.status;
  const day = (v: string | null) => (v ? formatReportedDate(v, inferPrecision(v)) : null);
  const from = day(h.rescheduled.from);
  const to = day(h.rescheduled.to);
  return ['rescheduled', from ? `from ${from}` : null, to ? `to ${to}` : null].filter(Boolean).join(' ');
}

function contactView(c: BriefingContact, o: Ctx): ContactView {
  const place = [c.location?.venue, c.location?.city, o.countryName(c.location?.country)].filter((s): s is string => !!s);
  const families = c.confidence?.families ?? new Set(c.sources.map((s) => s.familyId)).size;
  // A move to a new date is a step of its own even when the status stays "planned" (planned → rescheduled).
  const history =
    c.statusHistory.length > 1 && (new Set(c.statusHistory.map((h) => h.status)).size > 1 || c.statusHistory.some((h) => h.rescheduled))
      ? c.statusHistory.map((h) => `${historyStep(h)} (${[h.asOf ? formatPublished(h.asOf) : null, h.outlet].filter(Boolean).join(', ') || 'undated report'})`).join(' → ')
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
    label: contactLabel(c, o.countryName, o.trackCountries),
    mode: MODE_LABEL[c.mode] ?? c.mode,
    status: c.status,
    statusLabel: c.status,
    date: c.date,
    dateNote: dateBasisNote(c.date, c.sources),
    participants: orderedParticipants(c, o.trackCountries).map((p) => ({ name: p.name, role: p.role })),
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

/**
 * Oldest → newest, with a gap row where weeks or months passed between contacts; then contacts whose year is
 * not known (by month and day) and contacts with no date, each under its own heading. `newestFirst`: the contacts
 * in `sortNewestFirst` order.
 */
function timeline(newestFirst: BriefingContact[], o: Ctx): TimelineRow[] {
  const ordered = [...newestFirst].reverse();
  const dated = ordered.filter((c) => contactSortKey(c));
  const yearless = ordered.filter((c) => yearlessKey(c)).reverse().sort((a, b) => yearlessKey(a)!.localeCompare(yearlessKey(b)!));
  const undated = ordered.filter((c) => !contactSortKey(c) && !yearlessKey(c)).reverse();
  const rows: TimelineRow[] = [];
  const row = (c: BriefingContact, dateLabel: string): TimelineRow => ({
    kind: 'contact',
    dateLabel,
    label: contactLabel(c, o.countryName, o.trackCountries),
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

/** "Showing the newest 40 of 8,155 contacts; 8,115 earlier contacts are not on the timeline." */
function timelineNote(all: BriefingContact[], shown: BriefingContact[]): string {
  // `all` is newest first and contacts without a full date sort last, so the ones left out include some exactly
  // when the last one has none.
  const what = contactSortKey(all[all.length - 1]) ? 'earlier contact' : 'earlier or undated contact';
  const left = all.length - shown.length;
  return `Showing the newest ${shown.length} of ${all.length} contacts; ${pluralize(left, what)} ${left === 1 ? 'is' : 'are'} not on the timeline.`;
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

function answeredView(a: NonNullable<BriefingQuestion['answered']>, contact: string | null): NonNullable<QuestionView['answered']> {
  return { text: a.text, at: a.at, contact, line: answerLine(a, contact) };
}

function questionView(q: BriefingQuestion, contactsById: Map<string, BriefingContact>, o: Ctx): QuestionView {
  const answeredBy = q.answered?.contactId ? contactsById.get(q.answered.contactId) : undefined;
  return {
    tag: changeTag(q.change, o),
    text: q.text,
    kind: kindLabel(q.kind),
    raisedAt: q.raisedAt,
    sourceLinks: sourceLinks(q.sources, o),
    answered: q.answered ? answeredView(q.answered, answeredBy ? contactLabel(answeredBy, o.countryName, o.trackCountries) : null) : null,
  };
}

function sourceFamilies(families: Map<string, BriefingSource[]>): SourceFamilyView[] {
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

function groupByFamily(sources: BriefingSource[]): Map<string, BriefingSource[]> {
  const families = new Map<string, BriefingSource[]>();
  for (const s of sources) {
    const members = families.get(s.familyId);
    if (members) members.push(s);
    else families.set(s.familyId, [s]);
  }
  return families;
}

/**
 * Every story when they fit under the limit; otherwise the stories cited by the items shown (newest first, capped),
 * each with its syndicated copies, and a note counting the articles left out.
 */
function shownSources(
  model: BriefingModel,
  prepared: PreparedModel,
  cited: Array<{ sources: ItemSource[] }>,
  ctx: Ctx,
): { families: SourceFamilyView[]; note: string | null } {
  const all = prepared.families;
  const limit = ctx.limits.sources;
  if (all.size <= limit) return { families: sourceFamilies(all), note: null };
  // The newest cited stories, found before any of them is formatted: the newest `limit` of the union are
  // among the union of each item's newest `limit`, which are worked out once per item (a busy condition
  // cites tens of thousands of stories, and one model is rendered several times).
  const candidates = new Set<string>();
  for (const item of cited) for (const id of prepared.newestFamiliesOf(item.sources, limit)) candidates.add(id);
  const newestCited = smallest(candidates, limit, prepared.newerFamily);
  const families = sourceFamilies(new Map(newestCited.map((id) => [id, all.get(id)!])));
  const shownArticles = families.reduce((n, f) => n + 1 + f.copies.length, 0);
  const left = model.sources.length - shownArticles;
  return {
    families,
    note:
      left > 0
        ? `…and ${pluralize(left, 'other article')}. Listed are the ${pluralize(families.length, 'newest story', 'newest stories')} cited by the items shown above, with their syndicated copies.`
        : null,
  };
}

/** Items per "what changed" group, with a last line counting the rest. */
function capGroups(groups: ChangeGroup[], limit: number): ChangeGroup[] {
  return groups.map((g) =>
    g.items.length <= limit ? g : { ...g, items: [...g.items.slice(0, limit), `…and ${g.items.length - limit} more`] },
  );
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

/** The model-wide work of a view (indexes, full sorts), done once when one model is rendered several ways. */
export interface PreparedModel {
  titleOf: (articleId: string) => string | null;
  byId: Map<string, BriefingContact>;
  families: Map<string, BriefingSource[]>;
  /** An item's sources by family, families in order of first citation (worked out once per item). */
  familiesOf: (sources: ItemSource[]) => Map<string, ItemSource[]>;
  /** The `k` newest of an item's families that are in the model's sources (worked out once per item). */
  newestFamiliesOf: (sources: ItemSource[], k: number) => string[];
  /** Newest story first (latest published article of the family), then family id: a strict order. */
  newerFamily: (a: string, b: string) => number;
  contactsNewest: BriefingContact[];
  aroundNewest: BriefingContact[];
  windowText: string;
}

export function prepareModel(model: BriefingModel): PreparedModel {
  const families = groupByFamily(model.sources);
  const familyLatest = new Map<string, string>();
  for (const [id, members] of families) familyLatest.set(id, members.reduce((max, m) => ((m.published ?? '') > max ? (m.published ?? '') : max), ''));
  // Plain code-unit comparison: ISO dates and ids.
  const newerFamily = (a: string, b: string) => {
    const [la, lb] = [familyLatest.get(a)!, familyLatest.get(b)!];
    return la !== lb ? (la < lb ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0;
  };
  // Titles are only needed for the few shown sources that have no outlet: indexed on first use.
  let titles: Map<string, string | null> | null = null;
  const itemFamilies = new WeakMap<ItemSource[], Map<string, ItemSource[]>>();
  const familiesOf = (sources: ItemSource[]) => {
    let byFamily = itemFamilies.get(sources);
    if (!byFamily) {
      byFamily = new Map();
      for (const s of sources) {
        const members = byFamily.get(s.familyId);
        if (members) members.push(s);
        else byFamily.set(s.familyId, [s]);
      }
      itemFamilies.set(sources, byFamily);
    }
    return byFamily;
  };
  // Per item, the newest families for the largest k asked so far: a smaller k is a prefix of that list
  // (the HTML pass halves its limits when the email would be clipped).
  const itemNewest = new WeakMap<ItemSource[], { k: number; ids: string[] }>();
  return {
    titleOf: (id) => (titles ??= new Map(model.sources.map((s) => [s.articleId, s.title]))).get(id) ?? null,
    byId: contactIndex(model),
    families,
    familiesOf,
    newestFamiliesOf: (sources, k) => {
      let newest = itemNewest.get(sources);
      if (!newest || newest.k < k) {
        newest = { k, ids: smallest([...familiesOf(sources).keys()].filter((id) => families.has(id)), k, newerFamily) };
        itemNewest.set(sources, newest);
      }
      return newest.ids.slice(0, k);
    },
    newerFamily,
    contactsNewest: sortNewestFirst(model.contacts),
    aroundNewest: sortNewestFirst(model.aroundTrack),
    windowText: windowText(model),
  };
}

export function buildView(model: BriefingModel, options: ViewOptions, prepared: PreparedModel = prepareModel(model)): BriefingView {
  const { byId } = prepared;
  const o: Ctx = { ...options, titleOf: prepared.titleOf, familiesOf: prepared.familiesOf, showTags: !model.changes.isFirst, trackCountries: model.track.countries };
  const limits = o.limits;
  const groups = model.changes.isFirst ? [] : capGroups(changeGroups(model, byId, o), limits.changeItems);
  // Select before building any view: the work below depends on the limits, not on the model's size.
  const trackContacts = prepared.contactsNewest.slice(0, Math.max(limits.timeline, o.maxContactCards));
  const cards = trackContacts.slice(0, o.maxContactCards);
  const onTimeline = trackContacts.slice(0, limits.timeline);
  const aroundShown = Math.min(o.maxContactCards, limits.aroundTrack);
  const around = prepared.aroundNewest.slice(0, aroundShown);
  const conditions = selectConditions(model.conditions, limits);
  const selectedQuestions = selectQuestions(model.openQuestions, limits.questions);
  const questions = [...selectedQuestions].sort((a, b) => Number(!!a.answered) - Number(!!b.answered));
  const sources = shownSources(model, prepared, [...cards, ...around, ...conditions, ...questions], o);
  const offTimeline = model.contacts.length - onTimeline.length;
  const notes = {
    timelineNote: offTimeline > 0 ? timelineNote(prepared.contactsNewest, onTimeline) : null,
    conditionsNote:
      conditions.length < model.conditions.length
        ? `…and ${pluralize(model.conditions.length - conditions.length, 'more condition')}. Shown are the ${conditions.length} most recently stated or restated, at most ${limits.conditionsPerActor} per actor.`
        : null,
    questionsNote:
      questions.length < model.openQuestions.length
        ? `…and ${pluralize(model.openQuestions.length - questions.length, 'more question')}. Shown are ${questions.length}: open ones first, most recently raised first.`
        : null,
    sourcesNote: sources.note,
  };
  const olderAround = Math.max(0, model.aroundTrack.length - aroundShown);
  const isAre = (n: number) => (n === 1 ? 'is' : 'are');
  const inText = Math.max(0, (o.aroundInText ?? 0) - around.length);
  const olderAroundNote = !olderAround
    ? null
    : inText >= olderAround
      ? `${pluralize(olderAround, 'earlier contact')} with third parties ${isAre(olderAround)} listed in the plain-text part of this email.`
      : inText > 0
        ? `…and ${pluralize(olderAround, 'earlier contact')} with third parties; the plain-text part of this email lists ${inText} more.`
        : `…and ${pluralize(olderAround, 'earlier contact')} with third parties, not listed here.`;
  const olderContacts = Math.max(0, model.contacts.length - cards.length);
  const olderOnTimeline = Math.max(0, onTimeline.length - cards.length);
  const olderContactsNote = !olderContacts
    ? null
    : olderOnTimeline >= olderContacts
      ? `${pluralize(olderContacts, 'earlier contact')} on this track ${isAre(olderContacts)} shown on the timeline below.`
      : olderOnTimeline > 0
        ? `…and ${pluralize(olderContacts, 'earlier contact')} on this track; the newest ${olderOnTimeline} ${isAre(olderOnTimeline)} on the timeline below.`
        : `…and ${pluralize(olderContacts, 'earlier contact')} on this track, not listed here.`;
  return {
    trackName: model.track.name,
    trackId: model.track.id,
    generatedAt: model.generatedAt,
    window: model.window,
    summary: summary(model, byId, o, prepared.contactsNewest),
    changes: { isFirst: model.changes.isFirst, since: model.changes.since, groups, empty: groups.length === 0 },
    contacts: cards.map((c) => contactView(c, o)),
    olderContacts,
    olderContactsNote,
    olderAround,
    olderAroundNote,
    timeline: timeline(onTimeline, o),
    ...notes,
    limited: olderAround > 0 || Object.values(notes).some(Boolean) || groups.some((g) => g.items.length > limits.changeItems),
    conditionGroups: conditionGroups(conditions, model.track.countries, o),
    questions: questions.map((q) => questionView(q, byId, o)),
    openQuestionCount: model.openQuestions.filter((q) => !q.answered).length,
    answeredShown: questions.filter((q) => q.answered).length,
    aroundTrack: around.map((c) => contactView(c, o)),
    sourceFamilies: sources.families,
    stats: model.stats,
    windowText: prepared.windowText,
    recipientsHint: o.recipientsHint,
  };
}
