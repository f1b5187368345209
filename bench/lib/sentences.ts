/**
 * Sentence templates in the register of wire copy about diplomatic contacts. Shared by the corpus (as article
 * prose) and the synthetic records (as evidence text), so both look like what extraction really meets.
 */
import type { Rng } from './rng.js';
import { DEMANDS, FORUMS, MONTHS, TOPICS, VENUES, WEEKDAYS, type Country } from './cast.js';

export type SentenceKind = 'contact' | 'condition' | 'question' | 'background';

function dateClause(rng: Rng): string {
  const month = rng.pick(MONTHS);
  return rng.pick([
    `on ${rng.pick(WEEKDAYS)}`,
    `on ${month} ${rng.int(1, 28)}`,
    `on ${rng.int(1, 28)} ${month} ${rng.int(2023, 2026)}`,
    `on ${month.slice(0, 3)}. ${rng.int(1, 28)}`,
    'last week',
    `in early ${month}`,
    `late last month`,
    'yesterday',
  ]);
}

function futureClause(rng: Rng): string {
  return rng.pick(['next week', 'later this month', `in ${rng.pick(MONTHS)}`, 'before the end of the year', 'in the coming weeks', 'next month']);
}

export function sentence(kind: SentenceKind, rng: Rng, a: Country, b: Country): string {
  const place = rng.pick(VENUES);
  const topic = rng.pick(TOPICS);
  switch (kind) {
    case 'contact':
      return rng.pick([
        () => `${a.minister.role} ${a.minister.name} and ${b.adjective} ${b.minister.role} ${b.minister.name} held talks in ${place.city} ${dateClause(rng)}, the ${b.adjective} foreign ministry said.`,
        () => `${a.leader.role} ${a.leader.name} spoke by phone with ${b.leader.name} ${dateClause(rng)}, at ${b.name}'s request, according to a readout from ${a.capital}.`,
        () => `${a.minister.surname} met his ${b.adjective} counterpart ${b.minister.name} on the sidelines of the ${rng.pick(FORUMS)} in ${place.city} ${dateClause(rng)}.`,
        () => `A summit between ${a.leader.surname} and ${b.leader.surname} planned for ${rng.pick(MONTHS)} in ${place.city} was called off ${dateClause(rng)} after talks on ${topic} stalled.`,
        () => `${b.minister.name} is expected to travel to ${a.capital} ${futureClause(rng)} for a first round of consultations on ${topic}.`,
        () => `Officials said a meeting between the two foreign ministers could take place in ${place.city} ${futureClause(rng)}, though no date has been set.`,
        () => `${a.leader.surname} and ${b.leader.surname} agreed during a ${rng.int(40, 150)}-minute phone call ${dateClause(rng)} to instruct their teams to begin talks on ${topic}.`,
        () => `Delegations led by ${a.minister.surname} and ${b.minister.surname} met for more than four hours at the ${place.venue ?? 'foreign ministry guest house'} in ${place.city} ${dateClause(rng)}.`,
      ])();
    case 'condition':
      return rng.pick([
        () => `${b.minister.surname} said ${b.name} would only return to negotiations if ${a.name} ${rng.pick(DEMANDS)}.`,
        () => `“There can be no agreement on ${topic} until our concerns are addressed,” ${b.leader.surname} told reporters in ${b.capital}.`,
        () => `${a.adjective} officials insisted that any deal on ${topic} must be verifiable and include ${rng.pick(['Kyiv', 'European allies', 'the United Nations', 'regional partners'])}.`,
        () => `${b.adjective} officials repeated that progress on ${topic} remained a precondition for any broader settlement.`,
        () => `${a.minister.surname} warned that ${a.name} would walk away from the process unless ${b.name} ${rng.pick(DEMANDS)}.`,
      ])();
    case 'question':
      return rng.pick([
        () => 'It remains unclear when the two sides will meet again.',
        () => `Neither side said whether ${topic} was discussed.`,
        () => `The ${a.adjective} embassy in ${b.capital} did not respond to a request for comment.`,
        () => `Whether the summit in ${place.city} will be rescheduled is still an open question.`,
        () => 'No date has been set for the next round of talks.',
        () => `It was not disclosed who would lead the ${b.adjective} delegation.`,
      ])();
    case 'background':
      return rng.pick([
        () => `Relations between ${a.capital} and ${b.capital} have been strained since ${rng.int(2014, 2024)} over ${topic}.`,
        () => `Analysts in ${place.city} said the dispute over ${topic} would weigh on the talks.`,
        () => `The two ministers last met in ${place.city} in ${rng.pick(MONTHS)} ${rng.int(2019, 2025)}.`,
        () => `Markets in ${b.capital} rose slightly on hopes of progress on ${topic}.`,
        () => `${a.adjective} lawmakers have criticised the outreach, arguing that ${b.name} has offered nothing in return.`,
        () => `Diplomats from ${rng.int(3, 12)} countries were briefed on the outcome, according to people familiar with the matter.`,
      ])();
  }
}
