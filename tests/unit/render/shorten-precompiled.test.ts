/** The shorthand calls written into the precompiled templates must print exactly what Handlebars' own code prints. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import * as shorthands from '../../../lambdas/core/render/template-shorthands.js';
import { chainedProperties, SHORTHANDS, shortenPrecompiled, shorthandsUsed } from '../../../scripts/shorten-precompiled.js';
import { trimPrecompiled } from '../../../scripts/trim-precompiled.js';

// Every shape the rewrites match, and some they must leave alone: paths through missing objects and function
// values, helpers with and without blocks, {{else}}, hashes of literals and of paths, parent paths, @data,
// partials with and without a context.
const TEMPLATE = [
  '{{a.b.c}}|{{{a.b.c}}}|{{#if a.b.c}}<p>{{a.b.c}}</p>{{else}}<p>none</p>{{/if}}|{{fn}}|{{title.length}}',
  '{{#each items}}{{name}}{{#unless @last}}, {{/unless}}{{../title}}{{> row}}{{else}}empty{{/each}}',
  '{{#with a}}{{b.c}}{{/with}}{{#unless title}}untitled{{/unless}}{{lookup names 0}}{{> row a.b}}',
  '{{upper title}}|{{or missing}}|{{or missing fallback="<fb>"}}|{{{or a.b.c}}}|{{#if (eq title "T")}}eq{{/if}}',
  '{{#wrap indent="> "}}[{{title}}]{{else}}no{{/wrap}}{{#wrap indent=title}}({{title}}){{/wrap}}',
  'text that looks like code: lookupProperty(helpers,"if").call( alias1 container.lambda(',
].join('\n');
/** A partial; it reads no parent context, so its blocks' programs are not passed the context stack. */
const ROW = '[{{name}}{{#if name}}!{{else}}?{{/if}}{{#wrap indent="~"}}{{/wrap}}]';
/** Block params change the options Handlebars passes, a shape left as emitted. */
const WITH_BLOCK_PARAMS = '{{#each items as |item i|}}{{i}}:{{item.name}}{{> row item}}{{else}}empty{{/each}}';

const OPTIONS = {
  strict: false,
  preventIndent: true,
  knownHelpers: { upper: true, or: true, eq: true, wrap: true },
  knownHelpersOnly: true,
};

const CONTEXTS = [
  {},
  { a: null, items: [], title: '', fn: null },
  {
    a: { b: { c: '<x & "y">', name: 'ab' } },
    items: [{ name: 'n1' }, { name: null }, { name: '<n3>' }],
    title: 'T',
    names: ['first'],
    fn: () => '<called>',
  },
];

type Spec = Parameters<typeof Handlebars.template>[0];

/** Runs precompiled code that may call the shorthands, as the generated module does. */
function specOf(code: string): Spec {
  return new Function(...SHORTHANDS, `return ${code}`)(...SHORTHANDS.map((name) => shorthands[name])) as Spec;
}

function renderAll(compile: (source: string, noEscape: boolean) => string, noEscape: boolean, template = TEMPLATE): string[] {
  const hb = Handlebars.create();
  hb.registerHelper('upper', (s: unknown) => (typeof s === 'string' ? s.toUpperCase() : s));
  hb.registerHelper('or', (x: unknown, options: Handlebars.HelperOptions) => x ?? options.hash.fallback);
  hb.registerHelper('eq', (x: unknown, y: unknown) => x === y);
  hb.registerHelper('wrap', function (this: unknown, options: Handlebars.HelperOptions) {
    return `${options.hash.indent ?? ''}${options.fn(this)}${options.inverse(this)}`;
  });
  hb.registerPartial('row', hb.template(specOf(compile(ROW, noEscape))));
  const render = hb.template(specOf(compile(template, noEscape)));
  return CONTEXTS.map((context) => render(context));
}

const emitted = (source: string, noEscape: boolean) => String(Handlebars.precompile(source, { ...OPTIONS, noEscape }));
const shortened = (source: string, noEscape: boolean) => shortenPrecompiled(trimPrecompiled(emitted(source, noEscape)));

