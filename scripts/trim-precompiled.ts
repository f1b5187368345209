/**
 * Size trims of the code Handlebars.precompile emits (scripts/build-templates.ts), which is most of the digest
 * Lambda's own bundle and about two thirds of it boilerplate. Each trim is an exact-text replacement of a shape
 * the compiler emits: after a Handlebars upgrade that changes the emitted code it simply stops matching, and
 * the output stays correct, only larger. Every trim leaves the rendered text byte for byte the same
 * (tests/unit/render/trim-precompiled.test.ts renders a template with the real runtime, trimmed and not).
 */
import { HELPER_NAMES } from '../lambdas/core/render/helpers.js';
import { closingBracket, STRING_LITERAL_SOURCE } from './precompiled-code.js';

// - `loc` (template line/column) only feeds error messages of missing helpers; every helper here is registered.
const LOC = /,"loc":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;
// - the runtime (>= 4.6) always passes container.lookupProperty; the inline fallback is repeated in every program.
const LOOKUP_FALLBACK = `container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    }`;
// - the runtime (>= 4.0) always has container.nullContext (a sealed {}); the `|| {}` fallback is in every program.
const NULL_CONTEXT_FALLBACK = '(container.nullContext || {})';
// - a helper's options carry its name only for the "Missing helper" error, which knownHelpersOnly rules out at
//   build time. Partial calls keep theirs: the runtime resolves partials by it.
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
const HELPER_CALL_NAME = new RegExp(`\\{"name":"(?:${[...BUILTIN_HELPERS, ...HELPER_NAMES].join('|')})","hash":`, 'g');
// - programs never read `this` or `arguments` (the runtime calls them with the container as arguments), so
//   they can be arrow functions, which the minifier then shortens to `(a,b,…)=>value`. Checked, not assumed:
//   code that reads either (outside its string literals, which hold the template's text) keeps `function`.
const PROGRAM_FUNCTION = /function\((container,depth0,helpers,partials,data(?:,blockParams,depths)?)\) \{/g;
const READS_THIS_OR_ARGUMENTS = /\b(?:this|arguments)\b/;
const STRING_LITERAL = new RegExp(STRING_LITERAL_SOURCE, 'g');

/**
 * `((stack1 = X) != null ? stack1 : "")`, how Handlebars appends a helper's or partial's result, written as
 * `(X ?? "")`: the same value (null and undefined print nothing), a third of the bytes. X is found by matching
 * brackets, skipping string literals; an occurrence that does not have exactly this shape is left as it is.
 */
export function nullishAppends(code: string): string {
  const OPEN = '((stack1 = ';
  const CLOSE = ') != null ? stack1 : "")';
  let out = '';
  let from = 0;
  for (let start = code.indexOf(OPEN); start >= 0; start = code.indexOf(OPEN, from)) {
    const end = closingBracket(code, start + 1);
    if (end < 0 || !code.startsWith(CLOSE, end)) {
      out += code.slice(from, start + OPEN.length);
      from = start + OPEN.length;
      continue;
    }
    out += `${code.slice(from, start)}(${nullishAppends(code.slice(start + OPEN.length, end))} ?? "")`;
    from = end + CLOSE.length;
  }
  return out + code.slice(from);
}

export function trimPrecompiled(code: string): string {
  const trimmed = code
    .replace(LOC, '')
    .split(LOOKUP_FALLBACK)
    .join('container.lookupProperty')
    .split(NULL_CONTEXT_FALLBACK)
    .join('container.nullContext')
    .replace(HELPER_CALL_NAME, '{"hash":');
  const arrows = READS_THIS_OR_ARGUMENTS.test(trimmed.replace(STRING_LITERAL, '""')) ? trimmed : trimmed.replace(PROGRAM_FUNCTION, '($1) => {');
  return nullishAppends(arrows);
}
