/**
 * esbuild plugin: an SDK client's package.json reduced to the one field the client reads.
 *
 * Each client's runtime config does `import packageInfo from "../package.json"` for `packageInfo.version`
 * (the user-agent header). A default import of JSON keeps the whole file — 2.5 KiB of scripts, dependency
 * lists and keywords per client, parsed at every cold start. This gives the client `{ "version": … }`
 * instead; tests/infra/bundled-sdk-stand-ins.test.ts checks that the SDK's code reads no other field.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** An AWS SDK client's own package.json. */
export const SDK_CLIENT_PACKAGE_JSON = /[\\/]node_modules[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]package\.json$/;

/** The package.json text with only its version. */
export function versionOnly(packageJson: string): string {
  const { version } = JSON.parse(packageJson) as { version?: unknown };
  if (typeof version !== 'string') throw new Error('an SDK client package.json without a version');
  return JSON.stringify({ version });
}

export const sdkPackageVersionPlugin: Plugin = {
  name: 'sdk-package-version',
  setup(build) {
    build.onLoad({ filter: SDK_CLIENT_PACKAGE_JSON }, async ({ path }) => ({
      contents: versionOnly(await readFile(path, 'utf8')),
      loader: 'json',
    }));
  },
};
