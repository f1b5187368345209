/**
 * One schedule slot of one track → at most one email, and (unless SES itself keeps failing) at least one.
 *
 * The slot folder briefings/YYYY/MM/DD/<track>-<HHMM>/ holds the whole story of a slot:
 *   claim-0001.json   attempt 1 took the slot (conditional create, If-None-Match: *) with a lease
 *   failed-0001.json  attempt 1's send failed (SES error): the next attempt may take over at once
 *   claim-0002.json   the next attempt (again a conditional create, so only one racer wins it)
 *   briefing.json/.html/.txt  what the current holder is sending (written before the send)
 *   sent.json         the receipt with the SES MessageId: from here on the slot is done
 *
 * Rules: a slot with sent.json is never sent again. An attempt may send only after creating the next
 * claim-N file itself; it may create claim-N+1 only when claim-N failed (failed-N exists) or its lease
 * expired. The lease outlives the holder's Lambda timeout, and Lambda stops an invocation at its timeout,
 * so an expired lease means the holder can no longer send. A double fire therefore waits for the holder
 * and then reports "already-sent"; a retry after a failed send sends. The one residual risk — SES
 * accepted the message but the invocation died before sent.json was written — is logged and documented
 * in docs/failure-modes.md: after the lease, a retry would send a second copy (SES has no idempotency key).
 */
import type { BriefingModel } from '../briefing/model.js';
import { buildBriefingModel } from '../merge/index.js';
import type { Log, Mailer, ObjectStore } from '../ports.js';
import { briefingFolderFor, PREFIX } from '../record/layout.js';
import { parseNormalizedRecord, type NormalizedRecord } from '../record/schema.js';
import { renderBriefing, type RenderedBriefing } from '../render/index.js';
import { mapWithConcurrency } from './concurrency.js';
import { trackDefinitionFor } from './track.js';

export interface DigestDeps {
  store: ObjectStore;
  mailer: Mailer;
  log: Log;
  now: () => Date;
  sender: string;
  recipients: string[];
  configurationSet: string | null;
  timezone: string;
  readConcurrency: number;
  /** How long a claim keeps other attempts off the slot; must exceed the function timeout. */
  leaseMs: number;
  /** While another live attempt holds the slot, poll this many times before giving up (retryable). */
  busyPolls?: number;
  busyPollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  build?: typeof buildBriefingModel;
  render?: typeof renderBriefing;
}

export interface DigestRequest {
  track: string;
  scheduledTime: Date;
  executionId?: string | null;
}

export interface DigestResult {
  status: 'sent' | 'already-sent';
  track: string;
  folder: string;
  messageId: string;
  attempt: number;
  model: BriefingModel;
  rendered: RenderedBriefing;
  /** False only when SES accepted the email but the receipt could not be stored (see module comment). */
  receiptWritten: boolean;
}

/** Another attempt holds a live claim on the slot and has not sent yet: retry later. */
export class SlotBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly attempt: number,
    readonly leaseUntil: string,
  ) {
    super(`briefing slot ${folder} is held by attempt ${attempt} until ${leaseUntil} and not sent yet; retry later`);
    this.name = 'SlotBusyError';
  }
}

