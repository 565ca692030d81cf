// The self-check's storage document: its format, validation and migration. Pure: no DOM, no Astro.

/** Marks a JSON value as ours, so another site's or app's file is refused on import. */
export const DOCUMENT_KIND = 'nq4-tu-kiem-tra';
export const SCHEMA_VERSION = 4;
/**
 * Versions 3 and 4 share one format; 4 may hold the answer "khong-thuoc-dien". A document is written with the
 * lowest version that holds it, so a page that knows only 3 keeps reading documents without that answer and
 * leaves the others alone (it treats them as newer) instead of setting them aside as damaged.
 */
const SAME_FORMAT_SINCE = 3;
/** The localStorage key of the document. */
export const STORAGE_KEY = 'nq4-tu-kiem-tra';
/** An unreadable value is copied to this prefix plus a timestamp, so it is never lost (persisted-document's rule). */
export const SET_ASIDE_PREFIX = `${STORAGE_KEY}.hong.`;

/** "khong-thuoc-dien" (Không thuộc diện): only on items that concern some members (appliesTo); neither Có nor Không. */
export type Answer = 'co' | 'khong' | 'khong-thuoc-dien';

export const NOT_APPLICABLE = 'khong-thuoc-dien';

export function isAnswer(value: unknown): value is Answer {
  return value === 'co' || value === 'khong' || value === NOT_APPLICABLE;
}

/** A period of assessment: a whole year, or its first or second half. */
export interface Period {
  year: number;
  half?: 1 | 2;
}

/** An answer with the time it was given: across tabs, the latest one wins. */
export interface AnswerEntry {
  answer: Answer;
  at: string;
}

/** A note with the time it was written; an empty text is an erased note, kept so the erasure wins too. */
export interface NoteEntry {
  text: string;
  at: string;
}

export interface Round {
  period: Period;
  /** ISO timestamps. */
  startedAt: string;
  updatedAt: string;
  /** Keyed by item id ("4a"); ids no longer in the data are kept, never pruned. */
  answers: Record<string, AnswerEntry>;
  /** The member's own commitment and remedy, keyed by manifestation number ("4"). */
  notes: Record<string, NoteEntry>;
}

export interface SelfCheckDocument {
  kind: typeof DOCUMENT_KIND;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Oldest first; the last round is the one being answered, earlier ones are read-only. Empty until the first answer. */
  rounds: Round[];
  /** When the member acknowledged the note on browsers that erase storage (Safari's 7 days). */
  storageNoticeSeenAt?: string;
  /** When this document replaced another (an import): everything older than this, anywhere, gives way to it. */
  replacedAt?: string;
}

export type ParseProblem = 'not-json' | 'not-self-check' | 'newer-version' | 'invalid';

export type ParseResult =
  | { ok: true; document: SelfCheckDocument; migratedFrom?: number }
  /** `detail`: the field or round at fault, for whoever debugs a file (never shown: the member reads `problem`). */
  | { ok: false; problem: ParseProblem; detail: string; version?: number };

const ITEM_ID = /^[0-9a-z-]{1,16}$/;
const NOTE_KEY = /^[0-9]{1,3}$/;

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && (a.half ?? 0) === (b.half ?? 0);
}

/** "2026-0", "2026-1", "2026-2": one key per period, for form values and lookups. */
export function periodKey(period: Period): string {
  return `${period.year}-${period.half ?? 0}`;
}

export function periodFromKey(key: string): Period | undefined {
  const match = /^(\d{4})-([012])$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const half = Number(match[2]);
  return half === 1 || half === 2 ? { year, half } : { year };
}

/** Periods a member may start: this year and last year, whole or by half. */
export function periodChoices(now: Date): Period[] {
  const year = now.getFullYear();
  return [year, year - 1].flatMap((y) => [{ year: y }, { year: y, half: 1 as const }, { year: y, half: 2 as const }]);
}

export function newRound(period: Period, now: Date): Round {
  const stamp = now.toISOString();
  return { period, startedAt: stamp, updatedAt: stamp, answers: {}, notes: {} };
}

/** A fresh document: no round yet; the first answer starts one for the current year. */
export function emptyDocument(): SelfCheckDocument {
  return { kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, rounds: [] };
}

/** The round being answered: the last one, or a fresh one for `now`'s year when none has started. */
export function currentRound(doc: SelfCheckDocument, now: Date = new Date()): Round {
  return doc.rounds[doc.rounds.length - 1] ?? newRound({ year: now.getFullYear() }, now);
}

