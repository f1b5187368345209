/**
 * Independent sources: who originally reported each story.
 *
 * A source family groups copies of one text; it does not know that two different texts came from one
 * newsroom. Corroboration ("how many independent sources report it") must not count an outlet twice,
 * so each family gets an **origin**: the outlet of the family's representative (its original report),
 * normalized so "Reuters", "reuters.com" and a URL on www.reuters.com are one outlet. Copies share their
 * family's origin; different stories of one outlet share the outlet. Keyed per family (not a transitive
 * union of families and outlets): an aggregator carrying a wire story does not make the aggregator's own
 * reporting a copy of the wire.
 */
import { BoundedCache } from '../merge/bounded-cache.js';
import { fold } from '../merge/text.js';

export interface OriginMember {
  id: string;
  outlet?: string | null;
  url?: string | null;
}

// Second-level labels under a country code that are not the outlet's name ("bbc.co.uk", "abc.net.au").
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'or', 'ne', 'go', 'gob', 'edu']);

/**
 * The outlet's name in a host: the label before the public suffix, so editions and devices
 * ("www.", "edition.", "m.") drop out: "www.reuters.com" → "reuters", "bbc.co.uk" → "bbc".
 */
export function outletOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  labels.pop();
  if (labels.length >= 2 && GENERIC_SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1) ?? null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * One outlet, one key: letters and digits of the folded name without a leading "the" ("The Japan Times"
 * → "japantimes", like japantimes.co.jp); a name written as a domain is read as a host. The URL's host
 * stands in when the outlet is not named. Null when neither tells.
 *
 * Called twice per article (news-agency check, origins) with a few hundred distinct outlets and sites
 * across 100k articles: names and URL authorities are cached, so the folding, the regexes and the URL
 * parser run once per distinct value.
 */
export function outletKey(outlet: string | null | undefined, url?: string | null): string | null {
  if (outlet) {
    const key = keyOfName.get(outlet, nameKey);
    if (key) return key;
  }
  if (!url) return null;
  // The host depends only on the scheme and authority ("https://www.reuters.com"), not on the path.
  const authority = URL_AUTHORITY.exec(url)?.[0];
  return authority ? keyOfAuthority.get(authority, () => hostKey(url)) : hostKey(url);
}

function nameKey(outlet: string): string | null {
  const name = outlet.trim();
  if (!name) return null;
  const asHost = /^[\w-]+(\.[\w-]+)+$/.test(name) ? outletOfHost(name) : null;
  return (asHost ?? fold(name).replace(/^the\s+/, '')).replace(/[^\p{L}\p{N}]+/gu, '') || null;
}

function hostKey(url: string): string | null {
  const host = hostOf(url);
  return host ? outletOfHost(host) : null;
}

/** Scheme and authority of an absolute URL: everything before the path, query or fragment. */
const URL_AUTHORITY = /^[a-zA-Z][a-zA-Z\d+.-]*:\/\/[^/?#\\]*/;
const KEY_CACHE_MAX = 10_000;
const keyOfName = new BoundedCache<string | null>(KEY_CACHE_MAX);
const keyOfAuthority = new BoundedCache<string | null>(KEY_CACHE_MAX);

/**
 * Each member's origin, by position: `representative[i]` is the index of member i's family representative
 * (see familyRepresentatives), and the result holds member i's origin at i. A family whose representative
 * names no outlet is its own origin ("family:<representative's article id>").
 */
export function originsByPosition(members: readonly OriginMember[], representative: ArrayLike<number>): string[] {
  const originAt: string[] = new Array(members.length);
  const originOfOutlet = new Map<string, string>();
  for (let i = 0; i < members.length; i++) {
    const rep = representative[i];
    originAt[i] = originAt[rep] ??= originOf(members[rep], members[rep].id, originOfOutlet);
  }
  return originAt;
}

/** One string per outlet, shared by its families (`originOfOutlet`), not one "outlet:…" string per family. */
function originOf(rep: OriginMember, family: string, originOfOutlet: Map<string, string>): string {
  const key = outletKey(rep.outlet, rep.url);
  if (key === null) return `family:${family}`;
  let origin = originOfOutlet.get(key);
  if (origin === undefined) originOfOutlet.set(key, (origin = `outlet:${key}`));
  return origin;
}
