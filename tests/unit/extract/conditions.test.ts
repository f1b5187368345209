import { describe, expect, it } from 'vitest';
import { conditionText, extractConditions, findConditionCue } from '../../../lambdas/core/extract/conditions.js';
import { contextOf } from '../../../lambdas/core/extract/context.js';
import { extractText } from './helpers.js';
import { CUES } from '../../../lambdas/core/extract/knowledge.js';
import { REFUSAL_HINTS } from '../../../lambdas/core/extract/condition-words.js';
import { sidesFromContacts } from '../../../lambdas/core/extract/condition-sides.js';
import type { Contact } from '../../../lambdas/core/record/schema.js';

const conditionsOf = async (text: string) => (await extractText(text)).conditions.map((c) => ({ actor: c.actor.name, country: c.actor.country, text: c.text, quote: c.quote, kind: c.kind }));

describe('findConditionCue (one sentence)', () => {
  it('classifies demands, preconditions, red lines, offers and waiting', async () => {
    expect(findConditionCue('Russia must end its aggression.')?.kind).toBe('demand');
    expect(findConditionCue('Talks can resume only if the shelling stops.')?.kind).toBe('precondition');
    expect(findConditionCue('Kyiv would reject any agreements made without it.')?.kind).toBe('red-line');
    expect(findConditionCue('Moscow is ready to talk without preconditions.')?.kind).toBe('offer');
    expect(findConditionCue('Moscow is waiting for U.S. confirmation that the deal stands.')?.kind).toBe('awaiting');
  });

  it('ignores "on condition of anonymity" and "a call on Saturday"', async () => {
    expect(findConditionCue('A journalist speaking on condition of anonymity said so.')).toBeNull();
    expect(findConditionCue('They discussed sanctions in a call on Saturday, according to Moscow.')).toBeNull();
  });
});

describe('conditionText', () => {
  it('takes the statement after a colon, after "that", or the quoted clause', async () => {
    const colon = 'Lavrov reiterated demands: Ukraine must commit to neutrality.';
    expect(conditionText(colon, findConditionCue(colon)!)).toBe('Ukraine must commit to neutrality');
    const quote = 'Macron said, “We seek peace, but Russia must end its aggression.”';
    expect(conditionText(quote, findConditionCue(quote)!)).toBe('Russia must end its aggression');
  });
});

