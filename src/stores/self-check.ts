// The self-check's state: the document in a nanostore, kept in step with localStorage and other tabs.
// A small custom adapter, not @nanostores/persistent: that one drops unreadable values and
// swallows write errors, while the contract needs set-aside copies and a message for each failure.
import { atom } from 'nanostores';
import {
  emptyDocument,
  markStorageNoticeSeen,
  mergeDocuments,
  parseDocument,
  setAnswer,
  setNote,
  startRound,
  type Answer,
  type ParseProblem,
  type Period,
  type SelfCheckDocument,
} from '../lib/self-check/document.ts';
import { exportFileName, exportText, parseImport, type ImportResult } from '../lib/self-check/transfer.ts';
import { openSelfCheckStorage, type SaveOutcome, type SelfCheckStorage } from './self-check-storage.ts';

export type StorageProblem =
  /** localStorage missing, disabled or refusing. */
  | 'unavailable'
  /** The last change could not be written: storage is full. */
  | 'full'
  /** The stored value could not be read; a copy was set aside and a fresh document started. */
  | 'damaged'
  /** The stored value could not be read, and could not be copied either: it is left untouched. */
  | 'damaged-kept-in-place'
  /** Stored by a newer version of the page: left untouched. */
  | 'newer';

export interface SelfCheckStatus {
  /** False until the stored document has been read in the browser. */
  ready: boolean;
  /** 'storage': each change is written at once; 'memory': changes live on this page only. */
  mode: 'storage' | 'memory';
  problem?: StorageProblem;
  /** Set when the stored document was written by an earlier version and has been converted. */
  migratedFrom?: number;
  setAsideKeys: string[];
}

export const $selfCheck = atom<SelfCheckDocument>(emptyDocument(new Date()));
export const $selfCheckStatus = atom<SelfCheckStatus>({ ready: false, mode: 'memory', setAsideKeys: [] });

let storage: SelfCheckStorage = openSelfCheckStorage();
let persistenceAsked = false;

function patchStatus(patch: Partial<SelfCheckStatus>): void {
  $selfCheckStatus.set({ ...$selfCheckStatus.get(), ...patch });
}

/** Where the browser offers it, asks it not to evict our storage (once per visit). */
function askForPersistence(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return;
  manager
    .persisted()
    .then((already) => (already ? true : manager.persist()))
    .catch(() => false);
}

/** A stored value another tab wrote and this page cannot read: newer, or damaged and left where it is. */
function unreadableProblem(problem: ParseProblem): StorageProblem {
  return problem === 'newer-version' ? 'newer' : 'damaged-kept-in-place';
}

function saveNow(doc: SelfCheckDocument): SaveOutcome {
  const outcome = storage.save(doc);
  if (outcome === 'saved') {
    if ($selfCheckStatus.get().problem === 'full') patchStatus({ problem: undefined });
  } else if (outcome === 'full') {
    patchStatus({ problem: 'full' });
  } else {
    patchStatus({ mode: 'memory', problem: 'unavailable' });
  }
  return outcome;
}

/** Turns a stored value this page cannot use into a status, keeping the value safe. */
function adoptUnreadable(raw: string, problem: 'newer-version' | 'other'): void {
  if (problem === 'newer-version') {
    patchStatus({ mode: 'memory', problem: 'newer' });
    return;
  }
  const key = storage.setAside(raw, new Date());
  if (key) {
    const fresh = emptyDocument(new Date());
    $selfCheck.set(fresh);
    patchStatus({ mode: 'storage', problem: 'damaged', setAsideKeys: storage.setAsideKeys() });
    // The copy is safe, so the unreadable original may now give way to a readable document.
    saveNow(fresh);
  } else {
    patchStatus({ mode: 'memory', problem: 'damaged-kept-in-place' });
  }
}

function loadFromStorage(): void {
  const raw = storage.read();
  const setAsideKeys = storage.setAsideKeys();
  $selfCheck.set(emptyDocument(new Date()));
  if (raw === undefined) {
    $selfCheckStatus.set({ ready: true, mode: 'memory', problem: 'unavailable', setAsideKeys });
    return;
  }
  $selfCheckStatus.set({ ready: true, mode: 'storage', setAsideKeys });
  if (raw === null) return;
  const parsed = parseDocument(raw);
  if (parsed.ok) {
    $selfCheck.set(parsed.document);
    if (parsed.migratedFrom !== undefined) {
      patchStatus({ migratedFrom: parsed.migratedFrom });
      saveNow(parsed.document);
    }
    return;
  }
  adoptUnreadable(raw, parsed.problem === 'newer-version' ? 'newer-version' : 'other');
}

