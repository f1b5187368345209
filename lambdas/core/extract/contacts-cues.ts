/** Quick test whether a sentence can hold a contact at all (used to skip costly steps elsewhere). */
import { CONTACT_CUE_RE, GATHERING_RE } from './knowledge.js';

// Same flags as the cue list itself (no `u`: Unicode case folding makes the scan slower and adds nothing).
const CUE_TEST = new RegExp(CONTACT_CUE_RE.source, CONTACT_CUE_RE.flags.replace('g', ''));
const GATHERING_TEST = new RegExp(GATHERING_RE.source, 'u');

export function mayMentionContact(text: string): boolean {
  return CUE_TEST.test(text) || GATHERING_TEST.test(text);
}
