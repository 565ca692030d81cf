// The only code that touches localStorage for the self-check: every failure becomes a value, never a throw.
import { serializeDocument, type SelfCheckDocument } from '../lib/self-check/document.ts';

export const STORAGE_KEY = 'nq4-tu-kiem-tra';
/** A damaged value is copied to this prefix plus a timestamp, so it is never lost. */
export const SET_ASIDE_PREFIX = 'nq4-tu-kiem-tra.hong.';

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

export interface SelfCheckStorage {
  /** The stored text; null when nothing is stored, undefined when storage cannot be used. */
  read(): string | null | undefined;
  save(doc: SelfCheckDocument): SaveOutcome;
  /** Copies a value the page cannot read to a key of its own; returns that key, or undefined if the copy failed. */
  setAside(raw: string, now: Date): string | undefined;
  /** Removes the document only, keeping set-aside copies; false when storage refused. */
  removeDocument(): boolean;
  /** Removes the document and every set-aside copy; false when storage refused. */
  erase(): boolean;
  setAsideKeys(): string[];
  readSetAside(key: string): string | null;
  removeSetAside(key: string): boolean;
  /** Calls back with the new raw value when another tab changes the document. */
  onExternalChange(callback: (raw: string | null) => void): () => void;
}

function isQuotaError(error: unknown): boolean {
  // Duck-typed: a DOMException from another realm (or a test double) fails instanceof.
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Reading window.localStorage itself throws where storage is disabled. */
function getLocalStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** `source` defaults to the page's localStorage; tests pass a stand-in. */
export function openSelfCheckStorage(source: () => Storage | undefined = getLocalStorage): SelfCheckStorage {
  const store = source;

  const read = (key: string): string | null | undefined => {
    const storage = store();
    if (!storage) return undefined;
    try {
      return storage.getItem(key);
    } catch {
      return undefined;
    }
  };

  const write = (key: string, value: string): SaveOutcome => {
    const storage = store();
    if (!storage) return 'unavailable';
    try {
      storage.setItem(key, value);
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  };

  const remove = (key: string): boolean => {
    try {
      const storage = store();
      if (!storage) return false;
      storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  };

  const setAsideKeys = (): string[] => {
    try {
      const storage = store();
      if (!storage) return [];
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
      }
      return keys.sort();
    } catch {
      return [];
    }
  };

  return {
    read: () => read(STORAGE_KEY),
    setAside(raw, now) {
      const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
      return write(key, raw) === 'saved' && read(key) === raw ? key : undefined;
    },
    save: (doc) => write(STORAGE_KEY, serializeDocument(doc)),
    removeDocument: () => remove(STORAGE_KEY),
    erase() {
      let ok = remove(STORAGE_KEY);
      for (const key of setAsideKeys()) ok = remove(key) && ok;
      return ok;
    },
    setAsideKeys,
    readSetAside: (key) => read(key) ?? null,
    removeSetAside: remove,
    onExternalChange(callback) {
      if (typeof window === 'undefined') return () => {};
      const listener = (event: StorageEvent) => {
        // key null means another tab cleared all storage of this site.
        if (event.key === STORAGE_KEY || event.key === null) callback(event.key === null ? null : event.newValue);
      };
      window.addEventListener('storage', listener);
      return () => window.removeEventListener('storage', listener);
    },
  };
}