function onExternalChange(raw: string | null): void {
  if ($selfCheckStatus.get().mode !== 'storage') return;
  if (raw === null) {
    $selfCheck.set(emptyDocument(new Date()));
    patchStatus({ setAsideKeys: storage.setAsideKeys() });
    return;
  }
  const parsed = parseDocument(raw);
  if (parsed.ok) {
    // Another tab may have written before it saw this tab's latest answer: keep both.
    const merged = mergeDocuments(parsed.document, $selfCheck.get());
    $selfCheck.set(merged);
    if (JSON.stringify(merged) !== JSON.stringify(parsed.document)) saveNow(merged);
  } else patchStatus({ mode: 'memory', problem: unreadableProblem(parsed.problem) });
}

/** Reads the stored document and follows other tabs; returns the function that stops following. */
export function initSelfCheck(adapter: SelfCheckStorage = openSelfCheckStorage()): () => void {
  storage = adapter;
  persistenceAsked = false;
  loadFromStorage();
  return storage.onExternalChange(onExternalChange);
}

/** Applies a change to the freshest stored document, so another tab's answers are never overwritten. */
function change(apply: (doc: SelfCheckDocument) => SelfCheckDocument): void {
  let base = $selfCheck.get();
  if ($selfCheckStatus.get().mode === 'storage') {
    const raw = storage.read();
    if (typeof raw === 'string') {
      const parsed = parseDocument(raw);
      if (!parsed.ok) {
        // Someone else wrote a value we cannot read: keep it, and keep working on this page only.
        patchStatus({ mode: 'memory', problem: unreadableProblem(parsed.problem) });
        $selfCheck.set(apply(base));
        return;
      }
      base = parsed.document;
    }
  }
  const next = apply(base);
  $selfCheck.set(next);
  // Asked on the member's own action, since some browsers show a prompt.
  if ($selfCheckStatus.get().mode === 'storage' && saveNow(next) === 'saved') askForPersistence();
}

export function answerItem(itemId: string, answer: Answer): void {
  change((doc) => setAnswer(doc, itemId, answer, new Date()));
}

export function writeNote(manifestationNumber: number, text: string): void {
  change((doc) => setNote(doc, manifestationNumber, text, new Date()));
}

/** Returns false when a round for that period already exists. */
export function beginRound(period: Period): boolean {
  const result = startRound($selfCheck.get(), period, new Date());
  if (!result.ok) return false;
  let started = true;
  change((doc) => {
    const fresh = startRound(doc, period, new Date());
    if (fresh.ok) return fresh.document;
    started = false;
    return doc;
  });
  return started;
}

export function acknowledgeStorageNotice(): void {
  change((doc) => markStorageNoticeSeen(doc, new Date()));
}

export function exportDocument(): { fileName: string; text: string } {
  return { fileName: exportFileName(new Date()), text: exportText($selfCheck.get()) };
}

/** Replaces all data with the file's, or changes nothing and says why. */
export function importDocument(text: string): ImportResult {
  const result = parseImport(text);
  if (!result.ok) return result;
  $selfCheck.set(result.document);
  if ($selfCheckStatus.get().mode === 'storage') {
    // Clearing first tells other tabs to start from the file, not to merge their answers into it.
    storage.removeDocument();
    saveNow(result.document);
  }
  return result;
}

/** Erases the document and every set-aside copy; afterwards the page starts afresh. */
export function eraseAll(): void {
  const erased = storage.erase();
  $selfCheck.set(emptyDocument(new Date()));
  if (erased) $selfCheckStatus.set({ ready: true, mode: 'storage', setAsideKeys: [] });
  else patchStatus({ setAsideKeys: storage.setAsideKeys() });
}

export function readSetAside(key: string): string | null {
  return storage.readSetAside(key);
}

export function discardSetAside(key: string): void {
  storage.removeSetAside(key);
  const setAsideKeys = storage.setAsideKeys();
  const { problem } = $selfCheckStatus.get();
  patchStatus({ setAsideKeys, problem: problem === 'damaged' && setAsideKeys.length === 0 ? undefined : problem });
}
