/**
 * Extraction throughput over the bench corpus, one process, one thread: `--engine ours` runs the product's
 * extractArticle on each article's bytes (decoding included, as in the Lambda); `--engine compromise` runs
 * compromise's full `nlp()` parse (tokenize + tag) on the same texts, as the reference. A short untimed
 * warm-up, then `--runs` timed passes over the whole corpus; per pass: articles/s, MB/s and the median
 * latency of the ~1,000-word articles.
 */
import nlp from 'compromise';
import { extractArticle, type ArticleInput } from '../../lambdas/core/extract/index.js';
import { buildCorpus, isAbout1000Words } from '../corpus.js';
import { median } from '../lib/stats.js';
import { argValue, collectGarbage, runWorker } from '../lib/worker.js';

runWorker(async () => {
  const engine = argValue('engine', 'ours');
  const runs = Number(argValue('runs', '5'));
  // Passes stop once this many seconds have passed (after at least one): keeps the slow reference bounded.
  const maxSeconds = Number(argValue('max-seconds', '600'));
  const started = performance.now();
  const corpus = buildCorpus();
  const inputs: ArticleInput[] = corpus.articles.map((a) => ({
    bytes: new TextEncoder().encode(a.text),
    bucket: 'bench-bucket',
    key: `incoming/${a.name}`,
    contentType: 'text/plain; charset=utf-8',
    metadata: { published: a.published },
  }));
  const now = new Date('2026-11-01T07:00:00Z');
  let sink = 0; // results are consumed so no engine can skip work
  const process1 = engine === 'compromise'
    ? async (i: number) => { sink += nlp(corpus.articles[i].text).document.length; }
    : async (i: number) => { sink += (await extractArticle(inputs[i], { now })).contacts.length; };
  if (engine !== 'ours' && engine !== 'compromise') throw new Error(`unknown engine ${engine}`);

  const near1000 = corpus.articles.map(isAbout1000Words);
  const passMs: number[] = [];
  const latencyMs1000Words: number[] = [];
  // Warm-up (pass -1) over the first 20 articles: JIT and lazy initialisation (knowledge files, lexicons).
  const WARM_UP_ARTICLES = 20;
  for (let pass = -1; pass < runs && (pass < 1 || (performance.now() - started) / 1000 < maxSeconds); pass++) {
    collectGarbage();
    const perArticle: number[] = [];
    const start = performance.now();
    const end = pass < 0 ? Math.min(WARM_UP_ARTICLES, inputs.length) : inputs.length;
    for (let i = 0; i < end; i++) {
      const t = performance.now();
      await process1(i);
      if (near1000[i]) perArticle.push(performance.now() - t);
    }
    const elapsed = performance.now() - start;
    if (pass < 0) continue;
    passMs.push(elapsed);
    latencyMs1000Words.push(median(perArticle));
  }
  const mb = corpus.bytes / 1e6;
  return {
    engine,
    corpus: { articles: corpus.articles.length, bytes: corpus.bytes, words: corpus.words, about1000Words: near1000.filter(Boolean).length },
    passMs,
    articlesPerSec: passMs.map((ms) => corpus.articles.length / (ms / 1000)),
    mbPerSec: passMs.map((ms) => mb / (ms / 1000)),
    latencyMs1000Words,
    sink,
  };
});
