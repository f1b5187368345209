import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { inlineConstantKeys, SDK_SCHEMA_MODULE } from '../../infra/bundling/sdk-schema-keys.js';

// The shape of an SDK client's dist-es/schemas/schemas_0.js, reduced to three schemas.
const SCHEMAS = `const _e = "error";
const _c = "client";
const _hE = "httpError";
const _p = "__proto__";
export var Used$ = [3, "n0", "Used", { [_e]: _c, [_hE]: 404 }, [], []];
export var Unused$ = [3, "n0", "UnusedOperationSchema", { [_e]: _c }, [], []];
export var Odd$ = [3, "n0", "Odd", { [_p]: 1, [other]: 2 }, [], []];
`;

describe('sdk-schema-keys plugin', () => {
  it('writes computed keys that name a string constant as that string, and nothing else', () => {
    const { source, inlined } = inlineConstantKeys(SCHEMAS);
    expect(inlined).toBe(3);
    expect(source).toContain('{ "error": _c, "httpError": 404 }');
    // `__proto__` as a literal key would set the prototype; an unknown binding is not a constant.
    expect(source).toContain('{ [_p]: 1, [other]: 2 }');
  });

  it('is what lets esbuild drop a schema nothing imports', async () => {
    const bundle = async (contents: string) =>
      (
        await build({
          stdin: { contents: `import { Used$ } from './schemas.js'; console.log(Used$);`, resolveDir: '/virtual', loader: 'js' },
          bundle: true,
          write: false,
          format: 'esm',
          minify: true,
          logLevel: 'silent',
          plugins: [
            {
              name: 'virtual-schemas',
              setup: (b) => {
                b.onResolve({ filter: /schemas\.js$/ }, () => ({ path: 'schemas.js', namespace: 'virtual' }));
                b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: contents.replace('[other]: 2', ''), loader: 'js' }));
              },
            },
          ],
        })
      ).outputFiles[0].text;
    expect(await bundle(SCHEMAS)).toContain('UnusedOperationSchema');
    const pruned = await bundle(inlineConstantKeys(SCHEMAS).source);
    expect(pruned).not.toContain('UnusedOperationSchema');
    expect(pruned).toContain('"Used"');
  });

  it('applies to the schema modules of every SDK client, not to other files', () => {
    expect(SDK_SCHEMA_MODULE.test('/p/node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js')).toBe(true);
    expect(SDK_SCHEMA_MODULE.test('C:\\p\\node_modules\\@aws-sdk\\client-ses\\dist-es\\schemas\\schemas_0.js')).toBe(true);
    expect(SDK_SCHEMA_MODULE.test('/p/node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectCommand.js')).toBe(false);
    expect(SDK_SCHEMA_MODULE.test('/p/lambdas/adapters/schemas/schemas_0.js')).toBe(false);
  });
});
