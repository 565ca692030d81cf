// The counting group's stored document: for a chi bộ and a period, its members, the ballots about each member,
// and the chi ủy's steps for each member with marks. Pure: no DOM, no Astro.
// Every member, ballot and conclusion carries its own timestamps, and a removal is a tombstone,
// so two tabs' copies merge entry by entry (latest change wins) and nothing is lost silently.
import type { Period } from '../self-check/document.ts';
import { samePeriod } from '../self-check/document.ts';
import { daysInMonth } from '../dates.ts';

export type { Period };

export const TALLY_KIND = 'nq4-kiem-phieu';
/** 2: ballots are about a named member, and the chi ủy's steps are recorded. 1: anonymous ballots. */
export const TALLY_SCHEMA_VERSION = 2;
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2200;

export interface Member {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  removed?: true;
}

export interface Ballot {
  id: string;
  /** The member the ballot assesses; absent only in a count entered before ballots named a member (`legacy`). */
  memberId?: string;
  /** Ids of the items marked "Có", in the ballot's order ("1a" … "27c"); empty for a ballot with no "Có". */
  marked: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Set when the ballot was removed: kept as a tombstone so another tab's copy does not bring it back. */
  removed?: true;
}

/** The chi ủy's steps for one member with marks; the tool records them, it never concludes by itself. */
export interface Conclusion {
  memberId: string;
  /** The day the chi ủy met the member and heard the explanation, "2026-12-03"; '' while not yet met. */
  metOn: string;
  /** True once the chi ủy has concluded (an empty list of manifestations is a conclusion too). */
  decided: boolean;
  /** Numbers of the manifestations the chi ủy concluded the member shows. */
  manifestations: number[];
  note: string;
  updatedAt: string;
}

export interface Count {
  id: string;
  /** The chi bộ's name as the group typed it. */
  unit: string;
  period: Period;
  /** Names of the counting group's members, for the biên bản; optional, free text. */
  group: string;
  /** Entered before ballots named a member: anonymous ballots, kept readable and exportable as they were. */
  legacy?: true;
  createdAt: string;
  updatedAt: string;
  removed?: true;
  members: Record<string, Member>;
  ballots: Record<string, Ballot>;
  conclusions: Record<string, Conclusion>;
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

const byCreation = <T extends { id: string; createdAt: string }>(a: T, b: T) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/** Counts not removed, newest first. */
export function activeCounts(doc: TallyDocument): Count[] {
  return Object.values(doc.counts)
    .filter((count) => !count.removed)
    .sort((a, b) => byCreation(b, a));
}

/** Ballots not removed, in the order they were entered; with a member, only the ballots about that member. */
export function activeBallots(count: Count, memberId?: string): Ballot[] {
  return Object.values(count.ballots)
    .filter((ballot) => !ballot.removed && (memberId === undefined || ballot.memberId === memberId))
    .sort(byCreation);
}

/** Members not removed, in the order of the list. */
export function activeMembers(count: Count): Member[] {
  return Object.values(count.members)
    .filter((member) => !member.removed)
    .sort(byCreation);
}

/** Normalises a chi bộ's name for comparison: NFC, one space, case folded. */
export function unitKey(unit: string): string {
  return tidy(unit).toLocaleLowerCase('vi');
}

/** NFC, trimmed, one space between words. */
export function tidy(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

// --- What a user types ---

export type PeriodInputResult = { ok: true; period: Period } | { ok: false; problem: 'year' };

/** The year and half as typed in the form; any other text is refused, never stored. */
export function periodFromInput(yearText: string, halfText: string): PeriodInputResult {
  const yearTyped = yearText.trim();
  if (!/^\d{4}$/.test(yearTyped)) return { ok: false, problem: 'year' };
  const year = Number(yearTyped);
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'year' };
  if (halfText === '1' || halfText === '2') return { ok: true, period: { year, half: Number(halfText) as 1 | 2 } };
  return { ok: true, period: { year } };
}

export interface MemberListResult {
  /** Names in the order typed, each once. */
  names: string[];
  /** Names typed more than once (kept once). */
  repeated: string[];
}

/** A list of members typed or pasted, one a line; a leading "1." or "2)" of a pasted numbered list is dropped. */
export function parseMemberList(text: string): MemberListResult {
  const names: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n|\r/)) {
    const name = tidy(line.replace(/^\s*\d{1,3}\s*[.)-]\s*/, ''));
    if (name === '') continue;
    const key = name.toLocaleLowerCase('vi');
    if (seen.has(key)) {
      repeated.push(name);
      continue;
    }
    seen.add(key);
    names.push(name);
  }
  return { names, repeated };
}

