/**
 * The condition stage's word lists (knowledge/cues.json: conditionSpeechVerbs, conditionSpeakerBodies,
 * conditionObligations, conditionVerbCues, conditionProxies), compiled once into the small patterns the speaker and
 * statement readers share.
 */
import type { ConditionCue } from './condition-text.js';
import { CUES, type ConditionKind } from './knowledge.js';
import { phraseAlternation } from '../text/phrase-alternation.js';


/** Verbs of saying or stance ("said", "insists", "reiterated", "made clear"). */
export const SPEECH_VERB = `(?:${phraseAlternation(CUES.conditionSpeechVerbs)})`;

/** An act that sets terms as a statement does (conditionActs): "passed a law", "issued an executive order". */
const ACT = `(?:${phraseAlternation(CUES.conditionActs.verbs)})\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:${phraseAlternation(CUES.conditionActs.nouns)})`;

/**
 * Right after a name: the name is the subject of a verb of saying — directly, after an auxiliary or adverb
 * ("has repeatedly said", "for his part, insisted", "told reporters on Monday"), or after an appositive
 * ("Kim Yo Jong, the powerful sister of leader Kim Jong Un, said").
 */
export const SPEAKS_AFTER = new RegExp(
  `^(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:${phraseAlternation(CUES.conditionSpeakerBodies)})\\b)?` +
    // "The Chinese embassy in Canberra, for its part, said": where the body sits.
    `(?:\\s+(?:in|at)\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*)?` +
    `(?:,[^,;“”"]{1,90},)?` +
    `(?:\\s*,\\s*for\\s+(?:his|her|its|their)\\s+part,)?` +
    `(?:\\s+(?:has|have|had|also|again|repeatedly|once\\s+more|later|then|publicly|flatly))*` +
    `\\s+(?:${SPEECH_VERB}|${ACT})\\b`,
  'i',
);

/** Right before a government: an act of it names it ("a law passed by the Iranian parliament", "a decree issued by Iran"). */
export const ENACTED_BY_BEFORE = new RegExp(
  `\\b(?:${phraseAlternation(CUES.conditionActs.nouns)})\\s+(?:${phraseAlternation(CUES.conditionActs.verbs)})\\s+by\\s+(?:the\\s+)?$`,
  'i',
);

/** Right before a capital or country: a body sitting there speaks for it ("officials in Moscow", "the parliament in Tehran"; not "the embassy in Canberra"). */
export const HOME_BODY_IN_BEFORE = new RegExp(`\\b(?:${phraseAlternation(CUES.conditionHomeBodies)})\\s+in\\s+$`, 'i');

