/**
 * Whitespace that the email's HTML templates carry for their authors but that no reader sees, removed at build
 * time (scripts/build-templates.ts). Every byte left in a template is repeated in every email (Gmail clips
 * messages over 102 KB) and sits in the digest Lambda's bundle.
 *
 * Only whitespace that cannot render goes: a run of spaces and newlines directly before or after a block-level,
 * table or line-break tag, where CSS (`white-space: normal`, the only mode email.css uses) drops it anyway as
 * the start or end of a line or as the gap between table cells. Whitespace between inline content
 * (`</a> <span>`, `{{name}} <span>`) stays: there it is a visible space. The text is Handlebars source, so
 * a run next to a `{{…}}` expression stays too unless its other side is such a tag.
 *
 * The CSS left in <style> (the @media rules juice keeps) and in the style attributes juice writes loses its
 * indentation, the spaces around punctuation and comments. Outlook's conditional comments
 * (`<!--[if mso]>…<![endif]-->`) keep their whitespace and <style>: that markup is parsed by Word's HTML
 * engine, which is not worth second-guessing for a few bytes.
 */

/** Elements whose surrounding whitespace is never rendered; `title` is not here: its text is the window title. */
const BLOCK_TAGS = [
  'html', 'head', 'body', 'meta', 'style', 'div', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'br',
].join('|');
const SPACE_BEFORE_BLOCK_TAG = new RegExp(`\\s+(?=<\\/?(?:${BLOCK_TAGS})[\\s/>])`, 'g');
const SPACE_AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK_TAGS})(?:\\s[^>]*)?>)\\s+`, 'g');
const SPACE_AFTER_DOCTYPE = /(<!DOCTYPE[^>]*>)\s+/gi;

const CONDITIONAL_COMMENT = /(<!--\[if [^\]]*\]>[\s\S]*?<!\[endif\]-->)/;
const STYLE_ELEMENT = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;
/** Quoted CSS strings (font names) keep their inner spaces. */
const CSS_STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

export function minifyCss(css: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments
    .split(CSS_STRING)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;\}/g, '}'),
    )
    .join('')
    .trim();
}

const STYLE_ATTRIBUTE = / style="([^"]*)"/g;

/**
 * The style attributes juice writes (`style="a: b; c: d;"`) minified like the <style> CSS, without the last
 * semicolon: the spaces and semicolon are a fifth of every attribute, and inline styles are most of the email's
 * bytes. Run on the whole template before parsing: a text node may hold only part of an attribute.
 */
export function minifyInlineStyles(html: string): string {
  return html.replace(STYLE_ATTRIBUTE, (_m, css: string) => ` style="${minifyCss(css).replace(/;$/, '')}"`);
}

function collapseOutsideComments(html: string): string {
  return html
    .replace(SPACE_AFTER_DOCTYPE, '$1')
    .replace(SPACE_BEFORE_BLOCK_TAG, '')
    .replace(SPACE_AFTER_BLOCK_TAG, '$1')
    .replace(STYLE_ELEMENT, (_m, open: string, css: string, close: string) => `${open}${minifyCss(css)}${close}`);
}

/** The HTML (Handlebars source, CSS already inlined) without the whitespace no reader can see. */
export function minifyEmailHtml(html: string): string {
  // split() with a capturing group puts the conditional comments at the odd indexes.
  return html
    .split(CONDITIONAL_COMMENT)
    .map((part, i) => (i % 2 === 1 ? part : collapseOutsideComments(part)))
    .join('');
}
