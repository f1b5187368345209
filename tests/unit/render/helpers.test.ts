import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import {
  HELPER_NAMES,
  formatDateTime,
  formatDay,
  formatPublished,
  formatReportedDate,
  httpUrl,
  humanizeDates,
  joinList,
  pluralize,
  registerHelpers,
  stripControl,
  urlHost,
  wrapText,
} from '../../../lambdas/core/render/helpers.js';

describe('formatReportedDate: the precision the report gave, no more', () => {
  it.each([
    ['2025-02-15', 'day', '15 Feb 2025'],
    ['2025-02', 'month', 'Feb 2025'],
    ['2025', 'year', '2025'],
    ['--02-18', 'month-day', '18 Feb, year not stated'],
    [null, 'unknown', 'date not reported'],
    ['2025-02-15', 'unknown', 'date not reported'],
  ] as const)('%s (%s) → %s', (value, precision, expected) => {
    expect(formatReportedDate(value, precision)).toBe(expected);
  });

  it('never shifts a calendar day through a time zone', () => {
    expect(formatReportedDate('2025-01-01', 'day')).toBe('1 Jan 2025');
  });

  it('shows a value that does not fit its precision as reported instead of guessing', () => {
    expect(formatReportedDate('mid-February', 'day')).toBe('mid-February');
    expect(formatReportedDate('2025-13-01', 'day')).toBe('2025-13-01');
  });

  it('infers the precision from the shape when none is given', () => {
    expect(formatReportedDate('--11-09', null)).toBe('9 Nov, year not stated');
    expect(formatReportedDate('2026-12-04', undefined)).toBe('4 Dec 2026');
  });
});

describe('published and generated dates', () => {
  it('formats published dates and says when there is none', () => {
    expect(formatPublished('2025-02-16')).toBe('16 Feb 2025');
    expect(formatPublished(null)).toBe('date not stated');
  });

  it('shows instants in the reader’s zone, with the zone named', () => {
    expect(formatDateTime('2026-11-21T23:30:00Z', 'Europe/London')).toBe('21 Nov 2026, 23:30 GMT');
    expect(formatDateTime('2026-11-21T23:30:00Z', 'Asia/Tokyo')).toMatch(/^22 Nov 2026, 08:30 (GMT\+9|JST)$/);
    expect(formatDay('2026-11-21T23:30:00Z', 'Asia/Tokyo')).toBe('22 Nov 2026');
    expect(formatDay('2026-11-21T23:30:00Z', 'America/New_York')).toBe('21 Nov 2026');
  });

  it('writes September as the reported dates do ("Sep", not ICU’s "Sept"), with no leading zero', () => {
    expect(formatDay('2025-09-02T07:00:00Z', 'Europe/London')).toBe('2 Sep 2025');
    expect(formatDateTime('2025-09-02T07:00:00Z', 'Europe/London')).toBe('2 Sep 2025, 08:00 BST');
    expect(formatReportedDate('2025-09-02', 'day')).toBe('2 Sep 2025');
  });

  it('rewrites ISO dates inside a sentence as human dates, leaving other numbers alone', () => {
    expect(humanizeDates('Held on 2025-08-31 in Tianjin')).toBe('Held on 31 Aug 2025 in Tianjin');
    expect(humanizeDates('Set for 2025-09 or --02-18')).toBe('Set for Sep 2025 or 18 Feb, year not stated');
    expect(humanizeDates('Reported 2025-11-20T07:00:00Z')).toBe('Reported 20 Nov 2025');
    expect(humanizeDates('Resolution 2025-2026, order 12-2025-01-02x')).toBe('Resolution 2025-2026, order 12-2025-01-02x');
  });
});

describe('lists and plurals', () => {
  it('joins lists in prose', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Rubio'])).toBe('Rubio');
    expect(joinList(['Rubio', 'Lavrov'])).toBe('Rubio and Lavrov');
    expect(joinList(['Rubio', null, 'Lavrov', ' ', 'Witkoff'])).toBe('Rubio, Lavrov and Witkoff');
    expect(joinList(['a', 'b'], 'or')).toBe('a or b');
    expect(joinList(['energy', 'prisoners', 'Ukraine'], ',')).toBe('energy, prisoners, Ukraine');
  });

  it('pluralizes regular and irregular nouns', () => {
    expect(pluralize(0, 'contact')).toBe('0 contacts');
    expect(pluralize(1, 'contact')).toBe('1 contact');
    expect(pluralize(2, 'family')).toBe('2 families');
    expect(pluralize(3, 'syndicated copy')).toBe('3 syndicated copies');
    expect(pluralize(2, 'analysis', 'analyses')).toBe('2 analyses');
  });
});

describe('httpUrl: only absolute http(s) links', () => {
  it.each([
    ['https://tass.com/politics/1', 'https://tass.com/politics/1'],
    ['HTTP://Example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)//https://x', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['https://', null],
    ['ftp://example.org/file', null],
    [null, null],
  ])('%s → %s', (raw, expected) => {
    expect(httpUrl(raw)).toBe(expected);
  });

  it('names the host of a link without "www."', () => {
    expect(urlHost('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(urlHost('javascript:alert(1)')).toBeNull();
  });
});

describe('plain-text helpers', () => {
  it('wraps at the width and indents continuation lines, keeping long URLs whole', () => {
    const text = 'Any settlement must address the root causes of the conflict, the minister said on Saturday.';
    const wrapped = wrapText(text, 40, '    ');
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(wrapped.split('\n').slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(wrapped.replace(/\s+/g, ' ')).toBe(text);
    const url = `https://example.org/${'x'.repeat(80)}`;
    expect(wrapText(`see ${url}`, 40)).toBe(`see\n${url}`);
  });

  it('removes control characters but keeps newlines and tabs', () => {
    expect(stripControl('a\u0000b\u001b[31mc\u2028d\n\te')).toBe('a b [31mc d\n\te');
  });
});

describe('registerHelpers', () => {
  it('registers exactly the helpers the build declares as known', () => {
    const env = Handlebars.create();
    const before = new Set(Object.keys(env.helpers));
    registerHelpers(env);
    const added = Object.keys(env.helpers).filter((n) => !before.has(n));
    expect(added.sort()).toEqual([...HELPER_NAMES].sort());
  });

  it('formats through templates, taking the zone from @timezone', () => {
    const env = Handlebars.create();
    registerHelpers(env);
    const t = env.compile('{{reportedDate d}} | {{dateTime at}} | {{plural n "family"}} | {{list xs}} | {{httpUrl u}} | {{pad "ab" 4}}|');
    const out = t(
      { d: { value: '--02-18', precision: 'month-day' }, at: '2026-07-01T12:00:00Z', n: 2, xs: ['a', 'b', 'c'], u: 'javascript:x' },
      { data: { timezone: 'Europe/Paris' } },
    );
    expect(out).toBe('18 Feb, year not stated | 1 Jul 2026, 14:00 CEST | 2 families | a, b and c |  | ab  |');
  });
});
