// One JSON document under one localStorage key, kept in step with other tabs, losing nothing.
// Generic: the self-check and the tally both build on it. A codec says how to read, write and merge.
// Rules: the latest change of each entry wins (the codec's merge); changes not yet saved stay in memory
// and win until a save succeeds; a failed write never removes what was stored; a stored value this page
// cannot read is copied aside under another key, never overwritten.
import { atom, type ReadableAtom } from 'nanostores';

export interface DocumentCodec<T> {
  /** The localStorage key. */
  key: string;
  empty(): T;
  /** `migrated` (optional): the value was stored in an earlier format and has been converted. */
  parse(raw: string): { ok: true; value: T; migrated?: boolean } | { ok: false; problem: 'damaged' | 'newer' };
  /** Must be canonical: two equal documents serialize to the same text (it decides whether to write back). */
  serialize(value: T): string;
  /** Per-entry latest-change-wins (timestamps per entry); the same result whichever side is local. */
  merge(local: T, incoming: T): T;
  /** How many entries differ: used to say "N chưa lưu". */
  countDifferences(a: T, b: T): number;
}

export type PersistedState =
  /** Everything on the page is in storage. */
  | 'saved'
  /** Storage refused the last write (usually full): `unsaved` entries live only on this page. */
  | 'unsaved'
  /** The member chose not to save: nothing is read or written. */
  | 'memory-only'
  /** localStorage is missing, disabled or refusing every use. */
  | 'unavailable'
  /** The stored value cannot be read and could not be copied aside: it is left untouched. */
  | 'damaged'
  /** The stored value was written by a newer version of the page: it is left untouched. */
  | 'newer';

export interface PersistedStatus {
  state: PersistedState;
  /** Entries on the page that are not in storage. */
  unsaved: number;
  /** Where an unreadable value was copied this visit (the document then started afresh). */
  setAsideKey?: string;
  /** The stored value was in an earlier format and has been converted. */
  migrated?: boolean;
}

export interface PersistedDocument<T> {
  $document: ReadableAtom<T>;
  $status: ReadableAtom<PersistedStatus>;
  /** Applies a change and saves it (merged with whatever another tab stored meanwhile). */
  update(fn: (doc: T) => T): void;
  /** Import: writes the new document over the old; when the write fails, the old stays and false is returned. */
  replace(next: T): boolean;
  /** Removes the document and every set-aside copy; false when storage refused. */
  erase(): boolean;
  /** Retries a save that failed; also run on the next change and when the page is hidden. */
  flush(): void;
  /** Stops writing and listening (true), or merges with storage and saves again (false). */
  setMemoryOnly(on: boolean): void;
  /** Keys of unreadable values copied aside, this visit or earlier, oldest first. */
  setAsideKeys(): string[];
  readSetAside(key: string): string | null;
  removeSetAside(key: string): boolean;
  dispose(): void;
}

/** Keys under which unreadable values of `key` are copied: the prefix plus an ISO timestamp. */
export function setAsidePrefix(key: string): string {
  return `${key}.hong.`;
}

