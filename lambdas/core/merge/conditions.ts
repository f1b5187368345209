/**
 * Conditions over time: grouped per actor country (per actor name when the country is unknown), one
 * entry per meaning, with when it was first stated and last restated and every source.
 */
import type { BriefingCondition } from '../briefing/model.js';
import type { Condition, NormalizedRecord } from '../record/schema.js';
import { compareByPublished, familyCount, independentCount, itemSource, publishedSpan, sortByPublished } from './sources.js';
import { familyFirstDates, groupStatements, statementCore } from './statements.js';
import { fold, shortHash, surname } from './text.js';

export interface ConditionMention {
  record: NormalizedRecord;
  familyId: string;
  origin: string;
  index: number;
  condition: Condition;
  scope: 'track' | 'around';
}

export function actorKey(c: Condition): string {
  return c.actor.country ?? `name:${surname(c.actor.name) ?? fold(c.actor.name)}`;
}

export function mergeConditions(mentions: ConditionMention[]): BriefingCondition[] {
  // Mentions arrive in article-id order; a stable sort by published date alone gives (published, id, index).
  const ordered = sortByPublished(mentions, (m) => m.record.published.date);
  const groups = groupStatements(ordered, (m) => statementCore(m.condition.text), (m) => actorKey(m.condition));
  return groups.map((g) => {
    const first = g.members[0];
    const sources = g.members.map((m) => itemSource(m.record, m, m.condition.evidence, `condition:${m.index}`)).sort(compareByPublished);
    // "Restated" needs a second story: one story in five copies, even spread over days, is said once.
    // A new story of the same outlet is a new report of the condition (it counts once as support).
    const restatedOn = familyCount(sources) > 1 ? (familyFirstDates(sources).at(-1) ?? null) : null;
    return {
      id: `cd-${shortHash(`${actorKey(first.condition)}|${first.record.id}#condition:${first.index}`)}`,
      actor: first.condition.actor,
      text: first.condition.text,
      quote: first.condition.quote ?? g.members.find((m) => m.condition.quote)?.condition.quote ?? null,
      kind: first.condition.kind ?? g.members.find((m) => m.condition.kind)?.condition.kind,
      firstStated: publishedSpan(sources).first,
      lastRestated: restatedOn,
      sources,
      families: independentCount(sources),
      scope: g.members.some((m) => m.scope === 'track') ? 'track' : 'around',
      change: null,
    };
  });
}