export type CreateCountResult =
  | { ok: true; document: TallyDocument }
  | { ok: false; problem: 'no-unit' | 'period' | 'exists'; existingId?: string };

/** Starts a count; the same chi bộ and period cannot be counted twice in one browser. */
export function createCount(
  doc: TallyDocument,
  input: { id: string; unit: string; period: Period; now: Date; members?: readonly { id: string; name: string }[] },
): CreateCountResult {
  const unit = tidy(input.unit);
  if (unit === '') return { ok: false, problem: 'no-unit' };
  if (!readPeriod(input.period)) return { ok: false, problem: 'period' };
  const existing = activeCounts(doc).find((c) => unitKey(c.unit) === unitKey(unit) && samePeriod(c.period, input.period));
  if (existing) return { ok: false, problem: 'exists', existingId: existing.id };
  const stamp = input.now.toISOString();
  const members: Record<string, Member> = {};
  // One millisecond apart, so the list keeps the order typed.
  (input.members ?? []).forEach((member, index) => {
    const at = new Date(input.now.getTime() + index).toISOString();
    members[member.id] = { id: member.id, name: tidy(member.name), createdAt: at, updatedAt: at };
  });
  const count: Count = { id: input.id, unit, period: input.period, group: '', createdAt: stamp, updatedAt: stamp, members, ballots: {}, conclusions: {} };
  return { ok: true, document: { ...doc, counts: { ...doc.counts, [input.id]: count } } };
}

function withCount(doc: TallyDocument, countId: string, change: (count: Count) => Count): TallyDocument {
  const count = doc.counts[countId];
  if (!count || count.removed) return doc;
  return { ...doc, counts: { ...doc.counts, [countId]: change(count) } };
}

/** Removes a count and forgets its names and ballots: only a tombstone stays, so other tabs drop it too. */
export function removeCount(doc: TallyDocument, countId: string, now: Date): TallyDocument {
  return withCount(doc, countId, (count) => ({
    ...count,
    unit: '',
    group: '',
    removed: true,
    updatedAt: now.toISOString(),
    members: {},
    ballots: {},
    conclusions: {},
  }));
}

export function setGroup(doc: TallyDocument, countId: string, group: string, now: Date): TallyDocument {
  return withCount(doc, countId, (count) => ({ ...count, group: group.normalize('NFC'), updatedAt: now.toISOString() }));
}

export type MemberChange = { ok: true; document: TallyDocument } | { ok: false; problem: 'empty' | 'exists' | 'gone' | 'has-ballots' };

