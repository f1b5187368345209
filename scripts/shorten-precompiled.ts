/**
 * Rewrites the code Handlebars.precompile emits (after trim-precompiled.ts) into calls of the shorthands in
 * lambdas/core/render/template-shorthands.ts: every path step, helper call, block, partial and escape is the same
 * few dozen characters of boilerplate, repeated hundreds of times in the digest Lambda's bundle, and the minifier
 * cannot shorten property names such as `escapeExpression` or `nullContext`. Each shorthand is exactly the
 * expression it replaces, so what the templates print and how they escape it do not change.
 *
 * Like the trims, every rewrite is an exact-text match of a shape the compiler emits: a shape a future Handlebars
 * writes differently is left as it is, correct and only larger. The template's text lives in string literals,
 * which no rewrite looks into.
 */
import { closingBracket, STRING_LITERAL_SOURCE } from './precompiled-code.js';

/** Names the generated module imports from template-shorthands.ts, in the order they are listed there. */
export const SHORTHANDS = [
  'property',
  'helperThis',
  'callHelper',
  'helperOptions',
  'blockOptions',
  'deepBlockOptions',
  'partial',
  'escapeExpression',
  'value',
  'lambda',
] as const;

const STRING = STRING_LITERAL_SOURCE;
/** A hash of literal strings, `{}` or `{"indent":"  "}`; a hash holding an expression keeps Handlebars' code. */
const HASH = String.raw`\{\}|\{"\w+":${STRING}(?:,"\w+":${STRING})*\}`;
/** A program's first line, as Handlebars writes it or as trim-precompiled.ts made it an arrow function. */
const PROGRAM_HEADER = /((?:function)?\(container,depth0,helpers,partials,data(?:,\w+)*\)(?: =>)? \{\n)/;
/** Handlebars closes every program on a line of its own; the template's text, in string literals, has no newline. */
const PROGRAM_END = '\n}';
/** `var stack1, alias1=…, lookupProperty = container.lookupProperty;` at the start of a program. */
const DECLARATIONS = /^(\s*)var (\w+(?: ?= ?[^,;]+)?(?:, \w+(?: ?= ?[^,;]+)?)*);\n/;
/**
 * Expressions Handlebars hoists into `aliasN` that can be put back where it used them without brackets (and that
 * name no other alias, which would be dropped).
 */
const INLINABLE = /^(?!alias\d)(?:[\w.]+|helperThis\(container, depth0\))$/;

/**
 * Replaces every match of `pattern` outside the code's string literals. The literals are matched first at each
 * position, so a pattern is never looked for inside one (patterns may still contain literals, such as a name).
 */
function replaceOutsideStrings(
  code: string,
  pattern: RegExp,
  replace: (groups: Record<string, string>, match: string) => string,
): string {
  const scanner = new RegExp(`(?<literal>${STRING})|${pattern.source}`, 'g');
  return code.replace(scanner, (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as Record<string, string>;
    return groups.literal !== undefined ? match : replace(groups, match);
  });
}

/**
 * A path step on a value held in `stack1` (`a.b.c`):
 * `((stack1 = X) != null ? lookupProperty(stack1,"c") : stack1)` → `property(container, X, "c")`, inner steps first.
 */
export function chainedProperties(code: string): string {
  const OPEN = '((stack1 = ';
  const STEP = new RegExp(String.raw`^ != null \? lookupProperty\(stack1,(${STRING})\) : stack1\)`);
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
      continue;
    }
    if (!code.startsWith(OPEN, i)) continue;
    const end = closingBracket(code, i + 1);
    const step = end < 0 ? null : code.slice(end + 1).match(STEP);
    if (!step) continue;
    out += `${code.slice(from, i)}property(container, ${chainedProperties(code.slice(i + OPEN.length, end))}, ${step[1]})`;
    from = end + 1 + step[0].length;
    i = from - 1;
  }
  return out + code.slice(from);
}