describe('conditions in short articles', () => {
  it('resolves the speaker (person, pronoun, government) and keeps the quote', async () => {
    expect((await conditionsOf('French President Emmanuel Macron said, “We seek a strong and lasting peace, but Russia must end its aggression.”'))).toEqual([
      { actor: 'Emmanuel Macron', country: 'FR', text: 'Russia must end its aggression', quote: 'We seek a strong and lasting peace, but Russia must end its aggression.', kind: 'demand' },
    ]);
    expect((await conditionsOf('Wang Yi spoke to reporters. He said Washington must stop interfering in Taiwan.'))[0]).toMatchObject({ actor: 'Wang Yi', country: 'CN' });
    expect((await conditionsOf('Tehran insists that its right to enrichment is non-negotiable.'))[0]).toMatchObject({ actor: 'Iran', country: 'IR', kind: 'red-line' });
  });

  it('after an announced list of conditions, the quoted statement is one of them; "and noted that" starts another', async () => {
    const found = (await conditionsOf(
      'Lavrov also reiterated Russia’s conditions for ending the war. He said, “No one questions the territorial integrity of Russia,” and noted that Moscow is waiting for U.S. confirmation that earlier agreements remain in force.',
    ));
    expect(found.map((c) => [c.actor, c.kind])).toEqual([
      ['Sergey Lavrov', 'position'],
      ['Sergey Lavrov', 'awaiting'],
    ]);
    expect(found[1].text).toBe('Moscow is waiting for U.S. confirmation that earlier agreements remain in force');
  });

  it('"will not sign any deal that …" is a red line; signing a named deal later is not', async () => {
    expect(findConditionCue('Seoul would never endorse any peace plan that ignores its security.')?.kind).toBe('red-line');
    expect(findConditionCue('Ankara will not join any arrangement, unless its forces stay.')?.kind).toBe('red-line');
    expect(findConditionCue('Japan will not sign the agreement this week.')).toBeNull();
    expect(findConditionCue('Turkey will sign any deal that ends the war.')).toBeNull();
    expect((await conditionsOf('Mexico will not sign any trade deal that keeps the steel tariffs, Ebrard said on Monday.'))[0]?.text).toBe(
      'Mexico will not sign any trade deal that keeps the steel tariffs',
    );
  });

  it('"will only take part … as an equal party", "would negotiate only as …": terms of taking part are a precondition', () => {
    expect(findConditionCue('We will only take part in the working group as an equal party.')?.kind).toBe('precondition');
    expect(findConditionCue('Kyiv would negotiate only as a full member of the format.')?.kind).toBe('precondition');
    expect(findConditionCue('The minister will only attend the summit on Friday.')).toBeNull();
    expect(findConditionCue('She will only join the talks as soon as she lands.')).toBeNull();
    expect(findConditionCue('He will only attend the meeting as planned.')).toBeNull();
  });

  it('an interview answer labelled with its speaker ("Name: We will …") is that speaker\'s statement', async () => {
    const interview = 'Norwegian Foreign Minister Espen Barth Eide spoke to us.\n\nQ: Will you join?\n\nEide: Norway is ready. We will only take part in the talks as a full participant.';
    expect((await conditionsOf(interview)).map((c) => [c.actor, c.country, c.kind])).toEqual([['Espen Barth Eide', 'NO', 'precondition']]);
    // Look-alike: a paragraph opening with a heading, not a name, gives nobody a voice.
    expect(await conditionsOf('Q: Will you join?\n\nOur view: we will only take part in the talks as a full participant.')).toEqual([]);
    // Nor does a label naming someone the article never introduced.
    expect(await conditionsOf('Q: Will you join?\n\nHansen: We will only take part in the talks as a full participant.')).toEqual([]);
  });

  it('a speaker named without a country takes the side of the source it is "according to"; "media" names no side', async () => {
    expect((await conditionsOf('Deputy Minister Tan insisted that the Philippines must withdraw its vessel first, according to the Chinese delegation.'))[0]).toMatchObject({ actor: 'Tan', country: 'CN' });
    expect((await conditionsOf('Deputy Minister Tan insisted that the Philippines must withdraw its vessel first, according to Philippine media.'))[0]).toMatchObject({ actor: 'Tan', country: null });
  });

  it('needs a speaker: an unattributed "must" is not a condition', async () => {
    expect((await conditionsOf('Readers must log in to comment.'))).toEqual([]);
  });
});

// One sentence as the segmenter may hand it over (two sentences left joined after a closing quote included).
const conditionsOfSentence = (text: string) =>
  extractConditions([contextOf(text)]).map((c) => ({ actor: c.actor.name, country: c.actor.country, text: c.text, kind: c.kind }));

