/**
 * One person named in one sentence, and what an article remembers of a person. Shared by the extractors that
 * find people (actors.ts, title-phrases.ts, roles.ts), so none of them imports another's module for it.
 */
export interface PersonMention {
  name: string;
  role: string | null;
  country: string | null;
  start: number;
  end: number;
  /** Span of the title/country words before the name, if any (those words are not country parties). */
  titleStart: number;
  former: boolean;
  known: boolean;
}

export interface LearnedPerson {
  name: string;
  role: string | null;
  country: string | null;
}

/**
 * A mention of `who` at [start, end). Every PersonMention is made here, so all have one hidden class in V8:
 * the extractors read them at many sites, which stay monomorphic (object spreads and literals at seven sites
 * made four shapes, and each new one seen deoptimized the large readers of mentions, which were then compiled again).
 */
export function personMention(
  who: LearnedPerson,
  start: number,
  end: number,
  titleStart: number,
  former: boolean,
  known: boolean,
): PersonMention {
  return { name: who.name, role: who.role, country: who.country, start, end, titleStart, former, known };
}
