/** The size trims of the precompiled templates must leave what the templates print unchanged. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { nullishAppends, trimPrecompiled } from '../../../scripts/trim-precompiled.js';

describe('nullishAppends', () => {
  it('writes the append of a helper result as `?? ""`, matching brackets and skipping strings', () => {
    const code = '"a" + ((stack1 = f("x)", g(1))) != null ? stack1 : "") + "b"';
    expect(nullishAppends(code)).toBe('"a" + (f("x)", g(1)) ?? "") + "b"');
  });

  it('rewrites nested appends and leaves other shapes alone', () => {
    expect(nullishAppends('((stack1 = f(((stack1 = g()) != null ? stack1 : ""))) != null ? stack1 : "")')).toBe('(f((g() ?? "")) ?? "")');
    const other = '((stack1 = f(1)) != null ? stack1 : "x") + ((stack1 = f(2) != null ? stack1 : "")';
    expect(nullishAppends(other)).toBe(other);
  });

  it('prints the same for every kind of helper result', () => {
    const original = new Function('f', 'var stack1; return "<" + ((stack1 = f()) != null ? stack1 : "") + ">";');
    const trimmed = new Function('f', `var stack1; return ${nullishAppends('"<" + ((stack1 = f()) != null ? stack1 : "") + ">"')};`);
    for (const value of [null, undefined, 0, '', false, 'text', NaN]) {
      expect(trimmed(() => value)).toBe(original(() => value));
    }
  });
});

describe('trimPrecompiled, rendered by the real Handlebars runtime', () => {
  // Every construct the email templates use: helpers (known and built in) whose results may be null, blocks with
  // {{else}}, each with @index and block params, parent paths, partials, and paths through missing objects.
  const template = [
    '{{#if a.b.c}}<p>{{a.b.c}}</p>{{else}}<p>none</p>{{/if}}',
    '{{#each items as |item i|}}{{i}}:{{item.name}}{{#if @first}}!{{/if}}{{../title}}{{> row item}}{{else}}empty{{/each}}',
    '{{#with a}}{{b.c}}{{/with}}{{#unless title}}untitled{{/unless}}{{lookup names 0}}',
    '{{upper title}}|{{or missing}}|{{{or a.b.c}}}|{{#if (eq title "T")}}eq{{/if}}',
  ].join('');
  const options = { strict: false, preventIndent: true, knownHelpers: { upper: true, or: true, eq: true }, knownHelpersOnly: true };
  const contexts = [
    {},
    { a: null, items: [], title: '' },
    { a: { b: { c: '<x>' } }, items: [{ name: 'n1' }, { name: null }], title: 'T', names: ['first'] },
  ];

  function renderAll(spec: string): string[] {
    const hb = Handlebars.create();
    hb.registerHelper('upper', (s: unknown) => (typeof s === 'string' ? s.toUpperCase() : s));
    hb.registerHelper('or', (x: unknown) => x);
    hb.registerHelper('eq', (x: unknown, y: unknown) => x === y);
    hb.registerPartial('row', hb.template(new Function(`return ${trimPrecompiled(String(Handlebars.precompile('[{{name}}]', options)))}`)()));
    const render = hb.template(new Function(`return ${spec}`)());
    return contexts.map((context) => render(context));
  }

  it('renders what the untrimmed code renders', () => {
    const code = String(Handlebars.precompile(template, options));
    const trimmed = trimPrecompiled(code);
    expect(trimmed.length).toBeLessThan(code.length * 0.8);
    expect(trimmed).not.toContain('function(container');
    expect(renderAll(trimmed)).toEqual(renderAll(code));
    expect(renderAll(trimmed)[2]).toBe('<p>&lt;x&gt;</p>0:n1!T[n1]1:T[]&lt;x&gt;firstT||<x>|eq');
  });

  it('keeps `function` for code that reads `this` or `arguments`, but not for their names in the template text', () => {
    const program = (body: string) => `{"main":function(container,depth0,helpers,partials,data) {\n    return ${body};\n}}`;
    expect(trimPrecompiled(program('this.x'))).toContain('function(container');
    expect(trimPrecompiled(program('arguments.length'))).toContain('function(container');
    expect(trimPrecompiled(program('"this and arguments"'))).not.toContain('function(container');
  });
});
