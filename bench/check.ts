/**
 * `npm run bench:check [results.json]`: compares a results file (default bench/results.json) with the
 * budgets in bench/budgets.ts. Exits 1 when any budget is missed or not measured, 2 when the file is unreadable.
 * Not part of `npm test` or CI: timings belong to the machine they were measured on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allMet, evaluateBudgets } from './budgets.js';
import { formatBudgetTable, formatBundleContext } from './lib/table.js';
import type { BenchResults } from './lib/results.js';

const file = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, 'results.json'));
let results: BenchResults;
try {
  results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
} catch (err) {
  console.error(`bench:check: cannot read ${file}: ${(err as Error).message}. Run \`npm run bench\` first.`);
  process.exit(2);
}
const outcomes = evaluateBudgets(results);
console.log(`Budgets for ${path.relative(process.cwd(), file)} (measured ${results.generatedAt} on ${results.machine.cpuModel}, ${results.machine.cores} cores, Node ${results.machine.node})\n`);
console.log(formatBudgetTable(outcomes));
const context = formatBundleContext(results.bundles);
if (context) console.log(`\n${context}`);
const missed = outcomes.filter((o) => o.status !== 'met');
if (missed.length > 0) {
  console.log(`\n${missed.length} of ${outcomes.length} budgets not met: ${missed.map((o) => o.id).join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${outcomes.length} budgets met.`);
