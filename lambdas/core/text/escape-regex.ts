/** `s` as a regular-expression source that matches it literally (no flags assumed; safe with and without u). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
