/**
 * MinHash signatures over word 3-shingles: two rewrites of one wire story share most shingles, so the
 * fraction of equal signature slots estimates their Jaccard similarity. Computed once at extraction and
 * stored in the record, so the digest never needs the article text.
 *
 * Why 3-word shingles: an outlet's rewrite changes a word every line or so; with 4-word shingles each
 * change kills four shingles and a moderate rewrite of a wire story measured J≈0.28, with 3-word
 * shingles J≈0.38, while independent reports of one event (the seed articles) stay at J≤0.03.
 *
 * Speed (this runs over every article's whole text): words are found by a character loop, with the Unicode
 * property regex run only on the rare runs that hold a non-ASCII character, and kept as offsets into the
 * folded text; a shingle is hashed from those offsets instead of being joined into a string; repeated
 * shingles are dropped by sorting the hashes; the slots are filled four at a time over a typed array of them.
 * The signatures are the ones the plain version (regex words, joined shingles, a Set, 64 slots per shingle)
 * gives: tests/unit/syndication/minhash.test.ts keeps that version as the reference.
 */
export const MINHASH_SIZE = 64;
export const SHINGLE = 3;
/** Slot value of a text with no shingles at all. */
export const EMPTY_SLOT = 0xffffffff;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

// MurmurHash3's finalizer: a bijection on 32 bits that scrambles the affine permutations below, whose
// low bits alone would make the minima of different slots correlated. Works on the 32-bit pattern, so
// callers may pass it signed or unsigned.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

// Fixed odd multipliers/offsets make the permutations deterministic across runs and machines. Stored as
// 32-bit patterns: slot k of shingle hash h is fmix32(h·a + b mod 2^32).
const SLOT_A = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
const SLOT_B = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b));
// Slot minima are compared as unsigned 32-bit numbers; with the sign bit flipped they stay small integers
// and compare as signed (x ^ SIGN orders like x >>> 0).
const SIGN = 0x80000000 | 0;
if (MINHASH_SIZE % 4 !== 0) throw new Error('minhashOfWords fills four slots per pass: MINHASH_SIZE must be a multiple of 4');

/** 1 for an ASCII letter or digit (what [\p{L}\p{N}] matches below U+0080). */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const UNICODE_WORD = /[\p{L}\p{N}]+/gu;

/** A text's words as offsets into its folded form (lower-cased, then NFKC), so no word string is built. */
export interface TextWords {
  folded: string;
  /** Word i is folded.slice(starts[i], ends[i]). */
  starts: number[];
  ends: number[];
}

/**
 * The text's words: maximal runs of Unicode letters and digits after lower-casing and NFKC folding.
 * The same words as `folded.match(/[\p{L}\p{N}]+/gu)`: every such run lies inside a maximal run of ASCII
 * letters, digits and non-ASCII code units (ASCII punctuation and spaces are neither letters nor digits), so
 * only the runs holding a non-ASCII unit need the Unicode regex.
 */
export function textWords(text: string): TextWords {
  const folded = text.toLowerCase().normalize('NFKC');
  const starts: number[] = [];
  const ends: number[] = [];
  const n = folded.length;
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? folded.charCodeAt(i) : SPACE;
    if (c >= 128 || ASCII_WORD_CHAR[c] === 1) {
      if (start < 0) {
        start = i;
        nonAscii = false;
      }
      if (c >= 128) nonAscii = true;
      continue;
    }
    if (start < 0) continue;
    if (!nonAscii) {
      starts.push(start);
      ends.push(i);
    } else {
      for (const m of folded.slice(start, i).matchAll(UNICODE_WORD)) {
        starts.push(start + m.index);
        ends.push(start + m.index + m[0].length);
      }
    }
    start = -1;
  }
  return { folded, starts, ends };
}

export function words(text: string): string[] {
  const { folded, starts, ends } = textWords(text);
  return starts.map((s, i) => folded.slice(s, ends[i]));
}

/** FNV-1a (32-bit pattern) of words [from, to) joined by single spaces, read in place. */
function shingleHash({ folded, starts, ends }: TextWords, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let t = from; t < to; t++) {
    if (t > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    for (let j = starts[t]; j < ends[t]; j++) h = Math.imul(h ^ folded.charCodeAt(j), FNV_PRIME);
  }
  return h;
}

/** The distinct shingle hashes of the words, in no particular order (a repeated shingle cannot lower any minimum). */
function distinctShingleHashes(textWords: TextWords): Int32Array {
  const n = textWords.starts.length;
  const count = Math.max(1, n - SHINGLE + 1);
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(textWords, i, Math.min(i + SHINGLE, n));
  hashes.sort();
  let distinct = 1;
  for (let i = 1; i < count; i++) if (hashes[i] !== hashes[distinct - 1]) hashes[distinct++] = hashes[i];
  return hashes.subarray(0, distinct);
}

/** The signature of a text already cut into words (see `textWords`). */
export function minhashOfWords(textWords: TextWords): number[] {
  const sig = new Array<number>(MINHASH_SIZE).fill(EMPTY_SLOT);
  // No words, no shingles: the all-empty signature, which families never treat as evidence of a shared story.
  if (textWords.starts.length === 0) return sig;
  const hashes = distinctShingleHashes(textWords);
  const n = hashes.length;
  // Four slots per pass over the hashes: the inner loop keeps their permutations and running minima in
  // registers and reads each hash once (MINHASH_SIZE is a multiple of 4).
  for (let k = 0; k < MINHASH_SIZE; k += 4) {
    const a0 = SLOT_A[k], a1 = SLOT_A[k + 1], a2 = SLOT_A[k + 2], a3 = SLOT_A[k + 3];
    const b0 = SLOT_B[k], b1 = SLOT_B[k + 1], b2 = SLOT_B[k + 2], b3 = SLOT_B[k + 3];
    let min0 = EMPTY_SLOT ^ SIGN, min1 = min0, min2 = min0, min3 = min0;
    for (let i = 0; i < n; i++) {
      const h = hashes[i];
      const v0 = fmix32((Math.imul(h, a0) + b0) | 0) ^ SIGN;
      if (v0 < min0) min0 = v0;
      const v1 = fmix32((Math.imul(h, a1) + b1) | 0) ^ SIGN;
      if (v1 < min1) min1 = v1;
      const v2 = fmix32((Math.imul(h, a2) + b2) | 0) ^ SIGN;
      if (v2 < min2) min2 = v2;
      const v3 = fmix32((Math.imul(h, a3) + b3) | 0) ^ SIGN;
      if (v3 < min3) min3 = v3;
    }
    sig[k] = (min0 ^ SIGN) >>> 0;
    sig[k + 1] = (min1 ^ SIGN) >>> 0;
    sig[k + 2] = (min2 ^ SIGN) >>> 0;
    sig[k + 3] = (min3 ^ SIGN) >>> 0;
  }
  return sig;
}

export function minhashSignature(text: string): number[] {
  return minhashOfWords(textWords(text));
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0..1). */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
