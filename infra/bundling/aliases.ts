/**
 * Packages replaced in the Lambda bundles by a smaller module (esbuild `alias`; the paths are relative to the
 * project root, where bundling runs). Each replacement says why it is safe and has a test that runs its code
 * path on a bundle built with it (tests/unit/ingest/html-without-css-parser.test.ts).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  // linkedom's CSS parser, used only by HTMLStyleElement.sheet, which nothing here reads (78 KiB).
  '@acemir/cssom': './infra/bundling/no-style-sheet-parser.ts',
};
