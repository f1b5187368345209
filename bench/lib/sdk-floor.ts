/**
 * The "AWS SDK floor" of the bundle budgets: a module that imports only the SDK clients and commands the
 * Lambda code imports (read from lambdas/adapters/*.ts and lambdas/handlers/*.ts, so it follows the code) and
 * builds the clients in its handler, as the real handlers do. Bundled with the deployed esbuild options, its size and cold import
 * are what any handler using those clients pays before one line of our own code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SDK_IMPORT = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g;

/** Client and command classes per SDK client package, as the files of `dirs` import them (types excluded). */
export function sdkImportsOf(dirs: readonly string[]): Record<string, string[]> {
  const byPackage: Record<string, Set<string>> = {};
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(SDK_IMPORT)) {
      if (/^import\s*type/.test(m[0])) continue;
      const names = m[1]
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '))
        .filter((n) => /(?:Client|Command)$/.test(n));
      for (const n of names) (byPackage[m[2]] ??= new Set()).add(n);
    }
  }
  return Object.fromEntries(Object.entries(byPackage).sort().map(([pkg, names]) => [pkg, [...names].sort()]));
}

/** Source of the floor module: those clients and commands, the clients built in the handler. */
export function sdkFloorSource(imports: Record<string, string[]>): string {
  const lines = Object.entries(imports).map(([pkg, names]) => `import { ${names.join(', ')} } from '${pkg}';`);
  const names = Object.values(imports).flat();
  const clients = names.filter((n) => n.endsWith('Client'));
  const commands = names.filter((n) => n.endsWith('Command'));
  return [
    ...lines,
    `export const commands = [${commands.join(', ')}];`,
    `export const handler = async () => [${clients.map((c) => `new ${c}({})`).join(', ')}];`,
    '',
  ].join('\n');
}
