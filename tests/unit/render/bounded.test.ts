/**
 * A track with thousands of records must still give a short email: every section is capped before templating and
 * says what it leaves out; under the caps nothing is hidden.
 */
import { describe, expect, it } from 'vitest';
import { renderBriefing } from '../../../lambdas/core/render/index.js';
import { DEFAULT_LIMITS, UNLIMITED, selectConditions, selectQuestions, smallest } from '../../../lambdas/core/render/select.js';
import type { BriefingCondition, BriefingModel, BriefingSource, ItemSource } from '../../../lambdas/core/briefing/model.js';
import { fullModel } from '../../fixtures/briefing/full.js';
import { parse, section, textSection } from './sections.js';

const tz = { timezone: 'Europe/London' };

function day(i: number): string {
  return new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

/** 5,000 track contacts, 2,000 third-party ones, 300 conditions, 60 questions, 20,000 articles in 10,000 families. */
function bigModel(): BriefingModel {
  const sources: BriefingSource[] = Array.from({ length: 20_000 }, (_, i) => ({
    articleId: `art-${i}`,
    key: `incoming/art-${i}.txt`,
    title: `Story number ${i}`,
    outlet: `Outlet ${i % 37}`,
    url: `https://news.example/${i}`,
    published: day(Math.floor(i / 4)),
    familyId: `fam-${Math.floor(i / 2)}`,
  }));
  const cite = (i: number): ItemSource => ({ ...sources[i % sources.length], evidence: [] });
  const [contact] = fullModel.contacts;
  const [around] = fullModel.aroundTrack;
  const [condition] = fullModel.conditions;
  const [question] = fullModel.openQuestions;
  const contacts = Array.from({ length: 5_000 }, (_, i) => ({
    ...contact,
    id: `c-${i}`,
    date: { ...contact.date, value: day(i), precision: 'day' as const, basis: 'stated' as const },
    sources: [0, 1, 2, 3].map((k) => cite(i * 4 + k)),
  }));
  return {
    ...fullModel,
    contacts,
    aroundTrack: Array.from({ length: 2_000 }, (_, i) => ({
      ...around,
      id: `a-${i}`,
      date: { ...around.date, value: day(i), precision: 'day' as const, basis: 'stated' as const },
      sources: [cite(i * 10)],
    })),
    conditions: Array.from({ length: 300 }, (_, i) => ({
      ...condition,
      id: `k-${i}`,
      actor: { name: `Actor ${i % 12}`, country: i % 2 ? 'RU' : 'US' },
      text: `Condition ${i} of the big track`,
      lastRestated: day(i * 5),
      firstStated: day(i),
      // Some conditions are restated in hundreds of articles.
      sources: Array.from({ length: i % 50 === 49 ? 400 : 3 }, (_, k) => cite(i * 60 + k)),
    })),
    openQuestions: Array.from({ length: 60 }, (_, i) => ({ ...question, id: `q-${i}`, text: `Question ${i}?`, raisedAt: day(i), sources: [cite(i * 300)] })),
    sources,
    changes: { ...fullModel.changes, isFirst: false, newContacts: contacts.slice(0, 400).map((c) => c.id), statusChanges: [] },
    stats: { ...fullModel.stats, articles: 20_000, families: 10_000 },
  };
}

describe('a briefing of a very large track', () => {
  const model = bigModel();
  const r = renderBriefing(model, tz);

  it('stays under Gmail’s clipping size and a readable text length', () => {
    expect(Buffer.byteLength(r.html)).toBeLessThan(100 * 1024);
    expect(Buffer.byteLength(r.text)).toBeLessThan(150 * 1024);
  });

  it('shows the newest contacts and says how many it leaves out', () => {
    const timeline = section(r.html, 'Timeline');
    expect(timeline).toMatch(/Showing the newest \d+ of 5000 contacts; \d+ earlier contacts are not on the timeline\./);
    expect(parse(r.html).querySelectorAll('.tl-dot').length).toBeLessThanOrEqual(DEFAULT_LIMITS.timeline);
    // The newest contact is on the timeline; the oldest is not.
    expect(timeline).toContain(day(4_999).slice(0, 4));
    expect(section(r.html, 'Around the track')).toMatch(/…and \d+ earlier contacts with third parties/);
    expect(section(r.html, 'What changed')).toMatch(/…and 3\d\d more/);
  });

  it('caps conditions, questions and sources with "and N more" notes', () => {
    expect(section(r.html, 'Stated conditions')).toMatch(/…and \d+ more conditions\. Shown are the \d+ most recently stated or restated, at most \d+ per actor\./);
    expect(section(r.html, 'Open questions')).toMatch(/…and \d+ more questions\./);
    expect(section(r.html, 'Sources')).toMatch(/…and \d+ other articles\./);
    // A condition restated in 400 articles links a few of them and counts the rest.
    expect(r.html).toMatch(/\d+ more sources/);
    expect(r.text).toMatch(/\d+ more sources/);
    // The oldest contact's articles are cited by nothing shown, so they are not listed.
    expect(r.html).not.toContain('https://news.example/0"');
  });

  it('caps the text part too and says where everything is', () => {
    const latest = textSection(r.text, 'Latest contacts');
    expect(latest.match(/^\* \[/gm)?.length).toBe(40);
    expect(latest).toContain('…and 4960 earlier contacts on this track');
    expect(r.text.match(/^\* \[/gm)?.length).toBe(40 + DEFAULT_LIMITS.aroundTrack);
    expect(textSection(r.text, 'Stated conditions')).toMatch(/…and \d+ more conditions/);
    expect(textSection(r.text, 'Sources')).toMatch(/…and \d+ other articles/);
    for (const part of [r.text, r.html]) expect(part.replace(/\s+/g, ' ')).toContain('is in briefing.json, stored with this briefing in the briefings/ folder');
  });
});

describe('under the caps', () => {
  it('hides nothing: the seed-sized briefing renders exactly as with no caps at all', () => {
    const capped = renderBriefing(fullModel, tz);
    const uncapped = renderBriefing(fullModel, { ...tz, limits: UNLIMITED, maxTextContacts: Number.POSITIVE_INFINITY });
    expect(capped).toEqual(uncapped);
    expect(capped.html).not.toContain('briefing.json');
    expect(capped.text).not.toContain('briefing.json');
  });
});

describe('selection', () => {
  const cond = (id: string, actor: string, lastRestated: string): BriefingCondition => ({
    id,
    actor: { name: actor, country: null },
    text: id,
    quote: null,
    firstStated: '2020-01-01',
    lastRestated,
    sources: [],
  });

  it('keeps the most recently restated conditions, at most n per actor, in the model’s order', () => {
    const all = [cond('a1', 'A', '2024-01-01'), cond('a2', 'A', '2025-01-01'), cond('a3', 'A', '2026-01-01'), cond('b1', 'B', '2020-06-01')];
    const picked = selectConditions(all, { ...DEFAULT_LIMITS, conditions: 3, conditionsPerActor: 2 });
    expect(picked.map((c) => c.id)).toEqual(['a2', 'a3', 'b1']);
    expect(selectConditions(all, DEFAULT_LIMITS)).toBe(all);
  });

  it('keeps open questions before answered ones, newest raised first', () => {
    const q = (id: string, raisedAt: string, answered: boolean) => ({ ...fullModel.openQuestions[0], id, raisedAt, lastRaised: null, answered: answered ? { text: 'yes', contactId: null, articleId: null, at: null } : null });
    const all = [q('old-open', '2020-01-01', false), q('new-answered', '2026-01-01', true), q('new-open', '2025-01-01', false)];
    expect(selectQuestions(all, 2).map((x) => x.id)).toEqual(['old-open', 'new-open']);
  });

  it('takes the k smallest exactly as a full sort would, whatever the input order', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 1000;
    const values = Array.from({ length: 500 }, (_, i) => `${String(random()).padStart(3, '0')}-${i}`);
    const byDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    for (const k of [0, 1, 7, 50, 499, 500, 900]) expect(smallest(values, k, byDesc)).toEqual([...values].sort(byDesc).slice(0, k));
    expect(smallest(new Set(['b', 'a', 'c']), 2, (a, b) => a.localeCompare(b))).toEqual(['a', 'b']);
  });
});
