/**
 * "What changed since the last briefing": ids are carried over from the previous model first (an item
 * that shares a reported source — article id + item ref — with a previous item keeps that item's id,
 * even if a newly arrived earlier report would give it another canonical id), then the two models
 * are compared item by item.
 */
import type { BriefingChanges, BriefingCondition, BriefingContact, BriefingModel, BriefingQuestion, ItemSource } from '../briefing/model.js';
import { ReportedItems } from './reported-items.js';
import { shortHash } from './text.js';

interface Identified {
  id: string;
  sources: ItemSource[];
}

/** Sources (earliest first) compared when carrying ids over. */
const IDENTIFYING_SOURCES = 32;

const refsOf = (item: Identified) => item.sources.filter((s) => s.itemRef).map((s) => `${s.articleId}#${s.itemRef}`);

/**
 * Give each current item the id of the previous item it shares most reported sources with (each
 * previous id used once); items without a predecessor keep their canonical id, re-hashed on a clash.
 */
export function carryOverIds<T extends Identified>(current: T[], previous: readonly Identified[]): void {
  // (article id, item ref) → previous id
  const prevByRef = new ReportedItems<string>();
  for (const p of previous) {
    // The earliest reports of an item identify it; a condition restated in 5,000 copies needs no more.
    for (let k = 0; k < p.sources.length && k < IDENTIFYING_SOURCES; k++) {
      const s = p.sources[k];
      if (s.itemRef) prevByRef.set(s.articleId, s.itemRef, p.id);
    }
  }
  const proposals: Array<{ item: T; prevId: string; shared: number }> = [];
  for (const item of current) {
    let counts: Map<string, number> | null = null;
    for (let k = 0; k < item.sources.length && k < IDENTIFYING_SOURCES; k++) {
      const s = item.sources[k];
      const p = s.itemRef ? prevByRef.get(s.articleId, s.itemRef) : undefined;
      if (!p) continue;
      counts ??= new Map();
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    if (counts) for (const [prevId, shared] of counts) proposals.push({ item, prevId, shared });
  }
  proposals.sort((a, b) => b.shared - a.shared || (a.prevId < b.prevId ? -1 : 1) || (a.item.id < b.item.id ? -1 : 1));
  const claimed = new Set<string>();
  const settled = new Set<T>();
  for (const p of proposals) {
    if (claimed.has(p.prevId) || settled.has(p.item)) continue;
    p.item.id = p.prevId;
    claimed.add(p.prevId);
    settled.add(p.item);
  }
  for (const item of current) {
    if (settled.has(item)) continue;
    let id = item.id;
    while (claimed.has(id)) id = `${id.split('-')[0]}-${shortHash(`${id}|${refsOf(item).join(',')}`)}`;
    item.id = id;
    claimed.add(id);
  }
}

function sameArticles(a: BriefingContact, b: BriefingContact): boolean {
  // Sources are listed in one order (published, article id): an unchanged contact lists the same articles
  // in the same order, which needs no sets. Anything else is compared as sets.
  if (a.sources.length === b.sources.length && a.sources.every((s, i) => s.articleId === b.sources[i].articleId)) return true;
  const sa = new Set(a.sources.map((s) => s.articleId));
  const sb = new Set(b.sources.map((s) => s.articleId));
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
}

function contactUpdates(now: BriefingContact, before: BriefingContact): string[] {
  const fields: string[] = [];
  if (now.date.value !== before.date.value || now.date.precision !== before.date.precision) fields.push('date');
  if ((now.location?.city ?? null) !== (before.location?.city ?? null)) fields.push('location');
  if (now.initiator !== before.initiator) fields.push('initiator');
  if (now.mode !== before.mode) fields.push('mode');
  if (!sameArticles(now, before)) fields.push('sources');
  if (now.disputes.length !== before.disputes.length) fields.push('disputes');
  return fields;
}

export function diffAgainst(
  previous: BriefingModel | null,
  contacts: BriefingContact[],
  conditions: BriefingCondition[],
  questions: BriefingQuestion[],
): BriefingChanges {
  const changes: BriefingChanges = {
    isFirst: previous === null,
    since: previous?.generatedAt ?? null,
    newContacts: [],
    statusChanges: [],
    conditionsStated: [],
    conditionsRestated: [],
    questionsOpened: [],
    questionsAnswered: [],
    contactsUpdated: [],
  };
  // On a first briefing everything is new; saying so item by item would only repeat the whole list.
  if (!previous) return changes;

  const prevContacts = new Map([...(previous.contacts ?? []), ...(previous.aroundTrack ?? [])].map((c) => [c.id, c]));
  for (const c of contacts) {
    const before = prevContacts.get(c.id);
    if (!before) {
      changes.newContacts.push(c.id);
      c.change = 'new';
    } else if (before.status !== c.status) {
      changes.statusChanges.push({ contactId: c.id, from: before.status, to: c.status });
      c.change = 'status';
    } else {
      const fields = contactUpdates(c, before);
      if (fields.length) {
        changes.contactsUpdated!.push({ contactId: c.id, fields });
        c.change = 'updated';
      }
    }
  }

  const prevConditions = new Map((previous.conditions ?? []).map((c) => [c.id, c]));
  for (const c of conditions) {
    const before = prevConditions.get(c.id);
    if (!before) {
      changes.conditionsStated.push(c.id);
      c.change = 'new';
      continue;
    }
    // Restated: a report from a source family not heard before. A syndicated copy of a story already
    // briefed adds a source, not a restatement (as for lastRestated). A family is known by the ids it had
    // then and by the id its briefed members have now: a news agency's copy arriving late renames it.
    const known = new ReportedItems<true>();
    for (const s of before.sources) if (s.itemRef) known.set(s.articleId, s.itemRef, true);
    const knownFamilies = new Set(before.sources.map((s) => s.familyId));
    for (const s of c.sources) if (s.itemRef && known.get(s.articleId, s.itemRef)) knownFamilies.add(s.familyId);
    if (c.sources.some((s) => s.itemRef && !known.get(s.articleId, s.itemRef) && !knownFamilies.has(s.familyId))) {
      changes.conditionsRestated.push(c.id);
      c.change = 'restated';
    }
  }

  const prevQuestions = new Map((previous.openQuestions ?? []).map((q) => [q.id, q]));
  for (const q of questions) {
    const before = prevQuestions.get(q.id);
    if (q.answered && (!before || !before.answered)) {
      changes.questionsAnswered.push(q.id);
      q.change = 'answered';
    } else if (!before && !q.answered) {
      changes.questionsOpened.push(q.id);
      q.change = 'new';
    }
  }
  return changes;
}
