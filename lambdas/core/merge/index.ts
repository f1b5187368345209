/**
 * PLACEHOLDER: the merging issue replaces this with contact resolution, lifecycle, disputes, syndication
 * families, tracks and "what changed". The signature is the contract the digest use case calls.
 */
import type { NormalizedRecord } from '../record/schema.js';
import type { BriefingModel, TrackDefinition } from '../briefing/model.js';

export interface BuildBriefingInput {
  records: NormalizedRecord[];
  track: TrackDefinition;
  /** The model of the last briefing sent for this track, if any. */
  previous: BriefingModel | null;
  now: Date;
  stats: { skippedRecords: number; quarantined: number };
}

export function buildBriefingModel(input: BuildBriefingInput): BriefingModel {
  const { records, track } = input;
  const sources = records.map((r) => ({
    articleId: r.id,
    key: r.source.key,
    title: r.title,
    outlet: r.source.outlet,
    url: r.source.url,
    published: r.published.date,
    familyId: r.id,
  }));
  const contacts = records.flatMap((r) =>
    r.contacts
      .filter((c) => track.countries.every((t) => c.countries.includes(t)))
      .map((c) => ({
        ...c,
        date: { ...c.date, basis: c.date.basis },
        sources: [{ articleId: r.id, key: r.source.key, outlet: r.source.outlet, url: r.source.url, published: r.published.date, familyId: r.id, evidence: c.evidence }],
        statusHistory: [{ status: c.status, asOf: r.published.date, articleId: r.id, outlet: r.source.outlet }],
        disputes: [],
        confidence: { date: c.date.basis, families: 1, disputed: false },
      })),
  );
  const dates = sources.map((s) => s.published).filter((d): d is string => !!d).sort();
  return {
    schemaVersion: 1,
    track,
    generatedAt: input.now.toISOString(),
    window: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    contacts,
    aroundTrack: [],
    conditions: records.flatMap((r, i) =>
      r.conditions.map((c, j) => ({ id: `${r.id}-c${j}`, actor: c.actor, text: c.text, quote: c.quote, firstStated: r.published.date, lastRestated: r.published.date, sources: [{ ...sources[i], evidence: c.evidence }] })),
    ),
    openQuestions: records.flatMap((r, i) =>
      r.openQuestions.map((q, j) => ({ id: `${r.id}-q${j}`, text: q.text, raisedAt: r.published.date, sources: [{ ...sources[i], evidence: q.evidence }], answered: null })),
    ),
    sources,
    changes: { isFirst: input.previous === null, since: input.previous?.generatedAt ?? null, newContacts: [], statusChanges: [], conditionsStated: [], conditionsRestated: [], questionsOpened: [], questionsAnswered: [] },
    stats: { articles: records.length, families: records.length, ...input.stats },
  };
}