/** The rewrites that do not depend on the program's declarations, in an order where each sees the last one's output. */
function rewriteCalls(body: string): string {
  let code = replaceOutsideStrings(
    body,
    new RegExp(String.raw`\((?<object>depth0|depths\[\d+\]) != null \? lookupProperty\(\k<object>,(?<name>${STRING})\) : \k<object>\)`),
    (g) => `property(container, ${g.object}, ${g.name})`,
  );
  code = chainedProperties(code);
  // A partial's context is matched lazily up to the call's options, and never across another partial call.
  code = replaceOutsideStrings(
    code,
    new RegExp(
      String.raw`container\.invokePartial\(lookupProperty\(partials,(?<name>${STRING})\),(?<context>(?:(?!invokePartial\().)+?),` +
        String.raw`\{"name":\k<name>,"data":data,"helpers":helpers,"partials":partials,"decorators":container\.decorators\}\)`,
    ),
    (g) => `partial(container, helpers, partials, data, ${g.name}, ${g.context})`,
  );
  // Handlebars calls every helper with the current context as `this` (null becoming the runtime's empty object).
  code = replaceOutsideStrings(
    code,
    new RegExp(String.raw`lookupProperty\(helpers,(?<name>${STRING})\)\.call\(helperThis\(container, depth0\),`),
    (g) => `callHelper(container, helpers, ${g.name}, depth0, `,
  );
  const program = (index: string, deep: string) => String.raw`container\.program\((?<${index}>\d+), data, 0(?<${deep}>, blockParams, depths)?\)`;
  code = replaceOutsideStrings(
    code,
    new RegExp(
      String.raw`\{"hash":(?<hash>${HASH}),"fn":${program('fn', 'deep')},` +
        String.raw`"inverse":(?:container\.noop|${program('inverse', 'deepInverse')}),"data":data\}`,
    ),
    (g, emitted) => {
      const deep = g.deep !== undefined;
      // Both programs are passed the same arguments by Handlebars; anything else is not a shape shortened here.
      if (g.inverse !== undefined && deep !== (g.deepInverse !== undefined)) return emitted;
      const args = [g.fn, g.inverse ?? (g.hash === '{}' ? '' : 'undefined'), g.hash === '{}' ? '' : g.hash].filter(Boolean);
      return deep
        ? `deepBlockOptions(container, data, blockParams, depths, ${args.join(', ')})`
        : `blockOptions(container, data, ${args.join(', ')})`;
    },
  );
  code = replaceOutsideStrings(code, new RegExp(String.raw`\{"hash":(?<hash>${HASH}),"data":data\}`), (g) =>
    g.hash === '{}' ? 'helperOptions(data)' : `helperOptions(data, ${g.hash})`,
  );
  code = replaceOutsideStrings(code, /container\.escapeExpression\(/, () => 'escapeExpression(container, ');
  // `{{name}}`, the commonest expression: the value of a name of the context (its path step is already rewritten).
  code = replaceOutsideStrings(
    code,
    new RegExp(String.raw`container\.lambda\(property\(container, depth0, (?<name>${STRING})\), depth0\)`),
    (g) => `value(container, depth0, ${g.name})`,
  );
  code = replaceOutsideStrings(code, /container\.lambda\(/, () => 'lambda(container, ');
  // What is left (`data && lookupProperty(data,"last")` for @last) reads the container's function directly, so
  // no program needs the `lookupProperty` variable.
  return replaceOutsideStrings(code, /(?<![\w.])lookupProperty\(/, () => 'container.lookupProperty(');
}

/**
 * One program's body: the helpers' `this` shortened, the aliases Handlebars hoisted put back where they were
 * used (so every use has the shape the rewrites match), the calls rewritten, and the declarations nothing reads
 * any more dropped. A program whose declarations are not the shape expected is left as emitted.
 */
function shortenProgram(body: string): string {
  const declared = body.match(DECLARATIONS);
  if (!declared) return /^\s*var /.test(body) ? body : rewriteCalls(withHelperThis(body));
  const [indent, list] = [declared[1], declared[2]];
  const variables = list.split(', ').map((entry) => {
    const [, name, value] = entry.match(/^(\w+)(?: ?= ?(.+))?$/)!;
    return { name, value: value === undefined ? undefined : withHelperThis(value) };
  });
  const aliases = variables.filter((v) => /^alias\d+$/.test(v.name));
  if (aliases.some((a) => a.value === undefined || !INLINABLE.test(a.value))) return body;
  let rest = withHelperThis(body.slice(declared[0].length));
  for (const alias of aliases) rest = replaceOutsideStrings(rest, new RegExp(`\\b${alias.name}\\b`), () => alias.value!);
  rest = rewriteCalls(rest);
  const kept = variables.filter((v) => !aliases.includes(v) && usesName(rest, v.name));
  const declarations = kept.map((v) => (v.value === undefined ? v.name : `${v.name} = ${v.value}`)).join(', ');
  // Without declarations, the blank line Handlebars writes after them goes too.
  return declarations ? `${indent}var ${declarations};\n${rest}` : rest.replace(/^\n/, '');
}

function withHelperThis(code: string): string {
  return replaceOutsideStrings(code, /depth0 != null \? depth0 : container\.nullContext/, () => 'helperThis(container, depth0)');
}

function usesName(code: string, name: string): boolean {
  let used = false;
  replaceOutsideStrings(code, new RegExp(`(?<![\\w.])${name}\\b`), () => {
    used = true;
    return '';
  });
  return used;
}

/** The precompiled code with its boilerplate written as calls of the shorthands (see the file comment). */
export function shortenPrecompiled(code: string): string {
  // split() with a capturing group puts the program headers at the odd indexes and each program's body after its header.
  return code
    .split(PROGRAM_HEADER)
    .map((part, i) => {
      if (i === 0 || i % 2 === 1) return part;
      // What follows the program's closing brace (the spec's other keys) is not rewritten.
      const end = part.indexOf(PROGRAM_END);
      return end < 0 ? part : shortenProgram(part.slice(0, end)) + part.slice(end);
    })
    .join('');
}

/** The shorthands `code` calls, for the generated module's import. */
export function shorthandsUsed(code: string): string[] {
  return SHORTHANDS.filter((name) => usesName(code, name));
}
