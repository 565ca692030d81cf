// The counting group's state: the tally document on the generic storage layer (persisted-document.ts),
// and the undo steps of this visit. Kept in this browser only; nothing is sent anywhere.
import { atom } from 'nanostores';
import {
  addBallot,
  correctBallot,
  countTallyDifferences,
  createCount,
  emptyTally,
  mergeTallies,
  parseTally,
  removeBallot,
  removeCount,
  serializeTally,
  setMembers,
  undoStep,
  type Applied,
  type CreateCountResult,
  type Period,
  type TallyDocument,
  type UndoStep,
} from '../lib/tally/count.ts';
import { createPersistedDocument, type DocumentCodec, type PersistedDocument } from './persisted-document.ts';

export const TALLY_STORAGE_KEY = 'nq4-kiem-phieu';

export const tallyCodec: DocumentCodec<TallyDocument> = {
  key: TALLY_STORAGE_KEY,
  empty: emptyTally,
  parse: parseTally,
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

let tally: PersistedDocument<TallyDocument> | undefined;

/** Opens the stored tally; tests pass their own storage. Returns the persisted document. */
export function initTally(options: Parameters<typeof createPersistedDocument>[1] = {}): PersistedDocument<TallyDocument> {
  tally?.dispose();
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

export function startCount(unit: string, period: Period): CreateCountResult {
  let result: CreateCountResult = { ok: false, problem: 'no-unit' };
  current().update((doc) => {
    result = createCount(doc, { id: newId(), unit, period, now: new Date() });
    return result.ok ? result.document : doc;
  });
  return result;
}

function act(label: string, apply: (doc: TallyDocument) => Applied): void {
  let step: UndoStep | undefined;
  current().update((doc) => {
    const applied = apply(doc);
    step = applied.undo;
    return applied.document;
  });
  if (step) $undo.set([...$undo.get(), { step, label }].slice(-50));
}

/** Records a ballot; returns its id. */
export function enterBallot(countId: string, marked: readonly string[], label: string): string {
  const id = newId();
  act(label, (doc) => addBallot(doc, countId, { id, marked, now: new Date() }));
  return id;
}

export function correctEnteredBallot(countId: string, ballotId: string, marked: readonly string[], label: string): void {
  act(label, (doc) => correctBallot(doc, countId, ballotId, marked, new Date()));
}

export function removeEnteredBallot(countId: string, ballotId: string, label: string): void {
  act(label, (doc) => removeBallot(doc, countId, ballotId, new Date()));
}

/** Undoes the last action of this visit; returns its label, or undefined when there is none. */
export function undoLast(): string | undefined {
  const stack = $undo.get();
  const last = stack[stack.length - 1];
  if (!last) return undefined;
  current().update((doc) => undoStep(doc, last.step, new Date()));
  $undo.set(stack.slice(0, -1));
  return last.label;
}

export function writeMembers(countId: string, members: string): void {
  current().update((doc) => setMembers(doc, countId, members, new Date()));
}

export function deleteCount(countId: string): void {
  current().update((doc) => removeCount(doc, countId, new Date()));
  $undo.set($undo.get().filter((entry) => entry.step.countId !== countId));
}
