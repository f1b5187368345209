/**
 * Source families: rewrites of one wire story (the same Reuters report on five sites) are one family,
 * so corroboration counts independent reporting, not copies.
 *
 * Candidates come from LSH banding over the stored MinHash signatures (bands of 2 slots: two texts
 * with Jaccard 0.3 collide in at least one of 32 bands with probability ~95%, unrelated texts almost never),
 * so grouping stays linear in the number of articles; each candidate pair is then verified on the
 * full signature. Records without a signature (written before fingerprints existed) are their own family.
 */
import { EMPTY_SLOT, minhashSimilarity, SHINGLE } from './minhash.js';

export interface FamilyMember {
  id: string;
  minhash?: readonly number[] | null;
  /** Word count of the text: lets a short excerpt of a long story count as a copy (containment). */
  wordCount?: number | null;
  published?: string | null;
  /** Published by a news agency (see wires.ts): preferred as the family's representative. */
  wire?: boolean;
}

export interface FamilyOptions {
  /** Estimated Jaccard of 4-shingle sets at or above which two texts are one story. */
  jaccard?: number;
  /** Estimated containment of the shorter text in the longer one at or above which it is a copy. */
  containment?: number;
  /** Slots per LSH band. */
  rows?: number;
}

// Independent reports of one event measure J≤0.03 on 3-word shingles; a moderate rewrite ≈0.4.
const DEFAULTS = { jaccard: 0.3, containment: 0.6, rows: 2 };
/** Below this estimated Jaccard, containment is not trusted (the estimate is too noisy). */
const CONTAINMENT_FLOOR = 0.12;
/** Texts shorter than this have too few shingles for the estimate to mean anything. */
const MIN_WORDS = 25;
/** Per band bucket, how many recent members a newcomer is checked against (bounds the work per record). */
const BUCKET_PROBES = 4;

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function usable(m: FamilyMember): boolean {
  const sig = m.minhash;
  if (!sig || sig.length < 8) return false;
  if (m.wordCount != null && m.wordCount < MIN_WORDS) return false;
  // An all-empty signature means no shingles at all: never evidence of a shared story.
  return sig.some((v) => v !== EMPTY_SLOT);
}

/** Is the pair one story? Jaccard for equal-length rewrites, containment for a trimmed copy. */
export function sameStory(a: FamilyMember, b: FamilyMember, options: FamilyOptions = {}): boolean {
  const { jaccard, containment } = { ...DEFAULTS, ...options };
  const j = minhashSimilarity(a.minhash!, b.minhash!);
  if (j >= jaccard) return true;
  if (j < CONTAINMENT_FLOOR || !a.wordCount || !b.wordCount) return false;
  const sa = Math.max(1, a.wordCount - SHINGLE + 1);
  const sb = Math.max(1, b.wordCount - SHINGLE + 1);
  const shared = (j * (sa + sb)) / (1 + j);
  return shared / Math.min(sa, sb) >= containment;
}

/**
 * A member sharing a band key with earlier members: it is checked against the few most recent of them
 * that are not already its family, so a long chain of copies of one story costs O(1) per member.
 */
function probe(p: number, previous: Int32Array, usableIdx: number[], members: readonly FamilyMember[], uf: UnionFind, options: FamilyOptions): void {
  const i = usableIdx[p];
  for (let q = previous[p], probes = 0, steps = 0; q !== -1 && probes < BUCKET_PROBES && steps < 2 * BUCKET_PROBES; q = previous[q], steps++) {
    const j = usableIdx[q];
    if (uf.find(j) === uf.find(i)) continue;
    probes++;
    if (sameStory(members[i], members[j], options)) uf.union(i, j);
  }
}

/**
 * Group articles into families. Returns article id → family id, where the family id is the id of the
 * family's representative, so it reads as "the original report": a news agency's member when there is
 * one (an aggregator's copy can carry an earlier date than the wire it copies), else the earliest member
 * (published date, then id).
 */
export function groupFamilies(members: readonly FamilyMember[], options: FamilyOptions = {}): Map<string, string> {
  const representative = familyRepresentatives(members, options);
  const out = new Map<string, string>();
  members.forEach((m, i) => out.set(m.id, members[representative[i]].id));
  return out;
}

/**
 * `groupFamilies` by position: for each member, the index of its family's representative. The merge
 * works by position, so at 100k articles it makes no map lookups keyed by article id (each one a cache
 * miss on a scattered string).
 */
export function familyRepresentatives(members: readonly FamilyMember[], options: FamilyOptions = {}): Int32Array {
  const rows = options.rows ?? DEFAULTS.rows;
  const uf = new UnionFind(members.length);
  const usableIdx: number[] = [];
  let sigLength = Infinity;
  members.forEach((m, i) => {
    if (usable(m)) {
      usableIdx.push(i);
      sigLength = Math.min(sigLength, m.minhash!.length);
    }
  });
  const bands = usableIdx.length ? Math.floor(sigLength / rows) : 0;
  const n = usableIdx.length;
  // All band keys in one sequential pass per signature (signatures are scattered over the heap).
  const keys = new Int32Array(n * bands);
  for (let p = 0; p < n; p++) {
    const sig = members[usableIdx[p]].minhash!;
    for (let band = 0; band < bands; band++) {
      let key = band;
      for (let r = 0; r < rows; r++) key = (Math.imul(key ^ sig[band * rows + r], 0x9e3779b1) + r) | 0;
      keys[band * n + p] = key;
    }
  }
  // Per band, an open-addressing table of typed arrays: key → latest member with it, and for each
  // member the previous one with the same key. No per-bucket objects, so no garbage at 100k articles.
  const size = 2 ** Math.ceil(Math.log2(Math.max(2, n * 2)));
  const mask = size - 1;
  const slotKey = new Int32Array(size);
  const slotLast = new Int32Array(size);
  const previous = new Int32Array(n);
  for (let band = 0; band < bands; band++) {
    slotLast.fill(-1);
    const base = band * n;
    for (let p = 0; p < n; p++) {
      const key = keys[base + p];
      let h = Math.imul(key, 0x85ebca6b) >>> 0;
      for (;;) {
        h &= mask;
        if (slotLast[h] === -1) {
          slotKey[h] = key;
          slotLast[h] = p;
          previous[p] = -1;
          break;
        }
        if (slotKey[h] === key) {
          previous[p] = slotLast[h];
          slotLast[h] = p;
          probe(p, previous, usableIdx, members, uf, options);
          break;
        }
        h++;
      }
    }
  }
  // Family id: the representative by (agency first, published, id); null published sorts last.
  const earliest = new Map<number, number>();
  const before = (a: FamilyMember, b: FamilyMember) => {
    if (!!a.wire !== !!b.wire) return !!a.wire;
    const pa = a.published ?? '9999';
    const pb = b.published ?? '9999';
    return pa < pb || (pa === pb && a.id < b.id);
  };
  members.forEach((m, i) => {
    const r = uf.find(i);
    const cur = earliest.get(r);
    if (cur === undefined || before(m, members[cur])) earliest.set(r, i);
  });
  const out = new Int32Array(members.length);
  for (let i = 0; i < members.length; i++) out[i] = earliest.get(uf.find(i))!;
  return out;
}
