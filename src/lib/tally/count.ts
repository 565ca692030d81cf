// The counting group's stored document: counts of ballots for a chi bộ and a period. Pure: no DOM, no Astro.
// Every ballot and every count carries its own id and timestamps, and a removal is a tombstone,
// so two tabs' copies merge entry by entry (latest change wins) and nothing is lost silently.
import type { Period } from '../self-check/document.ts';
import { samePeriod } from '../self-check/document.ts';

export type { Period };

export const TALLY_KIND = 'nq4-kiem-phieu';
export const TALLY_SCHEMA_VERSION = 1;

export interface Ballot {
  id: string;
  /** Ids of the items marked "Có", in the ballot's order ("1a" … "27c"); empty for a ballot with no "Có". */
  marked: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Set when the ballot was removed: kept as a tombstone so another tab's copy does not bring it back. */
  removed?: true;
}

export interface Count {
  id: string;
  /** The chi bộ's name as the group typed it. */
  unit: string;
  period: Period;
  /** Names of the counting group's members, for the biên bản; optional, free text. */
  members: string;
  createdAt: string;
  updatedAt: string;
  removed?: true;
  ballots: Record<string, Ballot>;
}

export interface TallyDocument {
  kind: typeof TALLY_KIND;
  schemaVersion: typeof TALLY_SCHEMA_VERSION;
  counts: Record<string, Count>;
}

export function emptyTally(): TallyDocument {
  return { kind: TALLY_KIND, schemaVersion: TALLY_SCHEMA_VERSION, counts: {} };
}

/** Sorts item ids the way the ballot lists them: by manifestation number, then letter. */
export function compareItemIds(a: string, b: string): number {
  const na = Number.parseInt(a, 10);
  const nb = Number.parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}

function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareItemIds);
}

/** Counts not removed, newest first. */
export function activeCounts(doc: TallyDocument): Count[] {
  return Object.values(doc.counts)
    .filter((count) => !count.removed)
    .sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : b.createdAt.localeCompare(a.createdAt)));
}

/** Ballots not removed, in the order they were entered ("phiếu số 1" first). */
export function activeBallots(count: Count): Ballot[] {
  return Object.values(count.ballots)
    .filter((ballot) => !ballot.removed)
    .sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt)));
}

