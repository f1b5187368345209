/**
 * News agencies (knowledge/wire-agencies.json): when a story appears on several sites, the agency's own
 * copy is the original the others carry, whatever date an aggregator stamped on its copy.
 */
import wireData from '../../../knowledge/wire-agencies.json' with { type: 'json' };
import { outletKey } from './origins.js';

/** Outlet keys (see outletKey) of every agency name and alias in the data. */
export function wireAgencyKeys(data: unknown = wireData): Set<string> {
  const keys = new Set<string>();
  const agencies = (data as { agencies?: unknown })?.agencies;
  if (!Array.isArray(agencies)) return keys;
  for (const a of agencies as Array<{ name?: unknown; aliases?: unknown }>) {
    const names = [a?.name, ...(Array.isArray(a?.aliases) ? a.aliases : [])];
    for (const n of names) {
      const key = typeof n === 'string' ? outletKey(n) : null;
      if (key) keys.add(key);
    }
  }
  return keys;
}

let defaultKeys: Set<string> | null = null;

/** Is this outlet (or, when unnamed, the URL's site) a news agency? */
export function isWireAgency(outlet: string | null | undefined, url: string | null | undefined, keys: ReadonlySet<string> = (defaultKeys ??= wireAgencyKeys())): boolean {
  const key = outletKey(outlet, url);
  return key !== null && keys.has(key);
}
