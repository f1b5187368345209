/**
 * The extraction corpus: the five seed articles verbatim plus generated articles of about 1,000 words each,
 * until the corpus holds at least `minBytes` of text (default 1.2 MB). Generated articles remix the seeds'
 * prose with the cast of another country pair (a seeded RNG picks who), interleave template sentences about
 * contacts, conditions and open questions, and often end with page noise (related headlines), as collected
 * web articles do. Same seed, same corpus, on every machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COUNTRIES, MONTHS, OUTLETS, TOPICS, type Country } from './lib/cast.js';
import { createRng, type Rng } from './lib/rng.js';
import { sentence, type SentenceKind } from './lib/sentences.js';

export interface CorpusArticle {
  name: string;
  text: string;
  words: number;
  /** Published date given as metadata (as S3 user metadata would), or null to make extraction look in the text. */
  published: string | null;
  generated: boolean;
}

export interface Corpus {
  articles: CorpusArticle[];
  bytes: number;
  words: number;
}

export const DEFAULT_CORPUS_SEED = 20250215;
const SEEDS_DIR = path.resolve(import.meta.dirname, '..', 'seeds');

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function readSeeds(): Array<{ name: string; text: string }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS_DIR, f), 'utf8') }));
}

/** Prose paragraphs of the seeds (lines of 25+ words); headline lists and menus are left out. */
function seedParagraphs(seeds: Array<{ text: string }>): string[] {
  return seeds.flatMap((s) => s.text.split(/\n+/).map((p) => p.trim()).filter((p) => countWords(p) >= 25));
}

/**
 * Re-casts seed prose about the first two cast countries (the seeds' track) onto another pair, so the corpus
 * is not one track over and over. Longest names first so "Russian" wins over "Russia".
 */
function recaster(from: [Country, Country], to: [Country, Country]): (text: string) => string {
  const pairs: Array<[string, string]> = [];
  from.forEach((c, i) => {
    const t = to[i];
    pairs.push([c.minister.name, t.minister.name], [c.minister.surname, t.minister.surname], [c.leader.name, t.leader.name],
      [c.leader.surname, t.leader.surname], [c.adjective, t.adjective], [c.capital, t.capital], [c.short, t.short]);
  });
  // Titles follow the person; shared titles ("President") stay as they are.
  if (from[0].minister.role !== from[1].minister.role) from.forEach((c, i) => pairs.push([c.minister.role, to[i].minister.role]));
  // Spelling variants of the same people, as different outlets write them.
  pairs.push(['Sergei Lavrov', to[1].minister.name], ['America', to[0].short]);
  const map = new Map(pairs.filter(([a]) => a.length > 1));
  const escaped = [...map.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'gu');
  return (text) => text.replace(pattern, (m) => map.get(m) ?? m);
}

function noiseBlock(rng: Rng): string {
  const lines = ['Related', ''];
  for (let i = rng.int(4, 9); i > 0; i--) {
    const c = rng.pick(COUNTRIES);
    lines.push(rng.pick([
      `${c.leader.surname} Signals Shift on ${rng.pick(TOPICS)} Ahead of Key Vote`,
      `${c.adjective} Markets Slide as ${rng.pick(TOPICS)} Talks Stall`,
      `Storm Disrupts Flights Across ${c.name.replace(/^the /, '')}, Thousands Stranded`,
      `${c.capital} Court Rules on ${rng.pick(['Election', 'Media', 'Pension', 'Tax'])} Case Amid Protests`,
    ]));
  }
  lines.push('', rng.pick(['Share this article', 'Subscribe to our newsletter', 'Give Feedback', 'You May Also Like']));
  return lines.join('\n');
}

function generatedParagraph(rng: Rng, a: Country, b: Country): string {
  const kinds: SentenceKind[] = ['contact', 'condition', 'question', 'background'];
  const count = rng.int(3, 5);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(sentence(i === 0 ? 'contact' : rng.pick(kinds), rng, a, b));
  return out.join(' ');
}

function generatedArticle(rng: Rng, index: number, prose: string[]): CorpusArticle {
  const [a, b] = rng.shuffle(COUNTRIES).slice(0, 2) as [Country, Country];
  const recast = recaster([COUNTRIES[0], COUNTRIES[1]], [a, b]);
  const year = rng.int(2024, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const published = rng.chance(0.5) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  const outlet = rng.pick(OUTLETS);
  const parts = [
    rng.pick([
      `${a.minister.surname} and ${b.minister.surname} discuss ${rng.pick(TOPICS)} as ${a.short}-${b.short} talks resume`,
      `${b.leader.surname} offers talks with ${a.leader.surname} amid dispute over ${rng.pick(TOPICS)}`,
      `${a.short} and ${b.short} exchange views as negotiations hang in the balance`,
    ]),
  ];
  if (rng.chance(0.6)) parts.push(`${outlet} | Updated: ${day} ${MONTHS[month - 1]} ${year}`);
  const noise = rng.chance(0.6) ? noiseBlock(rng) : null;
  let words = countWords(parts.join(' ')) + (noise ? countWords(noise) : 0);
  // Fill with paragraphs until about 1,000 words; a paragraph that would overshoot 1,080 is skipped.
  for (let attempts = 0; words < 960 && attempts < 200; attempts++) {
    const paragraph = rng.chance(0.5) ? recast(rng.pick(prose)) : generatedParagraph(rng, a, b);
    const w = countWords(paragraph);
    if (words + w > 1080) continue;
    parts.push(paragraph);
    words += w;
  }
  if (noise) parts.push(noise);
  const text = parts.join('\n\n') + '\n';
  return { name: `generated-${String(index).padStart(4, '0')}.txt`, text, words: countWords(text), published, generated: true };
}

export function buildCorpus(options: { seed?: number; minBytes?: number } = {}): Corpus {
  const rng = createRng(options.seed ?? DEFAULT_CORPUS_SEED);
  const minBytes = options.minBytes ?? 1.2 * 1024 * 1024;
  const seeds = readSeeds();
  const prose = seedParagraphs(seeds);
  const articles: CorpusArticle[] = seeds.map((s) => ({ name: s.name, text: s.text, words: countWords(s.text), published: null, generated: false }));
  let bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  for (let i = 0; bytes < minBytes; i++) {
    const article = generatedArticle(rng, i, prose);
    articles.push(article);
    bytes += Buffer.byteLength(article.text);
  }
  return { articles, bytes, words: articles.reduce((n, a) => n + a.words, 0) };
}

/** Articles of about 1,000 words (900–1,100): the size the per-article latency target is stated for. */
export function isAbout1000Words(article: CorpusArticle): boolean {
  return article.words >= 900 && article.words <= 1100;
}
