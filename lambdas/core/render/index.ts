/**
 * Renders a briefing model into the email: subject, inbox preview text, HTML and plain text.
 * Templates live in templates/ and are precompiled (CSS inlined) into templates.generated.ts by
 * `npm run build:templates`, so only the small Handlebars runtime ships in the Lambda bundle.
 */
import Handlebars from 'handlebars/runtime';
import type { TemplateDelegate } from 'handlebars';

/** A precompiled template (Handlebars declares this type globally, not as an export). */
type Spec = Parameters<typeof Handlebars.template>[0];
import type { BriefingModel } from '../briefing/model.js';
import { countryNamer, type CountryNames } from './countries.js';
import { formatDay, registerHelpers, stripControl } from './helpers.js';
import { htmlTemplates, textTemplates } from './templates.generated.js';
import { subjectHeadline } from './summary.js';
import { DEFAULT_LIMITS, halveLimits, type BriefingLimits } from './select.js';
import { buildView, prepareModel, type ViewOptions } from './view.js';

export { DEFAULT_LIMITS, type BriefingLimits } from './select.js';

export interface RenderOptions {
  /** IANA zone for dates shown in the email. */
  timezone: string;
  /** Extra or overriding country code → name; otherwise knowledge/countries.json, then ICU region names. */
  countryNames?: CountryNames;
  /** Footer note on how recipients are managed (the briefing has no per-reader unsubscribe link). */
  recipientsHint?: string;
  /** Newest contacts shown as HTML cards (default 15, fewer if the HTML would be clipped); the rest stay on the timeline. */
  maxContactCards?: number;
  /** Newest contacts listed in full in the plain-text part (default 40). */
  maxTextContacts?: number;
  /**
   * Caps on the timeline, around the track, conditions, questions, sources and "what changed" (defaults in
   * DEFAULT_LIMITS), so the email stays readable and unclipped however many records a track has. Under the caps
   * everything is shown; over them each section says how many it leaves out, and the full model is in briefing.json.
   */
  limits?: Partial<BriefingLimits>;
}

export interface RenderedBriefing {
  /** Single line, no CR/LF or control characters, length-limited. */
  subject: string;
  /** Inbox preview text (the two-line summary). */
  previewText: string;
  html: string;
  text: string;
}

export const SUBJECT_MAX_LENGTH = 120;
/** Newest contacts shown as full cards (about 3 KB of HTML each); older ones stay on the timeline. */
export const DEFAULT_MAX_CONTACT_CARDS = 15;
export const MIN_CONTACT_CARDS = 3;
/** Contacts listed in full in the plain-text part (about 0.6 KB each). */
export const DEFAULT_MAX_TEXT_CONTACTS = 40;
/** Gmail clips messages over 102 KB of HTML; keep a margin for the MIME headers SES adds. */
export const HTML_BUDGET_BYTES = 95 * 1024;

export const DEFAULT_RECIPIENTS_HINT =
  'You receive this briefing because your address is in the RECIPIENTS setting of the briefing deployment. ' +
  'To add or remove readers, ask the operator to change RECIPIENTS and redeploy; ' +
  'replies to this message reach the sender address, not the analysts.';

interface CompiledSet {
  layout: TemplateDelegate;
}

function compile(spec: { layout: unknown; partials: Record<string, unknown> }): CompiledSet {
  // An isolated environment per set: the HTML and text partials share names but not escaping rules.
  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, partial] of Object.entries(spec.partials)) {
    env.registerPartial(name, env.template(partial as Spec));
  }
  return { layout: env.template(spec.layout as Spec) };
}

let compiled: { html: CompiledSet; text: CompiledSet } | null = null;
function templates() {
  compiled ??= { html: compile(htmlTemplates), text: compile(textTemplates) };
  return compiled;
}

/**
 * One line of header-safe text: control characters (CR, LF, NUL, DEL, C1, line/paragraph separators) become spaces,
 * runs of whitespace collapse, and the result is cut at a word boundary with an ellipsis when it exceeds `max`.
 */
export function headerSafe(raw: string, max = SUBJECT_MAX_LENGTH): string {
  const line = raw
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join('');
  // Drop the last word only when the cut fell inside it.
  const atWord = /\s/.test(chars[max - 1]) ? cut : cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max * 0.6 ? atWord : cut).replace(/[\s,·–-]+$/, '')}…`;
}

/** "US–Russia track · 21 Nov 2026 · 2 new contacts, Budapest summit cancelled" */
function buildSubject(model: BriefingModel, o: ViewOptions): string {
  return headerSafe(`${model.track.name} track · ${formatDay(model.generatedAt, o.timezone)} · ${subjectHeadline(model, o)}`);
}

function tidyText(text: string): string {
  return (
    stripControl(text)
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      // At most two blank lines in a row (sections are separated by two).
      .replace(/\n{4,}/g, '\n\n\n')
      .trim() + '\n'
  );
}

export function renderBriefing(model: BriefingModel, options: RenderOptions): RenderedBriefing {
  const base: ViewOptions = {
    timezone: options.timezone,
    maxContactCards: options.maxTextContacts ?? DEFAULT_MAX_TEXT_CONTACTS,
    countryName: countryNamer(options.countryNames),
    recipientsHint: options.recipientsHint ?? DEFAULT_RECIPIENTS_HINT,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
  const subject = buildSubject(model, base);
  const data = { timezone: options.timezone };
  const { html, text } = templates();

  // The text part is read top to bottom and never clipped, so it lists more contacts in full than the HTML.
  const prepared = prepareModel(model);
  const fullView = buildView(model, base, prepared);
  const previewText = headerSafe(`${fullView.summary.headline} ${fullView.summary.counts}`, 300);
  const renderedText = tidyText(text.layout({ ...fullView, subject, previewText }, { data }));

  // The HTML shows the newest contacts as cards and the rest on the timeline. Cards are the bulk of the bytes,
  // so when a busy week would pass Gmail's clipping size, fewer cards are shown rather than a clipped email.
  // With the fewest cards and still too big (a track with very many records), every other cap is halved in turn.
  let cards = options.maxContactCards ?? DEFAULT_MAX_CONTACT_CARDS;
  let limits: BriefingLimits | null = base.limits;
  let renderedHtml: string;
  for (;;) {
    const view = buildView(model, { ...base, maxContactCards: cards, limits, aroundInText: fullView.aroundTrack.length }, prepared);
    renderedHtml = stripControl(html.layout({ ...view, subject, previewText }, { data }));
    if (Buffer.byteLength(renderedHtml) <= HTML_BUDGET_BYTES) break;
    if (cards > MIN_CONTACT_CARDS) cards = Math.max(MIN_CONTACT_CARDS, Math.floor(cards / 2));
    else if (!(limits = halveLimits(limits))) break;
  }
  return { subject, previewText, html: renderedHtml, text: renderedText };
}