/** Normalises a chi bộ's name for comparison: NFC, one space, case folded. */
export function unitKey(unit: string): string {
  return unit.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export type CreateCountResult = { ok: true; document: TallyDocument } | { ok: false; problem: 'no-unit' | 'exists'; existingId?: string };

/** Starts a count; the same chi bộ and period cannot be counted twice in one browser. */
export function createCount(doc: TallyDocument, input: { id: string; unit: string; period: Period; now: Date }): CreateCountResult {
  const unit = input.unit.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (unit === '') return { ok: false, problem: 'no-unit' };
  const existing = activeCounts(doc).find((c) => unitKey(c.unit) === unitKey(unit) && samePeriod(c.period, input.period));
  if (existing) return { ok: false, problem: 'exists', existingId: existing.id };
  const stamp = input.now.toISOString();
  const count: Count = { id: input.id, unit, period: input.period, members: '', createdAt: stamp, updatedAt: stamp, ballots: {} };
  return { ok: true, document: { ...doc, counts: { ...doc.counts, [input.id]: count } } };
}

function withCount(doc: TallyDocument, countId: string, change: (count: Count) => Count): TallyDocument {
  const count = doc.counts[countId];
  if (!count) throw new Error(`No count ${countId}`);
  return { ...doc, counts: { ...doc.counts, [countId]: change(count) } };
}

export function removeCount(doc: TallyDocument, countId: string, now: Date): TallyDocument {
  return withCount(doc, countId, (count) => ({ ...count, removed: true, updatedAt: now.toISOString() }));
}

export function setMembers(doc: TallyDocument, countId: string, members: string, now: Date): TallyDocument {
  return withCount(doc, countId, (count) => ({ ...count, members: members.normalize('NFC'), updatedAt: now.toISOString() }));
}

/** What an action changed, so it can be undone: the ballot as it was before (undefined: it did not exist). */
export interface UndoStep {
  countId: string;
  ballotId: string;
  before: Ballot | undefined;
}

export interface Applied {
  document: TallyDocument;
  undo: UndoStep;
}

function putBallot(doc: TallyDocument, countId: string, ballot: Ballot): Applied {
  const before = doc.counts[countId]?.ballots[ballot.id];
  const document = withCount(doc, countId, (count) => ({ ...count, ballots: { ...count.ballots, [ballot.id]: ballot } }));
  return { document, undo: { countId, ballotId: ballot.id, before } };
}

export function addBallot(doc: TallyDocument, countId: string, input: { id: string; marked: readonly string[]; now: Date }): Applied {
  const stamp = input.now.toISOString();
  return putBallot(doc, countId, { id: input.id, marked: sortedUnique(input.marked), createdAt: stamp, updatedAt: stamp });
}

export function correctBallot(doc: TallyDocument, countId: string, ballotId: string, marked: readonly string[], now: Date): Applied {
  const ballot = doc.counts[countId]?.ballots[ballotId];
  if (!ballot || ballot.removed) throw new Error(`No ballot ${ballotId}`);
  return putBallot(doc, countId, { ...ballot, marked: sortedUnique(marked), updatedAt: now.toISOString() });
}

export function removeBallot(doc: TallyDocument, countId: string, ballotId: string, now: Date): Applied {
  const ballot = doc.counts[countId]?.ballots[ballotId];
  if (!ballot || ballot.removed) throw new Error(`No ballot ${ballotId}`);
  return putBallot(doc, countId, { ...ballot, removed: true, updatedAt: now.toISOString() });
}

/**
 * Puts the ballot back as it was before the step; a ballot that did not exist becomes a tombstone.
 * The restored entry gets a new timestamp, so it also wins over other tabs' older copies.
 */
export function undoStep(doc: TallyDocument, step: UndoStep, now: Date): TallyDocument {
  const stamp = now.toISOString();
  const current = doc.counts[step.countId]?.ballots[step.ballotId];
  if (!doc.counts[step.countId]) return doc;
  const restored: Ballot = step.before
    ? { ...step.before, updatedAt: stamp }
    : { ...(current ?? { id: step.ballotId, marked: [], createdAt: stamp }), removed: true, updatedAt: stamp };
  return putBallot(doc, step.countId, restored).document;
}

/** The later change; on the same instant, the larger text, so both tabs pick the same one. */
function later<T extends { updatedAt: string }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return b.updatedAt > a.updatedAt ? b : a;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

/** Per-entry merge: for each count's own fields and for each ballot, the latest change wins, whichever side is local. */
export function mergeTallies(local: TallyDocument, incoming: TallyDocument): TallyDocument {
  const counts: Record<string, Count> = { ...incoming.counts, ...local.counts };
  for (const [id, theirs] of Object.entries(incoming.counts)) {
    const mine = local.counts[id];
    if (!mine) continue;
    const head = later(mine, theirs);
    const ballots: Record<string, Ballot> = { ...theirs.ballots, ...mine.ballots };
    for (const [ballotId, theirBallot] of Object.entries(theirs.ballots)) {
      const myBallot = mine.ballots[ballotId];
      if (myBallot) ballots[ballotId] = later(myBallot, theirBallot);
    }
    counts[id] = { ...head, ballots };
  }
  return { ...local, counts };
}

/** How many entries (counts' own fields and ballots) differ between two copies. */
export function countTallyDifferences(a: TallyDocument, b: TallyDocument): number {
  let differences = 0;
  const ids = new Set([...Object.keys(a.counts), ...Object.keys(b.counts)]);
  for (const id of ids) {
    const ca = a.counts[id];
    const cb = b.counts[id];
    if (!ca || !cb) {
      differences += 1 + Object.keys((ca ?? cb)!.ballots).length;
      continue;
    }
    const { ballots: ba, ...headA } = ca;
    const { ballots: bb, ...headB } = cb;
    if (JSON.stringify(headA) !== JSON.stringify(headB)) differences += 1;
    for (const ballotId of new Set([...Object.keys(ba), ...Object.keys(bb)])) {
      if (JSON.stringify(ba[ballotId]) !== JSON.stringify(bb[ballotId])) differences += 1;
    }
  }
  return differences;
}

// --- Reading a stored value ---

export type TallyParseResult = { ok: true; value: TallyDocument } | { ok: false; problem: 'damaged' | 'newer' };

const ITEM_ID = /^([1-9]|[1-9]\d)[a-z]$/;
const ENTRY_ID = /^[0-9a-z-]{1,40}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

export function readPeriod(value: unknown): Period | undefined {
  if (!isRecord(value)) return undefined;
  const { year, half } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2200) return undefined;
  if (half === undefined) return { year };
  if (half === 1 || half === 2) return { year, half };
  return undefined;
}

