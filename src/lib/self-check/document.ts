// The self-check's storage document: its format, validation and migration. Pure: no DOM, no Astro.

/** Marks a JSON value as ours, so another site's or app's file is refused on import. */
export const DOCUMENT_KIND = 'nq4-tu-kiem-tra';
export const SCHEMA_VERSION = 2;

export type Answer = 'co' | 'khong';

/** A period of assessment: a whole year, or its first or second half. */
export interface Period {
  year: number;
  half?: 1 | 2;
}

export interface Round {
  period: Period;
  /** ISO timestamps. */
  startedAt: string;
  updatedAt: string;
  /** Keyed by item id ("4a"); ids no longer in the data are kept, never pruned. */
  answers: Record<string, Answer>;
  /** The member's own commitment and remedy, keyed by manifestation number ("4"). */
  notes: Record<string, string>;
}

export interface SelfCheckDocument {
  kind: typeof DOCUMENT_KIND;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Oldest first; the last round is the one being answered, earlier ones are read-only. */
  rounds: Round[];
  /** When the member acknowledged the note on browsers that erase storage (Safari's 7 days). */
  storageNoticeSeenAt?: string;
}

export type ParseProblem = 'not-json' | 'not-self-check' | 'newer-version' | 'invalid';

export type ParseResult =
  | { ok: true; document: SelfCheckDocument; migratedFrom?: number }
  | { ok: false; problem: ParseProblem; detail: string; version?: number };

const ITEM_ID = /^[0-9a-z-]{1,16}$/;
const NOTE_KEY = /^[0-9]{1,3}$/;

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && (a.half ?? 0) === (b.half ?? 0);
}

export function newRound(period: Period, now: Date): Round {
  const stamp = now.toISOString();
  return { period, startedAt: stamp, updatedAt: stamp, answers: {}, notes: {} };
}

/** A fresh document with one round for the current year. */
export function emptyDocument(now: Date): SelfCheckDocument {
  return { kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, rounds: [newRound({ year: now.getFullYear() }, now)] };
}

export function currentRound(doc: SelfCheckDocument): Round {
  // Validation guarantees at least one round.
  return doc.rounds[doc.rounds.length - 1]!;
}

function withCurrentRound(doc: SelfCheckDocument, change: (round: Round) => Round): SelfCheckDocument {
  const rounds = doc.rounds.slice();
  rounds[rounds.length - 1] = change(currentRound(doc));
  return { ...doc, rounds };
}

export function setAnswer(doc: SelfCheckDocument, itemId: string, answer: Answer, now: Date): SelfCheckDocument {
  return withCurrentRound(doc, (round) => ({
    ...round,
    updatedAt: now.toISOString(),
    answers: { ...round.answers, [itemId]: answer },
  }));
}

/** An empty note is removed, so the document holds only what the member wrote. */
export function setNote(doc: SelfCheckDocument, manifestationNumber: number, text: string, now: Date): SelfCheckDocument {
  return withCurrentRound(doc, (round) => {
    const notes = { ...round.notes };
    if (text === '') delete notes[String(manifestationNumber)];
    else notes[String(manifestationNumber)] = text;
    return { ...round, updatedAt: now.toISOString(), notes };
  });
}

export type StartRoundResult = { ok: true; document: SelfCheckDocument } | { ok: false; problem: 'period-exists' };

/** Starts a new round; every earlier round stays as it was. */
export function startRound(doc: SelfCheckDocument, period: Period, now: Date): StartRoundResult {
  if (doc.rounds.some((round) => samePeriod(round.period, period))) return { ok: false, problem: 'period-exists' };
  return { ok: true, document: { ...doc, rounds: [...doc.rounds, newRound(period, now)] } };
}

/**
 * Joins a document another tab has just written with this tab's copy. Within a round, answers are only ever
 * added or changed (erasing or importing clears the document first), so an answer missing from the incoming
 * copy was written here before the other tab saw it: keep it. Where both hold a value, the incoming one wins.
 */
