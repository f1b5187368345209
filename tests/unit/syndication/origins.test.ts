import { describe, expect, it } from 'vitest';
import { originsByPosition, outletKey, outletOfHost } from '../../../lambdas/core/syndication/origins.js';

describe('outlet keys', () => {
  it('reads one outlet from its name, its domain written as a name, and its URL host', () => {
    expect(outletKey('Reuters')).toBe('reuters');
    expect(outletKey('reuters.com')).toBe('reuters');
    expect(outletKey(null, 'https://www.reuters.com/world/some-story')).toBe('reuters');
    expect(outletKey('The Japan Times')).toBe(outletKey(null, 'https://www.japantimes.co.jp/news/x'));
  });

  it('keeps the outlet label of a host, not its edition or public suffix', () => {
    expect(outletOfHost('edition.cnn.com')).toBe('cnn');
    expect(outletOfHost('www.bbc.co.uk')).toBe('bbc');
    expect(outletOfHost('news.example.co')).toBe('example');
  });

  it('reads each URL\'s own host, though keys are cached per scheme and authority', () => {
    expect(outletKey(null, 'https://www.bbc.co.uk/news/a')).toBe('bbc');
    expect(outletKey(null, 'https://www.bbc.co.uk/sport/b?x=1')).toBe('bbc');
    expect(outletKey(null, 'https://user@news.example.co:8443/c')).toBe('example');
    expect(outletKey(null, 'https://www.reuters.com\\evil.com/d')).toBe(outletKey(null, 'https://www.reuters.com/d'));
    // A name that gives no key falls back to the URL, every time (the cached null is not an answer).
    expect(outletKey('  ', 'https://edition.cnn.com/e')).toBe('cnn');
    expect(outletKey('  ', 'https://www.dw.com/f')).toBe('dw');
  });

  it('is null when neither an outlet nor a URL is known', () => {
    expect(outletKey(null, null)).toBeNull();
    expect(outletKey('  ', 'not a url')).toBeNull();
  });
});

describe('origins of source families', () => {
  it('gives copies their original’s outlet and two stories of one outlet one origin', () => {
    const members = [
      { id: 'wire-1', outlet: 'Reuters', url: null },
      { id: 'copy-1', outlet: 'Daily Aggregator', url: null },
      { id: 'wire-2', outlet: null, url: 'https://www.reuters.com/other-story' },
      { id: 'own-1', outlet: 'Daily Aggregator', url: null },
      { id: 'anon', outlet: null, url: null },
    ];
    // Each member's family representative, by position: copy-1 is a copy of wire-1, the others stand alone.
    const representative = [0, 0, 2, 3, 4];
    const origins = new Map(originsByPosition(members, representative).map((origin, i) => [members[i].id, origin]));
    expect(origins.get('copy-1')).toBe(origins.get('wire-1'));
    expect(origins.get('wire-2')).toBe(origins.get('wire-1'));
    // The aggregator's own story is not the wire's: carrying a copy does not join the outlets.
    expect(origins.get('own-1')).not.toBe(origins.get('wire-1'));
    expect(origins.get('anon')).toBe('family:anon');
  });
});

describe('news agencies (knowledge/wire-agencies.json)', () => {
  it('are recognised by name, abbreviation or site, and ordinary outlets are not', async () => {
    const { isWireAgency } = await import('../../../lambdas/core/syndication/wires.js');
    expect(isWireAgency('Reuters', null)).toBe(true);
    expect(isWireAgency('AFP', null)).toBe(true);
    expect(isWireAgency(null, 'https://en.yna.co.kr/view/AEN2025')).toBe(true);
    expect(isWireAgency('Daily Aggregator', 'https://www.reuters.com/x')).toBe(false);
    expect(isWireAgency(null, null)).toBe(false);
  });
});

describe('origins by position', () => {
  it('reads each member’s origin from its representative, which may come after its copies', () => {
    const members = [
      { id: 'a', outlet: 'Reuters', url: null },
      { id: 'b', outlet: 'Daily Aggregator', url: null },
      { id: 'c', outlet: null, url: null },
      { id: 'd', outlet: null, url: 'https://www.reuters.com/x' },
      { id: 'e', outlet: 'Daily Aggregator', url: null },
    ];
    // a is a copy of b (a representative may come after its copies); e copies c, which names no outlet.
    const representative = [1, 1, 2, 3, 2];
    expect(originsByPosition(members, representative)).toEqual(['outlet:dailyaggregator', 'outlet:dailyaggregator', 'family:c', 'outlet:reuters', 'family:c']);
  });
});
