/**
 * Phrase lists from knowledge/*.json compile to regular expressions here, once, at module load.
 * A plain phrase matches case-insensitively at word boundaries; "re:<source>" is a regular expression.
 */
function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Source of a word-bounded, whitespace-tolerant pattern for one phrase (no flags). */
export function phraseSource(phrase: string): string {
  if (phrase.startsWith('re:')) return `(?:${phrase.slice(3)})`;
  const body = escapeRegex(phrase.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const lead = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return `${lead}${body}${tail}`;
}

export function compilePhrase(phrase: string, flags = 'iu'): RegExp {
  return new RegExp(phraseSource(phrase), flags);
}

/** One alternation for a whole list, longest phrases first so "phone call" wins over "call". */
export function compilePhraseList(phrases: readonly string[], flags = 'giu'): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(phraseSource).join('|'), flags);
}
