// The generic storage layer with a minimal codec: a map of entries, each with the time it changed.
import { afterEach, describe, expect, it } from 'vitest';
import { createPersistedDocument, setAsidePrefix, type DocumentCodec, type PersistedDocument } from '../../src/stores/persisted-document.ts';
import { ControlledStorage, announceChange } from './storage-doubles.ts';

type Entries = Record<string, { v: string; at: number }>;
const KEY = 'test-doc';
const codec: DocumentCodec<Entries> = {
  key: KEY,
  empty: () => ({}),
  parse(raw) {
    try {
      const value = JSON.parse(raw) as Entries & { newer?: boolean };
      if (value.newer) return { ok: false, problem: 'newer' };
      return { ok: true, value };
    } catch {
      return { ok: false, problem: 'damaged' };
    }
  },
  serialize: (value) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))),
  merge(local, incoming) {
    const merged = { ...local };
    for (const [k, e] of Object.entries(incoming)) if (!merged[k] || merged[k]!.at < e.at) merged[k] = e;
    return merged;
  },
  countDifferences: (a, b) =>
    new Set([...Object.keys(a), ...Object.keys(b)]).size -
    Object.keys(a).filter((k) => JSON.stringify(a[k]) === JSON.stringify(b[k])).length,
};

let clock = 0;
const set = (k: string, v: string) => (doc: Entries) => ({ ...doc, [k]: { v, at: ++clock } });
const opened: PersistedDocument<Entries>[] = [];
function open(storage: Storage | null, options: { memoryOnly?: boolean } = {}): PersistedDocument<Entries> {
  const doc = createPersistedDocument(codec, { storage, now: () => Date.UTC(2026, 10, 27), ...options });
  opened.push(doc);
  return doc;
}
const values = (doc: PersistedDocument<Entries>) => Object.fromEntries(Object.entries(doc.$document.get()).map(([k, e]) => [k, e.v]));
const storedValues = (storage: Storage) =>
  Object.fromEntries(Object.entries(JSON.parse(storage.getItem(KEY) ?? '{}') as Entries).map(([k, e]) => [k, e.v]));

afterEach(() => {
  for (const doc of opened.splice(0)) doc.dispose();
});

describe('the persisted document', () => {
  it('saves each change and reads it back in a new page', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.update(set('a', '1'));
    expect(page.$status.get()).toEqual({ state: 'saved', unsaved: 0 });
    expect(values(open(storage))).toEqual({ a: '1' });
  });

  it('keeps unsaved changes when storage fills, counts them, and saves them all at the next change that fits', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.update(set('a', '1'));
    storage.refuse();
    page.update(set('b', '1'));
    page.update(set('c', '1'));
    page.update(set('d', '1'));
    expect(values(page)).toEqual({ a: '1', b: '1', c: '1', d: '1' });
    expect(page.$status.get()).toEqual({ state: 'unsaved', unsaved: 3 });
    expect(storedValues(storage)).toEqual({ a: '1' });
    storage.accept();
    page.update(set('e', '1'));
    expect(page.$status.get()).toEqual({ state: 'saved', unsaved: 0 });
    expect(storedValues(storage)).toEqual({ a: '1', b: '1', c: '1', d: '1', e: '1' });
  });

  it('retries a failed save when the page is hidden', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    storage.refuse();
    page.update(set('a', '1'));
    storage.accept();
    window.dispatchEvent(new Event('pagehide'));
    expect(storedValues(storage)).toEqual({ a: '1' });
    expect(page.$status.get().state).toBe('saved');
  });

  it('replace writes the new document over the old, and keeps the old one when the write fails', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.update(set('a', '1'));
    const before = storage.getItem(KEY);
    storage.refuse();
    expect(page.replace({ z: { v: '9', at: ++clock } })).toBe(false);
    expect(storage.getItem(KEY)).toBe(before);
    expect(values(page)).toEqual({ a: '1' });
    storage.accept();
    expect(page.replace({ z: { v: '9', at: ++clock } })).toBe(true);
    expect(storedValues(storage)).toEqual({ z: '9' });
    expect(values(page)).toEqual({ z: '9' });
  });

  it('merges another tab’s change entry by entry, and stores what this page held that the other had not seen', () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.update(set('x', 'A'));
    tabB.update(set('x', 'B')); // later: wins
    tabB.update(set('y', 'B'));
    announceChange(storage, KEY);
    expect(values(tabA)).toEqual({ x: 'B', y: 'B' });
    expect(values(tabB)).toEqual({ x: 'B', y: 'B' });
  });

  it('follows an erase made in another tab instead of writing everything back', () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.update(set('x', '1'));
    announceChange(storage, KEY);
    expect(values(tabB)).toEqual({ x: '1' });
    expect(tabA.erase()).toBe(true);
    // tabB changes something before the erase event reaches it: the erased entries must not come back.
    tabB.update(set('y', '1'));
    expect(storage.getItem(KEY)).toBeNull();
    announceChange(storage, KEY);
    expect(values(tabB)).toEqual({});
  });

  it('sets an unreadable value aside under its own key and starts afresh, once', () => {
    const storage = new ControlledStorage();
    storage.setItem(KEY, '{broken');
    const page = open(storage);
    const key = page.$status.get().setAsideKey;
    expect(key).toBe(`${setAsidePrefix(KEY)}2026-11-27T00:00:00.000Z`);
    expect(storage.getItem(key!)).toBe('{broken');
    expect(page.setAsideKeys()).toEqual([key]);
    page.update(set('a', '1'));
    expect(storedValues(storage)).toEqual({ a: '1' });
    expect(page.setAsideKeys()).toHaveLength(1);
  });

  it('leaves an unreadable value in place, writing nothing, when it cannot be copied', () => {
    const storage = new ControlledStorage();
    storage.setItem(KEY, '{broken');
    storage.refuse((key) => key !== KEY);
    const page = open(storage);
    page.update(set('a', '1'));
    expect(page.$status.get()).toEqual({ state: 'damaged', unsaved: 1 });
    expect(storage.getItem(KEY)).toBe('{broken');
  });

  it('never overwrites a value from a newer version', () => {
    const storage = new ControlledStorage();
    storage.setItem(KEY, '{"newer":true}');
    const page = open(storage);
    page.update(set('a', '1'));
    expect(page.$status.get().state).toBe('newer');
    expect(storage.getItem(KEY)).toBe('{"newer":true}');
  });

  it('in memory-only mode reads and writes nothing at all', () => {
    const storage = new ControlledStorage();
    storage.setItem(KEY, JSON.stringify({ old: { v: '1', at: 1 } }));
    const writes = storage.writes;
    const page = open(storage, { memoryOnly: true });
    expect(values(page)).toEqual({});
    page.update(set('a', '1'));
    page.flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.writes).toBe(writes);
    expect(page.$status.get()).toEqual({ state: 'memory-only', unsaved: 1 });
  });

  it('switched to memory-only, stops writing; switched back, saves what was done meanwhile', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.update(set('a', '1'));
    page.setMemoryOnly(true);
    page.update(set('b', '1'));
    expect(storedValues(storage)).toEqual({ a: '1' });
    page.setMemoryOnly(false);
    expect(storedValues(storage)).toEqual({ a: '1', b: '1' });
  });

  it('works in memory and says so when there is no storage', () => {
    const page = open(null);
    page.update(set('a', '1'));
    expect(values(page)).toEqual({ a: '1' });
    expect(page.$status.get()).toEqual({ state: 'unavailable', unsaved: 1 });
  });
});
