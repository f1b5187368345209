/**
 * Formatting helpers for the briefing templates: dates with their honest precision, lists, plurals,
 * safe links and plain-text wrapping. Each is a plain function (unit-tested on its own) and is also
 * registered as a Handlebars helper by `registerHelpers`, so the HTML and the text template share them.
 */
import type { HelperOptions } from 'handlebars';
import type { DatePrecision } from '../record/schema.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const DATE_NOT_REPORTED = 'date not reported';

function monthName(mm: string): string | null {
  const n = Number(mm);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTHS[n - 1] : null;
}

/**
 * A contact date shown with exactly the precision it was reported with:
 * day "15 Feb 2025", month "Feb 2025", year "2025", month-day "18 Feb, year not stated", unknown "date not reported".
 * Calendar dates are never shifted through a time zone: "2025-02-15" is that day wherever the reader is.
 */
export function formatReportedDate(value: string | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!value) return DATE_NOT_REPORTED;
  const v = value.trim();
  let m: RegExpMatchArray | null;
  switch (precision ?? inferPrecision(v)) {
    case 'day':
      if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})/)) && monthName(m[2])) return `${Number(m[3])} ${monthName(m[2])} ${m[1]}`;
      break;
    case 'month':
      if ((m = v.match(/^(\d{4})-(\d{2})/)) && monthName(m[2])) return `${monthName(m[2])} ${m[1]}`;
      break;
    case 'year':
      if ((m = v.match(/^(\d{4})/))) return m[1];
      break;
    case 'month-day':
      if ((m = v.match(/^--(\d{2})-(\d{2})$/)) && monthName(m[1])) return `${Number(m[2])} ${monthName(m[1])}, year not stated`;
      break;
    case 'unknown':
      return DATE_NOT_REPORTED;
  }
  // A value that does not match its precision is shown as reported rather than guessed at.
  return v;
}

/** Precision implied by the shape of an ISO-like value (used when a value arrives without one, e.g. in disputes). */
export function inferPrecision(value: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^--\d{2}-\d{2}$/.test(value)) return 'month-day';
  return 'unknown';
}

/**
 * ISO dates inside a sentence written by the pipeline ("Held on 2025-08-31 in Tianjin") as the email writes
 * dates everywhere else ("Held on 31 Aug 2025 in Tianjin"): days, months and year-less days ("--02-18").
 */
export function humanizeDates(text: string): string {
  return text
    .replace(/(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?(?![\w-])/g, (_, y, m, d) => formatReportedDate(`${y}-${m}-${d}`, 'day'))
    .replace(/(?<![\w-])--(\d{2})-(\d{2})(?![\w-])/g, (_, m, d) => formatReportedDate(`--${m}-${d}`, 'month-day'))
    .replace(/(?<![\w-])(\d{4})-(\d{2})(?![\w-])/g, (_, y, m) => formatReportedDate(`${y}-${m}`, 'month'));
}

/** A published date ("2025-02-16") as "16 Feb 2025"; null as "date not stated". */
export function formatPublished(value: string | null | undefined): string {
  if (!value) return 'date not stated';
  return formatReportedDate(value.slice(0, 10), 'day');
}

/**
 * The parts of an instant in the reader's zone. Month names come from MONTHS, not ICU: ICU's en-GB writes "Sept",
 * which would sit beside "Sep" in the reported dates of the same email.
 */
function zonedParts(d: Date, timezone: string, withTime: boolean): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } : {}),
    timeZone: timezone,
  } as Intl.DateTimeFormatOptions).formatToParts(d);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** An instant (ISO timestamp) in the reader's zone: "21 Nov 2026, 07:00 GMT". */
