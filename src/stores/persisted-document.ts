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
  /**
   * Per-entry latest-change-wins (timestamps per entry); the same result whichever side is local. Times are ISO
   * text (Date#toISOString) in fields named `at` or ending in `At` (see clampFutureTimes).
   */
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
  /** Times read from outside this visit that were ahead of this device's clock and were set to now (absent: none). */
  futureTimes?: number;
}

/** What an erase left behind; `ok` only when storage, read back, holds nothing of the document. */
export interface EraseOutcome {
  ok: boolean;
  /** The browser refused to remove the document itself: it is still stored. */
  documentLeft: boolean;
  /** Set-aside copies still stored. */
  setAsideLeft: number;
  /** Storage could not be read at all: whether anything is left is not known. */
  unknown: boolean;
}

export interface PersistedDocument<T> {
  $document: ReadableAtom<T>;
  $status: ReadableAtom<PersistedStatus>;
  /** Applies a change and saves it (merged with whatever another tab stored meanwhile). */
  update(fn: (doc: T) => T): void;
  /** Import: writes the new document over the old; when the write fails, the old stays and false is returned. */
  replace(next: T): boolean;
  /** Removes the document and every set-aside copy, in every state (memory-only too); false unless all is gone. */
  erase(): boolean;
  /** The same, saying what could not be removed. */
  eraseWithOutcome(): EraseOutcome;
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

/** Fields that hold a time, by the codecs' convention: `at`, `updatedAt`, `createdAt` … */
const TIME_FIELD = /^(?:at|[a-z][A-Za-z]*At)$/;
/** A time ahead by no more than this is the other tab's own clock running a little ahead: moved, but not reported. */
const CLOCK_SLACK_MS = 60_000;

/**
 * Sets every time later than `now` in a value read from outside to `now`: a backup made on a phone whose clock
 * said 2099 must not win over every later change. A time is a string in a field named `at` or ending in `At`
 * (the codecs' convention). Returns the value (the same object when nothing was ahead) and how many times were
 * ahead by more than a minute (a wrong clock, worth telling the member).
 */
export function clampFutureTimes<T>(value: T, now: number): { value: T; changed: number } {
  const stamp = new Date(now).toISOString();
  let moved = 0;
  let changed = 0;
  // A copy through JSON: the reviver sees every field with its name, and defines "__proto__" as a plain field.
  const copy = JSON.parse(JSON.stringify(value), (key, field: unknown) => {
    const time = typeof field === 'string' && TIME_FIELD.test(key) ? Date.parse(field) : NaN;
    if (!(time > now)) return field;
    moved += 1;
    if (time - now > CLOCK_SLACK_MS) changed += 1;
    return stamp;
  }) as T;
  return { value: moved > 0 ? copy : value, changed };
}

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
  let futureTimes = 0;

  const writes = () => state === 'saved' || state === 'unsaved';

  const publish = () => {
    const base = stored ?? codec.empty();
    const unsaved = state === 'saved' ? 0 : codec.countDifferences($document.get(), base);
    const status: PersistedStatus = { state, unsaved };
    if (setAsideKey) status.setAsideKey = setAsideKey;
    if (migrated) status.migrated = true;
    if (futureTimes > 0) status.futureTimes = futureTimes;
    $status.set(status);
  };

  /** Forgets the document on this page after it was erased from storage. */
  const eraseHere = (): void => {
    stored = null;
    storedRaw = null;
    setAsideKey = undefined;
    migrated = false;
    futureTimes = 0;
    state = 'saved';
    $document.set(codec.empty());
  };

  /** A value from outside (storage, an import) with its times no later than now; counts what was moved. */
  const fromOutside = (value: T): { value: T; clamped: boolean } => {
    const clamped = clampFutureTimes(value, now());
    futureTimes += clamped.changed;
    return { value: clamped.value, clamped: clamped.value !== value };
  };

  /** Parses a stored text and clamps its times. */
  const parseOutside = (raw: string) => {
    const parsed = codec.parse(raw);
    return parsed.ok ? { ...parsed, ...fromOutside(parsed.value) } : parsed;
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
      const parsed = parseOutside(raw);
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
    const parsed = parseOutside(raw);
    if (!parsed.ok) {
      adoptUnreadable(raw, parsed.problem);
      if (writes()) save();
      return;
    }
    $document.set(parsed.value);
    stored = parsed.value;
    storedRaw = raw;
    if (parsed.migrated) migrated = true;
    // Written back in the current format, or with its times clamped; the original stays until that write succeeds.
    if (parsed.migrated || parsed.clamped) save();
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
    const parsed = parseOutside(raw);
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

  /**
   * Removes the document and its set-aside copies from storage in every state, "memory-only" included (what was
   * stored before the member chose not to save is still there), then reads storage back to say what is left.
   */
  const eraseWithOutcome = (): EraseOutcome => {
    const before = state;
    if (storage) for (const key of [codec.key, ...setAsideKeys()]) remove(key);
    const rest = read(codec.key);
    const setAsideLeft = setAsideKeys().length;
    if (rest === null) {
      eraseHere();
      // Not saving stays the member's choice; storage that refuses writes still refuses them.
      if (before === 'memory-only' || before === 'unavailable') state = before;
    } else $document.set(codec.empty());
    if (setAsideLeft === 0) setAsideKey = undefined;
    publish();
    return { ok: rest === null && setAsideLeft === 0, documentLeft: typeof rest === 'string', setAsideLeft, unknown: rest === undefined };
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
    replace(imported) {
      const next = fromOutside(imported).value;
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
    erase: () => eraseWithOutcome().ok,
    eraseWithOutcome,
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
