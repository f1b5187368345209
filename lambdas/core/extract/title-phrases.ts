/**
 * Officials introduced by a long title phrase rather than a title right before the name — the word order of
 * ministry readouts, state media and wire copy:
 *   "Deputy Minister of Foreign Affairs of Türkiye Berris Ekinci"        title, "of <country>", name
 *   "French Minister of the Interior, Mr. Laurent Nuñez"                  title phrase, comma, name
 *   "the Director General … at the French Ministry for Europe …, Mr. X"  a demonym inside the institution's name
 *   "Saudi Arabia was represented by A, the UAE by B and Egypt by C"     each name takes its own pair's country
 *   "Rwanda insists that …, Foreign Minister X said"                     the speaker of a country's statement
 * Each finder gives a person found by another rule the country it lacks, or introduces a person no other rule found.
 */
import { BODY_END_WORDS, countryByWord, INSTITUTION_WORDS, isTitleWord, NAME_PARTICLES, NOT_NAME_WORDS, placeByName, REMIT_REGIONS, STATE_EPITHETS } from './knowledge.js';
import { escapeRegex } from '../text/escape-regex.js';
import type { CountryMention } from './countries.js';
import { personMention, type PersonMention } from './person-mention.js';

// Lower-case words that may stand inside a title phrase ("Minister of State for Foreign Affairs and the …").
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'at', 'to', 'on']);
// Two to four capitalized name words (particles allowed, knowledge/names.json: "Abdel Fattah al-Burhan", "Juan Ramón de la Fuente").
const NAME_AHEAD = new RegExp(`^(?:Mr\\.|Mrs\\.|Ms\\.|Dr\\.)?\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+${NAME_PARTICLES}\\p{Lu}[\\p{L}'’.-]*[\\p{L}]){1,3})`, 'u');

interface Word {
  text: string;
  start: number;
}

/** The words of `text` from `from` to `to`, with their offsets (commas kept as words of their own). */
function wordsBetween(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|,/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ text: m[0].replace(/\.$/, ''), start: m.index });
  return out;
}

/** A title word, also inside a hyphenated compound ("Vice-President", "ambassador-at-large"). */
function isTitleCompound(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return isTitleWord(bare) || bare.split('-').some((part) => part.length > 2 && isTitleWord(part));
}

