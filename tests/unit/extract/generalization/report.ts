/**
 * Prints the generalization scoreboard: `npx tsx tests/unit/extract/generalization/report.ts [--verbose] [--dir PATH]`
 * (PATH: another folder of labelled articles, e.g. new ones before they join the set).
 */
import { pathToFileURL } from 'node:url';
import { FIXTURE_DIR, loadFixtures, runFixture, scoreFixture, totals, type FixtureScore } from './score.js';

const verbose = process.argv.includes('--verbose');
const dirArg = process.argv.indexOf('--dir');
const dir = dirArg > 0 ? pathToFileURL(`${process.argv[dirArg + 1].replace(/\/?$/, '/')}`) : FIXTURE_DIR;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const scores: FixtureScore[] = [];
for (const f of loadFixtures(dir)) {
  const r = await runFixture(f);
  const s = scoreFixture(f, r);
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const rc = s.tp / Math.max(1, s.tp + s.fn);
  console.log(
    `${f.name.padEnd(28)} contacts P ${pct(p).padStart(4)} R ${pct(rc).padStart(4)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})  fields ${s.fieldsChecked - s.fieldsWrong.length}/${s.fieldsChecked}  conditions ${s.conditions.found}/${s.conditions.expected} (+${s.conditions.extra})  questions ${s.questions.found}/${s.questions.expected} (+${s.questions.extra})`,
  );
  if (verbose) {
    for (const m of s.missing) console.log(`   MISS ${m.countries.join('-')} ${m.modes.join('/')} ${m.status} ${m.participants?.join(', ') ?? ''}`);
    for (const c of s.extra) console.log(`   EXTRA ${c.countries.join('-')} ${c.mode} ${c.status} ${c.participants.map((q) => q.name).join(', ')} ${c.date.value ?? c.date.text ?? ''} | ${c.evidence[0]?.text.slice(0, 110)}`);
    for (const w of s.fieldsWrong) console.log(`   FIELD ${w}`);
    for (const v of s.notContactViolations) console.log(`   NOT-A-CONTACT used: ${v}`);
    for (const c of s.conditions.missing) console.log(`   COND MISS ${c}`);
    for (const c of r.conditions) console.log(`   cond: [${c.kind}] ${c.actor.name}/${c.actor.country}: ${c.text.slice(0, 90)}`);
    for (const q of r.openQuestions) console.log(`   question: [${q.kind}] ${q.text.slice(0, 100)}`);
    for (const q of s.questions.missing) console.log(`   QUESTION MISS ${q}`);
    for (const t of s.forbidden) console.log(`   FORBIDDEN text in output: ${t}`);
  }
  scores.push(s);
}
const t = totals(scores);
console.log(
  `TOTAL contacts P ${pct(t.precision)} R ${pct(t.recall)} (tp ${t.tp} fp ${t.fp} fn ${t.fn}), fields ${pct(t.fieldAccuracy)}, conditions P ${pct(t.conditionPrecision)} R ${pct(t.conditionRecall)}, questions R ${pct(t.questionRecall)}`,
);
