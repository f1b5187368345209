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
 */
export function outletKey(outlet: string | null | undefined, url?: string | null): string | null {
  const name = outlet?.trim();
  if (name) {
    const asHost = /^[\w-]+(\.[\w-]+)+$/.test(name) ? outletOfHost(name) : null;
    const key = (asHost ?? fold(name).replace(/^the\s+/, '')).replace(/[^\p{L}\p{N}]+/gu, '');
    if (key) return key;
  }
  const host = url ? hostOf(url) : null;
  return host ? outletOfHost(host) : null;
}

/**
 * Article id → origin key. `familyOf` maps article ids to their family id (the representative's article
 * id). A family whose representative names no outlet is its own origin ("family:<id>").
 */
export function originsOf(members: readonly OriginMember[], familyOf: ReadonlyMap<string, string>): Map<string, string> {
  const byId = new Map(members.map((m) => [m.id, m]));
  const originOfFamily = new Map<string, string>();
  const out = new Map<string, string>();
  for (const m of members) {
    const family = familyOf.get(m.id) ?? m.id;
    let origin = originOfFamily.get(family);
    if (origin === undefined) {
      const rep = byId.get(family) ?? m;
      const key = outletKey(rep.outlet, rep.url);
      originOfFamily.set(family, (origin = key ? `outlet:${key}` : `family:${family}`));
    }
    out.set(m.id, origin);
  }
  return out;
}
