/**
 * Earlier mentions: news copy often names someone in full before the sentence that says who they are ("John Roe
 * met President X in Minsk on Thursday. … after John Roe, the US deputy special envoy, met …"). The first sentence
 * cannot know the name yet; once every sentence is read, an earlier whole-word use of the full name (two words or
 * more) of a person introduced later is that person. Registry people are found everywhere anyway; a surname alone
 * is not enough before the introduction.
 */
import type { SentenceContext } from './context.js';
import { personMention, type PersonMention } from './person-mention.js';

const LETTER = /[\p{L}\p{N}'’-]/u;
const WORD_GOES_ON = /^(?:[\p{L}\p{N}-]|['’](?!s\b))/u;

export function addEarlierMentions(contexts: readonly SentenceContext[]): void {
  // Each newcomer's full name, with the sentence that introduced it.
  const introduced = new Map<string, { person: PersonMention; at: number }>();
  contexts.forEach((ctx, at) => {
    for (const p of ctx.persons) if (!p.known && p.name.includes(' ') && !introduced.has(p.name)) introduced.set(p.name, { person: p, at });
  });
  for (const [name, { person, at }] of introduced) {
    for (let i = 0; i < at; i++) {
      const ctx = contexts[i];
      const text = ctx.sentence.text;
      let added = false;
      for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
        const end = start + name.length;
        // Whole words only; a possessive ("John Roe’s") is the person too.
        if (LETTER.test(text[start - 1] ?? '') || WORD_GOES_ON.test(text.slice(end, end + 3))) continue;
        if (ctx.persons.some((p) => p.start < end && start < p.end)) continue;
        ctx.persons.push(personMention(person, start, end, start, false, false));
        added = true;
      }
      if (added) ctx.persons.sort((a, b) => a.start - b.start);
    }
  }
}
