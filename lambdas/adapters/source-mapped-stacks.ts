/**
 * Stack traces of the bundled Lambda code that point at the TypeScript sources, paid for only when a trace
 * is printed. `NODE_OPTIONS=--enable-source-maps` does the same mapping but reads and parses the bundle's
 * source map (1-2 MB) while the bundle loads, on every cold start (16-20 ms in the bench of 22 Nov, see docs/bench.md); here
 * the map is read the first time an error's `stack` is formatted, i.e. on the error path only.
 *
 * Frames outside the bundle, and every frame when the map cannot be read, are left as V8 writes them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Installs the mapping for the bundle whose entry module is at `moduleUrl` (pass `import.meta.url`) when a
 * source map sits next to it, i.e. when running as a bundle; under tsx or vitest there is none and nothing
 * changes. Frames in the bundle's other files (chunks loaded on demand, in the same folder) are mapped with
 * their own maps. Does nothing either when Node already maps traces (--enable-source-maps). Returns whether
 * it installed the mapping.
 */
export function mapStackTracesToSources(moduleUrl: string): boolean {
  if (process.sourceMapsEnabled || !moduleUrl.startsWith('file:')) return false;
  if (!existsSync(`${fileURLToPath(moduleUrl)}.map`)) return false;
  const bundleFolder = moduleUrl.slice(0, moduleUrl.lastIndexOf('/') + 1);

  const maps = new Map<string, SourceMap | null>();
  const sourceMapOf: SourceMapOf = (fileUrl) => {
    if (!fileUrl?.startsWith(bundleFolder)) return null;
    let map = maps.get(fileUrl);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(fileUrl)}.map`, 'utf8')));
      } catch {
        map = null; // no or unreadable map: plain frames rather than an error while reporting an error
      }
      maps.set(fileUrl, map);
    }
    return map;
  };

  Error.prepareStackTrace = (error, frames) =>
    [headerOf(error), ...frames.map((_, i) => `    at ${mappedFrame(frames, i, sourceMapOf)}`)].join('\n');
  return true;
}

/** The source map of a bundle file (null for a file outside the bundle or without a readable map). */
type SourceMapOf = (fileUrl: string | undefined | null) => SourceMap | null;

/** The first line V8 writes: "Name: message". */
function headerOf(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}

function mappedFrame(frames: NodeJS.CallSite[], index: number, sourceMapOf: SourceMapOf): string {
  const frame = frames[index];
  const text = String(frame);
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!file || line === null || column === null) return text;
  const map = sourceMapOf(file);
  const entry = map?.findEntry(line - 1, column - 1);
  if (!map || !entry || !('originalSource' in entry)) return text;
  // Sources are recorded relative to the bundle's build folder ("../../lambdas/…"): show them from the project root.
  const source = entry.originalSource.replace(/^(?:\.\.\/)+/, '');
  const location = `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  const mapped = text.replace(`${file}:${line}:${column}`, location);
  const name = originalName(map, frames, index);
  if (!name) return mapped;
  // V8 writes "name (location)", or the location alone for a function it has no name for.
  const minified = frame.getFunctionName();
  if (minified) return mapped.replace(`${minified} (`, `${name} (`);
  return mapped === location ? `${name} (${location})` : mapped;
}

/**
 * The source name of a frame's minified function, found as Node's own source-map support finds it: the name
 * the map records where the function starts, else the name at the call in the next frame down the stack.
 */
function originalName(map: SourceMap, frames: NodeJS.CallSite[], index: number): string | undefined {
  const nameAt = (line: number | null, column: number | null): string | undefined => {
    if (!line || !column) return undefined;
    const entry = map.findEntry(line - 1, column - 1);
    return 'name' in entry && typeof entry.name === 'string' ? entry.name : undefined;
  };
  const frame = frames[index];
  const caller = frames[index + 1];
  return (
    nameAt(frame.getEnclosingLineNumber(), frame.getEnclosingColumnNumber()) ??
    (caller?.getFileName() === frame.getFileName() ? nameAt(caller.getLineNumber(), caller.getColumnNumber()) : undefined)
  );
}
