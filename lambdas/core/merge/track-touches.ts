/**
 * Which track countries each article names: in its contacts (their countries, or the countries of the
 * people in them) and as the actors of its conditions. The contacts are noted during the one pass that
 * reads them to find the track's contacts, so deciding later which articles' statements belong to the
 * track does not walk every article's contacts a second time (at 100k articles, a cache miss per object).
 */
import type { Contact, NormalizedRecord } from '../record/schema.js';

export class TrackTouches {
  /** touchedByContacts[position × track length + k]: a contact of the article names track country k. */
  private readonly touchedByContacts: Uint8Array;

  constructor(
    private readonly track: readonly string[],
    articleCount: number,
  ) {
    this.touchedByContacts = new Uint8Array(articleCount * track.length);
  }

  /** Notes the track countries a contact of the article at `position` names; true when it names any. */
  noteContact(position: number, contact: Contact): boolean {
    let any = false;
    for (let k = 0; k < this.track.length; k++) {
      const country = this.track[k];
      if (contact.countries.includes(country) || contact.participants.some((p) => p.country === country)) {
        this.touchedByContacts[position * this.track.length + k] = 1;
        any = true;
      }
    }
    return any;
  }

  /**
   * How many track countries the article names, up to `enough`: in the contacts noted for it, or as a
   * condition's actor. Every contact of the article must have been noted first.
   */
  countTouched(position: number, record: NormalizedRecord, enough: number): number {
    let found = 0;
    for (let k = 0; k < this.track.length; k++) {
      const country = this.track[k];
      const hit = this.touchedByContacts[position * this.track.length + k] === 1 || record.conditions.some((c) => c.actor.country === country);
      if (hit && ++found >= enough) return found;
    }
    return found;
  }
}
