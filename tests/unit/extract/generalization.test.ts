/**
 * Generalization: twenty-three hand-labelled articles on tracks other than the seeds' (tests/fixtures/articles/
 * generalization, one NAME.expect.json per article, written from a reading of the text; six of them written blind
 * by someone who had not seen the extractor's rules). Each core contact
 * must be found with its date, place, people and initiator; background and hypothetical contacts must not
 * become contacts; page furniture must not leak. Totals guard precision and recall across the set. The blind batches
 * still being worked through (tests/fixtures/articles/blind, blind3) get the same per-article checks and their own
 * totals; the held-out batch (tests/fixtures/articles/holdout) only its totals and furniture.
 * Scoreboard: `npx tsx tests/unit/extract/generalization/report.ts --verbose [--dir tests/fixtures/articles/blind3]`.
 */
import { describe, expect, it } from 'vitest';
import { BLIND3_DIR, BLIND5_DIR, BLIND6_DIR, BLIND_DIR, HOLDOUT_DIR, loadFixtures, runFixture, scoreFixture, totals, type Fixture, type FixtureScore } from './generalization/score.js';

const fixtures = loadFixtures();
// Extracted once at load (describe blocks cannot await).
const records = await Promise.all(fixtures.map(runFixture));

/** The per-article checks; returns the scores the totals are computed from. */
function describeArticles(set: Fixture[], setRecords: Awaited<ReturnType<typeof runFixture>>[]): FixtureScore[] {
  const scores: FixtureScore[] = [];
  describe.each(set.map((f, i) => ({ ...f, record: setRecords[i] })))('$name', (f) => {
    const score = scoreFixture(f, f.record);
    scores.push(score);
    it('finds every core contact with the right fields (known gaps are listed in the labels and must stay exact)', () => {
      expect(score.coreFailures).toEqual(f.expect.knownGaps ?? []);
    });
    it('makes no contact from background, hypothetical or denied mentions (known ones listed in the labels, exact)', () => {
      expect(score.notContactViolations).toEqual(f.expect.knownFalseContacts ?? []);
    });
    it('lets no page furniture into the record', () => {
      expect(score.forbidden).toEqual([]);
    });
  });
  return scores;
}

const scores = describeArticles(fixtures, records);

interface Floors { precision: number; recall: number; fieldAccuracy: number; conditionRecall: number; questionRecall: number }

/**
 * Blind batches scored on their own, each with floors just under its current totals, so a change that loses what
 * they gained fails. The held-out batch gets no per-article gap lists: those would name its misses to whoever
 * writes the next rules; only its furniture and totals are checked.
 */
const SIDE_SETS: Array<{ title: string; dir: URL; perArticle: boolean; floors: Floors }> = [
  {
    // Seven articles (DR Congo–Rwanda, Egypt–Ethiopia, Israel–Lebanon, China–Japan, Afghanistan–Pakistan,
    // Algeria–France, Armenia–Turkey). First contact, 22 Nov (BEFORE-w1.txt): P 65 %, R 47 %, fields 64 %. After the
    // morning's rules: P 91 %, R 72 % (31 of 43), fields 86 %; the afternoon's: P 94 %, R 72 %, fields 88 %. Scored
    // since 13:30 with contacts drawn only from labelled non-contact sentences no longer standing in for real ones
    // (three had matched labels): P 88 %, R 67 % (29 of 43), fields 92 %.
    title: 'blind batch 1, still being worked through (tests/fixtures/articles/blind)',
    dir: BLIND_DIR,
    perArticle: true,
    floors: { precision: 0.85, recall: 0.65, fieldAccuracy: 0.9, conditionRecall: 0.9, questionRecall: 0.95 },
  },
  {
    // Six articles (South Africa–US, Belarus–US, Cyprus, Mexico–US, Vietnam–China, Iran–E3). First contact, 22 Nov
    // (BEFORE-w3.txt): P 67 %, R 47 % counted by hand (the scorer then said 76 / 53 %: denials took labels).
    // After the afternoon's rules, written from its misses: P 98 %, R 87 % (41 of 47), fields 92 %, conditions R 100 %.
    title: 'blind batch 3, the afternoon rules were written from it (tests/fixtures/articles/blind3)',
    dir: BLIND3_DIR,
    perArticle: true,
    floors: { precision: 0.95, recall: 0.85, fieldAccuracy: 0.9, conditionRecall: 0.95, questionRecall: 0.95 },
  },
  {
    // Six articles (Azerbaijan–Russia, Colombia–US, Ethiopia–Somalia, North Korea–Russia, Poland–Ukraine,
    // India–Bangladesh). First contact (BEFORE-w4.txt): P 66 %, R 45 % (19 of 42), fields 56 %. After the afternoon's
    // rules, which were not written from it: P 63 %, R 48 % (20 of 42), fields 58 %. The estimate of what rules
    // carry over: hardly anything. The 22 Nov evening round (rules about kinds of language, written with its misses in
    // view, so no longer held out): P 88 %, R 69 % (29 of 42), fields 84 %.
    title: 'batch 4, held out until the 22 Nov evening round (tests/fixtures/articles/holdout)',
    dir: HOLDOUT_DIR,
    perArticle: false,
    floors: { precision: 0.85, recall: 0.65, fieldAccuracy: 0.75, conditionRecall: 0.9, questionRecall: 0.95 },
  },
  {
    // Six articles (Israel–Syria, Canada–US, Denmark–US with Greenland, Philippines–China, Kuwait–Iraq,
    // Guyana–Venezuela), written to be unlike "X met Y" prose. First contact (BEFORE-w5.txt): P 56 %, R 28 % (9 of 32),
    // fields 69 %. After the evening's first round (written from batch 4, not from it): P 53 %, R 28 %. After the
    // short second round, written from its misses (parties, senses of contact words, denials of reports, days of the
    // month): P 81 %, R 41 % (13 of 32), fields 70 %, conditions R 100 %.
    title: 'blind batch 5, the evening second round was written from it (tests/fixtures/articles/blind5)',
    dir: BLIND5_DIR,
    perArticle: false,
    floors: { precision: 0.78, recall: 0.4, fieldAccuracy: 0.65, conditionRecall: 0.95, questionRecall: 0.95 },
  },
  {
    // Six articles (Pakistan–US, Spain–Morocco, South Korea–China, Nigeria–Niger, Argentina–UK, Egypt–Turkey). First
    // contact (BEFORE-w6.txt): P 67 %, R 34 % (12 of 35), fields 72 %. Held out from both evening rounds: after them
    // P 71 %, R 34 % (12 of 35), fields 74 %. Totals and page furniture only, so its misses are not spelled out here.
    title: 'held-out batch 6 (tests/fixtures/articles/blind6)',
    dir: BLIND6_DIR,
    perArticle: false,
    floors: { precision: 0.65, recall: 0.3, fieldAccuracy: 0.7, conditionRecall: 0.8, questionRecall: 0.9 },
  },
];