function isQuotaError(error: unknown): boolean {
  // Duck-typed: a DOMException from another realm (or a test double) fails instanceof.
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Reading window.localStorage itself throws where storage is disabled. */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

type WriteOutcome = 'saved' | 'full' | 'unavailable';

export function createPersistedDocument<T>(
  codec: DocumentCodec<T>,
  options: { storage?: Storage | null; memoryOnly?: boolean; now?: () => number } = {},
): PersistedDocument<T> {
  const storage = options.storage === undefined ? pageStorage() : options.storage;
  const now = options.now ?? Date.now;
  const prefix = setAsidePrefix(codec.key);

  const read = (key: string): string | null | undefined => {
    if (!storage) return undefined;
    try {
      return storage.getItem(key);
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value: string): WriteOutcome => {
    if (!storage) return 'unavailable';
    try {
      storage.setItem(key, value);
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  };
  const remove = (key: string): boolean => {
    if (!storage) return false;
    try {
      storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  };
  const setAsideKeys = (): string[] => {
    if (!storage) return [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) keys.push(key);
      }
      return keys.sort();
    } catch {
      return [];
    }
  };

  const $document = atom<T>(codec.empty());
  const $status = atom<PersistedStatus>({ state: 'saved', unsaved: 0 });
  /** What this page last read from or wrote to storage; null when nothing is stored. */
  let stored: T | null = null;
  /** The raw text behind `stored`, to tell our own write from another tab's. */
  let storedRaw: string | null = null;
  let state: PersistedState = 'saved';
  let setAsideKey: string | undefined;
  let migrated = false;

  const writes = () => state === 'saved' || state === 'unsaved';

  const publish = () => {
    const base = stored ?? codec.empty();
    const unsaved = state === 'saved' ? 0 : codec.countDifferences($document.get(), base);
    const status: PersistedStatus = { state, unsaved };
    if (setAsideKey) status.setAsideKey = setAsideKey;
    if (migrated) status.migrated = true;
    $status.set(status);
  };

  /** Forgets the document on this page after it was erased from storage. */
  const eraseHere = (): void => {
    stored = null;
    storedRaw = null;
    setAsideKey = undefined;
    migrated = false;
    state = 'saved';
    $document.set(codec.empty());
  };

  /** A stored value this page cannot read: copy it aside and start afresh, or leave it and stop writing. */
  const adoptUnreadable = (raw: string, problem: 'damaged' | 'newer'): void => {
    if (problem === 'newer') {
      state = 'newer';
      return;
    }
    const key = `${prefix}${new Date(now()).toISOString()}`;
    if (write(key, raw) === 'saved' && read(key) === raw) {
      setAsideKey = key;
      stored = null;
      // Known now: the next save overwrites it instead of setting it aside again.
      storedRaw = raw;
      // The copy is safe, so the unreadable original may give way to a readable document.
      state = 'unsaved';
    } else {
      state = 'damaged';
    }
  };

  /** Writes the page's document, merged with what storage holds now. */
  const save = (): void => {
    if (!writes()) return;
    const raw = read(codec.key);
    if (raw === undefined) {
      state = 'unavailable';
      return;
    }
    if (raw === null && storedRaw !== null) {
      // Another tab erased everything and its event has not arrived yet: writing now would bring it all back.
      eraseHere();
      return;
    }
    let next = $document.get();
    if (raw !== null && raw !== storedRaw) {
      const parsed = codec.parse(raw);
      if (!parsed.ok) {
        adoptUnreadable(raw, parsed.problem);
        if (!writes()) return;
      } else {
        next = codec.merge(next, parsed.value);
        stored = parsed.value;
        storedRaw = raw;
      }
    }
    if (next !== $document.get()) $document.set(next);
    const text = codec.serialize(next);
    if (text === raw) {
      stored = next;
      storedRaw = text;
      state = 'saved';
      return;
    }
    const outcome = write(codec.key, text);
    if (outcome === 'saved') {
      stored = next;
      storedRaw = text;
      state = 'saved';
    } else state = outcome === 'full' ? 'unsaved' : 'unavailable';
  };

  const load = (): void => {
    stored = null;
    storedRaw = null;
    migrated = false;
    $document.set(codec.empty());
    if (options.memoryOnly) {
      state = 'memory-only';
      return;
    }
    const raw = read(codec.key);
    if (raw === undefined) {
      state = 'unavailable';
      return;
    }
    state = 'saved';
    if (raw === null) return;
    const parsed = codec.parse(raw);
    if (!parsed.ok) {
      adoptUnreadable(raw, parsed.problem);
      if (writes()) save();
      return;
    }
    $document.set(parsed.value);
    stored = parsed.value;
    storedRaw = raw;
    if (parsed.migrated) {
      migrated = true;
      // Written back in the current format; the original stays until that write succeeds.
      storedRaw = null;
      save();
    }
  };

  /** Another tab wrote (or removed) the document. */
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== codec.key && event.key !== null) return;
    if (state === 'memory-only' || state === 'unavailable') return;
    const raw = event.key === null ? null : event.newValue;
    if (raw === null) {
      // Erased in another tab: the latest change of all, it wins over anything unsaved here.
      eraseHere();
      publish();
      return;
    }
    if (raw === storedRaw) return;
    const parsed = codec.parse(raw);
    if (!parsed.ok) {
      state = parsed.problem === 'newer' ? 'newer' : 'damaged';
      publish();
      return;
    }
    if (state === 'damaged' || state === 'newer') state = 'saved';
    stored = parsed.value;
    storedRaw = raw;
    const merged = codec.merge($document.get(), parsed.value);
    $document.set(merged);
    // This page holds something the other tab had not seen: store the union.
    if (codec.serialize(merged) !== raw) save();
    else state = 'saved';
    publish();
  };

  const flush = (): void => {
    if (state !== 'unsaved') return;
    save();
    publish();
  };
  const onHidden = (): void => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') flush();
  };

  load();
  publish();
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('storage', onStorage);
  target?.addEventListener('pagehide', flush);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);

  return {
    $document,
    $status,
    update(fn) {
      $document.set(fn($document.get()));
      if (writes()) save();
      publish();
    },
    replace(next) {
      if (!writes()) {
        $document.set(next);
        publish();
        return true;
      }
      const text = codec.serialize(next);
      const outcome = write(codec.key, text);
      if (outcome !== 'saved') {
        // The old document stays, in storage and on the page.
        publish();
        return false;
      }
      stored = next;
      storedRaw = text;
      state = 'saved';
      $document.set(next);
      publish();
      return true;
    },
    erase() {
      if (state === 'memory-only') {
        $document.set(codec.empty());
        publish();
        return true;
      }
      let ok = remove(codec.key);
      for (const key of setAsideKeys()) ok = remove(key) && ok;
      if (ok) eraseHere();
      else $document.set(codec.empty());
      publish();
      return ok;
    },
    flush,
    setMemoryOnly(on) {
      if (on) {
        state = 'memory-only';
      } else if (state === 'memory-only') {
        state = storage ? 'unsaved' : 'unavailable';
        save();
      }
      publish();
    },
    setAsideKeys,
    readSetAside: (key) => read(key) ?? null,
    removeSetAside(key) {
      const ok = key.startsWith(prefix) && remove(key);
      if (ok && key === setAsideKey) setAsideKey = undefined;
      publish();
      return ok;
    },
    dispose() {
      target?.removeEventListener('storage', onStorage);
      target?.removeEventListener('pagehide', flush);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHidden);
    },
  };
}
