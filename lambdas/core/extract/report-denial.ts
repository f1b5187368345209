/**
 * A contact named inside what a side denies or plays down is no contact: "denied reports of a meeting between the two
 * prime ministers", "dismissed reports that Ali would meet Maduro", "flatly denied that a call had been arranged",
 * "denied what was circulated by some sites about a meeting being arranged". The words are `reportDenials` in
 * knowledge/cues.json: a denying verb, then a report noun, "what …" or "that" within a few words.
 * A break word between the denial and the contact ("denied the reports, saying the talks would go ahead") starts what
 * the side says instead, which is not denied.
 */
import { CUES } from './knowledge.js';
import { escapeRegex } from '../text/escape-regex.js';

const phrases = (list: readonly string[]) => list.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|');

const DENIAL = new RegExp(
  `\\b(?:${phrases(CUES.reportDenials.verbs)})\\s+(?:[\\p{L}-]+ly\\s+)?(?:(?:[\\p{L}'’-]+\\s+){0,4}?(?:${phrases(CUES.reportDenials.reports)})|what|that)\\b`,
  'giu',
);
const BREAK = new RegExp(`[;:]|\\b(?:${phrases(CUES.reportDenials.breaks)})\\b`, 'i');
/** "denied the reports and met X on Monday": a verb joined by "and" right before the contact word is a new predicate. */
const JOINED_VERB = /\band\s+(?:(?:then|later|also|subsequently)\s+)?$/i;
// Most windows hold no denying verb: their stems, without word boundaries or Unicode classes, rule them out cheaply.
const VERB_STEMS = new RegExp([...new Set(CUES.reportDenials.verbs.map((v) => escapeRegex(v.slice(0, 5))))].join('|'), 'i');
/** How far before the contact word a denial may stand: a long "what was circulated by … about" object fits. */
const REACH = 200;

/** Whether the contact word at `cueStart` stands inside a denied report opened earlier in the sentence `text`. */
export function insideDeniedReport(text: string, cueStart: number): boolean {
  const window = text.slice(Math.max(0, cueStart - REACH), cueStart);
  if (!VERB_STEMS.test(window)) return false;
  DENIAL.lastIndex = 0;
  let lastEnd = -1;
  for (let m = DENIAL.exec(window); m; m = DENIAL.exec(window)) lastEnd = m.index + m[0].length;
  return lastEnd >= 0 && !BREAK.test(window.slice(lastEnd)) && !JOINED_VERB.test(window);
}
