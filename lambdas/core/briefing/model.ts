/**
 * The briefing model: what the digest composes from normalized records and renders into the email.
 * Written as `briefing.json` beside every sent briefing and as `out/briefing.json` locally.
 * Fixed top-level shape (add fields, never rename): { track, generatedAt, contacts, aroundTrack,
 * conditions, openQuestions, sources, changes }.
 */
import type {
  ContactMode,
  ContactStatus,
  DatePrecision,
  Evidence,
  Location,
  Participant,
} from '../record/schema.js';

export interface TrackDefinition {
  /** e.g. "US-RU": the countries joined by "-" (ISO alpha-2). */
  id: string;
  countries: string[];
  /** Human name, e.g. "US–Russia". */
  name: string;
}

/** Where a merged item was reported: one article, with the evidence in that article. */
export interface ItemSource {
  articleId: string;
  /** The uploaded object's S3 key. */
  key: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Source family: syndicated copies of one story share a family id. */
  familyId: string;
  /**
   * (added) Independent source: the normalized outlet of the family's original ("outlet:reuters"), or
   * "family:<id>" when no outlet is known. Two stories of one outlet share it; counts of support count it.
   */
  origin?: string;
  evidence: Evidence[];
  /** Which item of the article this is: the record's contact id, or "condition:<i>" / "question:<i>". */
  itemRef?: string;
}

export interface MergedDate {
  value: string | null;
  precision: DatePrecision;
  text: string | null;
  /** How sure we are: stated in a report, resolved from a relative expression, filled from another report, or unknown. */
  basis: 'stated' | 'relative' | 'corroborated' | 'unknown';
  /** How the reports that give the shown value know it ('relative' includes a year inferred from publication). */
  reportedBasis?: 'stated' | 'relative' | null;
  /** Article ids whose reports give the shown value. */
  suppliedBy?: string[];
}

export interface StatusChange {
  status: ContactStatus;
  /** Published date of the report that gave this status (or null when unknown). */
  asOf: string | null;
  articleId: string;
  outlet: string | null;
  /**
   * (added) Set on a step where a report moved the contact to another date ("postponed to April 10"):
   * the date it had before and the date it has now (null when the report gives none).
   */
  rescheduled?: { from: string | null; to: string | null };
}

export interface Dispute {
  field: 'mode' | 'date' | 'initiator' | 'location' | 'status';
  /** The value shown, then the dissenting values, each with the articles that support it. */
  values: Array<{ value: string; articleIds: string[]; families: number; shown: boolean }>;
}

export interface BriefingContact {
  /** Stable across briefings for the same real-world contact (used by "what changed"). */
  id: string;
  mode: ContactMode;
  status: ContactStatus;
  date: MergedDate;
  location: Location | null;
  participants: Participant[];
  countries: string[];
  initiator: string | null;
  topics: string[];
  sources: ItemSource[];
  statusHistory: StatusChange[];
  disputes: Dispute[];
  /** Published date of the report that gave the current status (last statusHistory entry). */
  statusSince?: string | null;
  /** Versus the previous briefing: new contact, status changed, or other fields/sources updated. */
  change?: 'new' | 'status' | 'updated' | null;
  confidence: {
    date: MergedDate['basis'];
    /** Independent source families reporting this contact. */
    families: number;
    disputed: boolean;
  };
}

export interface BriefingCondition {
  id: string;
  actor: { name: string; country: string | null };
  text: string;
  quote: string | null;
  kind?: string;
  firstStated: string | null;
  lastRestated: string | null;
  sources: ItemSource[];
  /** Independent source families stating it. */
  families?: number;
  /** 'track' when the actor is of a track country, 'around' for a third party (host, mediator, ally). */
  scope?: 'track' | 'around';
  /** Versus the previous briefing. */
  change?: 'new' | 'restated' | null;
}

export interface BriefingQuestion {
  id: string;
  text: string;
  kind?: string;
  raisedAt: string | null;
  sources: ItemSource[];
  /** Set when a later report resolves the question. */
  answered: { text: string; contactId: string | null; articleId: string | null; at: string | null } | null;
  /** Latest published date of a report raising it. */
  lastRaised?: string | null;
  /** Versus the previous briefing. */
  change?: 'new' | 'answered' | null;
}

export interface BriefingSource {
  articleId: string;
  key: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  familyId: string;
  /** (added) Independent source, as on ItemSource. */
  origin?: string;
}

export interface BriefingChanges {
  isFirst: boolean;
  /** generatedAt of the previous briefing of this track, when there is one. */
  since: string | null;
  newContacts: string[];
  statusChanges: Array<{ contactId: string; from: ContactStatus; to: ContactStatus }>;
  conditionsStated: string[];
  conditionsRestated: string[];
  questionsOpened: string[];
  questionsAnswered: string[];
  /** Contacts already briefed whose date, location, initiator, mode or sources changed. */
  contactsUpdated?: Array<{ contactId: string; fields: string[] }>;
}

export interface BriefingModel {
  schemaVersion: 1;
  track: TrackDefinition;
  generatedAt: string;
  /** Span of published dates of the articles used. */
  window: { from: string | null; to: string | null };
  contacts: BriefingContact[];
  aroundTrack: BriefingContact[];
  conditions: BriefingCondition[];
  openQuestions: BriefingQuestion[];
  sources: BriefingSource[];
  changes: BriefingChanges;
  stats: {
    articles: number;
    families: number;
    /** Normalized records that failed validation when read and were skipped. */
    skippedRecords: number;
    /** Objects under quarantine/ at composition time. */
    quarantined: number;
    /** Articles that contributed anything to this track's briefing. */
    articlesUsed?: number;
    /** Contact reports (one contact in one article) merged into this briefing's contacts. */
    contactReports?: number;
  };
}
