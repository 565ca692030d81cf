// The counting group's state: the tally document on the generic storage layer (persisted-document.ts),
// and the undo steps of this visit. Kept in this browser only; nothing is sent anywhere.
import { atom } from 'nanostores';
import {
  addBallot,
  addMember,
  correctBallot,
  countTallyDifferences,
  createCount,
  emptyTally,
  mergeTallies,
  parseTally,
  removeBallot,
  removeCount,
  removeMember,
  renameMember,
  serializeTally,
  setConclusion,
  setGroup,
  undoStep,
  type Applied,
  type ConclusionChange,
  type ConclusionInput,
  type CreateCountResult,
  type MemberChange,
  type Period,
  type TallyDocument,
  type UndoStep,
} from '../lib/tally/count.ts';
import { createPersistedDocument, setAsidePrefix, type DocumentCodec, type PersistedDocument } from './persisted-document.ts';

export const TALLY_STORAGE_KEY = 'nq4-kiem-phieu';
export const TALLY_SET_ASIDE_PREFIX = setAsidePrefix(TALLY_STORAGE_KEY);

export const tallyCodec: DocumentCodec<TallyDocument> = {
  key: TALLY_STORAGE_KEY,
  empty: emptyTally,
  // Strict: a value with unreadable entries is only taken after recoverStored() has copied it aside.
  parse(raw) {
    const parsed = parseTally(raw);
    if (parsed.ok && parsed.dropped > 0) return { ok: false, problem: 'damaged' };
    return parsed.ok ? { ok: true, value: parsed.value, ...(parsed.migrated ? { migrated: true } : {}) } : parsed;
  },
  serialize: serializeTally,
  merge: mergeTallies,
  countDifferences: countTallyDifferences,
};

/** What the last action was, in words the page can show next to "Hoàn tác". */
export interface UndoEntry {
  step: UndoStep;
  label: string;
}

export const $undo = atom<UndoEntry[]>([]);

/** Set when the stored tally had unreadable entries: the good ones were kept, the whole text copied aside. */
export interface Recovery {
  setAsideKey: string;
  dropped: number;
}

export const $recovered = atom<Recovery | undefined>(undefined);

let tally: PersistedDocument<TallyDocument> | undefined;

type OpenOptions = Parameters<typeof createPersistedDocument>[1];