export function addMember(doc: TallyDocument, countId: string, input: { id: string; name: string; now: Date }): MemberChange {
  const count = doc.counts[countId];
  if (!count || count.removed) return { ok: false, problem: 'gone' };
  const name = tidy(input.name);
  if (name === '') return { ok: false, problem: 'empty' };
  if (activeMembers(count).some((m) => m.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'))) return { ok: false, problem: 'exists' };
  const stamp = input.now.toISOString();
  const member: Member = { id: input.id, name, createdAt: stamp, updatedAt: stamp };
  return { ok: true, document: withCount(doc, countId, (c) => ({ ...c, members: { ...c.members, [input.id]: member } })) };
}

export function renameMember(doc: TallyDocument, countId: string, memberId: string, name: string, now: Date): MemberChange {
  const member = doc.counts[countId]?.members[memberId];
  if (!member || member.removed) return { ok: false, problem: 'gone' };
  const tidied = tidy(name);
  if (tidied === '') return { ok: false, problem: 'empty' };
  const next: Member = { ...member, name: tidied, updatedAt: now.toISOString() };
  return { ok: true, document: withCount(doc, countId, (c) => ({ ...c, members: { ...c.members, [memberId]: next } })) };
}

/** A member with ballots cannot be taken off the list: their ballots would be lost from the count. */
export function removeMember(doc: TallyDocument, countId: string, memberId: string, now: Date): MemberChange {
  const count = doc.counts[countId];
  const member = count?.members[memberId];
  if (!count || !member || member.removed) return { ok: false, problem: 'gone' };
  if (activeBallots(count, memberId).length > 0) return { ok: false, problem: 'has-ballots' };
  const next: Member = { ...member, name: '', removed: true, updatedAt: now.toISOString() };
  return { ok: true, document: withCount(doc, countId, (c) => ({ ...c, members: { ...c.members, [memberId]: next } })) };
}

/** What an action changed, so it can be undone: the ballot as it was before (undefined: it did not exist). */
export interface UndoStep {
  countId: string;
  ballotId: string;
  before: Ballot | undefined;
  /** The ballot's `updatedAt` after the action: undo applies only while the ballot is still as the action left it. */
  after: string;
}

/** `gone`: the ballot (or its count) was removed meanwhile, in this tab or another. */
export type Applied = { ok: true; document: TallyDocument; undo: UndoStep } | { ok: false; problem: 'gone' | 'no-member' };

function putBallot(doc: TallyDocument, countId: string, ballot: Ballot): Applied {
  const count = doc.counts[countId];
  if (!count || count.removed) return { ok: false, problem: 'gone' };
  const before = count.ballots[ballot.id];
  const document = withCount(doc, countId, (c) => ({ ...c, ballots: { ...c.ballots, [ballot.id]: ballot } }));
  return { ok: true, document, undo: { countId, ballotId: ballot.id, before, after: ballot.updatedAt } };
}

export function addBallot(doc: TallyDocument, countId: string, input: { id: string; memberId: string; marked: readonly string[]; now: Date }): Applied {
  const member = doc.counts[countId]?.members[input.memberId];
  if (!member || member.removed) return { ok: false, problem: 'no-member' };
  const stamp = input.now.toISOString();
  return putBallot(doc, countId, { id: input.id, memberId: input.memberId, marked: sortedUnique(input.marked), createdAt: stamp, updatedAt: stamp });
}

export function correctBallot(doc: TallyDocument, countId: string, ballotId: string, marked: readonly string[], now: Date): Applied {
  const ballot = doc.counts[countId]?.ballots[ballotId];
  if (!ballot || ballot.removed) return { ok: false, problem: 'gone' };
  return putBallot(doc, countId, { ...ballot, marked: sortedUnique(marked), updatedAt: now.toISOString() });
}

export function removeBallot(doc: TallyDocument, countId: string, ballotId: string, now: Date): Applied {
  const ballot = doc.counts[countId]?.ballots[ballotId];
  if (!ballot || ballot.removed) return { ok: false, problem: 'gone' };
  return putBallot(doc, countId, { ...ballot, removed: true, updatedAt: now.toISOString() });
}

export type UndoResult = { ok: true; document: TallyDocument } | { ok: false; problem: 'changed' | 'gone' };

/**
 * Puts the ballot back as it was before the step; a ballot that did not exist becomes a tombstone.
 * Refused when the ballot changed since (another tab's correction): undoing would silently drop that change.
 * The restored entry gets a new timestamp, so it also wins over other tabs' older copies.
 */
export function undoStep(doc: TallyDocument, step: UndoStep, now: Date): UndoResult {
  const count = doc.counts[step.countId];
  if (!count || count.removed) return { ok: false, problem: 'gone' };
  const current = count.ballots[step.ballotId];
  if (!current || current.updatedAt !== step.after) return { ok: false, problem: 'changed' };
  const stamp = now.toISOString();
  const restored: Ballot = step.before ? { ...step.before, updatedAt: stamp } : { ...current, removed: true, updatedAt: stamp };
  const applied = putBallot(doc, step.countId, restored);
  return applied.ok ? { ok: true, document: applied.document } : { ok: false, problem: 'gone' };
}

export interface ConclusionInput {
  metOn: string;
  decided: boolean;
  manifestations: readonly number[];
  note: string;
}

export type ConclusionChange = { ok: true; document: TallyDocument } | { ok: false; problem: 'gone' | 'date' | 'not-met' };

/** Records the chi ủy's steps for a member; a conclusion needs the day the chi ủy met the member. */
export function setConclusion(doc: TallyDocument, countId: string, memberId: string, input: ConclusionInput, now: Date): ConclusionChange {
  const member = doc.counts[countId]?.members[memberId];
  if (!member || member.removed) return { ok: false, problem: 'gone' };
  if (input.metOn !== '' && !isIsoDay(input.metOn)) return { ok: false, problem: 'date' };
  if (input.decided && input.metOn === '') return { ok: false, problem: 'not-met' };
  const conclusion: Conclusion = {
    memberId,
    metOn: input.metOn,
    decided: input.decided,
    manifestations: input.decided ? [...new Set(input.manifestations)].sort((a, b) => a - b) : [],
    note: input.note.normalize('NFC').trim(),
    updatedAt: now.toISOString(),
  };
  return { ok: true, document: withCount(doc, countId, (c) => ({ ...c, conclusions: { ...c.conclusions, [memberId]: conclusion } })) };
}

// --- Two tabs ---

/** The later change; on the same instant, the larger text, so both tabs pick the same one. */
function later<T extends { updatedAt: string }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return b.updatedAt > a.updatedAt ? b : a;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

function mergeEntries<T extends { updatedAt: string }>(mine: Record<string, T>, theirs: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...theirs, ...mine };
  for (const [id, their] of Object.entries(theirs)) {
    const my = mine[id];
    if (my) out[id] = later(my, their);
  }
  return out;
}

/** Per-entry merge: for each count's own fields, each member, ballot and conclusion, the latest change wins. */
export function mergeTallies(local: TallyDocument, incoming: TallyDocument): TallyDocument {
  const counts: Record<string, Count> = { ...incoming.counts, ...local.counts };
  for (const [id, theirs] of Object.entries(incoming.counts)) {
    const mine = local.counts[id];
    if (!mine) continue;
    const head = later(mine, theirs);
    // A removed count stays empty: the other side's names and ballots must not come back.
    counts[id] = head.removed
      ? { ...head, members: {}, ballots: {}, conclusions: {} }
      : {
          ...head,
          members: mergeEntries(mine.members, theirs.members),
          ballots: mergeEntries(mine.ballots, theirs.ballots),
          conclusions: mergeEntries(mine.conclusions, theirs.conclusions),
        };
  }
  return { ...local, counts };
}

function recordDifferences(a: Record<string, unknown>, b: Record<string, unknown>): number {
  let differences = 0;
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) if (JSON.stringify(a[id]) !== JSON.stringify(b[id])) differences += 1;
  return differences;
}

