/**
 * Stands in for `css-select` in the Lambda bundles (an esbuild alias, see BUNDLE_ALIASES in
 * infra/bundling/aliases.ts). linkedom compiles every querySelector(All)/matches/closest selector with
 * css-select, which brings css-what, nth-check, boolbase and a second domutils/dom-serializer/entities
 * (about 30 KiB of the HTML reader). The selectors the extractor's HTML path passes are few and fixed:
 * Readability's tag lists ("script,noscript", "img,picture,figure", "SPAN,LI,…"), linkedom's own "base" (for
 * baseURI) and lambdas/core/ingest/html.ts's "meta", "time[datetime]", 'link[rel="canonical"]'. So this
 * matches exactly that grammar — comma lists of a tag name or `*` followed by `[name]` / `[name=value]`
 * tests — with css-select's semantics (below), and throws on anything else (combinators, classes, ids,
 * pseudo-classes, other attribute operators, escapes) rather than matching it differently.
 * tests/unit/ingest/html-bundle-stand-ins.test.ts compares it with css-select on the HTML fixtures.
 */

/** What css-select asks of the DOM (linkedom passes its own adapter in the options). */
interface Adapter<E> {
  isTag(node: unknown): node is E;
  getName(element: E): string;
  getAttributeValue(element: E, name: string): string | null | undefined;
  hasAttrib(element: E, name: string): boolean;
}

interface Options<E> {
  adapter: Adapter<E>;
  xmlMode?: boolean;
  lowerCaseTags?: boolean;
  lowerCaseAttributeNames?: boolean;
}

type Test<E> = (element: E) => boolean;

/**
 * Attributes whose values HTML compares without regard to case (css-select's list, from the HTML 4
 * spec): in an HTML document `link[rel="canonical"]` matches rel="Canonical".
 */
const CASE_INSENSITIVE_ATTRIBUTES = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype',
  'color', 'compact', 'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame',
  'hreflang', 'http-equiv', 'lang', 'language', 'link', 'media', 'method', 'multiple', 'nohref', 'noresize',
  'noshade', 'nowrap', 'readonly', 'rel', 'rev', 'rules', 'scope', 'scrolling', 'selected', 'shape',
  'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

const TAG = /(\*|[A-Za-z][\w-]*)/y;
const ATTRIBUTE = /\[\s*([A-Za-z_][\w-]*)\s*(?:=\s*(?:"([^"\\]*)"|'([^'\\]*)'|([\w-]+))\s*)?\]/y;
/** A comma (and the space after it) before the next part, or the end of the selector. */
const SEPARATOR = /\s*(?:(,)\s*|$)/y;

function unsupported(selector: string, at: number): never {
  throw new Error(
    `selector ${JSON.stringify(selector)} is not supported at position ${at} by the Lambda bundle's matcher ` +
      '(infra/bundling/tag-and-attribute-selectors.ts: comma lists of a tag name or * with [name] or [name=value] only)',
  );
}

function attributeTest<E>(name: string, value: string | undefined, options: Options<E>): Test<E> {
  const { adapter } = options;
  const xml = Boolean(options.xmlMode);
  const attribute = !xml || options.lowerCaseAttributeNames ? name.toLowerCase() : name;
  if (value === undefined) return (element) => adapter.hasAttrib(element, attribute);
  if (!xml && CASE_INSENSITIVE_ATTRIBUTES.has(attribute)) {
    const lower = value.toLowerCase();
    return (element) => {
      const actual = adapter.getAttributeValue(element, attribute);
      return actual != null && actual.length === lower.length && actual.toLowerCase() === lower;
    };
  }
  return (element) => adapter.getAttributeValue(element, attribute) === value;
}

/**
 * One comma-separated part: a tag test and attribute tests, all of which must hold. `next` is where the
 * following part starts, or null when this one ends the selector.
 */
function compileCompound<E>(selector: string, start: number, options: Options<E>): { test: Test<E>; next: number | null } {
  const tests: Test<E>[] = [];
  let at = start;
  TAG.lastIndex = at;
  const tag = TAG.exec(selector);
  if (tag) {
    at = TAG.lastIndex;
    if (tag[1] !== '*') {
      const name = !options.xmlMode || options.lowerCaseTags ? tag[1].toLowerCase() : tag[1];
      tests.push((element) => options.adapter.getName(element) === name);
    }
  }
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(selector);
    if (!attribute) break;
    tests.push(attributeTest(attribute[1], attribute[2] ?? attribute[3] ?? attribute[4], options));
    at = ATTRIBUTE.lastIndex;
  }
  SEPARATOR.lastIndex = at;
  const separator = at === start ? null : SEPARATOR.exec(selector);
  if (!separator) unsupported(selector, at);
  return { test: (element) => tests.every((t) => t(element)), next: separator[1] === ',' ? SEPARATOR.lastIndex : null };
}

/** css-select's `compile`: a function telling whether a node is an element the selector matches. */
export function compile<E>(selector: string, options: Options<E>): (node: unknown) => boolean {
  if (typeof selector !== 'string') throw new TypeError('the Lambda bundle\'s selector matcher takes selector strings only');
  const alternatives: Test<E>[] = [];
  for (let at: number | null = selector.length - selector.trimStart().length; at !== null; ) {
    const part: { test: Test<E>; next: number | null } = compileCompound(selector, at, options);
    alternatives.push(part.test);
    at = part.next;
  }
  const { adapter } = options;
  return (node) => adapter.isTag(node) && alternatives.some((test) => test(node));
}

/** css-select's `is`: whether `element` matches `selector`. */
export function is<E>(element: unknown, selector: string | ((node: unknown) => boolean), options: Options<E>): boolean {
  return (typeof selector === 'function' ? selector : compile(selector, options))(element);
}
