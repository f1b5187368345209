/**
 * Open questions over time: de-duplicated by meaning like conditions, and marked answered when a later
 * report resolves them. Only scheduling questions can be resolved mechanically ("no date has been set
 * for the summit", "an expert meeting will be scheduled"): they are answered when the contact they are
 * about gets a date, is held or is cancelled.
 *
 * Which contact a question is about: first the planned contact reported in the same article (the
 * summit whose date "has not been set"), followed through its lifecycle; otherwise the first later
 * contact of the mode the question names, with one of the people it names when it names any.
 */
import type { BriefingContact, BriefingQuestion } from '../briefing/model.js';
import type { Contact, NormalizedRecord, OpenQuestion } from '../record/schema.js';
import cues from './cues.json' with { type: 'json' };
import { modeClass } from './compatibility.js';
import { publishedDay } from './dates.js';
import { leadingName } from './mentions.js';
import { compareByPublished, itemSource, publishedSpan, sortByPublished } from './sources.js';
import { familyFirstDates, groupStatements, statementCore } from './statements.js';
import { fold, shortHash, surname } from './text.js';
import type { ContactMode } from '../record/schema.js';

export interface QuestionMention {
  record: NormalizedRecord;
  /** The article's position in the merge's records (see contactOf of mergeQuestions). */
  position: number;
  familyId: string;
  origin: string;
  index: number;
  question: OpenQuestion;
}

const MODE_WORDS = cues.modeWords as Record<string, ContactMode>;
/** A scheduling question is settled by a contact within this many days after it was raised. */
const ANSWER_WINDOW_DAYS = 365;
/** Bounds the search per question in very dense tracks. */
const MAX_ANSWER_SCAN = 2_000;

export function isSchedulingQuestion(q: OpenQuestion): boolean {
  if (q.kind && cues.schedulingKinds.includes(q.kind)) return true;
  const text = ` ${fold(q.text)} `;
  return cues.schedulingCues.some((cue) => text.includes(` ${fold(cue)} `));
}

export function questionModes(text: string): Set<ContactMode> {
  const out = new Set<ContactMode>();
  for (const w of fold(text).split(' ')) if (MODE_WORDS[w]) out.add(MODE_WORDS[w]);
  return out;
}

/** Does any member ask a scheduling question? Each distinct wording is read once (copies repeat it). */
function raisesScheduling(members: readonly QuestionMention[]): boolean {
  const read = new Set<string>();
  for (const { question } of members) {
    if (question.kind && cues.schedulingKinds.includes(question.kind)) return true;
    if (read.has(question.text)) continue;
    read.add(question.text);
    if (isSchedulingQuestion(question)) return true;
  }
  return false;
}

function modeFits(modes: Set<ContactMode>, contact: BriefingContact): boolean {
  if (modes.size === 0) return true;
  if (modes.has(contact.mode)) return true;
  const cls = modeClass(contact.mode);
  // "meeting"/"talks" in a question are generic for any in-person contact; "summit" or "call" are not.
  return cls === 'in-person' && [...modes].some((m) => m === 'meeting' || m === 'talks' || m === 'visit');
}

/** Has this contact's life moved on in a way that settles a scheduling question raised on `raisedDay`? */
function resolution(contact: BriefingContact, raisedBy: Set<string>): BriefingQuestion['answered'] {
  const fromOthers = (articleIds: string[]) => articleIds.some((id) => !raisedBy.has(id));
  const last = contact.statusHistory.at(-1);
  if ((contact.status === 'held' || contact.status === 'cancelled') && last && !raisedBy.has(last.articleId)) {
    const where = contact.location?.city ? ` in ${contact.location.city}` : '';
    const when = contact.date.value ? ` on ${contact.date.value}` : '';
    return {
      text: contact.status === 'held' ? `Held${when}${where}` : `Cancelled${last.asOf ? ` (reported ${last.asOf})` : ''}`,
      contactId: contact.id,
      articleId: last.articleId,
      at: last.asOf,
    };
  }
  const supplied = contact.date.suppliedBy ?? [];
  if (contact.date.value && (contact.date.precision === 'day' || contact.date.precision === 'month-day') && fromOthers(supplied)) {
    const by = contact.sources.find((s) => supplied.includes(s.articleId) && !raisedBy.has(s.articleId));
    return { text: `Date set: ${contact.date.value}`, contactId: contact.id, articleId: by?.articleId ?? null, at: by?.published ?? null };
  }
  return null;
}