function pageStorage(storage: Storage | null | undefined): Storage | null {
  if (storage !== undefined) return storage;
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * A stored tally some of whose entries cannot be read: copies the whole text aside first, then writes back
 * what could be read. When the copy cannot be made, nothing is touched (the storage layer then leaves it alone).
 */
function recoverStored(storage: Storage | null, now: number): Recovery | undefined {
  if (!storage) return undefined;
  try {
    const raw = storage.getItem(TALLY_STORAGE_KEY);
    if (raw === null) return undefined;
    const parsed = parseTally(raw);
    if (!parsed.ok || parsed.dropped === 0) return undefined;
    const key = `${TALLY_SET_ASIDE_PREFIX}${new Date(now).toISOString()}`;
    storage.setItem(key, raw);
    if (storage.getItem(key) !== raw) return undefined;
    storage.setItem(TALLY_STORAGE_KEY, serializeTally(parsed.value));
    return { setAsideKey: key, dropped: parsed.dropped };
  } catch {
    return undefined;
  }
}

/** Opens the stored tally; tests pass their own storage. Returns the persisted document. */
export function initTally(options: OpenOptions = {}): PersistedDocument<TallyDocument> {
  tally?.dispose();
  $recovered.set(options.memoryOnly ? undefined : recoverStored(pageStorage(options.storage), (options.now ?? Date.now)()));
  tally = createPersistedDocument(tallyCodec, options);
  $undo.set([]);
  return tally;
}

function current(): PersistedDocument<TallyDocument> {
  if (!tally) throw new Error('initTally() first');
  return tally;
}

/** A new id, unique enough across tabs and reloads: time plus randomness. */
export function newId(now = Date.now()): string {
  const random = globalThis.crypto?.getRandomValues ? globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! : Math.floor(Math.random() * 2 ** 32);
  return `${now.toString(36)}-${random.toString(36)}`;
}

export type StartResult = { ok: true; id: string } | Extract<CreateCountResult, { ok: false }>;

export function startCount(unit: string, period: Period, names: readonly string[]): StartResult {
  let result: CreateCountResult = { ok: false, problem: 'no-unit' };
  const id = newId();
  const members = names.map((name) => ({ id: newId(), name }));
  current().update((doc) => {
    result = createCount(doc, { id, unit, period, now: new Date(), members });
    return result.ok ? result.document : doc;
  });
  const done = result as CreateCountResult;
  return done.ok ? { ok: true, id } : done;
}

/** Applies an action to the document as it is now (another tab's changes included); the outcome says what happened. */
function act(label: string, apply: (doc: TallyDocument) => Applied): Applied {
  let outcome: Applied = { ok: false, problem: 'gone' };
  current().update((doc) => {
    outcome = apply(doc);
    return outcome.ok ? outcome.document : doc;
  });
  const done = outcome as Applied;
  if (done.ok) $undo.set([...$undo.get(), { step: done.undo, label }].slice(-50));
  return done;
}

/** Records a ballot about a member; returns the outcome (the member may have been removed in another tab). */
export function enterBallot(countId: string, memberId: string, marked: readonly string[], label: string): Applied {
  const id = newId();
  return act(label, (doc) => addBallot(doc, countId, { id, memberId, marked, now: new Date() }));
}

export function correctEnteredBallot(countId: string, ballotId: string, marked: readonly string[], label: string): Applied {
  return act(label, (doc) => correctBallot(doc, countId, ballotId, marked, new Date()));
}

export function removeEnteredBallot(countId: string, ballotId: string, label: string): Applied {
  return act(label, (doc) => removeBallot(doc, countId, ballotId, new Date()));
}

export type UndoOutcome = { ok: true; label: string } | { ok: false; problem: 'nothing' | 'changed' | 'gone'; label?: string };

/**
 * Undoes the last action of this visit. When the ballot changed meanwhile (another tab corrected or removed it),
 * nothing is changed and the step is dropped, so the page can say so instead of undoing someone's correction.
 */
export function undoLast(): UndoOutcome {
  const stack = $undo.get();
  const last = stack[stack.length - 1];
  if (!last) return { ok: false, problem: 'nothing' };
  let outcome: UndoOutcome = { ok: true, label: last.label };
  current().update((doc) => {
    const undone = undoStep(doc, last.step, new Date());
    if (undone.ok) return undone.document;
    outcome = { ok: false, problem: undone.problem, label: last.label };
    return doc;
  });
  $undo.set(stack.slice(0, -1));
  return outcome;
}

export function writeGroup(countId: string, group: string): void {
  current().update((doc) => setGroup(doc, countId, group, new Date()));
}

function change<T extends { ok: boolean }>(apply: (doc: TallyDocument) => T & ({ ok: true; document: TallyDocument } | { ok: false })): T {
  let outcome!: T;
  current().update((doc) => {
    const result = apply(doc);
    outcome = result;
    return result.ok ? (result as { document: TallyDocument }).document : doc;
  });
  return outcome;
}

export function addListedMember(countId: string, name: string): MemberChange {
  return change((doc) => addMember(doc, countId, { id: newId(), name, now: new Date() }));
}

export function renameListedMember(countId: string, memberId: string, name: string): MemberChange {
  return change((doc) => renameMember(doc, countId, memberId, name, new Date()));
}

export function removeListedMember(countId: string, memberId: string): MemberChange {
  return change((doc) => removeMember(doc, countId, memberId, new Date()));
}

export function recordConclusion(countId: string, memberId: string, input: ConclusionInput): ConclusionChange {
  return change((doc) => setConclusion(doc, countId, memberId, input, new Date()));
}

export function deleteCount(countId: string): void {
  current().update((doc) => removeCount(doc, countId, new Date()));
  $undo.set($undo.get().filter((entry) => entry.step.countId !== countId));
}
