/** Markdown tables for the console, bench/results.md and docs/bench.md. */
import type { BudgetOutcome } from '../budgets.js';
import type { BenchResults } from './results.js';
import type { Summary } from './stats.js';

export function fmt(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

type Row = [string, string, string, string, string];

const summaryRow = (label: string, s: Summary | undefined, note = ''): Row =>
  s ? [label, fmt(s.median), fmt(s.min), fmt(s.max), `${s.runs} runs${note ? `; ${note}` : ''}`] : [label, 'not measured', '', '', note];
const singleRow = (label: string, v: number | null | undefined, note = ''): Row => [label, fmt(v), '', '', note];

function markdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatResultsTable(r: BenchResults): string {
  const rows: Row[] = [];
  const section = (title: string) => rows.push([`**${title}**`, '', '', '', '']);
  const m = r.machine;

  if (r.extraction) {
    const { corpus, ours, compromise, speedupVsCompromise } = r.extraction;
    section(`Extraction — corpus of ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.words.toLocaleString('en-US')} words (${corpus.about1000Words} of ~1,000 words)`);
    rows.push(summaryRow('extractArticle, articles/s', ours.articlesPerSec, `peak RSS ${fmt(ours.peakRssMiB)} MiB`));
    rows.push(summaryRow('extractArticle, MB/s', ours.mbPerSec));
    rows.push(summaryRow('extractArticle, ms per ~1,000-word article (median)', ours.latencyMs1000Words));
    if (compromise) {
      rows.push(summaryRow('compromise nlp(), articles/s', compromise.articlesPerSec, `peak RSS ${fmt(compromise.peakRssMiB)} MiB`));
      rows.push(summaryRow('compromise nlp(), ms per ~1,000-word article (median)', compromise.latencyMs1000Words));
    }
    if (speedupVsCompromise) rows.push(summaryRow('extractArticle speed-up over compromise (×)', speedupVsCompromise, 'pass-time ratio'));
  }
  if (r.merge) {
    section('Merge + compose + render (buildBriefingModel + renderBriefing), one core');
    for (const [size, res] of Object.entries(r.merge.bySize)) {
      rows.push(summaryRow(`${Number(size).toLocaleString('en-US')} records, ms`, res.totalMs,
        `merge ${fmt(res.buildMs.median)} + render ${fmt(res.renderMs.median)} ms; peak RSS ${fmt(res.peakRssMiB)} MiB (records alone ${fmt(res.recordsRssMiB)}, + previous briefing ${fmt(res.baselineRssMiB)}, after merge ${fmt(res.afterMergeRssMiB)}); ${res.shape.contacts} contacts`));
    }
    rows.push(singleRow('growth 10k → 100k records (×, time)', r.merge.growth10kTo100k, 'linear = 10×'));
  }
  if (r.digest) {
    section(`Digest end to end (embedded S3 ${r.digest.serverInSeparateProcess ? 'in its own process' : 'in-process'}, embedded SES), records/s`);
    for (const [size, res] of Object.entries(r.digest.bySize)) {
      for (const [c, v] of Object.entries(res.concurrency)) {
        rows.push(summaryRow(`${Number(size).toLocaleString('en-US')} records, READ_CONCURRENCY ${c}`, v.recordsPerSec,
          `${fmt(v.ms.median / 1000)} s per digest; read phase alone ${fmt(v.readRecordsPerSec?.median)} records/s; peak RSS ${fmt(res.peakRssMiB)} MiB`));
      }
    }
  }
  if (r.bundles) rows.push(...bundleRows(r.bundles, section));
  if (r.render) {
    section('Template render (renderBriefing only)');
    rows.push(summaryRow(`seeds' briefing (${r.render.seeds.contacts} contacts), ms`, r.render.seeds.ms, `HTML ${r.render.seeds.htmlKiB} KiB`));
    rows.push(summaryRow(`500-contact briefing, ms`, r.render.contacts500.ms, `HTML ${r.render.contacts500.htmlKiB} KiB`));
  }
  const header = `Measured ${r.generatedAt} with \`${r.command}\` in ${Math.round(r.durationSeconds)} s on ${m.cpuModel}, ${m.cores} cores, ` +
    `${m.totalMemoryGiB} GiB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage1m}` +
    (r.pinning ? `; measurements pinned to CPU ${r.pinning.measurementCpu} (S3 emulator on CPU ${r.pinning.serverCpu})` : '; not pinned') + '.';
  const errors = r.errors.length ? `\n\nNot measured:\n${r.errors.map((e) => `- ${e.measurement}: ${e.error.split('\n')[0].slice(0, 300)}`).join('\n')}` : '';
  return `${header}\n\n${markdown(['Measure', 'Median', 'Min', 'Max', 'Notes'], rows)}${errors}`;
}

function bundleRows(bundles: NonNullable<BenchResults['bundles']>, section: (title: string) => void): Row[] {
  const rows: Row[] = [];
  // Older results files: imports ran with --enable-source-maps, and "without" was the comparison.
  const legacy = bundles.nodeOptions === undefined;
  const importLabel = legacy ? 'cold import ms (--enable-source-maps)' : `cold import ms (${bundles.nodeOptions || 'no NODE_OPTIONS'})`;
  const comparison = (b: { importMsEnableSourceMaps?: Summary; importMsWithoutSourceMaps?: Summary }) =>
    legacy ? `without source maps ${fmt(b.importMsWithoutSourceMaps?.median)} ms` : `with --enable-source-maps ${fmt(b.importMsEnableSourceMaps?.median)} ms`;
  const { esbuild } = bundles;
  section(`Lambda bundles (esbuild ${esbuild.format}, ${esbuild.target}, minify ${esbuild.minify}${esbuild.charset ? `, charset ${esbuild.charset}` : ''})`);
  const floor = bundles.sdkFloor;
  if (floor) {
    rows.push(singleRow('AWS SDK floor (S3 + SES clients alone), KiB', floor.sizeKiB, `${floor.classes.join(', ')}: what a handler using them carries before any of our code`));
    rows.push(summaryRow(`AWS SDK floor, ${importLabel}`, floor.importMs, comparison(floor)));
  }
  for (const [name, b] of Object.entries(bundles.handlers)) {
    const top = Object.entries(b.largestPackagesKiB).slice(0, 3).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
    const parts = b.coldStartKiB !== undefined && b.onDemand ? `; ${fmt(b.coldStartKiB)} KiB parsed at a cold start, ${fmt(b.onDemand?.kiB)} KiB on first use` : '';
    rows.push(singleRow(`${name} handler, KiB`, b.sizeKiB, `every code file${parts}; largest: ${top}; source map ${fmt(b.sourceMapKiB)} KiB`));
    if (b.sizeWithoutSdkKiB !== undefined) rows.push(singleRow(`${name} handler without the SDK floor, KiB`, b.sizeWithoutSdkKiB, 'our code and the libraries only it uses'));
    rows.push(summaryRow(`${name} handler, ${importLabel}`, b.importMs, comparison(b)));
    if (b.onDemand) {
      const what = [...new Set(b.onDemand.sources.map((s) => s.replace(/^(?:\.\.\/)*/, '')).filter((s) => s.startsWith('lambdas/')))].join(', ');
      rows.push(summaryRow(`${name} handler + its on-demand chunks (${fmt(b.onDemand.kiB)} KiB), ${importLabel}`, b.onDemand.importMs, `cold start of the first upload that needs ${what}`));
    }
  }
  return rows;
}

/** What a reader needs to judge the bundle budgets: the SDK's own share, and each handler without it. */
export function formatBundleContext(bundles: BenchResults['bundles']): string | null {
  const floor = bundles?.sdkFloor;
  if (!bundles || !floor) return null;
  const handlers = Object.entries(bundles.handlers)
    .map(([name, b]) => `${name} ${fmt(b.sizeKiB)} KiB of which ${fmt(b.sizeWithoutSdkKiB)} KiB not SDK, ${fmt(b.importMs.median)} ms`)
    .join('; ');
  return `Context for the bundle budgets: the AWS SDK floor (S3 + SES clients alone) is ${fmt(floor.sizeKiB)} KiB and imports in ${fmt(floor.importMs.median)} ms (median); ${handlers}.`;
}

export function formatBudgetTable(outcomes: readonly BudgetOutcome[]): string {
  return markdown(
    ['Budget', 'Target', 'Measured', 'Status'],
    outcomes.map((o) => [o.label, `${o.direction === 'below' ? '<' : '>'} ${fmt(o.limit)} ${o.unit}`, o.value === null ? '—' : `${fmt(o.value)} ${o.unit}`, o.status === 'met' ? 'met' : o.status === 'missed' ? '**MISSED**' : '**not measured**']),
  );
}