/** How many entries (counts' own fields, members, ballots, conclusions) differ between two copies. */
export function countTallyDifferences(a: TallyDocument, b: TallyDocument): number {
  let differences = 0;
  const ids = new Set([...Object.keys(a.counts), ...Object.keys(b.counts)]);
  for (const id of ids) {
    const ca = a.counts[id];
    const cb = b.counts[id];
    if (!ca || !cb) {
      const only = (ca ?? cb)!;
      differences += 1 + Object.keys(only.ballots).length + Object.keys(only.members).length + Object.keys(only.conclusions).length;
      continue;
    }
    const { ballots: ba, members: ma, conclusions: xa, ...headA } = ca;
    const { ballots: bb, members: mb, conclusions: xb, ...headB } = cb;
    if (JSON.stringify(headA) !== JSON.stringify(headB)) differences += 1;
    differences += recordDifferences(ba, bb) + recordDifferences(ma, mb) + recordDifferences(xa, xb);
  }
  return differences;
}

// --- Reading a stored value ---

/**
 * `dropped`: entries that could not be read and were left out (a count whose own fields are unreadable, or a
 * single member, ballot or conclusion); the caller keeps a copy of the stored text before writing over it.
 * `migrated`: the value was stored as anonymous ballots (schema 1) and is now a count marked `legacy`.
 */