export function answersOf(round: Round): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [id, entry] of Object.entries(round.answers)) answers[id] = entry.answer;
  return answers;
}

/** The note's text; '' when there is none or it was erased. */
export function noteOf(round: Round, manifestationNumber: number): string {
  return round.notes[String(manifestationNumber)]?.text ?? '';
}

/**
 * A run of 200 characters without a space: longer than any word. Browsers wrap such a run in time that grows
 * with the square of its length (a 400,000-letter note froze the page for minutes) unless told it may break
 * anywhere, which the page does for notes where this holds.
 */
export function hasOverlongWord(text: string): boolean {
  // Split, not /\S{200}/: the regex would rescan every shorter run from each of its letters.
  return text.split(/\s/).some((word) => word.length >= 200);
}

function withCurrentRound(doc: SelfCheckDocument, now: Date, change: (round: Round) => Round): SelfCheckDocument {
  const rounds = doc.rounds.length > 0 ? doc.rounds.slice(0, -1) : [];
  return { ...doc, rounds: [...rounds, change(currentRound(doc, now))] };
}

export function setAnswer(doc: SelfCheckDocument, itemId: string, answer: Answer, now: Date): SelfCheckDocument {
  const at = now.toISOString();
  return withCurrentRound(doc, now, (round) => ({ ...round, updatedAt: at, answers: { ...round.answers, [itemId]: { answer, at } } }));
}

/** An empty text erases the note; the erasure is kept with its time, so it wins over an older copy elsewhere. */
export function setNote(doc: SelfCheckDocument, manifestationNumber: number, text: string, now: Date): SelfCheckDocument {
  const at = now.toISOString();
  return withCurrentRound(doc, now, (round) => ({
    ...round,
    updatedAt: at,
    notes: { ...round.notes, [String(manifestationNumber)]: { text, at } },
  }));
}

export type StartRoundResult = { ok: true; document: SelfCheckDocument } | { ok: false; problem: 'period-exists' };

/** Starts a new round; every earlier round stays as it was. */
export function startRound(doc: SelfCheckDocument, period: Period, now: Date): StartRoundResult {
  // A round never started (no answer yet) is the current year's, begun implicitly: keep it as the earlier round.
  const rounds = doc.rounds.length > 0 ? doc.rounds : [currentRound(doc, now)];
  if (rounds.some((round) => samePeriod(round.period, period))) return { ok: false, problem: 'period-exists' };
  return { ok: true, document: { ...doc, rounds: [...rounds, newRound(period, now)] } };
}

/** The later of two entries; on a tie, a fixed order so every tab picks the same one. */
function later<E extends { at: string }>(a: E | undefined, b: E | undefined): E | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeEntries<E extends { at: string }>(a: Record<string, E>, b: Record<string, E>, after: string): Record<string, E> {
  const merged: Record<string, E> = { ...a };
  for (const [key, entry] of Object.entries(b)) {
    // Own entries only: an id such as "constructor" must not meet Object.prototype's.
    if (entry.at > after) merged[key] = later(Object.hasOwn(merged, key) ? merged[key] : undefined, entry)!;
  }
  return merged;
}

const maxStamp = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/**
 * Joins two copies of the document, entry by entry: for each answer and each note the latest change wins,
 * an erased note included. A copy that replaced the document later (an import) is taken whole, keeping from
 * the other only what changed after that replacement. The result is the same whichever copy is `local`.
 */
export function mergeDocuments(local: SelfCheckDocument, incoming: SelfCheckDocument): SelfCheckDocument {
  const localReplaced = local.replacedAt ?? '';
  const incomingReplaced = incoming.replacedAt ?? '';
  const [base, other] = localReplaced >= incomingReplaced ? [local, incoming] : [incoming, local];
  // Entries of `other` count only when newer than base's replacement ('' when neither was replaced).
  const after = localReplaced === incomingReplaced ? '' : (base.replacedAt ?? '');
  const rounds = base.rounds.map((round) => ({ ...round }));
  for (const theirs of other.rounds) {
    const index = rounds.findIndex((round) => samePeriod(round.period, theirs.period));
    if (index === -1) {
      const answers = mergeEntries({}, theirs.answers, after);
      const notes = mergeEntries({}, theirs.notes, after);
      if (theirs.startedAt > after || Object.keys(answers).length + Object.keys(notes).length > 0) {
        rounds.push({ ...theirs, answers, notes });
      }
      continue;
    }
    const mine = rounds[index]!;
    rounds[index] = {
      period: mine.period,
      startedAt: mine.startedAt < theirs.startedAt ? mine.startedAt : theirs.startedAt,
      updatedAt: maxStamp(mine.updatedAt, theirs.updatedAt)!,
      answers: mergeEntries(mine.answers, theirs.answers, after),
      notes: mergeEntries(mine.notes, theirs.notes, after),
    };
  }
  // Order of creation, with a fixed tie-break, so both tabs list the rounds alike.
  rounds.sort((a, b) => (a.startedAt === b.startedAt ? periodKey(a.period).localeCompare(periodKey(b.period)) : a.startedAt < b.startedAt ? -1 : 1));
  const merged: SelfCheckDocument = { kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, rounds };
  const seen = maxStamp(local.storageNoticeSeenAt, incoming.storageNoticeSeenAt);
  if (seen) merged.storageNoticeSeenAt = seen;
  const replaced = maxStamp(local.replacedAt, incoming.replacedAt);
  if (replaced) merged.replacedAt = replaced;
  return merged;
}