export function mergeDocuments(incoming: SelfCheckDocument, local: SelfCheckDocument): SelfCheckDocument {
  const rounds = incoming.rounds.map((round) => {
    const mine = local.rounds.find((candidate) => samePeriod(candidate.period, round.period));
    if (!mine) return round;
    return {
      ...round,
      updatedAt: mine.updatedAt > round.updatedAt ? mine.updatedAt : round.updatedAt,
      answers: { ...mine.answers, ...round.answers },
      notes: { ...mine.notes, ...round.notes },
    };
  });
  // A round only this tab holds is kept if it holds something; an untouched fresh round carries nothing to keep.
  const holdsSomething = (round: Round) => Object.keys(round.answers).length > 0 || Object.keys(round.notes).length > 0;
  const localOnly = local.rounds.filter(
    (round) => holdsSomething(round) && !incoming.rounds.some((other) => samePeriod(other.period, round.period)),
  );
  const merged: SelfCheckDocument = { ...incoming, rounds: [...rounds, ...localOnly] };
  const seen = incoming.storageNoticeSeenAt ?? local.storageNoticeSeenAt;
  if (seen) merged.storageNoticeSeenAt = seen;
  return merged;
}

export function markStorageNoticeSeen(doc: SelfCheckDocument, now: Date): SelfCheckDocument {
  return { ...doc, storageNoticeSeenAt: now.toISOString() };
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

function readAnswers(value: unknown): Record<string, Answer> | undefined {
  if (!isRecord(value)) return undefined;
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(value)) {
    if (!ITEM_ID.test(id) || (answer !== 'co' && answer !== 'khong')) return undefined;
    answers[id] = answer;
  }
  return answers;
}

function readNotes(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const notes: Record<string, string> = {};
  for (const [key, note] of Object.entries(value)) {
    if (!NOTE_KEY.test(key) || typeof note !== 'string') return undefined;
    notes[key] = note;
  }
  return notes;
}

function readRound(value: unknown, index: number): Round | string {
  if (!isRecord(value)) return `round ${index} is not an object`;
  const period = readPeriod(value.period);
  if (!period) return `round ${index} has no valid period`;
  if (!isTimestamp(value.startedAt) || !isTimestamp(value.updatedAt)) return `round ${index} has invalid timestamps`;
  const answers = readAnswers(value.answers);
  if (!answers) return `round ${index} has invalid answers`;
  const notes = readNotes(value.notes);
  if (!notes) return `round ${index} has invalid notes`;
  return { period, startedAt: value.startedAt, updatedAt: value.updatedAt, answers, notes };
}

function validateCurrent(value: Record<string, unknown>): ParseResult {
  if (!Array.isArray(value.rounds) || value.rounds.length === 0) return invalid('rounds must be a non-empty list');
  const rounds: Round[] = [];
  for (const [index, entry] of value.rounds.entries()) {
    const round = readRound(entry, index);
    if (typeof round === 'string') return invalid(round);
    if (rounds.some((earlier) => samePeriod(earlier.period, round.period))) return invalid(`round ${index} repeats a period`);
    rounds.push(round);
  }
  const document: SelfCheckDocument = { kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, rounds };
  if (value.storageNoticeSeenAt !== undefined) {
    if (!isTimestamp(value.storageNoticeSeenAt)) return invalid('storageNoticeSeenAt is not a timestamp');
    document.storageNoticeSeenAt = value.storageNoticeSeenAt;
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

const MIGRATIONS: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateFromVersion1,
};

/** Checks any value against the current format, migrating an earlier version first. */
export function validateDocument(value: unknown): ParseResult {
  if (!isRecord(value) || value.kind !== DOCUMENT_KIND) {
    return { ok: false, problem: 'not-self-check', detail: 'not a self-check document' };
  }
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid('schemaVersion is missing');
  if (version > SCHEMA_VERSION) {
    return { ok: false, problem: 'newer-version', detail: `schema version ${version} is newer than ${SCHEMA_VERSION}`, version };
  }
  let migrated = value;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return invalid(`no migration from version ${from}`);
    migrated = step(migrated);
  }
  const result = validateCurrent(migrated);
  return result.ok && version < SCHEMA_VERSION ? { ...result, migratedFrom: version } : result;
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

export function serializeDocument(doc: SelfCheckDocument): string {
  return JSON.stringify(doc);
}
