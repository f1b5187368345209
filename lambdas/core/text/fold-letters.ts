/**
 * Lower case without diacritics ("Hà Nội" → "ha noi", "Łódź" → "lodz"): the base of every accent-insensitive
 * comparison (people's names in the merge, place names in extraction).
 */

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const UNDECOMPOSED_RE = /[øæœßđłıþð]/g;

export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]);
}