for (const side of SIDE_SETS) {
  const set = loadFixtures(side.dir);
  const setRecords = await Promise.all(set.map(runFixture));
  describe(side.title, () => {
    const sideScores = side.perArticle ? describeArticles(set, setRecords) : set.map((f, i) => scoreFixture(f, setRecords[i]));
    if (!side.perArticle) {
      it.each(sideScores.map((s) => [s.name, s] as const))('%s lets no page furniture into the record', (_, s) => {
        expect(s.forbidden).toEqual([]);
      });
    }
    it('keeps its totals at least where they are', () => {
      const t = totals(sideScores);
      expect(t.precision).toBeGreaterThanOrEqual(side.floors.precision);
      expect(t.recall).toBeGreaterThanOrEqual(side.floors.recall);
      expect(t.fieldAccuracy).toBeGreaterThanOrEqual(side.floors.fieldAccuracy);
      expect(t.conditionRecall).toBeGreaterThanOrEqual(side.floors.conditionRecall);
      expect(t.questionRecall).toBeGreaterThanOrEqual(side.floors.questionRecall);
    });
  });
}

describe('generalization totals', () => {
  it('has at least ten labelled articles, one of them with no contact at all', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(fixtures.some((f) => f.expect.contacts.filter((c) => !c.optional).length === 0)).toBe(true);
  });
  it('keeps contact precision and recall, field accuracy, conditions and questions above the floor', async () => {
    const t = totals(scores);
    // Measured 2026-11-22 on the first twelve: P 100%, R 95%, fields 96%, conditions 86%, questions 100% (before this work: 64/55/75/79/83).
    // With five more articles in styles not covered before (ministry readout, joint declaration, postponement, wire with
    // several days, non-leader track): P 80%, R 68%, fields 87%, conditions 68%, questions 97% when added; after the
    // fixes they prompted, P 100%, R 90%, fields 91%, conditions 88%, questions 97% over all seventeen; later on 22 Nov: P 100%,
    // R 97% (61 of 63), fields 96%, conditions 100%, questions 100%. Then six blind articles (batch 2: Armenia-Turkey,
    // Australia-China, Brazil-US, Canada-India, Japan-South Korea, Sudan) joined: P 81%, R 53%, fields 75% on first
    // contact, P 97%, R 80%, fields 86% after the rules they prompted; all twenty-three: P 99%, R 90% (93 of 103),
    // fields 93%. After the afternoon's rules: P 99%, R 91%, fields 94%; scored strictly (a contact drawn only from a
    // labelled non-contact sentence matches no label): P 97%, R 90% (93 of 103), fields 95%. The blind batches are
    // scored on their own (SIDE_SETS above): their recall would take these below the floor.
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.fieldAccuracy).toBeGreaterThanOrEqual(0.9);
    // Conditions, 22 Nov after the condition and question rules (speaker, statement, history, exhortation): precision 100 %
    // (labelled / extracted), recall 100 %, questions 100 %; before them, with the same labels, P 78 %, R 76 %, questions
    // 97 % (88 % condition recall on the labels as first written). Labels were added for the right statements found unlabelled.
    expect(t.conditionPrecision).toBeGreaterThanOrEqual(0.93);
    expect(t.conditionRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.questionRecall).toBeGreaterThanOrEqual(0.95);
  });
});