describe('who states a condition', () => {
  it('the person who speaks, not the first one named ("Wong met Wang …, where Wang said …")', async () => {
    expect((await conditionsOf('Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Kuala Lumpur, where Wang said Canberra must stop interfering in Hong Kong.'))[0]).toMatchObject({ actor: 'Wang Yi', country: 'CN' });
    // An appositive naming someone else does not make that person the speaker.
    expect((await conditionsOf('Kim Yo Jong, the powerful sister of leader Kim Jong Un, said Seoul must stop the drills.'))[0]).toMatchObject({ actor: 'Kim Yo Jong' });
  });

  it('not a person named inside the quotation ("…the government of President Trump, but …,” he said)', async () => {
    const found = await conditionsOf('Venezuelan President Nicolás Maduro spoke on television. "We are ready to talk to the government of President Trump, but Venezuela will not accept threats as the starting point of any dialogue," he said.');
    expect(found[0]).toMatchObject({ actor: 'Nicolás Maduro', country: 'VE', kind: 'red-line' });
    expect((await conditionsOf('President Trump said Venezuela will not accept threats as the starting point of any dialogue.'))[0]).toMatchObject({ actor: 'Donald Trump' });
  });

  it('a government that speaks, also as "the Turkish side" or "Chinese officials"; not the one asked to act', async () => {
    expect((await conditionsOf('Chinese officials repeated that Washington must lift export controls on advanced chips.'))[0]).toMatchObject({ actor: 'China', country: 'CN' });
    expect((await conditionsOf('The Turkish side stated that all issues between the two countries must be addressed as a whole.'))[0]).toMatchObject({ country: 'TR' });
    expect(await conditionsOf('Washington must lift export controls on advanced chips before any deal.')).toEqual([]);
  });

  it('not a government inside a subordinate clause ("If Washington wants talks, it would have to …")', async () => {
    expect(await conditionsOf('If Washington wants talks, it would have to accept the North as a nuclear state.')).toEqual([]);
    expect((await conditionsOf('If Moscow attacks again, Kyiv will not negotiate under fire.'))[0]).toMatchObject({ actor: 'Ukraine', country: 'UA' });
  });

  it('not the object of a demand, unless someone speaks for them ("an aide to the Azerbaijani leader")', async () => {
    const object = await conditionsOf('Mr. Liu, for his part, repeated the demand that Prime Minister Sanae Takaichi retract the remarks, and stated that China will not accept the explanation.');
    expect(object.map((c) => c.country)).not.toContain('JP');
    expect(object.find((c) => c.kind === 'red-line')).toMatchObject({ country: 'CN' });
    const aide = await conditionsOf('Azerbaijani President Ilham Aliyev spoke on Thursday. On Friday, an aide to the Azerbaijani leader told reporters in Baku that constitutional change was "a precondition, not a bargaining chip".');
    expect(aide[0]).toMatchObject({ country: 'AZ', text: 'constitutional change was "a precondition, not a bargaining chip"' });
  });

  it('a speaker named without a country speaks for the country the statement opens with, unless it is an obligation', async () => {
    expect((await conditionsOf('Spokeswoman Lt Gen Maly Socheata said Cambodia would not accept any change to the border by force.'))[0]).toMatchObject({ country: 'KH' });
    expect((await conditionsOf('Spokeswoman Lt Gen Maly Socheata said Thailand must withdraw its troops from the border.'))[0]).toMatchObject({ country: null });
  });

  it('"he said" after a statement whose speaker we could not name continues that statement', async () => {
    const found = await conditionsOf(
      'Cambodian Foreign Minister Prak Sokhonn spoke on Tuesday. Mr Somsak told reporters that Thailand would only return to the table once the mines are cleared. "We are not against talks, but talks must produce results," he said.',
    );
    expect(found.map((c) => c.country)).toEqual(['TH', 'TH']);
  });
});

describe('what the statement says', () => {
  it('a quoted fragment is read with the words around it; a full quotation is the statement', async () => {
    expect((await conditionsOf('Kim Yo Jong said the North would not sit down with Seoul "as long as it remains a servant of the United States".'))[0].text).toBe(
      'the North would not sit down with Seoul "as long as it remains a servant of the United States"',
    );
    expect((await conditionsOf('Kim Yo Jong said, "We will not sit down with Seoul as long as it remains a servant of the United States."'))[0].text).toBe(
      'We will not sit down with Seoul as long as it remains a servant of the United States',
    );
  });

  it('starts at the speaker\'s own verb ("urged Belgrade to …") and leaves out the attribution tail', async () => {
    expect((await conditionsOf('EU foreign policy chief Kaja Kallas spoke by phone with Vučić on Wednesday and urged Belgrade to implement its commitments, her spokesperson said.'))[0].text).toBe(
      'urged Belgrade to implement its commitments',
    );
    expect((await conditionsOf('EU foreign policy chief Kaja Kallas said that Belgrade must implement its commitments.'))[0].text).toBe('Belgrade must implement its commitments');
  });

  it('a relative clause keeps its noun: "a withdrawal that Kinshasa says must come first"', async () => {
    expect((await conditionsOf('The two sides failed to agree on a timetable for a Rwandan troop withdrawal that Kinshasa says must come first.'))[0]).toMatchObject({
      country: 'CD',
      text: 'a Rwandan troop withdrawal that Kinshasa says must come first',
    });
  });

  it('splits "…, and that …", "…, and Lula has said …" and two joined sentences into statements with their own speakers', async () => {
    expect((await conditionsOf('The Turkish side stated that all issues must be addressed as a whole, and that any solution must be based on equity.')).map((c) => c.text)).toEqual([
      'all issues must be addressed as a whole',
      'any solution must be based on equity',
    ]);
    expect(
      (await conditionsOf('Brazil insists that any agreement must include the removal of the surcharge, and Lula has repeatedly said his government "will not negotiate the sovereignty of Brazil".')).map((c) => [c.actor, c.kind]),
    ).toEqual([
      ['Brazil', 'demand'],
      ['Luiz Inácio Lula da Silva', 'red-line'],
    ]);
    expect(conditionsOfSentence('Sanae Takaichi said cooperation "must be built on the 1965 agreement." Lee Jae-myung insists that Japan must address the history issues.').map((c) => c.country)).toEqual(['JP', 'KR']);
  });

  it('a clause dated years before the article is history; a year that names a document is not', async () => {
    expect((await extractText('The freeze followed Canberra\'s call for an inquiry into the origins of Covid-19 in 2020.', '2025-07-10')).conditions).toEqual([]);
    expect((await extractText('Takaichi said any cooperation must be built on the 1965 agreement.', '2025-07-10')).conditions).toHaveLength(1);
  });

  it('terms without "if": "X and Y cannot go together", talks "held only on" a subject', async () => {
    expect(findConditionCue('Modi said "terror and talks cannot go together".')?.kind).toBe('red-line');
    expect(findConditionCue('He said any talks with Pakistan would be held only on terrorism.')?.kind).toBe('precondition');
    expect(findConditionCue('The talks would be held only on Monday.')).toBeNull();
  });

  it('"the two sides should …" is an exhortation, "London should …" a demand, "Should this end, …" an offer', async () => {
    expect(await conditionsOf('Wang Yi said the two sides should view bilateral relations from a strategic height.')).toEqual([]);
    expect((await conditionsOf('Wang Yi told Cooper that London "should stop making irresponsible remarks" about Hong Kong.'))[0]).toMatchObject({ kind: 'demand', country: 'CN' });
    expect(findConditionCue('Rubio said, “Should this conflict end, the opportunities are significant.”')?.kind).toBe('offer');
    expect(findConditionCue('Seoul said it was prepared to wait.')).toBeNull();
  });
});

