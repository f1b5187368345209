/**
 * A briefing model of a given size (e.g. 500 contacts), built directly to the BriefingModel contract so the
 * template render benchmark does not depend on how many contacts the merge happens to resolve.
 */
import type { BriefingContact, BriefingModel, BriefingSource, ItemSource } from '../lambdas/core/briefing/model.js';
import type { ContactMode, ContactStatus } from '../lambdas/core/record/schema.js';
import { COUNTRIES, OUTLETS, TOPICS, VENUES } from './lib/cast.js';
import { createRng } from './lib/rng.js';
import { sentence } from './lib/sentences.js';
import { BENCH_NOW, BENCH_TRACK } from './lib/track.js';

export function syntheticBriefingModel(contactCount: number, seed = 500_009): BriefingModel {
  const rng = createRng(seed);
  const [us, ru] = BENCH_TRACK.countries.map((code) => COUNTRIES.find((c) => c.code === code)!);
  const day = (offset: number) => new Date(BENCH_NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  const sources: BriefingSource[] = Array.from({ length: Math.round(contactCount * 1.4) }, (_, i) => {
    const outlet = rng.pick(OUTLETS);
    return {
      articleId: i.toString(16).padStart(32, '0'),
      key: `incoming/${outlet.toLowerCase().replace(/\W+/g, '-')}/${i}.txt`,
      title: `${us.minister.surname} and ${ru.minister.surname} discuss ${rng.pick(TOPICS)}`,
      outlet,
      url: rng.chance(0.8) ? `https://news.example/${i}` : null,
      published: day(rng.int(0, 700)),
      familyId: `f${Math.floor(i / 2)}`,
    };
  });
  const itemSources = (n: number, text: string): ItemSource[] =>
    Array.from({ length: n }, () => {
      const s = rng.pick(sources);
      return { articleId: s.articleId, key: s.key, outlet: s.outlet, url: s.url, published: s.published, familyId: s.familyId, evidence: [{ text, start: 10, end: 10 + text.length }] };
    });
  const contact = (i: number, around: boolean): BriefingContact => {
    const other = around ? rng.pick(COUNTRIES.filter((c) => c !== us && c !== ru)) : ru;
    const status = rng.pick<ContactStatus>(['held', 'held', 'held', 'planned', 'proposed', 'cancelled']);
    const date = day(rng.int(0, 700));
    const place = rng.chance(0.8) ? rng.pick(VENUES) : null;
    const srcs = itemSources(rng.int(1, 4), sentence('contact', rng, us, other));
    const disputed = rng.chance(0.1);
    return {
      id: `contact-${i}`,
      mode: rng.pick<ContactMode>(['call', 'meeting', 'summit', 'talks', 'visit', 'other']),
      status,
      date: { value: date, precision: 'day', text: `on ${date}`, basis: rng.pick(['stated', 'relative', 'corroborated'] as const) },
      location: place ? { city: place.city, venue: place.venue, country: place.country } : null,
      participants: [
        { name: us.minister.name, role: us.minister.role, country: us.code },
        { name: other.minister.name, role: other.minister.role, country: other.code },
      ],
      countries: [us.code, other.code].sort(),
      initiator: rng.chance(0.5) ? us.code : null,
      topics: rng.shuffle(TOPICS).slice(0, rng.int(1, 3)),
      sources: srcs,
      statusHistory: srcs.map((s) => ({ status, asOf: s.published, articleId: s.articleId, outlet: s.outlet })),
      disputes: disputed
        ? [{ field: 'date', values: [{ value: date, articleIds: [srcs[0].articleId], families: 2, shown: true }, { value: day(rng.int(0, 700)), articleIds: [srcs[0].articleId], families: 1, shown: false }] }]
        : [],
      confidence: { date: 'stated', families: new Set(srcs.map((s) => s.familyId)).size, disputed },
    };
  };
  const contacts = Array.from({ length: contactCount }, (_, i) => contact(i, false));
  const conditions = Array.from({ length: Math.round(contactCount / 8) }, (_, i) => {
    const text = sentence('condition', rng, us, ru);
    return { id: `condition-${i}`, actor: { name: ru.minister.name, country: ru.code }, text, quote: null, kind: 'demand', firstStated: day(300), lastRestated: day(3), sources: itemSources(rng.int(1, 3), text) };
  });
  const openQuestions = Array.from({ length: Math.round(contactCount / 12) }, (_, i) => {
    const text = sentence('question', rng, us, ru);
    return { id: `question-${i}`, text, kind: 'unscheduled', raisedAt: day(rng.int(0, 300)), sources: itemSources(1, text), answered: null };
  });
  const dates = sources.map((s) => s.published!).sort();
  return {
    schemaVersion: 1,
    track: BENCH_TRACK,
    generatedAt: BENCH_NOW.toISOString(),
    window: { from: dates[0], to: dates.at(-1)! },
    contacts,
    aroundTrack: Array.from({ length: Math.round(contactCount / 10) }, (_, i) => contact(contactCount + i, true)),
    conditions,
    openQuestions,
    sources,
    changes: {
      isFirst: false,
      since: day(1),
      newContacts: contacts.slice(0, 5).map((c) => c.id),
      statusChanges: [{ contactId: contacts[0].id, from: 'planned', to: 'held' }],
      conditionsStated: conditions.slice(0, 2).map((c) => c.id),
      conditionsRestated: conditions.slice(2, 4).map((c) => c.id),
      questionsOpened: openQuestions.slice(0, 2).map((q) => q.id),
      questionsAnswered: [],
    },
    stats: { articles: sources.length, families: new Set(sources.map((s) => s.familyId)).size, skippedRecords: 0, quarantined: 0 },
  };
}