function readBallot(id: string, value: unknown): Ballot | undefined {
  if (!isRecord(value) || value.id !== id || !ENTRY_ID.test(id)) return undefined;
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) return undefined;
  if (!Array.isArray(value.marked) || !value.marked.every((item) => typeof item === 'string' && ITEM_ID.test(item))) return undefined;
  const ballot: Ballot = { id, marked: sortedUnique(value.marked as string[]), createdAt: value.createdAt, updatedAt: value.updatedAt };
  if (value.removed === true) ballot.removed = true;
  return ballot;
}

function readCount(id: string, value: unknown): Count | undefined {
  if (!isRecord(value) || value.id !== id || !ENTRY_ID.test(id)) return undefined;
  const period = readPeriod(value.period);
  if (!period || typeof value.unit !== 'string' || typeof value.members !== 'string') return undefined;
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt) || !isRecord(value.ballots)) return undefined;
  const ballots: Record<string, Ballot> = {};
  for (const [ballotId, raw] of Object.entries(value.ballots)) {
    const ballot = readBallot(ballotId, raw);
    if (!ballot) return undefined;
    ballots[ballotId] = ballot;
  }
  const count: Count = { id, unit: value.unit, period, members: value.members, createdAt: value.createdAt, updatedAt: value.updatedAt, ballots };
  if (value.removed === true) count.removed = true;
  return count;
}

export function parseTally(text: string): TallyParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!isRecord(value) || value.kind !== TALLY_KIND || typeof value.schemaVersion !== 'number') return { ok: false, problem: 'damaged' };
  if (value.schemaVersion > TALLY_SCHEMA_VERSION) return { ok: false, problem: 'newer' };
  if (value.schemaVersion !== TALLY_SCHEMA_VERSION || !isRecord(value.counts)) return { ok: false, problem: 'damaged' };
  const counts: Record<string, Count> = {};
  for (const [id, raw] of Object.entries(value.counts)) {
    const count = readCount(id, raw);
    if (!count) return { ok: false, problem: 'damaged' };
    counts[id] = count;
  }
  return { ok: true, value: { kind: TALLY_KIND, schemaVersion: TALLY_SCHEMA_VERSION, counts } };
}

function sortedRecord<T>(record: Record<string, T>, map: (value: T) => unknown = (value) => value): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = map(record[key]!);
  return out;
}

/** Canonical: equal documents give the same text whatever order their entries were added in. */
export function serializeTally(doc: TallyDocument): string {
  const ballot = (b: Ballot) => ({ id: b.id, marked: b.marked, createdAt: b.createdAt, updatedAt: b.updatedAt, ...(b.removed ? { removed: true } : {}) });
  const count = (c: Count) => ({
    id: c.id,
    unit: c.unit,
    period: c.period.half ? { year: c.period.year, half: c.period.half } : { year: c.period.year },
    members: c.members,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...(c.removed ? { removed: true } : {}),
    ballots: sortedRecord(c.ballots, ballot),
  });
  return JSON.stringify({ kind: doc.kind, schemaVersion: doc.schemaVersion, counts: sortedRecord(doc.counts, count) });
}