export type TallyParseResult =
  | { ok: true; value: TallyDocument; dropped: number; migrated?: boolean }
  | { ok: false; problem: 'damaged' | 'newer' };

const ITEM_ID = /^([1-9]|[1-9]\d)[a-z]$/;
const ENTRY_ID = /^[0-9a-z-]{1,40}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function readPeriod(value: unknown): Period | undefined {
  if (!isRecord(value)) return undefined;
  const { year, half } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  if (half === undefined) return { year };
  if (half === 1 || half === 2) return { year, half };
  return undefined;
}

function readMember(id: string, value: unknown): Member | undefined {
  if (!isRecord(value) || value.id !== id || !ENTRY_ID.test(id) || typeof value.name !== 'string') return undefined;
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) return undefined;
  const member: Member = { id, name: value.name, createdAt: value.createdAt, updatedAt: value.updatedAt };
  if (value.removed === true) member.removed = true;
  return member;
}

function readBallot(id: string, value: unknown, legacy: boolean): Ballot | undefined {
  if (!isRecord(value) || value.id !== id || !ENTRY_ID.test(id)) return undefined;
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) return undefined;
  if (!Array.isArray(value.marked) || !value.marked.every((item) => typeof item === 'string' && ITEM_ID.test(item))) return undefined;
  if (!legacy && (typeof value.memberId !== 'string' || !ENTRY_ID.test(value.memberId))) return undefined;
  const ballot: Ballot = { id, marked: sortedUnique(value.marked as string[]), createdAt: value.createdAt, updatedAt: value.updatedAt };
  if (!legacy) ballot.memberId = value.memberId as string;
  if (value.removed === true) ballot.removed = true;
  return ballot;
}

function readConclusion(id: string, value: unknown): Conclusion | undefined {
  if (!isRecord(value) || value.memberId !== id || !ENTRY_ID.test(id)) return undefined;
  if (typeof value.metOn !== 'string' || (value.metOn !== '' && !isIsoDay(value.metOn))) return undefined;
  if (typeof value.decided !== 'boolean' || typeof value.note !== 'string' || !isTimestamp(value.updatedAt)) return undefined;
  const numbers = value.manifestations;
  if (!Array.isArray(numbers) || !numbers.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 99)) return undefined;
  return { memberId: id, metOn: value.metOn, decided: value.decided, manifestations: numbers as number[], note: value.note, updatedAt: value.updatedAt };
}

/** Reads each entry of a record on its own; unreadable ones are counted, not fatal. */
function readEntries<T>(value: unknown, read: (id: string, raw: unknown) => T | undefined): { entries: Record<string, T>; dropped: number } {
  const entries: Record<string, T> = {};
  let dropped = 0;
  if (!isRecord(value)) return { entries, dropped: value === undefined ? 0 : 1 };
  for (const [id, raw] of Object.entries(value)) {
    const entry = read(id, raw);
    if (entry) entries[id] = entry;
    else dropped += 1;
  }
  return { entries, dropped };
}