/** The slot was claimed but the email did not go out (SES or S3 error); recorded so the next retry sends. */
export class BriefingSendError extends Error {
  constructor(
    readonly folder: string,
    readonly attempt: number,
    cause: unknown,
  ) {
    super(`briefing ${folder} (attempt ${attempt}) was not sent: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'BriefingSendError';
  }
}

interface ClaimRecord {
  schemaVersion: 1;
  track: string;
  slot: string;
  attempt: number;
  executionId: string | null;
  claimedAt: string;
  leaseUntil: string;
}

interface SentReceipt {
  schemaVersion: 1;
  track: string;
  slot: string;
  attempt: number;
  messageId: string;
  sentAt: string;
  subject: string;
  previewText: string;
  to: string[];
  executionId: string | null;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CLAIM_FILE = /claim-(\d{4,})\.json$/;
const FAILED_FILE = /failed-(\d{4,})\.json$/;
const pad = (n: number) => String(n).padStart(4, '0');

export function slotTimeOf(date: Date): Date {
  const t = new Date(date.getTime());
  t.setUTCSeconds(0, 0);
  return t;
}

interface SlotState {
  sent: boolean;
  latestClaim: number;
  failed: Set<number>;
}

async function readSlot(store: ObjectStore, folder: string): Promise<SlotState> {
  const keys = await store.list(folder);
  let latestClaim = 0;
  const failed = new Set<number>();
  let sent = false;
  for (const key of keys) {
    const rest = key.slice(folder.length);
    if (rest === 'sent.json') sent = true;
    const c = rest.match(CLAIM_FILE);
    if (c) latestClaim = Math.max(latestClaim, Number(c[1]));
    const f = rest.match(FAILED_FILE);
    if (f) failed.add(Number(f[1]));
  }
  return { sent, latestClaim, failed };
}

async function getJson<T>(store: ObjectStore, key: string): Promise<T | null> {
  const obj = await store.get(key);
  if (!obj) return null;
  return JSON.parse(new TextDecoder().decode(obj.body)) as T;
}

async function loadSent(store: ObjectStore, folder: string, track: string): Promise<DigestResult> {
  const receipt = await getJson<SentReceipt>(store, `${folder}sent.json`);
  const model = await getJson<BriefingModel>(store, `${folder}briefing.json`);
  const html = await store.get(`${folder}briefing.html`);
  const text = await store.get(`${folder}briefing.txt`);
  if (!receipt || !model || !html || !text) throw new Error(`briefing slot ${folder} has a sent receipt but its files are incomplete`);
  const dec = new TextDecoder();
  return {
    status: 'already-sent',
    track,
    folder,
    messageId: receipt.messageId,
    attempt: receipt.attempt,
    model,
    rendered: { subject: receipt.subject, previewText: receipt.previewText, html: dec.decode(html.body), text: dec.decode(text.body) },
    receiptWritten: true,
  };
}

/** Reads every normalized record; a record that is not valid JSON or fails the schema is skipped and counted. */
export async function readNormalizedRecords(
  store: ObjectStore,
  log: Log,
  concurrency: number,
): Promise<{ records: NormalizedRecord[]; skipped: number }> {
  const keys = (await store.list(PREFIX.normalized)).filter((k) => k.endsWith('.json'));
  let skipped = 0;
  const read = await mapWithConcurrency(keys, concurrency, async (key) => {
    const obj = await store.get(key);
    if (!obj) return null; // removed between LIST and GET
    try {
      return parseNormalizedRecord(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(obj.body)));
    } catch (err) {
      skipped++;
      log.warn('normalized record skipped: it does not match the schema', { recordKey: key, detail: (err as Error).message.slice(0, 500) });
      return null;
    }
  });
  return { records: read.filter((r): r is NormalizedRecord => r !== null), skipped };
}

function monthPrefixesBack(from: Date, months: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= months; i++) {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - i, 1));
    out.push(`${PREFIX.briefings}${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/`);
  }
  return out;
}

const PREVIOUS_LOOKBACK_MONTHS = 12;

/** The model of the most recent briefing of this track that was actually sent, before this slot. */
export async function loadPreviousModel(store: ObjectStore, log: Log, track: string, folder: string, slot: Date): Promise<BriefingModel | null> {
  const sentOfTrack = new RegExp(`^${PREFIX.briefings}\\d{4}/\\d{2}/\\d{2}/${track}-\\d{4}/sent\\.json$`);
  for (const prefix of monthPrefixesBack(slot, PREVIOUS_LOOKBACK_MONTHS)) {
    const folders = (await store.list(prefix))
      .filter((k) => sentOfTrack.test(k))
      .map((k) => k.slice(0, -'sent.json'.length))
      .filter((f) => f < folder)
      .sort();
    const latest = folders.at(-1);
    if (!latest) continue;
    try {
      const model = await getJson<BriefingModel>(store, `${latest}briefing.json`);
      if (model && model.track?.id === track) return model;
      log.warn('previous briefing model missing or for another track; treating this briefing as the first', { folder: latest });
    } catch (err) {
      log.warn('previous briefing model unreadable; treating this briefing as the first', { folder: latest, detail: (err as Error).message });
    }
    return null;
  }
  return null;
}

export async function runDigest(deps: DigestDeps, request: DigestRequest): Promise<DigestResult> {
  const { store, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const build = deps.build ?? buildBriefingModel;
  const render = deps.render ?? renderBriefing;
  // The id becomes part of S3 keys and of a pattern below: accept only the config's shape (US-RU, US-CN-IN…).
  if (!/^[A-Z]{2}(-[A-Z]{2})+$/.test(request.track)) throw new Error(`"${request.track}" is not a track id like US-RU`);
  const track = trackDefinitionFor(request.track);
  const slot = slotTimeOf(request.scheduledTime);
  const folder = briefingFolderFor(track.id, slot);
  const executionId = request.executionId ?? null;

  if ((await readSlot(store, folder)).sent) {
    log.info('briefing for this slot was already sent; nothing to do', { track: track.id, folder, executionId });
    return loadSent(store, folder, track.id);
  }

  // Compose before claiming so the claim is held only for the short write+send window.
  const { records, skipped } = await readNormalizedRecords(store, log, deps.readConcurrency);
  const quarantined = (await store.list(PREFIX.quarantine)).length;
  const previous = await loadPreviousModel(store, log, track.id, folder, slot);
  const model = build({ records, track, previous, now: deps.now(), stats: { skippedRecords: skipped, quarantined } });
  const rendered = render(model, { timezone: deps.timezone });

  // Claim the slot.
  let attempt = 0;
  const polls = deps.busyPolls ?? 10;
  for (let poll = 0; attempt === 0; ) {
    const state = await readSlot(store, folder);
    if (state.sent) {
      log.info('another attempt sent this slot while we composed; not sending', { track: track.id, folder, executionId });
      return loadSent(store, folder, track.id);
    }
    const latest = state.latestClaim;
    if (latest > 0 && !state.failed.has(latest)) {
      const claim = await getJson<ClaimRecord>(store, `${folder}claim-${pad(latest)}.json`);
      const leaseUntil = claim?.leaseUntil ?? new Date(0).toISOString();
      if (Date.parse(leaseUntil) > deps.now().getTime()) {
        if (poll++ >= polls) throw new SlotBusyError(folder, latest, leaseUntil);
        log.info('slot held by another live attempt; waiting for it', { track: track.id, folder, heldBy: latest, leaseUntil, executionId });
        await sleep(deps.busyPollIntervalMs ?? 3000);
        continue;
      }
      log.warn('taking over a slot whose holder let its lease expire without sending', { track: track.id, folder, previousAttempt: latest, leaseUntil });
    }
    const now = deps.now();
    const claim: ClaimRecord = {
      schemaVersion: 1,
      track: track.id,
      slot: slot.toISOString(),
      attempt: latest + 1,
      executionId,
      claimedAt: now.toISOString(),
      leaseUntil: new Date(now.getTime() + deps.leaseMs).toISOString(),
    };
    if (await store.putIfAbsent(`${folder}claim-${pad(latest + 1)}.json`, JSON.stringify(claim, null, 2), JSON_TYPE)) attempt = latest + 1;
    // else: a concurrent attempt won claim N+1; re-read the slot and wait for it.
  }

  // We hold the slot. Briefing files first, so a sent receipt always has them; then the send. If anything
  // fails before SES accepted the message, mark the attempt failed so the next retry may take over at once.
  let messageId: string;
  try {
    await store.put(`${folder}briefing.json`, JSON.stringify(model, null, 2), JSON_TYPE);
    await store.put(`${folder}briefing.html`, rendered.html, 'text/html; charset=utf-8');
    await store.put(`${folder}briefing.txt`, rendered.text, 'text/plain; charset=utf-8');
    ({ messageId } = await deps.mailer.send({
      from: deps.sender,
      to: deps.recipients,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      configurationSet: deps.configurationSet ?? undefined,
    }));
  } catch (err) {
    const failure = { schemaVersion: 1, attempt, failedAt: deps.now().toISOString(), error: { name: (err as Error)?.name ?? 'Error', message: (err as Error)?.message ?? String(err) } };
    try {
      await store.put(`${folder}failed-${pad(attempt)}.json`, JSON.stringify(failure, null, 2), JSON_TYPE);
    } catch (markErr) {
      // Without the marker the next attempt waits for the lease to expire instead of taking over at once.
      log.error('could not record the failed attempt; the next attempt will wait for the lease', { track: track.id, folder, attempt, detail: (markErr as Error).message });
    }
    log.error('briefing not sent; slot released for the next retry', { track: track.id, folder, attempt, error: failure.error });
    throw new BriefingSendError(folder, attempt, err);
  }

  const receipt: SentReceipt = {
    schemaVersion: 1,
    track: track.id,
    slot: slot.toISOString(),
    attempt,
    messageId,
    sentAt: deps.now().toISOString(),
    subject: rendered.subject,
    previewText: rendered.previewText,
    to: deps.recipients,
    executionId,
  };
  let receiptWritten = false;
  for (let i = 0; i < 3 && !receiptWritten; i++) {
    try {
      await store.put(`${folder}sent.json`, JSON.stringify(receipt, null, 2), JSON_TYPE);
      receiptWritten = true;
    } catch (err) {
      log.error('briefing SENT but its receipt could not be stored', { track: track.id, folder, messageId, try: i + 1, detail: (err as Error).message });
      if (i < 2) await sleep(1000 * (i + 1));
    }
  }
  // Not thrown on purpose: throwing would make Lambda retry, and a retry after the lease would send a second copy.
  log.info('briefing sent', { track: track.id, folder, attempt, messageId, receiptWritten, contacts: model.contacts.length, skippedRecords: skipped, quarantined });
  return { status: 'sent', track: track.id, folder, messageId, attempt, model, rendered, receiptWritten };
}
