/**
 * The build drops whitespace no reader sees from the HTML templates; a space a reader does see (between inline
 * elements or words) must survive, or names and badges run together in the email.
 */
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyEmailHtml, minifyInlineStyles } from '../../../scripts/minify-email-html.js';
import { renderBriefing } from '../../../lambdas/core/render/index.js';
import { fullModel } from '../../fixtures/briefing/full.js';

describe('minifyEmailHtml', () => {
  it('drops whitespace before and after block, table and line-break tags', () => {
    expect(minifyEmailHtml('<tr>\n<td class="k">\n  Date\n</td>\n</tr>\n')).toBe('<tr><td class="k">Date</td></tr>');
    expect(minifyEmailHtml('</h2>\n<p class="p">x</p>\n  <ul>\n<li>a</li>\n</ul>')).toBe('</h2><p class="p">x</p><ul><li>a</li></ul>');
    expect(minifyEmailHtml('a line \n<br>\n next')).toBe('a line<br>next');
    expect(minifyEmailHtml('<!DOCTYPE html>\n<html lang="en">\n<head>')).toBe('<!DOCTYPE html><html lang="en"><head>');
  });

  it('keeps the space between inline elements and words, and next to Handlebars expressions', () => {
    const inline = '<span class="badge">held</span> <span class="card-title">{{label}}</span> <a href="{{url}}">x</a> {{copies}}';
    expect(minifyEmailHtml(inline)).toBe(inline);
    expect(minifyEmailHtml('{{name}} <span class="muted">· {{role}}</span>\n{{text}}')).toBe('{{name}} <span class="muted">· {{role}}</span>\n{{text}}');
    // Tags whose names start like a block tag's are inline: <pre>-like names, <b>, <big>.
    expect(minifyEmailHtml('x <b>y</b> <big>z</big> <ph>w</ph>')).toBe('x <b>y</b> <big>z</big> <ph>w</ph>');
  });

  it('keeps the text of <title> and copies Outlook conditional comments untouched', () => {
    expect(minifyEmailHtml('<title> A  title </title>')).toBe('<title> A  title </title>');
    const mso = '<!--[if mso]>\n<style>\n/* Outlook */\ntable, td { font-family: Arial !important; }\n</style>\n<![endif]-->';
    expect(minifyEmailHtml(`</style>\n${mso}\n</head>`)).toBe(`</style>${mso}</head>`);
  });

  it('minifies the CSS left in <style>', () => {
    expect(minifyEmailHtml('<style>\n@media (max-width: 480px) {\n  .a,\n.b .c {\n    padding: 0 8px !important;\n  }\n}\n</style>')).toBe(
      '<style>@media (max-width:480px){.a,.b .c{padding:0 8px!important}}</style>',
    );
  });
});

describe('minifyInlineStyles', () => {
  it('minifies each style attribute and drops its last semicolon, quoted font names kept', () => {
    expect(minifyInlineStyles(`<td class="a" style="font-family: 'Segoe UI', Arial; margin: 0 0 10px 0;">x</td>`)).toBe(
      `<td class="a" style="font-family:'Segoe UI',Arial;margin:0 0 10px 0">x</td>`,
    );
  });
});

describe('minifyCss', () => {
  it('keeps quoted strings and the spaces inside values', () => {
    expect(minifyCss('p { font-family: "Segoe UI" , Arial; margin: 0 0 10px 0; }')).toBe('p{font-family:"Segoe UI",Arial;margin:0 0 10px 0}');
    expect(minifyCss("/* note */ a { content: 'a ; b' }")).toBe("a{content:'a ; b'}");
  });
});

describe('the rendered briefing', () => {
  const { html } = renderBriefing(fullModel, { timezone: 'Europe/London' });

  it('keeps no indentation or blank lines from the templates', () => {
    // A newline can remain where a template has one between two {{…}} expressions; never a run of them.
    expect(html).not.toMatch(/\n\s/);
    expect(html.split('\n').length).toBeLessThan(40);
  });

  it('still separates a badge from the contact title and a name from its role', () => {
    expect(html).toMatch(/<\/span> <span class="card-title"/);
    expect(html).toMatch(/[^>\s] <span class="muted"[^>]*>· /);
  });
});
