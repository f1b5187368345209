/**
 * The article's published date: from metadata (S3 user metadata, CLI flag), the page's meta tags, or a
 * dateline in the text ("date 2025-02-16", "Updated: 16-02-2025", "Published February 16, 2025", or a line that
 * is only a date: "Thursday 20 March 2025").
 * Only a full calendar date counts; anything else is reported, never guessed.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 2025-02-30
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Parse a published value as a calendar date. Accepts ISO dates and datetimes (the date part is taken as
 * written, not shifted through a timezone), "16-02-2025"/"16/02/2025" (day first unless that is impossible),
 * and "February 16, 2025" / "16 February 2025". Returns null for anything else ("yesterday-ish").
 */
export function parsePublishedValue(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(value);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    // Day-first is the common non-US form; a first number over 12 can only be a day, a second over 12 only a day.
    return b > 12 ? validDate(+m[3], a, b) : validDate(+m[3], b, a);
  }
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (m && MONTHS[m[1].slice(0, 4).toLowerCase()] !== undefined) return validDate(+m[3], MONTHS[m[1].slice(0, 4).toLowerCase()], +m[2]);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()] !== undefined) return validDate(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()] !== undefined) return validDate(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  return null;
}

// A dateline names itself: "date", "published", "updated", "posted", "created" followed by a date.
const DATELINE = /\b(?:date|published(?: on)?|updated(?: on)?|posted(?: on)?|created(?: on)?|first published)\s*:?\s*((?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4})|(?:(?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))/i;

// A line that is only a date, as broadsheets print under the byline: "Thursday 20 March 2025", "June 3, 2025",
// "Monday 9 March 2026 06.00 GMT" (a time and zone after it).
const DATE_ONLY_LINE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))(?:\s+\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$/;

/** Look for a dateline among the first lines of the raw text (before noise removal drops them). */
export function findPublishedInText(text: string, maxLines = 25): string | null {
  const lines = text.split(/\r?\n/, 400).filter((l) => l.trim().length > 0).slice(0, maxLines);
  for (const line of lines) {
    if (line.length > 300) continue; // prose, not a dateline
    const m = DATELINE.exec(line) ?? DATE_ONLY_LINE.exec(line);
    if (!m) continue;
    const date = parsePublishedValue(m[1]);
    if (date) return date;
  }
  return null;
}
