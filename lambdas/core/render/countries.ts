/**
 * Country code → name for the email: the caller's names first, then knowledge/countries.json (where organizations
 * such as the EU or NATO have their own codes), then the runtime's ICU region names.
 */
// knowledge/countries.json without the aliases, demonyms and metonyms the digest never reads.
import { knownCountries } from '../briefing/knowledge-names.generated.js';

export type CountryNames = Readonly<Record<string, string>>;

/**
 * Full names from knowledge/countries.json: they read better in running text ("Initiated by: United States");
 * the short names are for the track name, which the model already carries.
 */
const KNOWLEDGE_NAMES: CountryNames = Object.fromEntries(knownCountries.map((c) => [c.code, c.name]));

// Opened on first use only: loading ICU's region table costs ~20 ms of CPU at a cold start, and most codes
// are named by the knowledge file.
let icu: Intl.DisplayNames | undefined;

/** The runtime's ICU English name of a region code ("FJ" → "Fiji"); the code itself when ICU has none. */
export function icuRegionName(code: string): string {
  try {
    return (icu ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryNamer(names: CountryNames | undefined): (code: string | null | undefined) => string | null {
  return (code) => {
    if (!code) return null;
    const known = names?.[code] ?? KNOWLEDGE_NAMES[code];
    return known || icuRegionName(code);
  };
}
