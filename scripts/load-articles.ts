/**
 * Deterministic article generator for `npm run load`: readable news-style texts about invented diplomatic
 * contacts (random pairs of officials, cities and dates), in mixed sizes, encodings and formats, plus the
 * bad uploads users really make. Every upload says what it should end as, so the load test can check it.
 */
export type UploadKind =
  | 'text' | 'html' | 'utf16' | 'cp1252' | 'invalid-utf8' | 'no-diplomacy' | 'bad-metadata' | 'reupload'
  | 'empty' | 'whitespace' | 'png' | 'pdf' | 'oversize';

export interface GeneratedUpload {
  key: string;
  body: Uint8Array;
  contentType: string;
  metadata: Record<string, string>;
  kind: UploadKind;
  expect: 'normalized' | 'quarantined';
  /** For bad uploads: the quarantine reason code they must get. */
  expectCode?: string;
  /** Uploads with the same textId carry the same article text (re-uploads). */
  textId: number;
}

/** mulberry32: small, fast, seedable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFICIALS = [
  { name: 'Sergei Lavrov', role: 'Russian Foreign Minister', adj: 'Russian', country: 'Russia' },
  { name: 'Marco Rubio', role: 'US Secretary of State', adj: 'American', country: 'the United States' },
  { name: 'Wang Yi', role: 'Chinese Foreign Minister', adj: 'Chinese', country: 'China' },
  { name: 'Subrahmanyam Jaishankar', role: 'Indian External Affairs Minister', adj: 'Indian', country: 'India' },
  { name: 'Hakan Fidan', role: 'Turkish Foreign Minister', adj: 'Turkish', country: 'Turkey' },
  { name: 'Yuri Ushakov', role: 'Kremlin aide', adj: 'Russian', country: 'Russia' },
  { name: 'Steve Witkoff', role: 'US special envoy', adj: 'American', country: 'the United States' },
  { name: 'Faisal bin Farhan', role: 'Saudi Foreign Minister', adj: 'Saudi', country: 'Saudi Arabia' },
];
const CITIES = ['Riyadh', 'Istanbul', 'Geneva', 'Vienna', 'Doha', 'Beijing', 'New Delhi', 'Ankara', 'Helsinki', 'Kuala Lumpur'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['embassy staffing', 'a ceasefire', 'prisoner exchanges', 'arms control', 'trade and energy', 'grain exports', 'visa rules'];
const FILLER = [
  'Analysts said the contact reflected a broader effort to stabilise relations after months of tension.',
  'Officials on both sides declined to give details of the discussion beyond the agreed statement.',
  'Markets reacted calmly to the news, with energy prices little changed by the afternoon.',
  'Diplomats in the region said expectations for a quick breakthrough remained low.',
  'The statement did not mention the sanctions that have weighed on relations for years.',
  'Previous rounds of talks had stalled over sequencing and verification.',
  'A spokesperson said further contacts at the working level were likely in the coming weeks.',
];

function pick<T>(rnd: () => number, items: T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function diplomaticText(rnd: () => number, id: number, targetBytes: number): { title: string; text: string; published: string } {
  let a = pick(rnd, OFFICIALS);
  let b = pick(rnd, OFFICIALS);
  while (b.adj === a.adj) b = pick(rnd, OFFICIALS);
  if (rnd() < 0.5) [a, b] = [b, a];
  const day = 1 + Math.floor(rnd() * 27);
  const month = Math.floor(rnd() * 3); // January–March 2025
  const date = `${day} ${MONTHS[month]} 2025`;
  const city = pick(rnd, CITIES);
  const topic = pick(rnd, TOPICS);
  const lead = pick(rnd, [
    `${a.role} ${a.name} and ${b.role} ${b.name} held talks in ${city} on ${date}, ${a.adj} officials said.`,
    `${a.name} spoke by phone with ${b.name} on ${date}, according to the ${a.adj} foreign ministry.`,
    `${a.role} ${a.name} is expected to meet ${b.name} in ${city} next month, diplomats said.`,
    `A planned meeting between ${a.name} and ${b.name} in ${city} was cancelled on ${date}.`,
  ]);
  const paragraphs = [
    lead,
    `The two sides discussed ${topic}. ${a.name} said ${a.country} would only move forward if ${b.country} first took concrete steps.`,
    `It remains unclear when the next round will take place. (Load-test reference ${String(id).padStart(6, '0')}.)`,
  ];
  let size = paragraphs.join('\n\n').length;
  while (size < targetBytes) {
    const p = Array.from({ length: 3 }, () => pick(rnd, FILLER)).join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  const published = `2025-${String(month + 1).padStart(2, '0')}-${String(Math.min(28, day + 1)).padStart(2, '0')}`;
  return { title: `${a.name} and ${b.name}: ${topic}`, text: paragraphs.join('\n\n'), published };
}

function targetSize(rnd: () => number): number {
  const r = rnd();
  if (r < 0.6) return 800 + Math.floor(rnd() * 2500); // short wire items
  if (r < 0.92) return 8_000 + Math.floor(rnd() * 22_000); // features
  return 60_000 + Math.floor(rnd() * 60_000); // long reads / transcripts
}

function keyFor(rnd: () => number, i: number, ext: string): string {
  const n = String(i).padStart(5, '0');
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `incoming/load/2025/0${1 + (i % 3)}/${String(1 + (i % 28)).padStart(2, '0')}/article-${n}.${ext}`;
    case 1:
      return `incoming/load/desk ${i % 7}/Lavrov + Rubio ${n}.${ext}`;
    case 2:
      return `incoming/load/ру/Переговоры ${n}.${ext}`;
    case 3:
      return `incoming/load/a/b/c/d/e/${n} 100% (draft).${ext}`;
    default:
      return `incoming/load/${n}.${ext}`;
  }
}

const enc = new TextEncoder();
const CP1252: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, '’': 0x92, '€': 0x80 };

function toCp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

export function generateArticles(options: { count: number; seed: number; maxObjectBytes: number }): { uploads: GeneratedUpload[]; rnd: () => number } {
  const rnd = prng(options.seed);
  const uploads: GeneratedUpload[] = [];
  const readable: GeneratedUpload[] = [];
  for (let i = 0; i < options.count; i++) {
    const r = rnd();
    const kind: UploadKind =
      r < 0.02 ? 'empty' : r < 0.04 ? 'whitespace' : r < 0.06 ? 'png' : r < 0.08 ? 'pdf' : r < 0.085 ? 'oversize'
      : r < 0.13 ? (readable.length ? 'reupload' : 'text') : r < 0.16 ? 'no-diplomacy' : r < 0.19 ? 'bad-metadata'
      : r < 0.22 ? 'utf16' : r < 0.25 ? 'cp1252' : r < 0.27 ? 'invalid-utf8' : r < 0.45 ? 'html' : 'text';
    const { title, text, published } = diplomaticText(rnd, i, targetSize(rnd));
    const base = { metadata: { published, outlet: pick(rnd, ['Example Wire', 'Коммерсантъ', 'Le Monde', 'The Daily']), url: `https://example.org/news/${i}` }, textId: i };
    let u: GeneratedUpload;
    switch (kind) {
      case 'empty':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: new Uint8Array(), contentType: 'text/plain', kind, expect: 'quarantined', expectCode: 'empty' };
        break;
      case 'whitespace':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: enc.encode(' \n\t\r\n'.repeat(1 + Math.floor(rnd() * 50))), contentType: 'text/plain', kind, expect: 'quarantined', expectCode: 'whitespace-only' };
        break;
      case 'png':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 2000 }, () => Math.floor(rnd() * 256))]), contentType: 'image/png', kind, expect: 'quarantined', expectCode: 'unsupported-type' };
        break;
      case 'pdf':
        u = { ...base, key: keyFor(rnd, i, 'pdf'), body: enc.encode(`%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n${text.slice(0, 500)}`), contentType: 'application/pdf', kind, expect: 'quarantined', expectCode: 'unsupported-type' };
        break;
      case 'oversize':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: enc.encode(`${text}\n\n`.repeat(Math.ceil((options.maxObjectBytes + 1) / (text.length + 2)))), contentType: 'text/plain', kind, expect: 'quarantined', expectCode: 'too-large' };
        break;
      case 'reupload': {
        const original = pick(rnd, readable);
        u = { ...original, key: keyFor(rnd, i, original.key.split('.').pop() ?? 'txt'), kind, textId: original.textId };
        break;
      }
      case 'no-diplomacy':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: enc.encode(`The city council approved a new budget for road repairs on Tuesday.\n\nResidents welcomed the plan, which starts in spring. (Ref ${i}.)`), contentType: 'text/plain', kind, expect: 'normalized' };
        break;
      case 'bad-metadata':
        u = { ...base, metadata: { published: 'yesterday-ish', url: 'javascript:alert(1)' }, key: keyFor(rnd, i, 'txt'), body: enc.encode(text), contentType: 'text/plain', kind, expect: 'normalized' };
        break;
      case 'utf16':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), contentType: 'text/plain', kind, expect: 'normalized' };
        break;
      case 'cp1252':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: toCp1252(`${text}\n\n“Nous sommes prêts”, said the envoy in Genève – no date was set.`), contentType: 'text/plain', kind, expect: 'normalized' };
        break;
      case 'invalid-utf8':
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: Uint8Array.from([...enc.encode(text), 0xe2, 0x80]), contentType: 'text/plain', kind, expect: 'normalized' };
        break;
      case 'html': {
        const paras = text.split('\n\n').map((p) => `<p onclick="track()">${p}</p>`).join('\n');
        const html = `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${published}T08:00:00Z"><script>var ad = "${'x'.repeat(200)}";</script></head><body><nav>Home | World</nav><article><h1>${title}</h1>${paras}</article><footer>© Example</footer></body></html>`;
        u = { ...base, key: keyFor(rnd, i, 'html'), body: enc.encode(html), contentType: 'text/html; charset=utf-8', kind, expect: 'normalized' };
        break;
      }
      default:
        u = { ...base, key: keyFor(rnd, i, 'txt'), body: enc.encode(text), contentType: 'text/plain; charset=utf-8', kind: 'text', expect: 'normalized' };
    }
    if (kind !== 'reupload' && u.expect === 'normalized') readable.push(u);
    uploads.push(u);
  }
  return { uploads, rnd };
}
