/** Quick test whether a sentence can hold a contact at all (used to skip costly steps elsewhere). */
import { CONTACT_CUE_RE, GATHERING_NAME_TEST, GATHERING_RE } from './knowledge.js';

// Same flags as the cue list itself (no `u`: Unicode case folding makes the scan slower and adds nothing).
const CUE_TEST = new RegExp(CONTACT_CUE_RE.source, CONTACT_CUE_RE.flags.replace('g', ''));
const GATHERING_TEST = new RegExp(GATHERING_RE.source, 'u');

/** Whether a stretch of text holds a contact cue (the cue list itself, `re:` patterns and all). */
export function holdsContactCue(text: string): boolean {
  return CUE_TEST.test(text);
}

/**
 * Where findCues' two scans of a sentence can start: the offset of the first contact cue (-1: there is none)
 * and of the first named gathering (0: not looked for). The quick test has read the text before them already.
 */
export interface CueStarts {
  cue: number;
  gathering: number;
}

/** Every scan from the start: for a sentence the quick test has not seen. */
export const SCAN_ALL: CueStarts = { cue: 0, gathering: 0 };

/** null when the sentence cannot hold a contact; else where its cues start. */
export function contactCueStarts(text: string): CueStarts | null {
  const cue = CUE_TEST.exec(text);
  if (cue) return { cue: cue.index, gathering: 0 };
  const gathering = GATHERING_NAME_TEST.test(text) ? GATHERING_TEST.exec(text) : null;
  return gathering ? { cue: -1, gathering: gathering.index } : null;
}