describe('refusals until, wants, and look-alikes (blind articles, 22 Nov)', () => {
  it('"will not … until …" is a precondition; "will stay until Monday" is not', async () => {
    expect(findConditionCue('Lebanon will not discuss any economic arrangement until Israel withdraws from the hilltops.')?.kind).toBe('precondition');
    expect(findConditionCue('The delegation will stay in Geneva until Monday.')).toBeNull();
  });

  it('a refusal to retract or back down is a red line', async () => {
    expect(findConditionCue('Japan will not retract the prime minister\'s remarks.')?.kind).toBe('red-line');
    expect(findConditionCue('Japan will retract the remarks if asked.')).toBeNull();
  });

  it('"only … if" across a possessive and a quote mark; "as long as needed" is no condition', async () => {
    expect(findConditionCue('Port Sudan will only accept the Quad\'s mediation "if the Emirates is not a party to it."')?.kind).toBe('precondition');
    expect(findConditionCue('Ankara was ready to host further rounds "as long as needed".')).toBeNull();
  });

  it('"X wants Y to …" of a named party is a demand; "wants the talks to …" is not', async () => {
    expect((await conditionsOf('The U.S. side wants Brazil to lower its tariff on American ethanol, a U.S. official said.'))[0]).toMatchObject({ kind: 'demand', country: 'US' });
    expect(await conditionsOf('The U.S. side wants the talks to resume soon, a U.S. official said.')).toEqual([]);
  });

  it('a country with its body speaks ("a U.S. official said"), and a predicate after ", and" is the statement', async () => {
    expect((await conditionsOf('The tariffs stay, a U.S. official said, and will not be removed until Brasilia makes real concessions.'))[0]).toMatchObject({
      country: 'US',
      text: 'will not be removed until Brasilia makes real concessions',
    });
  });
});

describe('insisting on what is', () => {
  it('"Beirut insists the talks are technical" is a position; "Riyadh insists that any deal must …" a demand', async () => {
    expect((await conditionsOf('Beirut insists the talks are technical, not a step towards normalisation.'))[0]).toMatchObject({ country: 'LB', kind: 'position' });
    expect((await conditionsOf('Riyadh insists that any agreement must include a path to a Palestinian state.'))[0]).toMatchObject({ country: 'SA', kind: 'demand' });
  });
});