/** How many answers and notes differ between two copies (value or time), plus rounds only one of them has. */
export function countDifferences(a: SelfCheckDocument, b: SelfCheckDocument): number {
  let count = 0;
  const sameEntry = (x: { at: string } | undefined, y: { at: string } | undefined) => JSON.stringify(x) === JSON.stringify(y);
  for (const round of a.rounds) {
    const other = b.rounds.find((candidate) => samePeriod(candidate.period, round.period));
    const countIn = (mine: Record<string, { at: string }>, theirs: Record<string, { at: string }>) => {
      for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) if (!sameEntry(mine[key], theirs[key])) count += 1;
    };
    if (!other) {
      count += Math.max(1, Object.keys(round.answers).length + Object.keys(round.notes).length);
      continue;
    }
    countIn(round.answers, other.answers);
    countIn(round.notes, other.notes);
  }
  for (const round of b.rounds) {
    if (!a.rounds.some((candidate) => samePeriod(candidate.period, round.period))) {
      count += Math.max(1, Object.keys(round.answers).length + Object.keys(round.notes).length);
    }
  }
  return count;
}

export function markStorageNoticeSeen(doc: SelfCheckDocument, now: Date): SelfCheckDocument {
  return { ...doc, storageNoticeSeenAt: now.toISOString() };
}

/** The document as read from an import, marked as replacing whatever any tab holds from before `now`. */
export function asReplacement(doc: SelfCheckDocument, now: Date): SelfCheckDocument {
  return { ...doc, replacedAt: now.toISOString() };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function invalid(detail: string): ParseResult {
  return { ok: false, problem: 'invalid', detail };
}

function readPeriod(value: unknown): Period | undefined {
  if (!isRecord(value)) return undefined;
  const { year, half } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2200) return undefined;
  if (half === undefined) return { year };
  if (half === 1 || half === 2) return { year, half };
  return undefined;
}

function readAnswers(value: unknown): Record<string, AnswerEntry> | undefined {
  if (!isRecord(value)) return undefined;
  const answers: Record<string, AnswerEntry> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!ITEM_ID.test(id) || !isRecord(entry)) return undefined;
    const { answer, at } = entry;
    if (!isAnswer(answer) || !isTimestamp(at)) return undefined;
    // One form for every time (as toISOString writes it), so times compare as text wherever they meet.
    answers[id] = { answer, at: new Date(at).toISOString() };
  }
  return answers;
}

function readNotes(value: unknown): Record<string, NoteEntry> | undefined {
  if (!isRecord(value)) return undefined;
  const notes: Record<string, NoteEntry> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!NOTE_KEY.test(key) || !isRecord(entry)) return undefined;
    const { text, at } = entry;
    if (typeof text !== 'string' || !isTimestamp(at)) return undefined;
    notes[key] = { text, at: new Date(at).toISOString() };
  }
  return notes;
}

function readRound(value: unknown): Round | undefined {
  if (!isRecord(value)) return undefined;
  const period = readPeriod(value.period);
  const answers = readAnswers(value.answers);
  const notes = readNotes(value.notes);
  if (!period || !answers || !notes || !isTimestamp(value.startedAt) || !isTimestamp(value.updatedAt)) return undefined;
  return { period, startedAt: value.startedAt, updatedAt: value.updatedAt, answers, notes };
}

