/** Test helpers: parse a rendered briefing and pick out one section (the cell under an <h2>) as text. */
import { parseHTML } from 'linkedom';

export function parse(html: string) {
  return parseHTML(html).document;
}

export function headings(html: string): string[] {
  return [...parse(html).querySelectorAll('h2')].map((h) => squash(h.textContent ?? ''));
}

export function squash(text: string): string {
  return text.replace(/\u200B/g, '').replace(/\s+/g, ' ').trim();
}

/** Text as a reader sees it: block and cell boundaries become spaces (textContent would glue cells together). */
type Node = NonNullable<ReturnType<ReturnType<typeof parse>['querySelector']>>;

function visibleText(el: Node): string {
  // On both sides: the email's HTML has no whitespace around block tags (scripts/minify-email-html.ts).
  for (const e of el.querySelectorAll('td, th, p, br, li, h1, h2, h3, div, tr')) {
    e.before(' ');
    e.after(' ');
  }
  return squash(el.textContent ?? '');
}

/** Text of the section whose heading starts with `title`; throws if there is none. */
export function section(html: string, title: string): string {
  const doc = parse(html);
  const h2 = [...doc.querySelectorAll('h2')].find((h) => squash(h.textContent ?? '').startsWith(title));
  if (!h2) throw new Error(`no section "${title}" in: ${headings(html).join(' | ')}`);
  const cell = h2.closest('td');
  return cell ? visibleText(cell) : '';
}

/** The plain-text section from its heading to the next heading. */
export function textSection(text: string, title: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title.toUpperCase()));
  if (start < 0) throw new Error(`no text section ${title}`);
  const end = lines.findIndex((l, i) => i > start + 1 && /^-{3,}$/.test(lines[i + 1] ?? ''));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
