import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeMetadataValue, listArticleFiles } from '../../../lambdas/local/article-folder.js';

describe('listArticleFiles', () => {
  it('takes metadata from manifest.json, skips the manifest and dotfiles, leaves unlisted files without metadata', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'articles-'));
    await writeFile(join(dir, 'a.txt'), 'A');
    await writeFile(join(dir, 'b.html'), '<p>B</p>');
    await writeFile(join(dir, '.DS_Store'), 'x');
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'a.txt', url: 'https://e.x/a', outlet: 'Outlet', published: '2025-02-16', context: 'free text' }, { file: 'gone.txt', url: null, outlet: null, published: null }] }),
    );
    const files = await listArticleFiles(dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.html']);
    expect(files[0]).toMatchObject({ contentType: 'text/plain', metadata: { url: 'https://e.x/a', outlet: 'Outlet', published: '2025-02-16' } });
    expect(files[1]).toMatchObject({ contentType: 'text/html', metadata: {} });
  });

  it('rejects a manifest of the wrong shape with the path in the message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'articles-'));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ files: [] }));
    await expect(listArticleFiles(dir)).rejects.toThrow(/manifest\.json is not a manifest/);
  });
});

describe('encodeMetadataValue', () => {
  it('leaves ASCII alone and RFC 2047-encodes anything else', () => {
    expect(encodeMetadataValue('Reuters')).toBe('Reuters');
    expect(encodeMetadataValue('Коммерсантъ')).toBe(`=?UTF-8?B?${Buffer.from('Коммерсантъ').toString('base64')}?=`);
  });
});
