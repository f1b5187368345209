/**
 * Merging quality on clusters of articles: several outlets on one contact, as `npm run brief` sees them
 * (embedded S3 and SES, the real handlers). Each folder under tests/fixtures/clusters/ is invented
 * reporting on a track other than US–Russia; its manifest.json says what it holds. The expectations
 * are what an analyst reading the articles would conclude; nothing in the code knows these texts.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingContact, BriefingModel } from '../../lambdas/core/briefing/model.js';
import { runLocalPipeline } from '../../lambdas/local/pipeline.js';

const clusters = join(import.meta.dirname, '../fixtures/clusters');

interface Briefing {
  model: BriefingModel;
  /** The plain-text part of the email, as the embedded SES received it. */
  text: string;
}

async function brief(folder: string, track: string, now: string): Promise<Briefing> {
  const outDir = await mkdtemp(join(tmpdir(), `cluster-${folder}-`));
  const result = await runLocalPipeline({ inDir: join(clusters, folder), outDir, now: new Date(now), track });
  expect(result.failedInvocations).toEqual([]);
  expect(result.quarantined).toBe(0);
  expect(result.digestStatus).toBe('sent');
  return { model: result.model!, text: await readFile(result.files!.txt, 'utf8') };
}

const names = (c: BriefingContact) => c.participants.map((p) => p.name).sort();
const outlets = (c: { sources: Array<{ outlet: string | null }> }) => c.sources.map((s) => s.outlet).sort();
const naming = (contacts: BriefingContact[], surname: string) => contacts.filter((c) => c.participants.some((p) => p.name.includes(surname)));
/** The email wraps lines: compare with runs of whitespace as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('one phone call, four outlets (JP–KR)', () => {
  let b: Briefing;
  beforeAll(async () => {
    b = await brief('call-four-outlets', 'JP-KR', '2025-11-22T07:00:00Z');
  });

  it('is one call with all four reports, four independent families', () => {
    const calls = b.model.contacts.filter((c) => c.mode === 'call');
    expect(calls).toHaveLength(1);
    expect(outlets(calls[0])).toEqual(['Northeast Asia Weekly', 'Pacific Wire', 'Seoul Daily Herald', 'Tokyo Ledger']);
    expect(calls[0].confidence.families).toBe(4);
    // "President Lee" in the wire brief is Lee Jae-myung of the other reports: one participant.
    expect(names(calls[0])).toEqual(['Lee Jae-myung', 'Sanae Takaichi']);
  });

  it('dates it from the reports that give a date, in the words of the one that states it', () => {
    const [call] = b.model.contacts.filter((c) => c.mode === 'call');
    expect(call.date).toMatchObject({ value: '2025-11-18', precision: 'day', text: 'November 18, 2025', basis: 'corroborated', reportedBasis: 'stated' });
    expect(call.date.suppliedBy).toHaveLength(3);
  });

  it('keeps the disagreement on who asked for the call, showing the better-supported side', () => {
    const [call] = b.model.contacts.filter((c) => c.mode === 'call');
    expect(call.initiator).toBe('JP');
    expect(call.disputes).toEqual([
      expect.objectContaining({
        field: 'initiator',
        values: [expect.objectContaining({ value: 'JP', families: 2, shown: true }), expect.objectContaining({ value: 'KR', families: 1, shown: false })],
      }),
    ]);
    expect(call.confidence.disputed).toBe(true);
  });

  it('has Lee’s condition once, first stated and restated by independent outlets', () => {
    const labour = b.model.conditions.filter((c) => c.text.includes('wartime labour'));
    expect(labour).toHaveLength(1);
    expect(labour[0]).toMatchObject({ actor: { country: 'KR' }, firstStated: '2025-11-19', lastRestated: '2025-11-21', families: 3 });
  });

  it('writes the call once in the email, with the dispute and the restatement visible', () => {
    const text = flat(b.text);
    expect(text.match(/\[HELD\] [^·]*call ·/g)).toHaveLength(1);
    expect(text).toMatch(/Disputed: Initiated by: shown Japan \(2 sources\); also reported South Korea \(1 source\)/);
    expect(text).toContain('last restated 21 Nov 2025');
  });
});

describe('one meeting in a third country, three wordings, and a different meeting two weeks later (IR–SA)', () => {
  let b: Briefing;
  beforeAll(async () => {
    b = await brief('meetings-two-cities', 'IR-SA', '2025-10-01T07:00:00Z');
  });

  it('has exactly two contacts, Doha and Muscat, both on the track despite the host country', () => {
    expect(b.model.contacts.map((c) => c.location?.city).sort()).toEqual(['Doha', 'Muscat']);
    expect(b.model.aroundTrack).toEqual([]);
    for (const c of b.model.contacts) expect(c.countries).toEqual(['IR', 'SA']);
  });

  it('merges "talks", "meeting" and "summit" in Doha into one contact without a dispute', () => {
    const doha = b.model.contacts.find((c) => c.location?.city === 'Doha')!;
    expect(doha).toMatchObject({ mode: 'summit', status: 'held', location: { country: 'QA' }, date: { value: '2025-09-15', basis: 'stated', text: 'September 15, 2025' } });
    expect(outlets(doha)).toEqual(['Gulf Times Example', 'Riyadh Review', 'Tehran Monitor']);
    expect(doha.confidence).toEqual({ date: 'stated', families: 3, disputed: false });
    expect(doha.disputes).toEqual([]);
  });

  it('keeps the Muscat meeting on its own date with its own two sources', () => {
    const muscat = b.model.contacts.find((c) => c.location?.city === 'Muscat')!;
    expect(muscat).toMatchObject({ status: 'held', location: { country: 'OM' }, date: { value: '2025-09-29', precision: 'day' } });
    expect(outlets(muscat)).toEqual(['Gulf Times Example', 'Oman Observer Example']);
    expect(muscat.confidence.families).toBe(2);
  });

  it('has Pezeshkian’s condition once, restated at the second meeting', () => {
    const iran = b.model.conditions.filter((c) => c.actor.country === 'IR');
    expect(iran).toHaveLength(1);
    expect(iran[0]).toMatchObject({ firstStated: '2025-09-16', lastRestated: '2025-09-30', families: 2 });
  });
});

describe('a wire story, three rewrites and one independent report (TR–EG)', () => {
  let b: Briefing;
  beforeAll(async () => {
    b = await brief('wire-rewrites', 'TR-EG', '2025-10-15T07:00:00Z');
  });

  it('counts two source families among five articles', () => {
    expect(b.model.stats).toMatchObject({ articles: 5, articlesUsed: 5, families: 2 });
    const byFamily = new Map<string, number>();
    for (const s of b.model.sources) byFamily.set(s.familyId, (byFamily.get(s.familyId) ?? 0) + 1);
    expect([...byFamily.values()].sort()).toEqual([1, 4]);
  });

  it('has one Cairo talks contact with five reports but two confirmations', () => {
    // The copy published a week later says "on Monday" too: not talks on the following Monday.
    // The council meeting "no date has been set for" is a second, planned contact of the same two ministers.
    const talks = naming(b.model.contacts, 'Fidan').filter((c) => c.status === 'held');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ status: 'held', location: { city: 'Cairo' }, date: { value: '2025-10-06', precision: 'day' } });
    expect(talks[0].disputes).toEqual([]);
    expect(talks[0].sources).toHaveLength(5);
    expect(talks[0].confidence.families).toBe(2);
  });

  it('does not count the copies as restatements of Fidan’s condition or re-raisings of the question', () => {
    const ceasefire = b.model.conditions.filter((c) => c.actor.country === 'TR');
    expect(ceasefire).toHaveLength(1);
    // The trimmed copy came out a week later; the independent report the same day as the wire.
    expect(ceasefire[0]).toMatchObject({ families: 2, firstStated: '2025-10-07', lastRestated: '2025-10-07' });
    expect(ceasefire[0].sources).toHaveLength(5);
    const council = b.model.openQuestions.filter((q) => q.text.includes('Strategic Cooperation Council'));
    expect(council).toHaveLength(1);
    expect(council[0]).toMatchObject({ raisedAt: '2025-10-07', lastRaised: '2025-10-07', answered: null });
    expect(council[0].sources).toHaveLength(3);
  });

  it('says "2 independent sources" in the email, not five', () => {
    expect(flat(b.text)).toContain('from 5 articles (2 independent sources)');
  });
});

describe('a summit announced with no date, then dated, then held (CN–IN)', () => {
  let b: Briefing;
  beforeAll(async () => {
    b = await brief('summit-lifecycle', 'CN-IN', '2025-09-02T07:00:00Z');
  });

  it('is one contact with its status history', () => {
    expect(b.model.contacts).toHaveLength(1);
    const [summit] = b.model.contacts;
    expect(summit).toMatchObject({ mode: 'summit', status: 'held', location: { city: 'Tianjin' }, date: { value: '2025-08-31', precision: 'day', basis: 'corroborated' } });
    expect(summit.statusHistory.map((h) => [h.status, h.asOf])).toEqual([
      ['planned', '2025-07-20'],
      ['held', '2025-09-01'],
    ]);
    expect(summit.sources.map((s) => s.published)).toEqual(['2025-07-20', '2025-08-12', '2025-09-01']);
  });

  it('marks "no date has been set" answered by the summit being held', () => {
    const noDate = b.model.openQuestions.filter((q) => q.kind === 'unscheduled');
    expect(noDate).toHaveLength(1);
    expect(noDate[0].answered).toMatchObject({ contactId: b.model.contacts[0].id, text: 'Held on 2025-08-31 in Tianjin', at: '2025-09-01' });
  });

  it('shows India’s border condition once, restated in other words, with first and last dates', () => {
    const border = b.model.conditions.filter((c) => c.text.includes('de-escalation'));
    expect(border).toHaveLength(1);
    // Three stories, two outlets: Delhi Dispatch's two stories count once as support.
    expect(border[0]).toMatchObject({ actor: { country: 'IN' }, firstStated: '2025-07-20', lastRestated: '2025-09-01', families: 2 });
    const text = flat(b.text);
    expect(text.match(/de-escalation/g)).toHaveLength(1);
    expect(text).toContain('First stated 20 Jul 2025; last restated 1 Sep 2025.');
    expect(text).toMatch(/planned \(20 Jul 2025, Delhi Dispatch\) → held \(1 Sep 2025, Delhi Dispatch\)/);
  });
});

describe('one call dated by each side in its own time zone (AU–CN)', () => {
  let b: Briefing;
  beforeAll(async () => {
    b = await brief('call-time-zones', 'AU-CN', '2025-09-20T07:00:00Z');
  });

  it('is one call with the other side’s day kept as a date dispute', () => {
    expect(b.model.contacts).toHaveLength(1);
    const [call] = b.model.contacts;
    expect(call).toMatchObject({ mode: 'call', date: { value: '2025-09-18', precision: 'day' }, confidence: { families: 3, disputed: true } });
    expect(call.disputes).toEqual([
      expect.objectContaining({
        field: 'date',
        values: [expect.objectContaining({ value: '2025-09-18', families: 2, shown: true }), expect.objectContaining({ value: '2025-09-19', families: 1, shown: false })],
      }),
    ]);
    expect(flat(b.text)).toContain('also reported 19 Sep 2025 (1 source)');
  });
});