export function formatDateTime(iso: string | null | undefined, timezone: string): string {
  if (!iso) return DATE_NOT_REPORTED;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = zonedParts(d, timezone, true);
  return `${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** The calendar day of an instant in the reader's zone: "21 Nov 2026". */
export function formatDay(iso: string | null | undefined, timezone: string): string {
  if (!iso) return DATE_NOT_REPORTED;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = zonedParts(d, timezone, false);
  return `${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${p.year}`;
}

/**
 * "a", "a and b", "a, b and c" (no Oxford comma, as in British desk style). With conjunction "," it is a plain
 * comma list ("a, b, c"), for enumerations such as topics where "and" would read as a single phrase.
 */
export function joinList(items: ReadonlyArray<string | null | undefined>, conjunction = 'and'): string {
  const list = items.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  if (conjunction === ',') return list.join(', ');
  return `${list.slice(0, -1).join(', ')} ${conjunction} ${list[list.length - 1]}`;
}

const IRREGULAR: Record<string, string> = {
  talks: 'talks',
  analysis: 'analyses',
  person: 'people',
};

/** English plural of the last word of a phrase: "syndicated copy" → "syndicated copies". */
function pluralOf(phrase: string): string {
  const m = phrase.match(/^(.*?)(\S+)$/);
  if (!m) return phrase;
  const [, head, word] = m;
  const lower = word.toLowerCase();
  let plural: string;
  if (IRREGULAR[lower]) plural = IRREGULAR[lower];
  else if (/[^aeiou]y$/i.test(word)) plural = `${word.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/i.test(word)) plural = `${word}es`;
  else plural = `${word}s`;
  return head + plural;
}

/** "1 contact", "2 contacts", "0 families"; pass the plural when it is irregular and not in the table. */
export function pluralize(count: number, singular: string, plural?: string): string {
  return `${count} ${count === 1 ? singular : (plural ?? pluralOf(singular))}`;
}

/** The link target if it is an absolute http(s) URL, else null: javascript:, data:, relative and garbage never become links. */
export function httpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Host name of an http(s) URL without "www.", used when an outlet is not named. */
export function urlHost(raw: string | null | undefined): string | null {
  const href = httpUrl(raw);
  return href ? new URL(href).hostname.replace(/^www\./, '') : null;
}

/** Removes control characters (keeping newlines and tabs) so text parts never carry terminal escapes or NULs. */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

/**
 * Word-wraps plain text at `width` columns; continuation lines get `indent`. Words longer than a line
 * (URLs) are kept whole rather than broken, so links stay clickable.
 */
export function wrapText(text: string, width = 76, indent = ''): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    // The first line usually follows a prefix as long as the indent ("  - "), so every line gets the same room.
    const limit = width - indent.length;
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** Handlebars block/inline helper signatures: the last argument is always the options object. */
type HelperArgs = unknown[];

function opts(args: HelperArgs): HelperOptions {
  return args[args.length - 1] as HelperOptions;
}

function positional(args: HelperArgs): unknown[] {
  return args.slice(0, -1);
}

/** Names registered by `registerHelpers`; the build compiles templates with exactly these as known helpers. */
export const HELPER_NAMES = [
  'reportedDate',
  'published',
  'dateTime',
  'day',
  'list',
  'plural',
  'httpUrl',
  'eq',
  'or',
  'upper',
  'wrap',
  'concat',
  'pad',
  'underline',
  'heading',
] as const;

interface HandlebarsLike {
  registerHelper(name: string, fn: (...args: any[]) => unknown): void;
}

/**
 * Registers the helpers on a Handlebars environment. Templates get the reader's zone from the `@timezone`
 * data variable (set by the renderer), so no helper depends on the machine's zone.
 */
export function registerHelpers(hb: HandlebarsLike): void {
  hb.registerHelper('reportedDate', (...args: HelperArgs) => {
    const [date] = positional(args) as [{ value: string | null; precision: DatePrecision } | null];
    return date ? formatReportedDate(date.value, date.precision) : DATE_NOT_REPORTED;
  });
  hb.registerHelper('published', (...args: HelperArgs) => formatPublished(positional(args)[0] as string | null));
  hb.registerHelper('dateTime', (...args: HelperArgs) =>
    formatDateTime(positional(args)[0] as string | null, (opts(args).data?.timezone as string) ?? 'UTC'),
  );
  hb.registerHelper('day', (...args: HelperArgs) =>
    formatDay(positional(args)[0] as string | null, (opts(args).data?.timezone as string) ?? 'UTC'),
  );
  hb.registerHelper('list', (...args: HelperArgs) => {
    const [items, conjunction] = positional(args) as [string[] | null, unknown];
    return joinList(items ?? [], typeof conjunction === 'string' ? conjunction : 'and');
  });
  hb.registerHelper('plural', (...args: HelperArgs) => {
    const [count, singular, plural] = positional(args) as [number, string, unknown];
    return pluralize(Number(count) || 0, singular, typeof plural === 'string' ? plural : undefined);
  });
  hb.registerHelper('httpUrl', (...args: HelperArgs) => httpUrl(positional(args)[0] as string | null));
  hb.registerHelper('eq', (...args: HelperArgs) => {
    const [a, b] = positional(args);
    return a === b;
  });
  /** `{{#if (or a b)}}`: true when any argument is truthy. */
  hb.registerHelper('or', (...args: HelperArgs) => positional(args).some(Boolean));
  hb.registerHelper('upper', (...args: HelperArgs) => String(positional(args)[0] ?? '').toUpperCase());
  /**
   * `{{wrap text indent="   "}}`, or as a block `{{#wrap indent="   "}}…{{/wrap}}` to wrap rendered content
   * (a line built from partials), for the plain-text template.
   */
  hb.registerHelper('wrap', function (this: unknown, ...args: HelperArgs) {
    const o = opts(args);
    const hash = o.hash as { indent?: string; width?: number };
    const text = o.fn ? o.fn(this) : String((positional(args)[0] as string | null) ?? '');
    return wrapText(text, hash.width ?? 76, hash.indent ?? '');
  });
  hb.registerHelper('concat', (...args: HelperArgs) => positional(args).map((a) => String(a ?? '')).join(''));
  /** `{{pad text 24}}`: right-pads to a column, for aligned plain-text tables. */
  hb.registerHelper('pad', (...args: HelperArgs) => {
    const [text, width] = positional(args) as [unknown, number];
    const s = String(text ?? '');
    return s + ' '.repeat(Math.max(0, Number(width) - [...s].length));
  });
  /** `{{heading "Sources"}}`: a plain-text section heading, upper-cased and underlined to its length. */
  hb.registerHelper('heading', (...args: HelperArgs) => {
    const title = String(positional(args)[0] ?? '').toUpperCase();
    return `${title}\n${'-'.repeat([...title].length)}`;
  });
  /** `{{underline title "="}}`: a line of the title's length, for plain-text headings. */
  hb.registerHelper('underline', (...args: HelperArgs) => {
    const [text, char] = positional(args) as [string, unknown];
    return (typeof char === 'string' ? char : '-').repeat([...String(text ?? '')].length);
  });
}
