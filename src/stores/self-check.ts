// The self-check's state: its document persisted through persisted-document (latest change wins per answer
// and per note, nothing lost on a failed save), and the actions every part of the island receives.
import type { ReadableAtom } from 'nanostores';
import {
  STORAGE_KEY,
  asReplacement,
  countDifferences,
  emptyDocument,
  markStorageNoticeSeen,
  mergeDocuments,
  parseDocument,
  serializeDocument,
  setAnswer,
  setNote,
  startRound,
  type Answer,
  type Period,
  type SelfCheckDocument,
} from '../lib/self-check/document.ts';
import { exportFileName, exportText, keepKnownEntries, parseImport, type ImportResult } from '../lib/self-check/transfer.ts';
import type { CheckManifestation } from '../lib/self-check/scoring.ts';
import { clampFutureTimes, createPersistedDocument, type DocumentCodec, type EraseOutcome, type PersistedStatus } from './persisted-document.ts';

/** A backup file as read: what it keeps, what it leaves out, and how many of its times were ahead of this device's clock. */
export type ReadImportResult =
  | Exclude<ImportResult, { ok: true }>
  | { ok: true; document: SelfCheckDocument; droppedAnswers: number; droppedNotes: number; futureTimes: number };

export const selfCheckCodec: DocumentCodec<SelfCheckDocument> = {
  key: STORAGE_KEY,
  empty: emptyDocument,
  parse(raw) {
    const parsed = parseDocument(raw);
    if (parsed.ok) return { ok: true, value: parsed.document, migrated: parsed.migratedFrom !== undefined };
    return { ok: false, problem: parsed.problem === 'newer-version' ? 'newer' : 'damaged' };
  },
  serialize: (doc) => serializeDocument(doc),
  merge: mergeDocuments,
  countDifferences,
};

export interface SelfCheckActions {
  answer(itemId: string, answer: Answer): void;
  writeNote(manifestationNumber: number, text: string): void;
  /** False when a round for that period already exists. */
  beginRound(period: Period): boolean;
  acknowledgeStorageNotice(): void;
  /** The backup file's name and text. */
  exportDocument(): { fileName: string; text: string };
  /**
   * Reads a backup file's text without changing anything: keeps only answers and notes of these manifestations'
   * items, and sets times later than now to now.
   */
  readImport(text: string, manifestations: CheckManifestation[]): ReadImportResult;
  /** Replaces everything with a document read by readImport; false when storage refused (the old data stays). */
  replaceWith(doc: SelfCheckDocument): boolean;
  /** Erases the document and every set-aside copy, whether or not the member is saving; says what is left. */
  eraseAll(): EraseOutcome;
  /** "Làm mà không lưu": nothing is written from now on (true), or saving resumes (false). */
  setMemoryOnly(on: boolean): void;
  /** Retries a save that failed. */
  flush(): void;
  setAsideKeys(): string[];
  readSetAside(key: string): string | null;
  /** False when storage refused. */
  discardSetAside(key: string): boolean;
}

export interface SelfCheckStore {
  $document: ReadableAtom<SelfCheckDocument>;
  $status: ReadableAtom<PersistedStatus>;
  actions: SelfCheckActions;
  dispose(): void;
}

/** Where the browser offers it, asks it not to evict our storage. */
function askForPersistence(): void {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return;
  manager
    .persisted()
    .then((already) => (already ? true : manager.persist()))
    .catch(() => false);
}

export function openSelfCheckStore(options: { storage?: Storage | null; memoryOnly?: boolean; now?: () => number } = {}): SelfCheckStore {
  const clock = options.now ?? Date.now;
  let last = 0;
  /** Strictly increasing within the page, so two quick changes never share a time and the later one wins. */
  const now = () => {
    last = Math.max(clock(), last + 1);
    return new Date(last);
  };
  /** "Now" for times from outside: never before this page's own last time, which the next change then passes. */
  const latest = () => (last = Math.max(clock(), last));
  const persisted = createPersistedDocument(selfCheckCodec, { ...options, now: latest });
  let persistenceAsked = false;

  const change = (fn: (doc: SelfCheckDocument) => SelfCheckDocument) => {
    persisted.update(fn);
    // Asked on the member's own action, since some browsers show a prompt.
    if (!persistenceAsked && persisted.$status.get().state === 'saved') {
      persistenceAsked = true;
      askForPersistence();
    }
  };

  const actions: SelfCheckActions = {
    answer: (itemId, answer) => change((doc) => setAnswer(doc, itemId, answer, now())),
    writeNote: (manifestationNumber, text) => change((doc) => setNote(doc, manifestationNumber, text, now())),
    beginRound(period) {
      const result = startRound(persisted.$document.get(), period, now());
      if (!result.ok) return false;
      change((doc) => {
        const fresh = startRound(doc, period, now());
        return fresh.ok ? fresh.document : doc;
      });
      return true;
    },
    acknowledgeStorageNotice: () => change((doc) => markStorageNoticeSeen(doc, now())),
    exportDocument: () => ({ fileName: exportFileName(now()), text: exportText(persisted.$document.get()) }),
    readImport(text, manifestations) {
      const read = parseImport(text);
      if (!read.ok) return read;
      const kept = keepKnownEntries(read.document, manifestations);
      const clamped = clampFutureTimes(kept.document, latest());
      return { ...kept, ok: true, document: clamped.value, futureTimes: clamped.changed };
    },
    replaceWith: (doc) => persisted.replace(asReplacement(doc, now())),
    // The storage layer's own operations, passed on as they are (its functions do not use `this`).
    eraseAll: persisted.eraseWithOutcome,
    setMemoryOnly: persisted.setMemoryOnly,
    flush: persisted.flush,
    setAsideKeys: persisted.setAsideKeys,
    readSetAside: persisted.readSetAside,
    discardSetAside: persisted.removeSetAside,
  };
  return { $document: persisted.$document, $status: persisted.$status, actions, dispose: persisted.dispose };
}
