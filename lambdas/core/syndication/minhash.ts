/**
 * MinHash signatures over word 3-shingles: two rewrites of one wire story share most shingles, so the
 * fraction of equal signature slots estimates their Jaccard similarity. Computed once at extraction and
 * stored in the record, so the digest never needs the article text.
 *
 * Why 3-word shingles: an outlet's rewrite changes a word every line or so; with 4-word shingles each
 * change kills four shingles and a moderate rewrite of a wire story measured J≈0.28, with 3-word
 * shingles J≈0.38, while independent reports of one event (the seed articles) stay at J≤0.03.
 */
export const MINHASH_SIZE = 64;
export const SHINGLE = 3;
/** Slot value of a text with no shingles at all. */
export const EMPTY_SLOT = 0xffffffff;

// FNV-1a 32-bit: fast, dependency-free, good enough spread for shingle hashing.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// MurmurHash3's finalizer: a bijection on 32 bits that scrambles the affine permutations below, whose
// low bits alone would make the minima of different slots correlated.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Fixed odd multipliers/offsets make the permutations deterministic across runs and machines.
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => ({
  a: (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
  b: Math.imul(i + 7, 0x85ebca6b) >>> 0,
}));

export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function minhashSignature(text: string): number[] {
  const tokens = words(text);
  const sig = new Array<number>(MINHASH_SIZE).fill(EMPTY_SLOT);
  // No words, no shingles: the all-empty signature, which families never treat as evidence of a shared story.
  if (tokens.length === 0) return sig;
  const count = Math.max(1, tokens.length - SHINGLE + 1);
  const seen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const h = fnv1a(tokens.slice(i, i + SHINGLE).join(' '));
    if (seen.has(h)) continue; // a repeated shingle cannot lower any minimum
    seen.add(h);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32((Math.imul(h, SEEDS[k].a) + SEEDS[k].b) >>> 0);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0..1). */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
