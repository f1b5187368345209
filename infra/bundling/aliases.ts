/**
 * Packages replaced in the Lambda bundles by a smaller module (esbuild `alias`; the paths are relative to the
 * project root, where bundling runs): code the handlers never run, or run only a small fixed part of. Each
 * replacement says why it is safe and has a test that runs its code path on a bundle built with it
 * (tests/unit/ingest/html-without-css-parser.test.ts, tests/unit/ingest/html-bundle-stand-ins.test.ts,
 * tests/infra/bundled-sdk-stand-ins.test.ts).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  // linkedom's CSS parser, used only by HTMLStyleElement.sheet, which nothing here reads (78 KiB).
  '@acemir/cssom': './infra/bundling/no-style-sheet-parser.ts',
  // linkedom's selector engine, for the few fixed tag and attribute selectors the HTML reader passes (about 30 KiB).
  'css-select': './infra/bundling/tag-and-attribute-selectors.ts',
  // linkedom takes only the `Parser` class from htmlparser2 (`const { Parser } = HTMLParser2`), but reading it off
  // the namespace keeps everything the package's index re-exports: DomHandler, DomUtils and their own copies
  // of domutils, dom-serializer and entities' encoder (about 17 KiB). Parser.js is the same class, on its own.
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  // The SDK's event-stream codec and serde, for operations none of the handlers calls (about 14 KiB, both handlers).
  '@smithy/core/event-streams': './infra/bundling/no-event-streams.ts',
};
