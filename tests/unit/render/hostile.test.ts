/**
 * Hostile text from articles or metadata must stay inert: no markup, no attribute breakout, no script links,
 * no header injection. Checked on the parsed DOM, not by string search alone.
 */
import { describe, expect, it } from 'vitest';
import { renderBriefing } from '../../../lambdas/core/render/index.js';
import { hostileModel, SCRIPT, ATTRIBUTE_BREAKOUT } from '../../fixtures/briefing/hostile.js';
import { parse, section } from './sections.js';

const r = renderBriefing(hostileModel, { timezone: 'Europe/London' });
const doc = parse(r.html);

describe('hostile text in the HTML', () => {
  it('creates no elements from article text', () => {
    expect(doc.querySelectorAll('script, svg, img, b, iframe').length).toBe(0);
    expect(r.html).not.toContain('<script');
    expect(r.html).not.toContain('<img');
  });

  it('adds no event-handler attributes anywhere', () => {
    for (const el of doc.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) expect(name).not.toMatch(/^on/i);
    }
  });

  it('links only to http(s) URLs; other URLs are dropped, their text kept', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(r.html.toLowerCase()).not.toContain('javascript:');
    expect(r.html).not.toContain('data:text/html');
  });

  it('shows the hostile text literally, as text', () => {
    expect(section(r.html, 'Latest contacts')).toContain(SCRIPT);
    expect(section(r.html, 'Latest contacts')).toContain(ATTRIBUTE_BREAKOUT.trim());
    expect(section(r.html, 'Latest contacts')).toContain('<img src=x onerror=alert(1)>');
    expect(section(r.html, 'Stated conditions')).toContain('<b onclick="x()">Lavrov</b>');
    expect(section(r.html, 'Sources')).toContain(SCRIPT);
  });

  it('does not evaluate template syntax that arrives in data', () => {
    expect(section(r.html, 'Latest contacts')).toContain('{{constructor.constructor("alert(1)")()}}');
  });

  it('carries no control characters', () => {
    expect(r.html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  });
});

describe('hostile text in the subject, preview and text part', () => {
  it('subject and preview are single lines without control characters', () => {
    for (const line of [r.subject, r.previewText]) {
      expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
    }
    expect(r.subject).toContain('Bcc: victim@example.com');
    // CR/LF and the escape byte became spaces: the would-be Bcc header is inert text inside the subject.
    expect(r.subject.startsWith('US–RussiaBudapest Bcc: victim@example.com [31m track · 21 Nov 2026 ·')).toBe(true);
  });

  it('text part keeps text as text and has no control characters', () => {
    expect(r.text).toContain(SCRIPT);
    expect(r.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(r.text).not.toContain('javascript:');
  });
});