describe('a quotation with a colon', () => {
  it('the statement is what follows the colon, when the cue does', async () => {
    expect((await conditionsOf('"Our message is clear: the security of the region must be provided by its countries," Araghchi said.'))[0].text).toBe(
      'the security of the region must be provided by its countries',
    );
    expect((await conditionsOf('"The region must decide its own security: no one else," Araghchi said.'))[0].text).toBe('The region must decide its own security: no one else');
  });
});

describe('speaker and history look-alikes', () => {
  it('the one a reported stance is about speaks for it ("said that X would not accept"); the one a "must" is laid on does not', async () => {
    expect((await conditionsOf('The ministry said that Prime Minister Sanae Takaichi would not accept any change to the agreement.'))[0]).toMatchObject({ actor: 'Sanae Takaichi', country: 'JP' });
    expect((await conditionsOf('The ministry said that Prime Minister Sanae Takaichi must retract the remarks.')).map((c) => c.country)).not.toContain('JP');
  });

  it('the author of a statement "issued by X" is its speaker', async () => {
    expect((await conditionsOf('A statement issued by Wang Yi said Washington must stop interfering in Taiwan.'))[0]).toMatchObject({ actor: 'Wang Yi' });
  });

  it('"since 2019" starts what still holds; "in 2020" dates a past clause', async () => {
    expect((await extractText('Kyiv has insisted since 2019 that any settlement must restore its borders.', '2025-07-10')).conditions).toHaveLength(1);
    expect((await extractText('Kyiv insisted in 2019 that any settlement must restore its borders.', '2025-07-10')).conditions).toEqual([]);
  });
});

describe('reported clauses without "that", and both sides at once', () => {
  it('"said de-escalation must come first" starts at the reported clause; "said on Monday …" does not', async () => {
    expect((await conditionsOf('External Affairs Minister Subrahmanyam Jaishankar said de-escalation along the border must come first.'))[0].text).toBe('de-escalation along the border must come first');
    expect((await conditionsOf('External Affairs Minister Subrahmanyam Jaishankar said on Monday China must respect the border.'))[0].text).toBe('China must respect the border');
  });

  it('"India and China should be partners" exhorts both; "China should stop …" asks one', async () => {
    expect(await conditionsOf('Prime Minister Narendra Modi said India and China should be development partners rather than rivals.')).toEqual([]);
    expect((await conditionsOf('Prime Minister Narendra Modi said China should stop building roads along the border.'))[0]).toMatchObject({ country: 'IN', kind: 'demand' });
  });
});

describe('a government named in the attribution after the statement', () => {
  it('"…, Israeli officials said" speaks; "…, officials in Israel said" names a place', async () => {
    expect((await conditionsOf('Any truce must leave Hamas without weapons, Israeli officials said.'))[0]).toMatchObject({ actor: 'Israel', country: 'IL' });
    expect(await conditionsOf('Any truce must leave Hamas without weapons, reporters in Israel said.')).toEqual([]);
  });
});