function readCount(id: string, value: unknown, version: number): { count?: Count; dropped: number } {
  if (!isRecord(value) || value.id !== id || !ENTRY_ID.test(id)) return { dropped: 1 };
  const period = readPeriod(value.period);
  // Schema 1 called the counting group's names `members`.
  const group = version === 1 ? value.members : value.group;
  const removed = value.removed === true;
  if (!period || typeof value.unit !== 'string' || typeof group !== 'string') return { dropped: 1 };
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) return { dropped: 1 };
  const legacy = version === 1 || value.legacy === true;
  const ballots = readEntries(value.ballots, (ballotId, raw) => readBallot(ballotId, raw, legacy));
  const members = version === 1 ? { entries: {}, dropped: 0 } : readEntries(value.members, readMember);
  const conclusions = version === 1 ? { entries: {}, dropped: 0 } : readEntries(value.conclusions, readConclusion);
  const count: Count = {
    id,
    unit: value.unit,
    period,
    group,
    createdAt: value.createdAt,
    updatedAt: value.updatedAt,
    members: members.entries,
    ballots: ballots.entries,
    conclusions: conclusions.entries,
  };
  if (legacy) count.legacy = true;
  if (removed) count.removed = true;
  return { count, dropped: ballots.dropped + members.dropped + conclusions.dropped };
}

/** Reads a stored tally, entry by entry: what can be read is kept, the rest is counted in `dropped`. */
export function parseTally(text: string): TallyParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!isRecord(value) || value.kind !== TALLY_KIND || typeof value.schemaVersion !== 'number') return { ok: false, problem: 'damaged' };
  if (value.schemaVersion > TALLY_SCHEMA_VERSION) return { ok: false, problem: 'newer' };
  if ((value.schemaVersion !== 1 && value.schemaVersion !== 2) || !isRecord(value.counts)) return { ok: false, problem: 'damaged' };
  const counts: Record<string, Count> = {};
  let dropped = 0;
  for (const [id, raw] of Object.entries(value.counts)) {
    const read = readCount(id, raw, value.schemaVersion);
    if (read.count) counts[id] = read.count;
    dropped += read.dropped;
  }
  const result: TallyParseResult = { ok: true, value: { kind: TALLY_KIND, schemaVersion: TALLY_SCHEMA_VERSION, counts }, dropped };
  if (value.schemaVersion === 1) result.migrated = true;
  return result;
}

function sortedRecord<T>(record: Record<string, T>, map: (value: T) => unknown = (value) => value): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = map(record[key]!);
  return out;
}

/** Canonical: equal documents give the same text whatever order their entries were added in. */
export function serializeTally(doc: TallyDocument): string {
  const removed = (entry: { removed?: true }) => (entry.removed ? { removed: true } : {});
  const ballot = (b: Ballot) => ({
    id: b.id,
    ...(b.memberId === undefined ? {} : { memberId: b.memberId }),
    marked: b.marked,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    ...removed(b),
  });
  const member = (m: Member) => ({ id: m.id, name: m.name, createdAt: m.createdAt, updatedAt: m.updatedAt, ...removed(m) });
  const conclusion = (c: Conclusion) => ({ memberId: c.memberId, metOn: c.metOn, decided: c.decided, manifestations: c.manifestations, note: c.note, updatedAt: c.updatedAt });
  const count = (c: Count) => ({
    id: c.id,
    unit: c.unit,
    period: c.period.half ? { year: c.period.year, half: c.period.half } : { year: c.period.year },
    group: c.group,
    ...(c.legacy ? { legacy: true } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...removed(c),
    members: sortedRecord(c.members, member),
    ballots: sortedRecord(c.ballots, ballot),
    conclusions: sortedRecord(c.conclusions, conclusion),
  });
  return JSON.stringify({ kind: doc.kind, schemaVersion: doc.schemaVersion, counts: sortedRecord(doc.counts, count) });
}
