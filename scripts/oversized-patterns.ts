/**
 * Regular expressions too large for V8 to optimize. V8 skips its regexp optimizations for a pattern whose source
 * is over 20 KB (kRegExpTooLargeToOptimize), and such a pattern runs about 2.5× slower: the titled-name pattern
 * crossed that line once as titles and countries were added (docs/bench.md, sixth pass). Adding knowledge is
 * always allowed, so this is a warning at `npm run build:knowledge`, not a failing test.
 */
export const V8_REGEXP_OPTIMIZATION_LIMIT = 20 * 1024;

/** Names and sizes of the module's exported regular expressions over the limit. */
export function oversizedPatterns(module: Record<string, unknown>, limit = V8_REGEXP_OPTIMIZATION_LIMIT): string[] {
  return Object.entries(module)
    .filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp && entry[1].source.length > limit)
    .map(([name, re]) => `${name} is ${(re.source.length / 1024).toFixed(1)} KB`);
}
