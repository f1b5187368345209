/**
 * Each word of a phrase with a capital first letter ("working group" → "Working Group"): how a role word or a body's
 * noun reads as a title or a name. Letters after the first are left as they are.
 */
export function capitalizeWords(phrase: string): string {
  return phrase.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
