/** Delegation leaders (refine/delegations.ts): "X's delegation was led by A" adds A to the contact just reported. */
import { describe, expect, it } from 'vitest';
import { contactsOf } from './helpers.js';

const first = 'Senior officials from Kenya and Uganda met in Nairobi on Tuesday. ';

describe('delegation leaders', () => {
  it('adds the leader, not a person named inside the leader’s description', async () => {
    const found = await contactsOf(first + 'The Kenyan delegation was led by Grace Mfano, the senior adviser to President Tom Sample for trade.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Grace Mfano']);
  });

  it('still adds the next pair’s leader (", the Ugandan side by X") and a leader named after "while"', async () => {
    const found = await contactsOf(first + 'Kenya was represented by Special Envoy Grace Mfano, the Ugandan side by Minister of State Ali Mithal.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Ali Mithal+Grace Mfano']);
    const other = await contactsOf(first + "Kenya's delegation was led by Special Envoy Grace Mfano, while the Ugandan side was headed by Special Envoy Tom Sample.", '2025-11-13');
    expect(other.map((c) => c.who.join('+'))).toEqual(['Grace Mfano+Tom Sample']);
  });
});

describe('delegation leaders: "led on the X side by A, and on the Y side by B"', () => {
  it('adds both leaders, the second after an appositive of the first', async () => {
    const found = await contactsOf(first + 'The talks were led on the Kenyan side by Grace Mfano, the senior adviser for trade, and on the Ugandan side by Minister of State Ali Mithal.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Ali Mithal+Grace Mfano']);
  });

  it('a person inside the appositive with no pairing after it is still no leader', async () => {
    const found = await contactsOf(first + 'The talks were led on the Kenyan side by Grace Mfano, the senior adviser to President Tom Sample.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Grace Mfano']);
  });
});

describe('delegation leaders of another contact', () => {
  it('a leader of neither side of the contact just reported means another contact: no one is added', async () => {
    const found = await contactsOf(first + 'The Tanzanian side will be led by Grace Mfano, and the Kenyan side by Minister of State Ali Mithal.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['']);
  });

  it('leaders of both sides of it are added', async () => {
    const found = await contactsOf(first + 'The Ugandan side was led by Grace Mfano, and the Kenyan side by Minister of State Ali Mithal.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Ali Mithal+Grace Mfano']);
  });
});

describe('delegation leaders: a second pairing after a semicolon, its verb left out', () => {
  it('"The Kenyan side was led by A; the Ugandan side by B" adds both', async () => {
    const found = await contactsOf(first + 'The Kenyan side was led by Special Envoy Grace Mfano, a trade official; the Ugandan side by Minister of State Ali Mithal, a lawyer.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Ali Mithal+Grace Mfano']);
  });

  it('a clause after a semicolon with no pairing adds no one', async () => {
    const found = await contactsOf(first + 'The Kenyan side was led by Special Envoy Grace Mfano; Minister of State Ali Mithal praised the outcome.', '2025-11-13');
    expect(found.map((c) => c.who.join('+'))).toEqual(['Grace Mfano']);
  });
});