function earliestDay(c: BriefingContact): number | null {
  const days = c.sources.map((s) => publishedDay(s.published)).filter((d): d is number => d !== null);
  const dateDay = c.date.precision === 'day' ? publishedDay(c.date.value) : null;
  const all = dateDay !== null ? [...days, dateDay] : days;
  return all.length ? Math.min(...all) : null;
}

export function mergeQuestions(
  mentions: QuestionMention[],
  contacts: readonly BriefingContact[],
  /** The merged contact of one of a record's contacts (the record at this position in the merge's records). */
  contactOf: (position: number, contact: Contact) => BriefingContact | undefined,
): BriefingQuestion[] {
  // Mentions arrive in article-id order; a stable sort by published date alone gives (published, id, index).
  const ordered = sortByPublished(mentions, (m) => m.record.published.date);
  const groups = groupStatements(ordered, (m) => statementCore(m.question.text), () => 'q');
  // A question names people by either end of their name: "Lavrov", or "Lee" of "Lee Jae-myung".
  const nameWords = (name: string) => [surname(name), leadingName(name)].filter((s): s is string => !!s);
  const knownSurnames = new Set(contacts.flatMap((c) => c.participants.flatMap((p) => nameWords(p.name))));
  // Candidate answers for the "later contact" rule, oldest first.
  const byTime = contacts
    .map((c) => ({ c, day: earliestDay(c) }))
    .filter((x): x is { c: BriefingContact; day: number } => x.day !== null)
    .sort((a, b) => a.day - b.day);

  return groups.map((g) => {
    const first = g.members[0];
    const sources = g.members.map((m) => itemSource(m.record, m, m.question.evidence, `question:${m.index}`)).sort(compareByPublished);
    const raisedAt = publishedSpan(sources).first;
    let answered: BriefingQuestion['answered'] = null;
    if (raisesScheduling(g.members)) {
      const raisedBy = new Set(g.members.map((m) => m.record.id));
      // Distinct wordings only: a question restated in thousands of copies is read once per wording.
      const wordings = [...new Set(g.members.map((m) => m.question.text))].join(' ');
      const modes = questionModes(wordings);
      // 1. The planned contact reported beside the question, followed through its life.
      const seenContacts = new Set<BriefingContact>();
      for (const m of g.members) {
        for (const rc of m.record.contacts) {
          if (rc.status !== 'planned' && rc.status !== 'proposed') continue;
          const merged = contactOf(m.position, rc);
          if (!merged || seenContacts.has(merged) || !modeFits(modes, merged)) continue;
          seenContacts.add(merged);
          answered = resolution(merged, raisedBy);
          if (answered) break;
        }
        if (answered) break;
      }
      // 2. The first later contact of the named mode (and with a named person, when any is named).
      const raisedDay = publishedDay(raisedAt);
      if (!answered && raisedDay !== null && modes.size > 0) {
        const names = new Set(fold(wordings).split(' ').filter((w) => knownSurnames.has(w)));
        // Start at the first contact after the question (binary search); look at most a year ahead.
        let lo = 0;
        for (let hi = byTime.length; lo < hi; ) {
          const mid = (lo + hi) >> 1;
          if (byTime[mid].day <= raisedDay) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < byTime.length && k < lo + MAX_ANSWER_SCAN; k++) {
          const { c, day } = byTime[k];
          if (day > raisedDay + ANSWER_WINDOW_DAYS) break;
          if (!modeFits(modes, c)) continue;
          if (c.sources.every((s) => raisedBy.has(s.articleId))) continue;
          if (names.size > 0 && !c.participants.some((p) => nameWords(p.name).some((w) => names.has(w)))) continue;
          if (c.status === 'planned' || c.status === 'proposed') {
            if (c.date.precision !== 'day') continue;
          }
          answered = resolution(c, raisedBy) ?? (c.date.value ? { text: `Scheduled for ${c.date.value}`, contactId: c.id, articleId: c.sources[0].articleId, at: c.sources[0].published } : null);
          if (answered) break;
        }
      }
    }
    return {
      id: `oq-${shortHash(`${first.record.id}#question:${first.index}`)}`,
      text: first.question.text,
      kind: first.question.kind ?? g.members.find((m) => m.question.kind)?.question.kind,
      raisedAt,
      // Copies of the raising story published later do not raise it again.
      lastRaised: familyFirstDates(sources).at(-1) ?? null,
      sources,
      answered,
      change: null,
    };
  });
}
