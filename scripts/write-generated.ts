/**
 * Writes a generated module (scripts/build-*.ts) only when its text changed, so an up-to-date file is left
 * untouched. Returns a one-line report for the build's log.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function writeGenerated(file: string, source: string): string {
  const name = relative(ROOT, file);
  let previous = '';
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    // first build
  }
  if (previous === source) return `${name} is up to date`;
  writeFileSync(file, source);
  return `wrote ${name} (${source.length} bytes)`;
}