describe('a pronoun subject continues the previous sentence\'s speaker', () => {
  it('"He affirmed …" after "X stressed … with Y" is X, not Y, the last person named', async () => {
    const found = await conditionsOf(
      'Brazilian Foreign Minister Mauro Vieira stressed that Brazil values its partnership with Argentine Foreign Minister Gerardo Werthein. He affirmed that any trade deal must respect the rules of the customs union.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actor: 'Mauro Vieira', country: 'BR' });
  });

  it('a nationality word with its body speaks ("The Vietnamese leader stressed …"); a capital is no "he"', async () => {
    const leader = await conditionsOf('The Vietnamese leader stressed that ties with China are a priority. He affirmed that disputes at sea must be settled by peaceful means.');
    expect(leader[0]).toMatchObject({ country: 'VN', text: 'disputes at sea must be settled by peaceful means' });
    expect(await conditionsOf('Hanoi stressed that ties with China are a priority. He affirmed that disputes at sea must be settled by peaceful means.')).toEqual([]);
  });
});

describe('a side refusing to change what it holds, and the speaker named after the statement', () => {
  it('"Pretoria will not amend its laws, X said" is a red line of the side, the speaker named after it', async () => {
    const found = await conditionsOf('Trade Minister Jane Doe spoke on Monday. Pretoria will not amend its mining law as part of any deal, Doe said.');
    expect(found).toEqual([
      { actor: 'Jane Doe', country: 'ZA', text: 'Pretoria will not amend its mining law as part of any deal', quote: null, kind: 'red-line' },
    ]);
    expect(findConditionCue('Seoul said the tariff is not up for negotiation.')?.kind).toBe('red-line');
  });

  it('the refusal needs a side as its subject: "the talks will not change anything" refuses nothing', async () => {
    expect(await conditionsOf('Trade Minister Jane Doe spoke on Monday. The new talks will not change the balance of power, Doe said.')).toEqual([]);
    expect((await conditionsOf('Trade Minister Jane Doe said the government has no intention of lifting the ban.'))[0]).toMatchObject({ kind: 'red-line' });
  });

  it('"it" refuses only as the subject of reported speech ("said it will not"); elsewhere it is as often a thing', async () => {
    expect((await conditionsOf('Trade Minister Jane Doe said it will not drop its claim to the islands.'))[0]).toMatchObject({ kind: 'red-line' });
    expect(await conditionsOf('Trade Minister Jane Doe said: "Whatever tariff they choose, it will not change our plans."')).toEqual([]);
  });

  it('a contact said to be "not on the table" is a denial, a policy "not on the table" a red line', async () => {
    expect(findConditionCue('A meeting between the two presidents is "not on the table", a diplomat said.')).toBeNull();
    expect(findConditionCue('Our land policies are not on the table, the minister said.')?.kind).toBe('red-line');
  });

  it('"military action is not off the table" keeps an option, it rules nothing out', async () => {
    expect(findConditionCue('Washington said military action is not off the table.')).toBeNull();
    expect(findConditionCue('Washington said military action is off the table.')?.kind).toBe('red-line');
  });

  it('"…, according to a statement from the Vietnamese foreign ministry" names the speaker; "according to Vietnamese media" does not', async () => {
    expect((await conditionsOf('We will not change our position on the islands, according to a statement from the Vietnamese foreign ministry.'))[0]).toMatchObject({ country: 'VN', kind: 'red-line' });
    expect(await conditionsOf('We will not change our position on the islands, according to Vietnamese media.')).toEqual([]);
  });

  it('the refusal pre-test holds a word of every negation in knowledge/cues.json conditionRefusals', () => {
    for (const negation of CUES.conditionRefusals.negations) expect(REFUSAL_HINTS.some((h) => `${negation} `.includes(h)), negation).toBe(true);
  });
});

describe('a side wanting a process to follow stated terms', () => {
  it('"wants the talks to resume from where they were left" / "on the basis of" is a demand; "to resume soon" sets no terms', async () => {
    const found = await conditionsOf('Cypriot President Nikos Christodoulides, who was re-elected last year, wants the negotiations to restart on the basis of the framework agreed in 2017.');
    expect(found).toEqual([
      { actor: 'Nikos Christodoulides', country: 'CY', text: 'wants the negotiations to restart on the basis of the framework agreed in 2017', quote: null, kind: 'demand' },
    ]);
    expect(await conditionsOf('Cypriot President Nikos Christodoulides wants the negotiations to restart before the summer.')).toEqual([]);
  });

  it('insisting that talks follow terms demands them; insisting that they go well states a position', async () => {
    expect((await conditionsOf('Riyadh insists that the talks resume within the framework of the Arab Peace Initiative.'))[0]).toMatchObject({ country: 'SA', kind: 'demand' });
    expect((await conditionsOf('Riyadh insists that the talks resumed in a good atmosphere.'))[0]).toMatchObject({ country: 'SA', kind: 'position' });
  });
});

describe('a speaker named without a country word', () => {
  it('takes the country the article\'s contacts give the same person, when they give one only', () => {
    const condition = { actor: { name: 'Jane Doe', country: null }, text: 'the talks must resume', quote: null, kind: 'demand' as const, evidence: [] };
    const contact = (country: string) => ({ participants: [{ name: 'Jane Doe', role: null, country }] }) as unknown as Contact;
    expect(sidesFromContacts([condition], [contact('CY')])[0].actor.country).toBe('CY');
    expect(sidesFromContacts([condition], [contact('CY'), contact('TR')])[0].actor.country).toBeNull();
  });
});

describe('conditions set by laws and decisions', () => {
  it('"the parliament in X passed a law suspending … until …" is a precondition of that country', async () => {
    expect(await conditionsOf('The parliament in Ankara passed a law in May suspending the transit agreement until the border crossings are reopened.')).toEqual([
      {
        actor: 'Turkey',
        country: 'TR',
        text: 'The parliament in Ankara passed a law in May suspending the transit agreement until the border crossings are reopened',
        quote: null,
        kind: 'precondition',
      },
    ]);
    expect((await conditionsOf('A decree issued by the Malian government freezes the accord until the foreign troops leave.'))[0]).toMatchObject({ country: 'ML', kind: 'precondition' });
  });

  it('held until a time is no condition; a body abroad does not speak for the country it sits in', async () => {
    expect(await conditionsOf('The parliament in Ankara passed a law in May suspending the transit agreement until the end of the year.')).toEqual([]);
    expect(await conditionsOf('The embassy in Canberra said the sanctions must be lifted.')).toEqual([]);
    expect((await conditionsOf('Officials in Canberra said the sanctions must be lifted.'))[0]).toMatchObject({ country: 'AU' });
  });
});

describe('a group of governments as the speaker, written once per member', () => {
  it('"The E3 have made clear …" and "the three capitals" after a sentence naming three countries', async () => {
    const named = await conditionsOf('The E3 have let it be known that they would delay the snapback only if Tehran lets the inspectors back in.');
    expect(named.map((c) => c.country)).toEqual(['FR', 'DE', 'GB']);
    expect(new Set(named.map((c) => c.text))).toEqual(new Set(['they would delay the snapback only if Tehran lets the inspectors back in']));
    const counted = await conditionsOf('Officials of Norway, Sweden and Finland met in Oslo. The three capitals have let it be known that they would restore the grants only if the elections go ahead.');
    expect(counted.map((c) => c.country)).toEqual(['NO', 'SE', 'FI']);
  });

  it('a group after a preposition is no speaker, and "the Europeans" means the E3 only once the article has named it', async () => {
    expect(await conditionsOf('Talks with the E3 would resume only if Tehran lets the inspectors back in.')).toEqual([]);
    expect(await conditionsOf('The Europeans have let it be known that they would delay the snapback only if Tehran lets the inspectors back in.')).toEqual([]);
    const after = await conditionsOf('The E3 met in Geneva. The Europeans have let it be known that they would delay the snapback only if Tehran lets the inspectors back in.');
    expect(after.map((c) => c.country)).toEqual(['FR', 'DE', 'GB']);
  });
});

describe('a semicolon closes the clause before the statement', () => {
  it('"…set up a working group; Hanoi rejects any …" starts after the semicolon', async () => {
    expect((await conditionsOf('The two governments set up a joint working group; Hanoi rejects any change to the maritime boundary.'))[0]).toMatchObject({
      country: 'VN',
      text: 'Hanoi rejects any change to the maritime boundary',
    });
    expect((await conditionsOf('Hanoi rejects any change to the maritime boundary; the talks will go on.'))[0]).toMatchObject({ text: 'Hanoi rejects any change to the maritime boundary' });
  });
});

describe('insisting on something, and wanting in any person', () => {
  it('"insists on guarantees" demands them; "insists its programme is peaceful" is a position', async () => {
    expect((await conditionsOf('Tehran insists on guarantees against new attacks.'))[0]).toMatchObject({ country: 'IR', kind: 'demand' });
    expect((await conditionsOf('Tehran insists its programme is peaceful.'))[0]).toMatchObject({ country: 'IR', kind: 'position' });
  });

  it('"We want Washington to lift …" of a named party is a demand; "want peace" asks no one', async () => {
    expect((await conditionsOf('We want Washington to lift the sanctions first, Foreign Minister Abbas Araghchi said.'))[0]).toMatchObject({ country: 'IR', kind: 'demand' });
    expect(await conditionsOf('Foreign Minister Abbas Araghchi said Iranians want peace with their neighbours.')).toEqual([]);
  });
});

describe('a condition named as such', () => {
  it('"a prerequisite for", "as a condition", "a condition for" are preconditions; a thing "in good condition" is not', async () => {
    expect((await conditionsOf('Kyiv said a full ceasefire was a prerequisite for any talks on territory.'))[0]).toMatchObject({ country: 'UA', kind: 'precondition' });
    expect(findConditionCue('Seoul set the return of the abductees as a condition of any summit.')?.kind).toBe('precondition');
    expect(findConditionCue('The ministry said the runway was in good condition for the flight.')).toBeNull();
  });
});