describe('shortenPrecompiled, rendered by the real Handlebars runtime', () => {
  for (const noEscape of [false, true]) {
    it(`renders what Handlebars' own code renders (${noEscape ? 'text' : 'HTML'})`, () => {
      const own = renderAll(emitted, noEscape);
      expect(renderAll(shortened, noEscape)).toEqual(own);
      expect(own[2]).toContain(noEscape ? '<x & "y">' : '&lt;x &amp; &quot;y&quot;&gt;');
      expect(own[2]).toContain('n1, T[n1!~]');
      expect(own[2]).toContain('> [T]');
      expect(own[0]).toContain(noEscape ? '|<fb>|' : '|&lt;fb&gt;|');
      expect(renderAll(shortened, noEscape, WITH_BLOCK_PARAMS)).toEqual(renderAll(emitted, noEscape, WITH_BLOCK_PARAMS));
    });
  }

  it('leaves no Handlebars boilerplate that has a shorthand, except where the shape differs', () => {
    const code = shortened(TEMPLATE, false);
    const withoutText = code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(withoutText).not.toContain('lookupProperty(helpers');
    expect(withoutText).not.toContain('container.nullContext');
    expect(withoutText).not.toContain('container.escapeExpression');
    expect(withoutText).not.toContain('alias1');
    expect(withoutText).not.toContain('lookupProperty = container.lookupProperty');
    // The hash holding a path and the options of a block with block params keep Handlebars' options object;
    // the template text keeps its look-alike code.
    expect(code).toContain('{"hash":{"indent":property(container, depth0, "title")},"fn":container.program(');
    expect(shortened(WITH_BLOCK_PARAMS, false)).toContain('"inverse":container.program(1, data, 0, blockParams),"data":data,"blockParams":blockParams}');
    expect(code).toContain('lookupProperty(helpers,\\"if\\").call( alias1 container.lambda(');
    // The templates above exercise every shorthand; helperThis is written only into helper calls, where
    // callHelper takes the context itself.
    expect(shorthandsUsed(code + shortened(ROW, false))).toEqual(SHORTHANDS.filter((name) => name !== 'helperThis'));
  });
});

describe('chainedProperties', () => {
  it('writes each step of a path as a property call, innermost first, and skips string literals', () => {
    const code =
      'f(((stack1 = ((stack1 = x) != null ? lookupProperty(stack1,"b") : stack1)) != null ? lookupProperty(stack1,"c") : stack1), ' +
      '"((stack1 = y) != null ? lookupProperty(stack1,\\"d\\") : stack1)")';
    expect(chainedProperties(code)).toBe(
      'f(property(container, property(container, x, "b"), "c"), "((stack1 = y) != null ? lookupProperty(stack1,\\"d\\") : stack1)")',
    );
  });

  it('leaves an assignment to stack1 that is not a path step', () => {
    const code = '((stack1 = f(1)) != null ? stack1 : "")';
    expect(chainedProperties(code)).toBe(code);
  });
});

describe('shortenPrecompiled on shapes Handlebars does not emit today', () => {
  const program = (body: string) => `{"main":(container,depth0,helpers,partials,data) => {\n${body}\n},"useData":true}`;
  const options = (hash: string) =>
    `{"name":"row",${hash}"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators}`;

  it('does not take a partial call with a hash, and what follows it on the line, for one without', () => {
    const withHash = `container.invokePartial(lookupProperty(partials,"row"),depth0,${options('"hash":{"a":1},')})`;
    const plain = `container.invokePartial(lookupProperty(partials,"row"),depth0,${options('')})`;
    expect(shortenPrecompiled(program(`  return (${withHash} ?? "") + (${plain} ?? "");`))).toBe(
      program(`  return (${withHash.replace('lookupProperty(', 'container.lookupProperty(')} ?? "") + (partial(container, helpers, partials, data, "row", depth0) ?? "");`),
    );
  });

  it('leaves a program whose declarations it cannot read, or whose alias names another, as emitted', () => {
    const unreadable = program('    var alias1=f(1, 2), lookupProperty = container.lookupProperty;\n\n  return alias1 + lookupProperty(depth0,"x");');
    expect(shortenPrecompiled(unreadable)).toBe(unreadable);
    const chained = program('    var alias1=container.lambda, alias2=alias1.x;\n\n  return alias2(container.lambda(depth0, depth0));');
    expect(shortenPrecompiled(chained)).toBe(chained);
  });
});
