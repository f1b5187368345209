/**
 * Which merged contact a report (one contact of one article) went into, found by the article's position
 * in the merge's records and the record's own contact object. Flat arrays in article order, filled once
 * after resolution: a Map keyed by the 95k contact objects of 100k articles gave each object an identity
 * hash (a write into scattered memory) and was the largest single cost of listing the reports.
 */
import type { BriefingContact } from '../briefing/model.js';
import type { Contact } from '../record/schema.js';

export interface ReportOf {
  /** The article's position in the merge's records. */
  position: number;
  contact: Contact;
}

export class MergedContactsOfReports {
  /** The reports of the article at position p are entries firstAt[p] to firstAt[p + 1] - 1. */
  private readonly firstAt: Int32Array;
  private readonly contacts: Contact[];
  private readonly merged: Array<BriefingContact | undefined>;

  /** `reports` in article position order; `mergedOf(k)` is the merged contact of reports[k]. */
  constructor(reports: readonly ReportOf[], articleCount: number, mergedOf: (k: number) => BriefingContact | undefined) {
    this.firstAt = new Int32Array(articleCount + 1);
    this.contacts = new Array<Contact>(reports.length);
    this.merged = new Array<BriefingContact | undefined>(reports.length);
    for (let k = 0; k < reports.length; k++) {
      if (k > 0 && reports[k].position < reports[k - 1].position) throw new Error('reports must be listed in article position order');
      this.firstAt[reports[k].position + 1]++;
      this.contacts[k] = reports[k].contact;
      this.merged[k] = mergedOf(k);
    }
    for (let p = 1; p <= articleCount; p++) this.firstAt[p] += this.firstAt[p - 1];
  }

  /** The merged contact of `contact` as reported by the article at `position`, if it was merged. */
  get(position: number, contact: Contact): BriefingContact | undefined {
    for (let k = this.firstAt[position]; k < this.firstAt[position + 1]; k++) if (this.contacts[k] === contact) return this.merged[k];
    return undefined;
  }
}
