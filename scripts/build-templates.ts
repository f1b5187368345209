/**
 * Precompiles templates/ into lambdas/core/render/templates.generated.ts (`npm run build:templates`).
 *
 * Why: the Lambda is bundled by esbuild and must not read templates from disk at run time, and shipping the
 * Handlebars compiler costs ~90 KiB of bundle. Here the CSS of templates/email.css is inlined into every HTML
 * template with juice (webmail clients drop <style>), then each template is precompiled with
 * Handlebars.precompile; the renderer only needs `handlebars/runtime`. On the way, the HTML loses the whitespace no
 * reader sees (minify-email-html.ts), the precompiled code loses what the runtime never reads (trim-precompiled.ts),
 * its boilerplate becomes calls of short functions (shorten-precompiled.ts, template-shorthands.ts) and start tags
 * and inline styles used more than once become shared constants (share-repeated-markup.ts): the generated file
 * is most of the digest Lambda's own bundle, and every byte of template HTML is in every email.
 *
 * Layout of templates/:
 *   email.css                    styles; plain rules are inlined, @media rules stay in the layout's <style>
 *   html/layout.hbs              the HTML email; `/*! email.css *\/` inside <style> marks where the CSS goes
 *   html/partials/<name>.hbs     HTML partials, used as {{> name}}
 *   text/layout.hbs              the plain-text email (compiled with noEscape: it is text/plain)
 *   text/partials/<name>.hbs     text partials
 * Partials lose their final newline so they can be used inline; the caller's template decides line breaks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import juice from 'juice';
import { HELPER_NAMES } from '../lambdas/core/render/helpers.js';
import { minifyEmailHtml, minifyInlineStyles } from './minify-email-html.js';
import { shortenPrecompiled, shorthandsUsed } from './shorten-precompiled.js';
import { shareRepeatedMarkup } from './share-repeated-markup.js';
import { trimPrecompiled } from './trim-precompiled.js';
import { writeGenerated } from './write-generated.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const TEMPLATES_DIR = join(ROOT, 'templates');
export const GENERATED_FILE = join(ROOT, 'lambdas/core/render/templates.generated.ts');

const CSS_MARKER = '/*! email.css */';

const JUICE_OPTIONS = {
  // Keep @media (dark mode, narrow screens) in the <style> block; inline everything else.
  preserveMediaQueries: true,
  removeStyleTags: true,
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  // juice protects {{ }} from its HTML parser by default; we state it so a juice upgrade cannot surprise us.
  codeBlocks: { HBS: { start: '{{', end: '}}' } },
};

function stripComments(source: string): string {
  // Template comments document the template; they never reach the email and should not reach juice.
  return source.replace(/\{\{!--[\s\S]*?--\}\}\n?/g, '').replace(/\{\{![^-][\s\S]*?\}\}\n?/g, '');
}

function inline(html: string, css: string): string {
  return minifyInlineStyles(juice.inlineContent(html, css, JUICE_OPTIONS));
}

function partialFiles(dir: string): Array<{ name: string; source: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => ({ name: basename(f, '.hbs'), source: stripComments(readFileSync(join(dir, f), 'utf8')).replace(/\n$/, '') }));
}

/** Every text node of a parsed template, in blocks and their {{else}} branches too. */
function forEachContent(node: hbs.AST.Node, visit: (content: hbs.AST.ContentStatement) => void): void {
  if (node.type === 'ContentStatement') visit(node as hbs.AST.ContentStatement);
  const { body, program, inverse } = node as Partial<hbs.AST.Program & hbs.AST.BlockStatement>;
  for (const child of [...(body ?? []), program, inverse]) if (child) forEachContent(child, visit);
}

/**
 * An HTML template, parsed, without the whitespace no reader sees (scripts/minify-email-html.ts). Minified after
 * parsing, text node by text node: Handlebars has then already dropped the lines that hold only a block tag
 * ({{#if}}, {{/each}}); minifying the source text first would join such lines to their neighbours, and the
 * newlines Handlebars strips from standalone lines would stay.
 */
function parseMinifiedHtml(source: string): hbs.AST.Program {
  const ast = Handlebars.parse(source);
  forEachContent(ast, (content) => {
    content.value = minifyEmailHtml(content.value);
  });
  return ast;
}

function precompile(source: string | hbs.AST.Program, noEscape: boolean): string {
  const code = String(
    Handlebars.precompile(source, {
      noEscape,
      strict: false,
      // Not `assumeObjects` (3.5 KiB less code): with it, an object missing from the view would make the digest
      // throw and send nothing instead of leaving one line blank.
      preventIndent: true,
      // Every helper is known at build time: shorter calls, and a typo in a template fails the build.
      knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
      knownHelpersOnly: true,
    }),
  );
  return shortenPrecompiled(trimPrecompiled(code));
}

/** Builds the generated module's source text in memory (the staleness test compares it with the committed file). */
export function generateTemplatesModule(templatesDir = TEMPLATES_DIR): string {
  const css = readFileSync(join(templatesDir, 'email.css'), 'utf8');
  const layoutSource = stripComments(readFileSync(join(templatesDir, 'html/layout.hbs'), 'utf8'));
  if (!layoutSource.includes(CSS_MARKER)) throw new Error(`templates/html/layout.hbs must contain ${CSS_MARKER} inside <style>`);
  const htmlLayout = minifyInlineStyles(juice(layoutSource.replace(CSS_MARKER, css), JUICE_OPTIONS));
  const htmlPartials = partialFiles(join(templatesDir, 'html/partials')).map((p) => ({
    name: p.name,
    source: inline(p.source, css),
  }));
  const textLayout = stripComments(readFileSync(join(templatesDir, 'text/layout.hbs'), 'utf8'));
  const textPartials = partialFiles(join(templatesDir, 'text/partials'));

  const precompileHtml = (source: string) => precompile(parseMinifiedHtml(source), false);
  const precompileText = (source: string) => precompile(source, true);
  const entries = (list: Array<{ name: string; source: string }>, compile: (source: string) => string) =>
    list.map((p) => `    ${JSON.stringify(p.name)}: ${compile(p.source)},`).join('\n');

  const html = shareRepeatedMarkup(
    [
      'export const htmlTemplates = {',
      `  layout: ${precompileHtml(htmlLayout)},`,
      '  partials: {',
      entries(htmlPartials, precompileHtml),
      '  },',
      '};',
    ].join('\n'),
  );

  const text = [
    'export const textTemplates = {',
    `  layout: ${precompileText(textLayout)},`,
    '  partials: {',
    entries(textPartials, precompileText),
    '  },',
    '};',
  ].join('\n');

  return [
    '// GENERATED by scripts/build-templates.ts from templates/ — do not edit. Run `npm run build:templates`.',
    '// Precompiled Handlebars specs (CSS already inlined), rendered with the runtime-only `handlebars/runtime`.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    `import { ${shorthandsUsed(`${html.code}\n${text}`).join(', ')} } from './template-shorthands.js';`,
    '',
    '// Start tags and inline styles used more than once in the HTML templates.',
    ...html.declarations,
    '',
    html.code,
    '',
    text,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(`build:templates: ${writeGenerated(GENERATED_FILE, generateTemplatesModule())}`);
}
