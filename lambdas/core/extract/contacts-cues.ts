/** Quick test whether a sentence can hold a contact at all (used to skip costly steps elsewhere). */
import { CONTACT_CUE_RE, GATHERING_RE } from './knowledge.js';

const CUE_TEST = new RegExp(CONTACT_CUE_RE.source, 'iu');
const GATHERING_TEST = new RegExp(GATHERING_RE.source, 'u');

export function mayMentionContact(text: string): boolean {
  return CUE_TEST.test(text) || GATHERING_TEST.test(text);
}
