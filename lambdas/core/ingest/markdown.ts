/**
 * Markdown → plain paragraphs. Only the syntax that would otherwise leak into sentences is removed
 * (heading marks, emphasis, links, images, code, list and quote markers); YAML front matter gives the
 * title and published date when it has them.
 */
export interface MarkdownArticle {
  title: string | null;
  publishedRaw: string | null;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function frontMatterField(block: string, names: string[]): string | null {
  for (const name of names) {
    const m = new RegExp(`^${name}\\s*:\\s*["']?(.+?)["']?\\s*$`, 'mi').exec(block);
    if (m) return m[1];
  }
  return null;
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images carry no prose
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '');
}

export function markdownToArticle(markdown: string): MarkdownArticle {
  let body = markdown;
  let title: string | null = null;
  let publishedRaw: string | null = null;
  const fm = FRONT_MATTER.exec(markdown);
  if (fm) {
    title = frontMatterField(fm[1], ['title']);
    publishedRaw = frontMatterField(fm[1], ['published', 'date', 'pubDate', 'published_at']);
    body = markdown.slice(fm[0].length);
  }
  const out: string[] = [];
  let inFence = false;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) {
      out.push('');
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const text = inline(heading[1]);
      if (!title) title = text;
      // Headings stand alone as their own paragraph, as in the rendered page.
      out.push('', text, '');
      continue;
    }
    const line = raw.replace(/^\s*>\s?/, '').replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
    out.push(inline(line));
  }
  // Setext headings ("Title\n=====") leave an underline row behind.
  const text = out
    .filter((l) => !/^\s*[=-]{3,}\s*$/.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, publishedRaw, text };
}
