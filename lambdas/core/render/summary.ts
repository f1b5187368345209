/**
 * The headline of a briefing: the most important change (for the summary, the preview and the subject), the counts,
 * and the "what changed" groups. Plain text; escaping is the templates' job.
 */
import type { BriefingContact, BriefingModel } from '../briefing/model.js';
import type { ContactStatus } from '../record/schema.js';
import { formatDay, formatReportedDate, humanizeDates, joinList, pluralize } from './helpers.js';
import { contactLabel, type CountryName } from './labels.js';
import { contactSortKey, sortNewestFirst } from './order.js';

export interface Naming {
  timezone: string;
  countryName: CountryName;
}

export interface ChangeGroup {
  title: string;
  items: string[];
}

const STATUS_RANK: Record<ContactStatus, number> = { cancelled: 4, held: 3, planned: 2, proposed: 1 };

interface RankedChange {
  rank: number;
  text: string;
  key: string;
}

/** The single most important change, for the summary line, the preview and the subject. */
function rankedChanges(model: BriefingModel, byId: Map<string, BriefingContact>, o: Naming): RankedChange[] {
  const ranked: RankedChange[] = [];
  const ch = model.changes;
  for (const s of ch.statusChanges) {
    const c = byId.get(s.contactId);
    if (!c) continue;
    const label = contactLabel(c, o.countryName, model.track.countries);
    ranked.push({ rank: 100 + STATUS_RANK[s.to] * 10, text: `${label} ${s.to}`, key: contactSortKey(c) ?? '' });
  }
  for (const id of ch.newContacts) {
    const c = byId.get(id);
    if (!c) continue;
    const label = contactLabel(c, o.countryName, model.track.countries);
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
export function subjectHeadline(model: BriefingModel, o: Naming): string {
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

export function contactIndex(model: BriefingModel): Map<string, BriefingContact> {
  return new Map([...model.contacts, ...model.aroundTrack].map((c) => [c.id, c]));
}

export function summary(
  model: BriefingModel,
  byId: Map<string, BriefingContact>,
  o: Naming,
  /** model.contacts in `sortNewestFirst` order, when the caller has it already. */
  ordered: BriefingContact[] = sortNewestFirst(model.contacts),
): { headline: string; counts: string } {
  const statusCounts = (['held', 'planned', 'proposed', 'cancelled'] as const)
    .map((s) => [s, model.contacts.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const open = model.openQuestions.filter((q) => !q.answered).length;
  // Answered questions are listed in the questions section too, so the count says so rather than hiding them.
  const answered = model.openQuestions.length - open;
  const counts =
    `${pluralize(model.contacts.length, 'contact')}${statusCounts.length ? ` (${statusCounts.join(', ')})` : ''}, ` +
    `${pluralize(model.conditions.length, 'stated condition')}, ${pluralize(open, 'open question')}${answered ? ` (${answered} answered)` : ''} — ` +
    `from ${pluralize(model.stats.articles, 'article')} (${pluralize(model.stats.families, 'independent source')}).`;

  // "Latest" only among contacts with a full date; when others lack a year or a date, say "latest dated".
  const latest = ordered[0];
  // Contacts without a full date sort last.
  const someUndated = ordered.length > 0 && !contactSortKey(ordered[ordered.length - 1]);
  const latestText = latest
    ? `${contactLabel(latest, o.countryName, model.track.countries)}, ${formatReportedDate(latest.date.value, latest.date.precision)}, ${latest.status}`
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

export function changeGroups(model: BriefingModel, byId: Map<string, BriefingContact>, o: Naming): ChangeGroup[] {
  const ch = model.changes;
  const conditions = new Map(model.conditions.map((c) => [c.id, c]));
  const questions = new Map(model.openQuestions.map((q) => [q.id, q]));
  const contactText = (id: string) => {
    const c = byId.get(id);
    return c ? `${contactLabel(c, o.countryName, model.track.countries)} — ${formatReportedDate(c.date.value, c.date.precision)}, ${c.status}` : null;
  };
  const conditionText = (id: string) => {
    const c = conditions.get(id);
    return c ? `${c.actor.name}: ${c.text}` : null;
  };
  const questionText = (id: string, answered: boolean) => {
    const q = questions.get(id);
    if (!q) return null;
    return answered && q.answered ? `${q.text} — ${humanizeDates(q.answered.text)}` : q.text;
  };
  const groups: ChangeGroup[] = [
    { title: 'New contacts', items: ch.newContacts.map(contactText).filter((s): s is string => !!s) },
    {
      title: 'Status changes',
      items: ch.statusChanges
        .map((s) => {
          const c = byId.get(s.contactId);
          return c ? `${contactLabel(c, o.countryName, model.track.countries)}: ${s.from} → ${s.to}` : null;
        })
        .filter((s): s is string => !!s),
    },
    {
      title: 'Contacts updated',
      items: (ch.contactsUpdated ?? [])
        .map((u) => {
          const c = byId.get(u.contactId);
          return c ? `${contactLabel(c, o.countryName, model.track.countries)}: ${joinList(u.fields.map((f) => UPDATED_FIELD_LABEL[f] ?? f))} updated` : null;
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
