/**
 * Speaker resolution for conditions: who is stating it. The first person named before the statement,
 * else a "he/she said" pointing back to the last person named, else a government named as the subject
 * ("Moscow insists…", "Kremlin officials…").
 */
import type { PersonMention } from './actors.js';
import type { SentenceContext } from './context.js';
import { countryByCode } from './knowledge.js';

export interface Speaker {
  name: string;
  country: string | null;
}

const PRONOUN = /\b(?:he|she|they)\s+(?:said|added|noted|stressed|warned|insisted|told|stated|argued|wrote|reiterated)\b|^(?:He|She)\b/;

const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|assured|informed|reminded|warned)\s+(?:the\s+)?$/;

export function resolveSpeaker(ctx: SentenceContext, cueStart: number, lastPerson: PersonMention | null): Speaker | null {
  const text = ctx.sentence.text;
  // "He told Wang that Britain would only …": whoever is told is not the speaker.
  const before = ctx.persons.filter((p) => p.start < cueStart && !ADDRESSEE_BEFORE.test(text.slice(Math.max(0, p.titleStart - 14), p.titleStart)));
  if (before.length > 0) return { name: before[0].name, country: before[0].country };
  if (PRONOUN.test(text) && lastPerson) return { name: lastPerson.name, country: lastPerson.country };
  // "“Russia must withdraw,” Wang said." — a speaker after the quote.
  const after = ctx.persons.find((p) => p.start >= cueStart && /\b(?:said|says|added|stated|told|insisted|warned)\b/.test(text.slice(p.end, p.end + 30)));
  if (after) return { name: after.name, country: after.country };
  // A government as subject ("Moscow insists"), not a place someone speaks from ("a journalist in Moscow").
  const government = ctx.countries.find(
    (c) => c.start < cueStart && c.kind !== 'demonym' && !/\b(?:in|from|at|to|near|of|with|against|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start)),
  );
  if (government) {
    const entry = countryByCode.get(government.code);
    return { name: entry?.short ?? entry?.name ?? government.text, country: government.code };
  }
  return null;
}