const capitalized = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The title phrase that ends at `end` (a comma, or "of" before a country): walking back over capitalized words,
 * connectors and title words — across commas when `acrossCommas` ("his Algerian counterpart, the Minister of
 * State, Minister of the Interior, …,") — to the first title word. Its country is a country word right before
 * it ("French Minister of …", "Rwanda's ambassador-at-large"), else the first one inside it that is not a
 * destination ("at the French Ministry for …", but not "ambassador to Washington").
 */
export function titlePhraseBefore(
  sentence: string,
  end: number,
  countries: readonly CountryMention[],
  people: readonly PersonMention[],
  acrossCommas: boolean,
): { start: number; country: string | null } | null {
  // The phrase never reaches back into a person already named: "Chinese President Xi Jinping, Prime Minister X" is
  // two people, and "adviser Sumbu Kalala and Rwanda's ambassador-at-large …, X" holds a second phrase.
  const floor = Math.max(end - 240, 0, ...people.filter((p) => p.end <= end).map((p) => p.end));
  const words = wordsBetween(sentence, floor, end);
  let first = words.length;
  while (first > 0) {
    const w = words[first - 1].text;
    if (w === ',' ? !acrossCommas : !(capitalized(w) || CONNECTORS.has(w) || isTitleCompound(w) || isStateEpithet(words, first - 1))) break;
    first--;
  }
  // The leftmost title word of the run begins the phrase; capitalized words before it ("Deputy", "Director") belong to it.
  let title = first;
  while (title < words.length && !isTitleCompound(words[title].text)) title++;
  if (title >= words.length) return null;
  let start = title;
  while (start > first && capitalized(words[start - 1].text) && !countryByWord.has(words[start - 1].text.replace(/['’]s$/, ''))) start--;
  const phraseStart = words[start].start;
  // "French Minister of …", "Rwanda's ambassador-at-large …" (a capital only as a possessor: "Moscow's envoy").
  // Lower-case words may come between a possessor and the office: "Canada's national security and intelligence adviser".
  const before = countries.filter((c) => c.end <= phraseStart && OWNER_GAP.test(sentence.slice(c.end, phraseStart))).pop();
  const possessive = before !== undefined && /^['’]s/.test(sentence.slice(before.end));
  const adjacent = before !== undefined && /^\s+$/.test(sentence.slice(before.end, phraseStart));
  const owner = before && (possessive || before.kind === 'demonym' || (adjacent && before.kind !== 'capital')) ? before : undefined;
  if (owner) return { start: owner.start, country: owner.code };
  // "at the French Ministry for Europe …", but not the destination of "ambassador to Washington".
  const inside = countries.find((c) => c.start >= phraseStart && c.end <= end && c.kind !== 'capital' && !DESTINATION.test(sentence.slice(Math.max(0, c.start - 8), c.start)));
  return { start: phraseStart, country: inside?.code ?? null };
}

// "of the sisterly Republic of Iraq": a courtesy adjective (knowledge/countries.json stateEpithets) between "the" and
// a state's capitalized formal name belongs to the name; the same word before a lower-case one ends the phrase.
function isStateEpithet(words: readonly Word[], at: number): boolean {
  return STATE_EPITHETS.has(words[at].text) && words[at - 1]?.text === 'the' && capitalized(words[at + 1]?.text ?? '');
}

const DESTINATION = /\bto\s+(?:the\s+)?$/;
// Modifiers only: a preposition or an article starts a phrase of its own ("Kenya's talks with the adviser").
const OWNER_GAP = /^(?:['’]s)?(?:\s+(?!(?:and|with|to|on|for|of|in|at|by|from|the|a|an|its|his|her|their)\b)[\p{Ll}-]+(?:\s+and)?){0,5}\s+$/u;
/** Whether the words are a person's name rather than a country, a place or a title. */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    !words.some((w) => NOT_NAME_WORDS.has(w) || INSTITUTION_WORDS.has(w)) &&
    !words.some((w) => countryByWord.has(w) || isTitleCompound(w)) &&
    !countryByWord.has(name) &&
    !placeByName.has(name)
  );
}

// A name ends the apposition ("…, Vincent Biruta, met", "…, Jane Doe.", "…, Jane Doe said"); "…, Local Authorities
// and Transport" goes on naming an office.
const NAME_ENDS = /^(?:$|[,.;:)]|\s+(?!and\b|of\b|for\b)\p{Ll})/u;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * "Deputy Foreign Minister of Armenia Vahan Kostanyan", "Vice-President of the National Assembly of the
 * Republic of Armenia Ruben Rubinyan": an office "of <country>", then the holder's name with no comma. An office
 * "to <country>" ("Ambassador to China Kenji Kanasugi") introduces the holder too, but names where the office
 * serves, not whose it is.
 */
export function findTitleOfCountryThenName(sentence: string, countries: readonly CountryMention[], taken: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const c of countries) {
    const link = /\b(of|to)\s+(?:the\s+)?$/.exec(sentence.slice(Math.max(0, c.start - 8), c.start));
    if (c.kind !== 'name' || !link) continue;
    const ahead = NAME_AHEAD.exec(sentence.slice(c.end, c.end + 80));
    if (!ahead || !/^\s/.test(sentence.slice(c.end)) || /^\s*(?:Mr|Mrs|Ms|Dr)\./.test(ahead[0])) continue;
    const name = ahead[1];
    const start = c.end + ahead[0].length - name.length;
    const span = { start, end: start + name.length };
    const linkAt = Math.max(0, c.start - 8) + link.index;
    const phrase = titlePhraseBefore(sentence, linkAt, countries, taken, false);
    if (!phrase) continue;
    const country = link[1] === 'of' ? c.code : null;
    const existing = taken.find((p) => overlaps(p, span));
    if (existing) {
      existing.country ??= country;
      continue;
    }
    if (!looksLikeName(name)) continue;
    const role = sentence.slice(phrase.start, link[1] === 'of' ? linkAt : c.end).trim().replace(/^(?:the|[\p{L}]+['’]s)\s+/iu, '');
    out.push(personMention({ name, role, country: country ?? phrase.country }, span.start, span.end, phrase.start, false, false));
  }
  return out;
}

// The last word of a body's name (and an acronym in brackets after it), then the capital of the next word:
// "… of the National Assembly |Trần …", "… Central Committee (CPV) |Tô …". Its first letters lead, for speed.
const BODY_END_THEN_CAPITAL = new RegExp(
  `(?=[${[...new Set(BODY_END_WORDS.map((w) => w[0]))].join('')}])(?<![\\p{L}'’-])(?:${BODY_END_WORDS.map(escapeRegex).join('|')})(?:['’]s)?(?:\\s+\\([\\p{Lu}\\d]{2,8}\\))?\\s+(?=\\p{Lu})`,
  'gu',
);
const OF_A_BODY = /\s(?:of|for)\s/;

/**
 * "Chairman of the National Assembly Trần Thanh Mẫn", "General Secretary of the Communist Party of Viet Nam (CPV)
 * Central Committee Tô Lâm", "Head of the … Central Committee's Commission for External Relations NAME": an office
 * of a body, written out before the holder's name without a comma, as state media and readouts write it. The name
 * begins after the body's last word (knowledge/names.json institutionWords, titles.json remitEnds); the country is
 * one named before the office or inside it ("of Viet Nam", "CPV Central Committee"), else none.
 */
export function findOfficeOfBodyThenName(sentence: string, countries: readonly CountryMention[], taken: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of bodyEndsAfterOffices(sentence)) {
    const nameFrom = m.index + m[0].length;
    const ahead = NAME_AHEAD.exec(sentence.slice(nameFrom, nameFrom + 80));
    if (!ahead || ahead[0] !== ahead[1]) continue; // a courtesy title there is another rule's ("…, Mr. NAME")
    const name = ahead[1];
    const span = { start: nameFrom, end: nameFrom + name.length };
    if (!NAME_ENDS.test(sentence.slice(span.end, span.end + 12))) continue;
    const bodyEnd = m.index + m[0].trimEnd().length;
    const phrase = titlePhraseBefore(sentence, bodyEnd, countries, taken, false);
    if (!phrase) continue;
    const office = officeFromTitleWord(sentence.slice(phrase.start, bodyEnd));
    if (!office || !OF_A_BODY.test(office.text)) continue;
    const existing = taken.find((p) => overlaps(p, span)) ?? out.find((p) => overlaps(p, span));
    if (existing) {
      existing.country ??= phrase.country;
      continue;
    }
    if (!looksLikeName(name)) continue;
    // The office's words are no parties of a contact; a dateline before it ("Hà Nội (VNA) –") is not the office.
    const owned = countries.some((c) => c.start === phrase.start);
    const titleStart = owned ? phrase.start : phrase.start + office.at;
    out.push(personMention({ name, role: office.text.replace(/^the\s+/i, ''), country: phrase.country }, span.start, span.end, titleStart, false, false));
  }
  return out;
}

/**
 * The body ends that may close an office "of" a body: only within the 120 characters after an office word and
 * "of" ("Chairman of …", "Head of …"), found with indexOf, so a sentence with no such office costs no scan.
 */
function bodyEndsAfterOffices(sentence: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let of = sentence.indexOf(' of '); of >= 0; of = sentence.indexOf(' of ', of + 4)) {
    if (!isTitleCompound(sentence.slice(sentence.lastIndexOf(' ', of - 1) + 1, of))) continue;
    const limit = of + 120;
    BODY_END_THEN_CAPITAL.lastIndex = of + 4;
    for (let m = BODY_END_THEN_CAPITAL.exec(sentence); m && m.index < limit; m = BODY_END_THEN_CAPITAL.exec(sentence)) {
      if (!out.some((x) => x.index === m!.index)) out.push(m);
    }
    BODY_END_THEN_CAPITAL.lastIndex = 0;
  }
  return out;
}

/** The office from its first title word ("Hà Nội (VNA) – General Secretary of …" → "General Secretary of …"). */
function officeFromTitleWord(phrase: string): { text: string; at: number } | null {
  const re = /[\p{L}][\p{L}'’-]*/gu;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    if (isTitleCompound(m[0])) return { text: phrase.slice(m.index), at: m.index };
  }
  return null;
}

/**
 * "Special Envoy for Sudan NAME", "Assistant U.S. Trade Representative for Africa NAME", "Minister for Europe NAME",
 * "Special Envoy for Ukraine and Russia NAME": a title, "for" and the countries or region it covers (up to two,
 * joined by "and"; titles.json remitRegions), then the holder's name. The remit belongs to the title, so its
 * countries are no sides of the holder's contacts (the title span is the person's `titleStart`); the holder's
 * country is the title's own ("U.S. Special Envoy"), never the remit's.
 */
export function findTitleForRemitThenName(sentence: string, countries: readonly CountryMention[], taken: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let at = sentence.indexOf(' for '); at >= 0; at = sentence.indexOf(' for ', at + 5)) {
    if (!isTitleCompound(sentence.slice(sentence.lastIndexOf(' ', at - 1) + 1, at))) continue;
    let remitEnd = remitPlaceEnd(sentence, at + 5, countries);
    if (remitEnd < 0) continue;
    const and = /^\s+and\s+/.exec(sentence.slice(remitEnd, remitEnd + 8));
    if (and) {
      // "Minister for Europe and Foreign Affairs NAME": a remit that goes on past the places is another rule's.
      remitEnd = remitPlaceEnd(sentence, remitEnd + and[0].length, countries);
      if (remitEnd < 0) continue;
    }
    if (!/^\s/.test(sentence.slice(remitEnd, remitEnd + 1))) continue; // "for Ukraine's support"
    const ahead = NAME_AHEAD.exec(sentence.slice(remitEnd, remitEnd + 80));
    if (!ahead) continue;
    const name = ahead[1];
    const start = remitEnd + ahead[0].length - name.length;
    const span = { start, end: start + name.length };
    if (!NAME_THEN_TEXT.test(sentence.slice(span.end, span.end + 3))) continue;
    const phrase = titlePhraseBefore(sentence, at, countries, [...taken, ...out], false);
    if (!phrase) continue;
    const existing = taken.find((p) => overlaps(p, span)) ?? out.find((p) => overlaps(p, span));
    if (existing) {
      existing.titleStart = Math.min(existing.titleStart, phrase.start);
      existing.country ??= phrase.country;
      continue;
    }
    if (!looksLikeName(name)) continue;
    const role = sentence.slice(phrase.start, remitEnd).trim().replace(/^(?:the|[\p{L}.]+['’]s)\s+/iu, '');
    out.push(personMention({ name, role, country: phrase.country }, span.start, span.end, phrase.start, false, false));
  }
  return out;
}

// After a name: the end, a punctuation mark or a lower-case word ("NAME met", "NAME and …").
const NAME_THEN_TEXT = /^(?:$|[,.;:)]|\s+\p{Ll})/u;

/** Where a remit's country name or region that starts at `at` ("Sudan", "the Horn of Africa") ends, else -1. */
function remitPlaceEnd(sentence: string, at: number, countries: readonly CountryMention[]): number {
  const from = sentence.startsWith('the ', at) ? at + 4 : at;
  const country = countries.find((c) => c.start === from && c.kind === 'name');
  if (country) return country.end;
  const region = REMIT_REGIONS.find((r) => sentence.startsWith(r, from) && !/[\p{L}-]/u.test(sentence[from + r.length] ?? ''));
  return region ? from + region.length : -1;
}

/**
 * "French Minister of the Interior, Mr. Laurent Nuñez", "his Algerian counterpart, the Minister of State,
 * Minister of the Interior, …, Mr. Saïd Sayoud": a title phrase, a comma, then the name. A person found there
 * by a courtesy title gets the phrase's country; a bare name after a phrase with a country is introduced.
 */
export function findTitlePhraseThenName(sentence: string, countries: readonly CountryMention[], taken: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let comma = sentence.indexOf(', '); comma > 0; comma = sentence.indexOf(', ', comma + 2)) {
    const after = comma + 2;
    if (!/\p{Lu}/u.test(sentence[after] ?? '')) continue;
    const titled = taken.find((p) => p.titleStart === after && p.country === null);
    const ahead = titled ? null : NAME_AHEAD.exec(sentence.slice(after, after + 80));
    if (!titled && !ahead) continue;
    const phrase = titlePhraseBefore(sentence, comma, countries, taken, true);
    if (!phrase || phrase.country === null) continue;
    if (titled) {
      titled.country = phrase.country;
      continue;
    }
    const name = ahead![1];
    const start = after + ahead![0].length - name.length;
    const span = { start, end: start + name.length };
    if (!looksLikeName(name) || !NAME_ENDS.test(sentence.slice(span.end, span.end + 12))) continue;
    if (taken.some((p) => overlaps(p, span)) || out.some((p) => overlaps(p, span))) continue;
    // The office is the last of the joined titles ("the Minister of State, Minister of …" → "Minister of …").
    const role = sentence.slice(phrase.start, comma).split(',').pop()!.trim().replace(/^(?:the|[\p{L}]+['’]s)\s+/iu, '');
    out.push(personMention({ name, role, country: phrase.country }, span.start, span.end, phrase.start, false, false));
  }
  return out;
}

// "was represented by", "led by", "on the Australian side by": the verbs that make "<country> … by <name>" a pairing.
const REPRESENTED = /\b(?:represented|led|headed|chaired|conducted)\b/;
// Between the country and "by": a few lower-case words, no comma ("was represented", "delegation was led", "side").
const COUNTRY_TO_BY = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,4}\s+by\s+$/u;

/**
 * "Saudi Arabia was represented by A, the UAE by B and Egypt by C", "Lebanon was represented by X, and Israel by
 * Y", "chaired on the Australian side by A and on the Chinese side by B": each person takes the country of its
 * own pair, which outranks a country guessed from the words around the name. A name with no title there
 * ("Israel by Uri Resnick") is introduced.
 */
export function assignByPairs(sentence: string, countries: readonly CountryMention[], found: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  if (!sentence.includes(' by ') || !REPRESENTED.test(sentence)) return out;
  for (const c of countries) {
    // "talks in Doha led by …": a city where something happens is no side.
    if (c.kind === 'capital' && /\b(?:in|at|to|from)\s+$/.test(sentence.slice(Math.max(0, c.start - 6), c.start))) continue;
    const by = sentence.indexOf(' by ', c.end);
    if (by < 0 || by - c.end > 48) continue;
    const link = COUNTRY_TO_BY.exec(sentence.slice(c.end, by + 4));
    if (!link) continue;
    const nameFrom = by + 4;
    // The person named right after "by" (a title first is fine: "by Deputy Foreign Minister Waleed Elkhereiji", and
    // so is an office written out before a comma: "by the Assistant Foreign Minister for Legal Affairs, NAME").
    const titleFrom = sentence.startsWith('the ', nameFrom) ? nameFrom + 4 : nameFrom;
    const person = found.find((p) => p.titleStart >= nameFrom && p.titleStart <= titleFrom + 2) ?? found.find((p) => p.start >= nameFrom && !/[,;]/.test(sentence.slice(nameFrom, p.start)) && p.start - nameFrom < 90);
    if (person) {
      if (!person.known) person.country = c.code;
      continue;
    }
    const ahead = NAME_AHEAD.exec(sentence.slice(nameFrom, nameFrom + 80));
    if (!ahead) continue;
    const name = ahead[1];
    const start = nameFrom + ahead[0].length - name.length;
    if (!looksLikeName(name)) continue;
    out.push(personMention({ name, role: null, country: c.code }, start, start + name.length, start, false, false));
  }
  return out;
}

// A name of two to four capitalized words, particles allowed ("Juan Ramón de la Fuente").
const NAME_SOURCE = `\\p{Lu}[\\p{L}'’-]+(?:\\s+${NAME_PARTICLES}\\p{Lu}[\\p{L}'’.-]*[\\p{L}]){1,3}`;
// A name right before "for [the] <country>".
const NAME_FOR_COUNTRY = new RegExp(`(?<![\\p{L}'’.-])(${NAME_SOURCE})\\s+for\\s+(?:the\\s+)?$`, 'u');
// After the country, the list goes on or ends: a punctuation mark, the sentence's end, or a lower-case word ("and",
// the verb: "… and B for Norway signed"); not "for Sweden's sake".
const LIST_GOES_ON = /^(?:\s*(?:[,;.:)]|$)|\s+\p{Ll})/u;

/**
 * "…: Frédéric Mondoloni for France, Günter Sautter for Germany and Christian Turner for the United Kingdom": a list
 * of names, each followed by "for" and the country it speaks for, as reports name delegations. Each name takes its
 * own pair's country; a name not found otherwise is introduced. Only a list (two pairs or more): one "NAME for
 * Ruritania" may be a vote or a tribute.
 */
export function assignNamesForCountries(sentence: string, countries: readonly CountryMention[], found: PersonMention[]): PersonMention[] {
  if (!sentence.includes(' for ')) return [];
  const pairs: Array<{ name: string; start: number; country: string }> = [];
  for (const c of countries) {
    if (c.kind !== 'name' || !LIST_GOES_ON.test(sentence.slice(c.end, c.end + 6))) continue;
    const windowStart = Math.max(0, c.start - 90);
    const m = NAME_FOR_COUNTRY.exec(sentence.slice(windowStart, c.start));
    if (!m) continue;
    // "Director Günter Sautter for Germany": an office or a country word before the name is no part of it.
    const words = m[1].split(/\s+/);
    let first = 0;
    while (first < words.length - 2 && (isTitleCompound(words[first]) || NOT_NAME_WORDS.has(words[first]) || countryByWord.has(words[first]))) first++;
    const name = words.slice(first).join(' ');
    pairs.push({ name, start: windowStart + m.index + m[1].length - name.length, country: c.code });
  }
  if (pairs.length < 2) return [];
  const out: PersonMention[] = [];
  for (const pair of pairs) {
    const span = { start: pair.start, end: pair.start + pair.name.length };
    const existing = found.find((p) => overlaps(p, span));
    if (existing) {
      if (!existing.known) existing.country = pair.country;
      continue;
    }
    if (!looksLikeName(pair.name)) continue;
    out.push(personMention({ name: pair.name, role: null, country: pair.country }, span.start, span.end, span.start, false, false));
  }
  return out;
}

// After "<office>s, ": two to four names joined by commas and a final "and", then a comma, a lower-case word or the end.
const NAMES_LIST = new RegExp(`^(${NAME_SOURCE})(?:,\\s+(${NAME_SOURCE}))?(?:,\\s+(${NAME_SOURCE}))?,?\\s+and\\s+(${NAME_SOURCE})(?=[,.;:)]|\\s+\\p{Ll}|$)`, 'u');
// The office before the comma: up to two lower-case words, then a plural title word ("culture ministers").
const PLURAL_OFFICE = /(?:^|\s)((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{L}+s)$/u;

/**
 * "The two countries' culture ministers, Jane Roe and Ana Lima, met in Lublin", "the Polish and Czech envoys, A and
 * B,": a plural office, a comma and the names of its holders. Each is introduced with the office (in the singular);
 * when as many nationality words as names stand before the office, each name takes its own, in order.
 */
export function findPluralOfficeHolders(sentence: string, countries: readonly CountryMention[], found: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  if (!sentence.includes(' and ')) return out;
  for (let comma = sentence.indexOf(', '); comma > 0; comma = sentence.indexOf(', ', comma + 2)) {
    const lastWord = sentence.slice(sentence.lastIndexOf(' ', comma - 1) + 1, comma);
    if (!lastWord.endsWith('s') || !isTitleCompound(lastWord.slice(0, -1))) continue;
    const list = NAMES_LIST.exec(sentence.slice(comma + 2, comma + 2 + 200));
    if (!list) continue;
    const office = PLURAL_OFFICE.exec(sentence.slice(Math.max(0, comma - 60), comma));
    if (!office) continue;
    const officeStart = comma - office[1].length;
    // Nationality words right before the office ("the Polish and Czech envoys"), up to the article or a possessor.
    const lead = sentence.slice(Math.max(0, officeStart - 60), officeStart);
    const leadFrom = officeStart - lead.length + Math.max(lead.lastIndexOf(' the '), lead.lastIndexOf('The '), lead.lastIndexOf(','), 0);
    const demonyms = countries.filter((c) => c.kind === 'demonym' && c.start >= leadFrom && c.end <= officeStart);
    const names = list.slice(1).filter((n): n is string => n !== undefined);
    // "the ministers, Jane Roe and Foreign Affairs Committee members": a list with anything but names is no roll call.
    if (!names.every((name) => looksLikeName(name) || found.some((p) => p.name === name || name.endsWith(p.name)))) continue;
    const role = office[1].replace(/s$/, '');
    let at = comma + 2;
    names.forEach((name, i) => {
      const start = sentence.indexOf(name, at);
      at = start + name.length;
      const span = { start, end: start + name.length };
      const country = demonyms.length === names.length ? demonyms[i].code : null;
      const existing = found.find((p) => overlaps(p, span)) ?? out.find((p) => overlaps(p, span));
      if (existing) {
        // One nationality word per name, in order, says more than the word nearest the name.
        if (country && !existing.known) existing.country = country;
        return;
      }
      if (!looksLikeName(name)) return;
      out.push(personMention({ name, role, country }, span.start, span.end, span.start, false, false));
    });
  }
  return out;
}

// The attribution tail after the statement: ", Foreign Minister X said", "…, X told reporters".
const SAID_AFTER = /^\s+(?:said|says|told|added|wrote|stressed|insisted)\b/;

/**
 * "Rwanda insists that any deal must …, Foreign Minister Jane Doe said on Wednesday": an official of no known
 * country who reports a statement whose subject is the one country the sentence names speaks for it. Only a
 * country named as the subject at the sentence's start (a name, capital or metonym, not a nationality word),
 * and only when the sentence names no other country.
 */
export function assignSpeakerOfCountry(sentence: string, countries: readonly CountryMention[], found: PersonMention[]): void {
  const subject = countries[0];
  if (!subject || subject.kind === 'demonym' || !/^(?:The\s+)?$/.test(sentence.slice(0, subject.start))) return;
  if (countries.some((c) => c.code !== subject.code)) return;
  for (const p of found) {
    if (p.country !== null || p.known || !sentence.endsWith(', ', p.titleStart) || !SAID_AFTER.test(sentence.slice(p.end, p.end + 12))) continue;
    p.country = subject.code;
  }
}
