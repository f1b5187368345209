/**
 * Reads a folder of articles the way an analyst would upload it: every regular file except manifest.json
 * and dotfiles, with S3 user metadata from an optional manifest.json of the seeds' shape
 * `{"articles":[{"file","url","outlet","published"}]}`. Files the manifest does not list get no metadata.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { en } from 'zod/locales';
import * as z from 'zod/mini';

const ManifestSchema = z.looseObject({
  articles: z.array(
    z.looseObject({
      file: z.string(),
      url: z.nullish(z.string()),
      outlet: z.nullish(z.string()),
      published: z.nullish(z.string()),
    }),
  ),
});

export interface ArticleFile {
  name: string;
  path: string;
  contentType: string;
  /** Article metadata: only the keys the manifest gives a value for (plain text, not yet header-encoded). */
  metadata: Record<string, string>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
};

export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * S3 stores user metadata in HTTP headers, which carry US-ASCII only; like the AWS console, send other
 * text as an RFC 2047 encoded-word (the extraction adapter decodes it).
 */
export function encodeMetadataValue(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** Article metadata as S3 user metadata: every value through encodeMetadataValue. */
export function encodeMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, encodeMetadataValue(v)]));
}

export async function readManifest(dir: string): Promise<Map<string, Record<string, string>>> {
  const path = join(dir, 'manifest.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(raw), { error: en().localeError });
  if (!parsed.success) {
    throw new Error(`${path} is not a manifest of the shape {"articles":[{"file","url","outlet","published"}]}: ${parsed.error.issues[0]?.message}`);
  }
  const byFile = new Map<string, Record<string, string>>();
  for (const entry of parsed.data.articles) {
    const metadata: Record<string, string> = {};
    for (const field of ['published', 'url', 'outlet'] as const) {
      const value = entry[field];
      if (typeof value === 'string' && value.trim() !== '') metadata[field] = value.trim();
    }
    byFile.set(entry.file, metadata);
  }
  return byFile;
}

export async function listArticleFiles(dir: string): Promise<ArticleFile[]> {
  const manifest = await readManifest(dir);
  const names = (await readdir(dir)).filter((n) => n !== 'manifest.json' && !n.startsWith('.')).sort();
  const files: ArticleFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    files.push({ name, path, contentType: contentTypeFor(name), metadata: manifest.get(name) ?? {} });
  }
  return files;
}
