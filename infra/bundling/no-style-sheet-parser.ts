/**
 * Stands in for `@acemir/cssom` in the Lambda bundles (an esbuild alias, see BUNDLE_ALIASES in
 * infra/bundling/aliases.ts). linkedom imports that CSS parser for one thing only, the
 * `HTMLStyleElement.sheet` getter. The extractor reads text nodes and Readability never reads a style
 * sheet, so the parser would be 78 KiB of the extract bundle that V8 compiles at every cold start and no
 * invocation runs. tests/unit/ingest/html-without-css-parser.test.ts runs the HTML path with this stub.
 * Should some later code path read `.sheet`, it fails loudly here rather than returning an empty sheet.
 */
export function parse(): never {
  throw new Error('CSS style sheets are not parsed in the Lambda bundle (@acemir/cssom is aliased to infra/bundling/no-style-sheet-parser.ts)');
}
