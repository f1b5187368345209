/**
 * Actor extractor: people in one sentence, from the registry (names, aliases, transliterations) and from
 * title patterns, so an unknown "Foreign Minister Jane Doe" is still a participant. Names learned from a
 * title earlier in the article ("Doe") are recognized later through the per-article `learned` map.
 */
import {
  ACTOR_RE,
  actorByAlias,
  APPOSITIVE_NAME_RE,
  APPOSITIVE_TITLE_HEAD_RE,
  countryBySubnationalUnit,
  countryByWord,
  FAMILY_NAME_FIRST,
  INSTITUTION_WORDS,
  isTitleWord,
  isWeakTitle,
  NOT_NAME_WORDS,
  placeByName,
  roleOn,
  stripGluedParticle,
  SUBNATIONAL_UNIT_RE,
  TITLED_NAME_RE,
} from './knowledge.js';
import { findCountries } from './countries.js';
import {
  assignByPairs,
  assignNamesForCountries,
  assignSpeakerOfCountry,
  findOfficeOfBodyThenName,
  findPluralOfficeHolders,
  findTitleForRemitThenName,
  findTitleOfCountryThenName,
  findTitlePhraseThenName,
} from './title-phrases.js';
import { lastWordsStart } from './last-words.js';
import { execAll } from './regex.js';
import { personMention, type LearnedPerson, type PersonMention } from './person-mention.js';

export { personMention, type LearnedPerson, type PersonMention };