function validateCurrent(value: Record<string, unknown>): ParseResult {
  if (!Array.isArray(value.rounds)) return invalid('rounds');
  const rounds: Round[] = [];
  for (const [index, entry] of value.rounds.entries()) {
    const round = readRound(entry);
    // The detail names the round only: it is for whoever debugs a file, never shown to the member.
    if (!round || rounds.some((earlier) => samePeriod(earlier.period, round.period))) return invalid(`round ${index}`);
    rounds.push(round);
  }
  const document: SelfCheckDocument = { kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, rounds };
  for (const field of ['storageNoticeSeenAt', 'replacedAt'] as const) {
    if (value[field] === undefined) continue;
    if (!isTimestamp(value[field])) return invalid(field);
    document[field] = value[field];
  }
  return { ok: true, document };
}

/**
 * Version 1 kept a single assessment for one year, without rounds:
 * { kind, schemaVersion: 1, year, startedAt, updatedAt, answers, notes }.
 */
function migrateFromVersion1(value: Record<string, unknown>): Record<string, unknown> {
  const { year, startedAt, updatedAt, answers, notes, ...rest } = value;
  return { ...rest, schemaVersion: 2, rounds: [{ period: { year }, startedAt, updatedAt, answers, notes }] };
}

/**
 * Version 2 kept bare values (answers: { "4a": "co" }, notes: { "4": "…" }). Version 3 stamps each entry with
 * the time it changed, so the latest change wins across tabs; a version 2 entry takes its round's updatedAt.
 */
function migrateFromVersion2(value: Record<string, unknown>): Record<string, unknown> {
  const stamp = (entries: unknown, at: unknown, field: 'answer' | 'text') =>
    isRecord(entries) ? Object.fromEntries(Object.entries(entries).map(([key, v]) => [key, { [field]: v, at }])) : entries;
  const rounds = Array.isArray(value.rounds)
    ? value.rounds.map((round: unknown) =>
        isRecord(round)
          ? { ...round, answers: stamp(round.answers, round.updatedAt, 'answer'), notes: stamp(round.notes, round.updatedAt, 'text') }
          : round,
      )
    : value.rounds;
  return { ...value, schemaVersion: 3, rounds };
}

const MIGRATIONS: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateFromVersion1,
  2: migrateFromVersion2,
  // The same format (see SAME_FORMAT_SINCE).
  3: (value) => value,
};

/** Checks any value against the current format, migrating an earlier version first. */
export function validateDocument(value: unknown): ParseResult {
  if (!isRecord(value) || value.kind !== DOCUMENT_KIND) {
    return { ok: false, problem: 'not-self-check', detail: 'kind' };
  }
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid('schemaVersion');
  if (version > SCHEMA_VERSION) {
    return { ok: false, problem: 'newer-version', detail: 'schemaVersion', version };
  }
  let migrated = value;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return invalid('schemaVersion');
    migrated = step(migrated);
  }
  const result = validateCurrent(migrated);
  return result.ok && version < SAME_FORMAT_SINCE ? { ...result, migratedFrom: version } : result;
}

export function parseDocument(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: String(error) };
  }
  return validateDocument(value);
}

const sortedKeys = <V>(record: Record<string, V>): Record<string, V> =>
  Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));

/** Canonical text: fixed field order and sorted keys, so equal documents give equal text (saves compare text). */
export function serializeDocument(doc: SelfCheckDocument, indent?: number): string {
  const needsLatest = doc.rounds.some((round) => Object.values(round.answers).some((entry) => entry.answer === NOT_APPLICABLE));
  const canonical = {
    kind: doc.kind,
    schemaVersion: needsLatest ? SCHEMA_VERSION : SAME_FORMAT_SINCE,
    rounds: doc.rounds.map((round) => ({
      period: round.period.half ? { year: round.period.year, half: round.period.half } : { year: round.period.year },
      startedAt: round.startedAt,
      updatedAt: round.updatedAt,
      answers: sortedKeys(Object.fromEntries(Object.entries(round.answers).map(([id, e]) => [id, { answer: e.answer, at: e.at }]))),
      notes: sortedKeys(Object.fromEntries(Object.entries(round.notes).map(([key, e]) => [key, { text: e.text, at: e.at }]))),
    })),
  };
  return JSON.stringify(
    { ...canonical, storageNoticeSeenAt: doc.storageNoticeSeenAt || undefined, replacedAt: doc.replacedAt || undefined },
    null,
    indent,
  );
}

/** What a document holds, to say what an import brings and what it would replace. */
export function contentCount(doc: SelfCheckDocument): { rounds: number; answers: number; notes: number } {
  let answers = 0;
  let notes = 0;
  for (const round of doc.rounds) {
    answers += Object.keys(round.answers).length;
    notes += Object.values(round.notes).filter((note) => note.text !== '').length;
  }
  return { rounds: doc.rounds.length, answers, notes };
}