/** After a demonym: the body that speaks for its government ("The Turkish side", "Chinese officials", "the Ethiopian foreign ministry"). */
export const SPEAKER_BODY_AFTER_DEMONYM = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${phraseAlternation(CUES.conditionSpeakerBodies)})\\b`);

/** Obligations whose grammatical subject is the party asked to act ("Washington must lift …"), not the speaker. */
export const OBLIGATION_CUE = new RegExp(`^(?:${phraseAlternation(CUES.conditionObligations)})$`, 'i');

/** Cues that are the speaker's own act ("urged Belgrade to …", "offered to host …"): the statement starts at them. */
export const VERB_CUE = new RegExp(`^(?:${phraseAlternation(CUES.conditionVerbCues)})\\b`, 'i');

/** Right before a person: someone speaks for them ("an aide to the Azerbaijani leader", "a spokesperson for Kurti"). */
export const PROXY_BEFORE = new RegExp(`\\b(?:${phraseAlternation(CUES.conditionProxies)})\\s+(?:the\\s+)?$`, 'i');

/** A statement that asks or refuses something ("must", "should", "will not", "only"), as against one that only asserts. */
export const STATEMENT_MODAL = new RegExp(`\\b(?:${phraseAlternation(CUES.conditionObligations)}|will|would|won't|cannot|can't|only|never)\\b`, 'i');

const REFUSALS = CUES.conditionRefusals;
const apostrophes = (source: string) => source.replace(/'/g, "['’]");

/**
 * A side refusing to change or give up what it holds: "will not amend", "would never give up", "refuses to drop",
 * "has no intention of lifting" (knowledge/cues.json conditionRefusals: negations × verbs, an adverb between). Only a
 * red line when its subject is a side (see REFUSAL_SUBJECT_BEFORE): "the talks will not change anything" refuses nothing.
 */
const REFUSAL_SOURCE = apostrophes(
  `(?<![A-Za-z])(?:${phraseAlternation(REFUSALS.negations)})\\s+(?:(?:${phraseAlternation(REFUSALS.adverbs)})\\s+)?(?:${phraseAlternation(REFUSALS.verbs)})(?![A-Za-z])`,
);
export const REFUSAL = new RegExp(REFUSAL_SOURCE, 'gi');
const ANY_REFUSAL = new RegExp(REFUSAL_SOURCE, 'i');

/** Words each REFUSALS negation holds: a plain substring test before REFUSAL runs (tests/unit/extract/conditions.test.ts checks it covers the list). */
export const REFUSAL_HINTS = ['not ', 'never ', "n't ", 'n’t ', 'refuse', 'intention'] as const;
/** Whether a text holds a refusal (subject not checked); most sentences are ruled out by a substring search. */
/**
 * Condition cues tried only where their gate occurs (knowledge/cues.json conditionGatedCues): "will not sign any deal
 * that …" behind " any ", "will only take part … as an equal party" behind "only ". In the condition lists' one
 * alternation each would be tried at every position of every sentence.
 */
const GATED_CUES = CUES.conditionGatedCues.map((c) => ({ kind: c.kind as ConditionKind, gate: c.gate, re: new RegExp(c.re, 'i') }));

export const mayHoldGatedCue = (text: string) => GATED_CUES.some((c) => text.includes(c.gate));

export function gatedCue(text: string): ConditionCue | null {
  for (const { kind, gate, re } of GATED_CUES) {
    if (!text.includes(gate)) continue;
    const m = re.exec(text);
    if (m) return { kind, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export const mayHoldRefusal = (text: string) => REFUSAL_HINTS.some((h) => text.includes(h)) && ANY_REFUSAL.test(text);

/**
 * A refusal's subject right before it that is a side: "we will not", "the government would never"; a third-person
 * pronoun only as the subject of reported speech ("said it will not", "insisted that they would never"), since
 * elsewhere it is as often a thing ("Whatever policy Seoul adopts, it will not change our position").
 */
export const REFUSAL_SUBJECT_BEFORE = new RegExp(
  apostrophes(
    `(?<![A-Za-z])(?:${phraseAlternation(REFUSALS.subjects)}|(?<=\\b${SPEECH_VERB}\\s+(?:that\\s+)?)(?:${phraseAlternation(REFUSALS.reportedSubjects)}))\\s+$`,
  ),
  'i',
);

const TERMS = CUES.conditionTerms;
/** A negotiating process (knowledge/cues.json conditionTerms.processNouns): "talks", "the peace process". */
export const PROCESS_NOUN_THEN_TO = new RegExp(`^(?:${phraseAlternation(TERMS.processNouns)})\\s+to\\s+\\p{Ll}`, 'iu');
/** Words that state the terms a process must follow (conditionTerms.markers): "on the basis of", "from where", "within the framework of". */
export const TERMS_MARKER = new RegExp(`\\b(?:${phraseAlternation(TERMS.markers)})\\b`, 'i');

const HOLDS = CUES.conditionHolds;
const HOLD_UNTIL_SOURCE = `(?<![A-Za-z])(?:${phraseAlternation(HOLDS.verbs)})\\s+(?:[\\w'’,-]+\\s+){0,12}?until\\s+(?!\\d|(?:${phraseAlternation(HOLDS.untilTimes)})\\b)`;
/**
 * A measure held until something happens: "suspending cooperation with the agency until the security of the sites is
 * guaranteed", "sanctions will remain in place until …" (conditionHolds.verbs), not until a time ("until next week",
 * "until the end of the month": conditionHolds.untilTimes).
 */
export const HOLD_UNTIL = new RegExp(HOLD_UNTIL_SOURCE, 'gi');
const ANY_HOLD_UNTIL = new RegExp(HOLD_UNTIL_SOURCE, 'i');
export const mayHoldUntil = (text: string) => text.includes('until') && ANY_HOLD_UNTIL.test(text);