/** Per-article memory of people introduced with a title: surname → person. */
export type LearnedNames = Map<string, LearnedPerson>;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function trimName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_NAME_WORDS.has(words[words.length - 1].replace(/['’]s$/, ''))) words.pop();
  return words.join(' ').replace(/['’]s$/, '').replace(/[.,]$/, '');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NAME_CHAR = /[\p{L}'’-]/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Where `word` is a whole name token (a possessive "’s" allowed) — a run of letters, apostrophes and hyphens,
 * read from its first capital that follows no letter ("Lavrov’s", "al-Sudani" → "Sudani"; not the "Lee" of
 * "Trump-Lee"). Found with indexOf, far cheaper than tokenizing every sentence of a long article with a
 * Unicode regex to look each capitalized token up. The span covers the possessive, as the token does.
 */
function wholeWordsIn(sentence: string, word: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    let runStart = at;
    while (runStart > 0 && NAME_CHAR.test(sentence[runStart - 1])) runStart--;
    let tokenStart = runStart;
    while (tokenStart < at && !(CAPITAL.test(sentence[tokenStart]) && (tokenStart === 0 || !WORD_CHAR.test(sentence[tokenStart - 1])))) tokenStart++;
    if (tokenStart !== at || (at > 0 && WORD_CHAR.test(sentence[at - 1]))) continue;
    let end = at + word.length;
    while (end < sentence.length && NAME_CHAR.test(sentence[end])) end++;
    const token = sentence.slice(at, end);
    if (token !== word && token.replace(/['’]s$/, '') !== word) continue;
    out.push({ start: at, end });
  }
  return out;
}

// A capitalized word right before a name, that is not a title, a country or a sentence word ("Park" of "Park Yoon-joo").
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+$/u;

/**
 * "Vice Foreign Minister Park Yoon-joo" is not "Yoon": a one-word alias matched as a part of another
 * person's name — a hyphenated given name, or right after a name word — is that other person.
 */
function insideAnotherName(sentence: string, start: number, alias: string): boolean {
  if (/\s/.test(alias)) return false;
  const end = start + alias.length;
  // "Yoon-joo" (a given name), not "Trump-Putin" (two names).
  if (/^[-‐]\p{Ll}/u.test(sentence.slice(end, end + 2))) return true;
  const window = sentence.slice(Math.max(0, start - 30), start);
  // The pattern reads the last word only: it is run on that word (last-words.ts).
  const lastWord = lastWordsStart(window, 1);
  const before = WORD_BEFORE.exec(window.slice(lastWord));
  if (!before) return false;
  // A sentence's first word is capitalized anyway ("Yet Lavrov …"): it says nothing.
  const wordAt = start - window.length + lastWord + before.index;
  if (!/[\p{L}\p{N},;:]/u.test(sentence.slice(0, wordAt))) return false;
  const word = before[1];
  return !NOT_NAME_WORDS.has(word) && !countryByWord.has(word) && !isTitleWord(word);
}

// "Wang Wentao" is not the registry's "Wang" (Wang Yi): a one-word name right before another name word that is
// not part of that person's name is someone else who shares it. Not before a title, country, weekday or body.
const NEXT_WORD = /^\s+(\p{Lu}[\p{L}'’-]*)/u;
function beforeAnotherNameWord(sentence: string, end: number, alias: string, fullName: string): boolean {
  if (/\s/.test(alias)) return false;
  const next = NEXT_WORD.exec(sentence.slice(end, end + 30));
  if (!next) return false;
  const word = next[1].replace(/['’]s$/, '');
  return !fullName.split(/\s+/).includes(word) && !NOT_NAME_WORDS.has(word) && !INSTITUTION_WORDS.has(word) && !countryByWord.has(word) && !isTitleWord(word);
}

/** The word a person is called by alone: the last of the name, without a particle written onto it ("al-Burhan" → "Burhan"). */
function surnameOf(name: string): string {
  return stripGluedParticle(name.split(' ').pop()!);
}

/** How many characters of `name` are title words before the name itself ("Mr. Laurent Nuñez" → 4, "Foreign Minister Jan Novák" → 17). */
function leadingTitleWords(name: string): number {
  let at = 0;
  for (let m = /^(\S+)\s+/.exec(name); m && isTitleWord(m[1]); m = /^(\S+)\s+/.exec(name.slice(at))) at += m[0].length;
  if (at > 0) return at;
  // "counterpart, Foreign Minister Peter Hudec": an office of up to three words, ending in a title word, then the name.
  const office = /^(?:\p{Lu}[\p{L}-]*\s+){1,2}?(\p{Lu}[\p{L}.-]*)\s+(?=\p{Lu})/u.exec(name);
  return office && isTitleWord(office[1]) ? office[0].length : 0;
}

/** Later in the article, the surname of a person introduced here means that person (the first one so named). */
function learnSurname(learned: LearnedNames, person: PersonMention): void {
  const surname = familyNameOf(person);
  if (surname.length > (surname === surnameOf(person.name) ? 2 : 1) && !learned.has(surname)) learned.set(surname, { name: person.name, role: person.role, country: person.country });
}

/** The person introduced earlier in the article under exactly this full name (remembered by the surname). */
function introducedAs(learned: LearnedNames, name: string): LearnedPerson | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const person = learned.get(surnameOf(name)) ?? learned.get(words[0]);
  return person?.name === name ? person : undefined;
}

/**
 * "Abiy Ahmed Ali, Prime Minister of Ethiopia" is later "Prime Minister Abiy", and "Ali Omar Mohamed" "State
 * Minister Ali Omar": where a name's first words are what the person is called by (given names, or a name and a
 * father's name, in much of Africa, the Arab world and South-East Asia), a title before those first words of one
 * person introduced in full is that person. Called only for a titled name, never for a bare word; two introduced
 * people whose names both begin so make it nobody.
 */
function introducedByLeadingWords(learned: LearnedNames, name: string): LearnedPerson | undefined {
  const prefix = `${name} `;
  let found: LearnedPerson | undefined;
  for (const person of learned.values()) {
    if (!person.name.startsWith(prefix) || person === found) continue;
    if (found && found.name !== person.name) return undefined;
    found = person;
  }
  return found;
}

/** "Liu Jinsong, director-general of … China's Ministry" is later "Mr. Liu" (knowledge/names.json familyNameFirst). */
function familyNameOf(person: { name: string; country: string | null }): string {
  const words = person.name.split(' ');
  return person.country && FAMILY_NAME_FIRST.has(person.country) && words.length > 1 ? words[0] : surnameOf(person.name);
}

export function findPersons(sentence: string, published: string | null, learned: LearnedNames): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of execAll(ACTOR_RE, sentence)) {
    const actor = actorByAlias.get(m[0].replace(/\s+/g, ' '))!;
    if (!actor || insideAnotherName(sentence, m.index!, m[0]) || beforeAnotherNameWord(sentence, m.index! + m[0].length, m[0], actor.name)) continue;
    // Later in this article a lone "Wang" (of "Wang Yi") or "Faisal" means the same person.
    for (const token of m[0].split(/\s+/)) {
      if (token.length > 2 && /^[\p{Lu}]/u.test(token) && !actorByAlias.has(token) && !learned.has(token) && !NOT_NAME_WORDS.has(token)) {
        learned.set(token, { name: actor.name, role: roleOn(actor, published), country: actor.country });
      }
    }
    found.push(personMention({ name: actor.name, role: roleOn(actor, published), country: actor.country }, m.index!, m.index! + m[0].length, m.index!, false, true));
  }
  for (const m of execAll(TITLED_NAME_RE, sentence)) {
    const g = m.groups!;
    // "Minister of the Interior, Mr. Laurent Nuñez": a title after the office ("Mr.", "Minister") is no name part.
    const skipped = leadingTitleWords(g.name);
    // "H.E. President NAME": the office after a courtesy title is the title.
    const title = skipped > 0 && isWeakTitle(g.title) ? g.name.slice(0, skipped).trim() : g.title;
    const nameStart = m.index! + m[0].length - g.name.length + skipped;
    const name = trimName(g.name.slice(skipped));
    const words = name.split(' ');
    if (!name || NOT_NAME_WORDS.has(words[0]) || isTitleWord(words[0]) || INSTITUTION_WORDS.has(words[words.length - 1])) continue;
    const span = { start: nameStart, end: nameStart + name.length };
    const countryCode = g.country ? (countryByWord.get(g.country.replace(/^the\s+/i, ''))?.code ?? null) : null;
    const existing = found.filter((p) => overlaps(p, span));
    if (existing.length > 0) {
      // A registry person with a title in the text: keep the registry identity, note the title as written.
      for (const p of existing) {
        p.titleStart = Math.min(p.titleStart, m.index!);
        if (g.former) p.former = true;
        if (!isWeakTitle(title)) p.role = g.former ? `former ${title}` : title.replace(/\s+/g, ' ');
      }
      continue;
    }
    if (countryByWord.has(name)) continue; // "President Russia" is not a name
    // "Mr. MOTEGI Toshimitsu" (surname in capitals, family name first): the registry's Toshimitsu Motegi.
    const registered = registryPersonInCapitals(words);
    if (registered) {
      const role = roleOn(registered, published);
      found.push(personMention({ name: registered.name, role, country: registered.country }, span.start, span.end, m.index!, false, true));
      learned.set(words.find((w) => w.length > 2 && w === w.toUpperCase())!, { name: registered.name, role, country: registered.country });
      continue;
    }
    // "President Lee", "Prince Faisal": a name part of someone already introduced is that person, and so is the
    // full name again ("General Secretary Tô Lâm" after "General Secretary of the Communist Party of Viet Nam … Tô
    // Lâm"): the side the first mention gave holds, unless this title names it.
    const known = learned.get(name) ?? introducedAs(learned, name) ?? introducedByLeadingWords(learned, name);
    if (known) {
      if (countryCode && !known.country) known.country = countryCode;
      found.push(personMention(known, span.start, span.end, m.index!, Boolean(g.former), false));
      continue;
    }
    if (isWeakTitle(title) && words.length < 2) continue; // "Mr. Smith" alone says too little
    // A titled name may contain a known surname ("Foreign Minister Jane Lavrov") — treat as a new person.
    const person = personMention(
      { name, role: g.former ? `former ${title}` : title.replace(/\s+/g, ' '), country: countryCode ?? countryOfJoinedTitles(sentence, m.index!) },
      span.start,
      span.end,
      m.index!,
      Boolean(g.former),
      false,
    );
    found.push(person);
    learnSurname(learned, person);
  }
  for (const person of [...findAppositives(sentence, found), ...findTitleOfCountryNames(sentence, found)]) {
    found.push(person);
    learnSurname(learned, person);
  }
  const countries = findCountries(sentence);
  for (const person of [...findTitleOfCountryThenName(sentence, countries, found), ...findTitlePhraseThenName(sentence, countries, found)]) {
    found.push(person);
    learnSurname(learned, person);
  }
  for (const person of [...findOfficeOfBodyThenName(sentence, countries, found), ...findTitleForRemitThenName(sentence, countries, found)]) {
    found.push(person);
    learnSurname(learned, person);
  }
  for (const person of findCounterpartSubjects(sentence, found)) {
    found.push(person);
    learnSurname(learned, person);
  }
  const guessed = found.map((p) => p.country);
  for (const person of [...assignByPairs(sentence, countries, found), ...assignNamesForCountries(sentence, countries, found), ...findPluralOfficeHolders(sentence, countries, found)]) {
    found.push(person);
    learnSurname(learned, person);
  }
  assignSpeakerOfCountry(sentence, countries, found);
  // A country the description gave a person introduced by a courtesy title holds for later mentions too, and so
  // does the side a "<country> by <name>" pairing or a country's statement put someone on, and the office a
  // description gave in place of a courtesy title ("H.E. NAME, Prime Minister of …").
  found.forEach((p, i) => {
    const later = learned.get(familyNameOf(p)) ?? learned.get(surnameOf(p.name));
    if (!later || later.name !== p.name) return;
    if (p.country && (later.country === null || (!p.known && i < guessed.length && guessed[i] !== p.country))) later.country = p.country;
    if (p.role !== null && later.role !== null && isWeakTitle(later.role)) later.role = p.role;
  });
  // Surnames of people introduced earlier in this article.
  for (const [surname, p] of learned) {
    for (const span of wholeWordsIn(sentence, surname)) {
      if (found.some((f) => overlaps(f, span)) || beforeAnotherNameWord(sentence, span.end, surname, p.name)) continue;
      found.push(personMention(p, span.start, span.end, span.start, false, false));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "Maroš Šefčovič, the EU's trade commissioner," / "Liu Jianchao, head of the International Department":
 * a name of two to four words followed by a comma and a job description introduces an official. The
 * country is the first country word in the description ("the EU's", "the Cabinet Office").
 */
function findAppositives(sentence: string, taken: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  // Comma first (a sentence has few), then the job word after it, and only then the name before it.
  for (let comma = sentence.indexOf(', '); comma > 0; comma = sentence.indexOf(', ', comma + 2)) {
    // The word before the comma must be a capitalized name word ("… Šefčovič, the …").
    let w = comma;
    while (w > 0 && /[\p{L}'’.-]/u.test(sentence[w - 1])) w--;
    if (w === comma || !/\p{Lu}/u.test(sentence[w])) continue;
    const after = /^,\s+(?:the\s+|an?\s+)?/.exec(sentence.slice(comma, comma + 8))!;
    const description = sentence.slice(comma + after[0].length, comma + after[0].length + 80);
    const head = jobHead(description);
    if (!head) continue;
    // "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan,": a courtesy title gave the name, the
    // description gives the country, and the office in place of the courtesy title ("H.E. NAME, State Minister …").
    const titled = taken.find((p) => p.end === comma && p.country === null);
    if (titled) {
      titled.country = descriptionCountry(description);
      if (!titled.known && titled.role !== null && isWeakTitle(titled.role)) titled.role = head.groups!.head.toLowerCase();
      continue;
    }
    APPOSITIVE_NAME_RE.lastIndex = Math.max(0, comma - 80);
    let m: RegExpExecArray | null = null;
    for (let x = APPOSITIVE_NAME_RE.exec(sentence); x && x.index < comma; x = APPOSITIVE_NAME_RE.exec(sentence)) if (x.index + x[0].length === comma) m = x;
    APPOSITIVE_NAME_RE.lastIndex = 0;
    if (!m) continue;
    const name = m.groups!.name;
    const span = { start: m.index, end: m.index + name.length };
    if (taken.some((p) => overlaps(p, span))) continue;
    // "the Cabinet Secretary, Minister of …": an office before the comma is no name, nor is the end of a body's
    // name ("the director of Ethiopia's National Intelligence and Security Service, who …").
    if (
      name.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w) || isTitleWord(w) || INSTITUTION_WORDS.has(w)) ||
      countryByWord.has(name) ||
      placeByName.has(name) ||
      countryBySubnationalUnit.has(name)
    )
      continue;
    const headText = head.groups!.head;
    // The country may come before the job word ("the EU's trade commissioner") or after it ("head of … the CPC").
    const country = descriptionCountry(description);
    out.push(personMention({ name, role: headText.toLowerCase(), country }, span.start, span.end, span.start, false, false));
  }
  return out;
}

/**
 * The job word of a description. A possessive one is the employer, not the job: "the prime minister's national
 * security adviser" is an adviser, and "the Prime Minister's Office said" names no one's job.
 */
function jobHead(description: string): RegExpExecArray | null {
  const head = APPOSITIVE_TITLE_HEAD_RE.exec(description);
  if (!head) return null;
  const rest = /^['’]s\s+/.exec(description.slice(head[0].length));
  return rest ? APPOSITIVE_TITLE_HEAD_RE.exec(description.slice(head[0].length + rest[0].length)) : head;
}

/**
 * The country of a job description: the office's possessor when one is named ("the Danish diplomat who took
 * over as the EU's envoy" serves the EU), else the first country word ("the Philippine foreign secretary")
 * that is not where the office is posted ("ambassador to Washington").
 */
function descriptionCountry(description: string): string | null {
  const text = description.split(/[,;(]/)[0];
  // "a former ambassador to Washington", "the senior adviser to …": where the office serves, not whose it is.
  // "the Alaska Republican", "a Democrat from New Mexico": a federation's state names the person's country (and
  // "New Mexico" is no Mexico).
  const unit = SUBNATIONAL_UNIT_RE.exec(text);
  const unitEnd = unit ? unit.index + unit[0].length : -1;
  const mentions = findCountries(text).filter(
    (m) => !/\bto\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start)) && !(unit && m.start >= unit.index && m.end <= unitEnd),
  );
  const possessor = mentions.find((m) => /^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
  return (possessor ?? mentions[0])?.code ?? (unit ? (countryBySubnationalUnit.get(unit[0]) ?? null) : null);
}

// A name of one to four capitalized words ("Asif and his Afghan counterpart"), then "and" or a verb of meeting or calling, "his"/"her", up to two
// capitalized words (a nationality) and "counterpart": read on the text that ends with "counterpart".
const NAME_THEN_COUNTERPART =
  /(?<![\p{L}'’.-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:and|met(?:\s+with)?|called|phoned|hosted|received|welcomed|thanked|told|spoke\s+(?:with|to))\s+(?:his|her)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}counterparts?$/u;

/**
 * "Radosław Sikorski and his Ukrainian counterpart Andrii Sybiha spoke by phone", "Jan Novák met his Polish
 * counterpart": only a person has a counterpart, so an untitled full name right before "and his counterpart" or
 * "met her counterpart" is an official, of the same office as the counterpart when the sentence names one. The
 * country is left to the article (the demonym is the counterpart's). Found from "counterpart" with indexOf: most
 * sentences have none.
 */
function findCounterpartSubjects(sentence: string, taken: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let at = sentence.indexOf('counterpart'); at >= 0; at = sentence.indexOf('counterpart', at + 11)) {
    const end = at + (sentence.startsWith('counterparts', at) ? 12 : 11);
    const windowStart = Math.max(0, at - 120);
    const m = NAME_THEN_COUNTERPART.exec(sentence.slice(windowStart, end));
    if (!m) continue;
    // "On Monday Jan Novák": words that are no name parts start no name.
    const words = m.groups!.name.split(/\s+/);
    let first = 0;
    while (first < words.length && (NOT_NAME_WORDS.has(words[first]) || countryByWord.has(words[first]) || isTitleWord(words[first]))) first++;
    const nameWords = words.slice(first);
    const name = nameWords.join(' ');
    // Not a possessor or an acronym: "Pakistan’s DGMO called his Indian counterpart" names an office.
    const noName = (w: string) => NOT_NAME_WORDS.has(w) || INSTITUTION_WORDS.has(w) || isTitleWord(w) || countryByWord.has(w) || /['’]s$/.test(w) || w === w.toUpperCase();
    if (nameWords.length < 1 || nameWords.some(noName)) continue;
    if (countryByWord.has(name) || placeByName.has(name)) continue;
    const start = windowStart + m.index + m.groups!.name.length - name.length;
    const span = { start, end: start + name.length };
    if (taken.some((p) => overlaps(p, span)) || out.some((p) => overlaps(p, span))) continue;
    // The counterpart named right after the word holds the same office.
    const counterpart = taken.find((p) => p.start > end && p.start - end <= 40 && !/[;.]/.test(sentence.slice(end, Math.max(end, p.titleStart))));
    const role = counterpart?.role && !isWeakTitle(counterpart.role) ? counterpart.role : null;
    out.push(personMention({ name, role, country: null }, span.start, span.end, span.start, false, false));
  }
  return out;
}

/** "MOTEGI Toshimitsu" / "Toshimitsu MOTEGI" (a surname in capitals, as some ministries write it): the registry's person. */
function registryPersonInCapitals(words: readonly string[]) {
  if (words.length < 2 || !words.some((w) => w.length > 2 && w === w.toUpperCase() && w !== w.toLowerCase())) return null;
  const cased = words.map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));
  return actorByAlias.get(cased.join(' ')) ?? actorByAlias.get([...cased].reverse().join(' ')) ?? null;
}

// A run of capitalized words ending in "and", right before a title: "Cambodian Deputy Prime Minister and ".
const JOINED_TITLES = /((?:\p{Lu}[\p{L}.'’-]*\s+)+)and\s+$/u;

/**
 * "Cambodian Deputy Prime Minister and Foreign Minister Prak Sokhonn": two offices joined by "and" share the
 * country word in front of the first. `titleStart` is where the second title starts in `sentence`; the 60
 * characters before it are read, and only when they end in "and " (tested before slicing: most titles follow no "and").
 */
function countryOfJoinedTitles(sentence: string, titleStart: number): string | null {
  if (!sentence.endsWith('and ', titleStart)) return null;
  const m = JOINED_TITLES.exec(sentence.slice(Math.max(0, titleStart - 60), titleStart));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  if (words.length < 2 || !isTitleWord(words[words.length - 1])) return null;
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const entry = countryByWord.get(words.slice(0, n).join(' ').replace(/['’]s$/, ''));
    if (entry) return entry.code;
  }
  return null;
}

const isCapital = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const NAME_AFTER_COMMA = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/u;
const CONNECTOR = new Set(['of', 'for', 'the', 'and']);

/**
 * "the Prime Minister of the Hellenic Republic, Kyriakos Mitsotakis,": an office of a named country, then
 * the holder's name after the comma (the word order of official readouts and joint statements).
 */
function findTitleOfCountryNames(sentence: string, taken: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  // This runs on every sentence: cheap character tests first, the regular expression and the split only
  // where a capitalized word ends the text before the comma and another begins the text after it.
  if (!sentence.includes(' of ')) return out;
  let segmentStart = 0;
  for (let comma = sentence.indexOf(', '); comma > 0; segmentStart = comma + 1, comma = sentence.indexOf(', ', comma + 2)) {
    if (!isCapital(sentence[comma + 2])) continue;
    const lastSpace = sentence.lastIndexOf(' ', comma);
    if (lastSpace < segmentStart || !isCapital(sentence[lastSpace + 1])) continue;
    const segment = sentence.slice(segmentStart, comma);
    if (!segment.includes(' of ') && !segment.includes(' for ')) continue;
    const name = NAME_AFTER_COMMA.exec(sentence.slice(comma + 2, comma + 80));
    if (!name) continue;
    const words = segment.trim().split(/\s+/);
    // The last office word, followed by "of"/"for" and only capitalized words or connectors up to the comma.
    let t = words.length - 2;
    while (t >= 0 && !(isTitleWord(words[t]) && /^\p{Lu}/u.test(words[t]))) t--;
    if (t < 0 || !/^(?:of|for)$/.test(words[t + 1])) continue;
    const rest = words.slice(t + 1);
    if (!rest.every((w) => CONNECTOR.has(w) || /^\p{Lu}/u.test(w))) continue;
    const possessor = rest.join(' ');
    const countries = findCountries(possessor);
    const last = countries[countries.length - 1];
    if (!last || last.end !== possessor.length) continue;
    const start = comma + 2;
    const personName = trimName(name[0]);
    const span = { start, end: start + personName.length };
    if (personName.split(' ').length < 2 || countryByWord.has(personName) || placeByName.has(personName)) continue;
    const existing = taken.find((p) => overlaps(p, span));
    if (existing) {
      existing.country ??= last.code;
      continue;
    }
    let titleFrom = t;
    while (titleFrom > 0 && /^\p{Lu}/u.test(words[titleFrom - 1]) && !countryByWord.has(words[titleFrom - 1])) titleFrom--;
    out.push(personMention({ name: personName, role: words.slice(titleFrom, t + 1).join(' '), country: last.code }, span.start, span.end, span.start, false, false));
  }
  return out;
}
