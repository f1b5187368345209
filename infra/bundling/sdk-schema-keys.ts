/**
 * esbuild plugin: lets tree shaking drop the AWS SDK schemas a handler never uses.
 *
 * Each SDK client's `dist-es/schemas/schemas_0.js` defines a schema for every operation of the service (S3:
 * hundreds) with object literals whose keys are computed from module constants (`const _e = "error";
 * … { [_e]: _c }`). esbuild cannot prove such a literal free of side effects (a computed key may call
 * `toString`), so it keeps every schema: 65 KiB of the S3 client although the handlers use four commands.
 * Writing the constant in place of the reference (`{ "error": _c }`) is the same object, and lets esbuild
 * see that an unused schema can go. Only keys bound by a top-level `const _x = "…"` are rewritten; anything
 * else (and `__proto__`, which means something else as a literal key) is left as it is.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** The SDK's generated schema modules (any client, ESM build). */
export const SDK_SCHEMA_MODULE = /[\\/]node_modules[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/][^\\/]+\.js$/;

const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm;
const COMPUTED_KEY = /\[(_\w+)\]:/g;

/** The module's source with computed keys that name a string constant written as that string. */
export function inlineConstantKeys(source: string): { source: string; inlined: number } {
  const constants = new Map<string, string>();
  for (const [, name, literal] of source.matchAll(STRING_CONSTANT)) constants.set(name, literal);
  let inlined = 0;
  const rewritten = source.replace(COMPUTED_KEY, (whole, name: string) => {
    const literal = constants.get(name);
    if (literal === undefined || JSON.parse(literal) === '__proto__') return whole;
    inlined++;
    return `${literal}:`;
  });
  return { source: rewritten, inlined };
}

export const sdkSchemaKeysPlugin: Plugin = {
  name: 'sdk-schema-keys',
  setup(build) {
    build.onLoad({ filter: SDK_SCHEMA_MODULE }, async ({ path }) => ({
      contents: inlineConstantKeys(await readFile(path, 'utf8')).source,
      loader: 'js',
    }));
  },
};
