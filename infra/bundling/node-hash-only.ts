/**
 * esbuild plugin: the SDK's Node hash classes (Sha256Node, Sha1Node, Md5Node) get no-js-hash-fallbacks.ts
 * instead of the pure-JavaScript hashes they fall back to when node:crypto lacks the algorithm (that file
 * says why they never run in a Lambda function). Only the import from the Node class is redirected, so the
 * JavaScript hashes stay available to any other code that imports them.
 */
import path from 'node:path';
import type { Plugin } from 'esbuild';

const STAND_IN = path.join(import.meta.dirname, 'no-js-hash-fallbacks.ts');

/** `import { <class> } from "<specifier>"` in the SDK file whose path ends with `importer`. */
export const JS_HASH_FALLBACKS = [
  { importer: '/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js', specifier: './Sha256Js' },
  { importer: '/@smithy/core/dist-es/submodules/checksum/md5/Md5Node.js', specifier: './Md5Js' },
  { importer: '/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Node.js', specifier: './Sha1Js' },
] as const;

export const nodeHashOnlyPlugin: Plugin = {
  name: 'node-hash-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:Sha256Js|Sha1Js|Md5Js)$/ }, ({ path: specifier, importer }) => {
      const portable = importer.split(path.sep).join('/');
      const fallback = JS_HASH_FALLBACKS.find((f) => f.specifier === specifier && portable.endsWith(f.importer));
      return fallback ? { path: STAND_IN } : undefined;
    });
  },
};
