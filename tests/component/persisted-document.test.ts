// The generic storage layer with a minimal codec: a map of entries, each with the time it changed.
import { afterEach, describe, expect, it } from 'vitest';
import { clampFutureTimes, createPersistedDocument, setAsidePrefix, type DocumentCodec, type PersistedDocument } from '../../src/stores/persisted-document.ts';
import { tallyCodec } from '../../src/stores/tally.ts';
import { addBallot, correctBallot, createCount, emptyTally, type TallyDocument } from '../../src/lib/tally/count.ts';
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

/** A codec of entries stamped the way the real documents are: ISO text in a field named `at`. */
type Stamped = Record<string, { v: string; at: string }>;
const STAMPED_KEY = 'stamped-doc';
const stampedCodec: DocumentCodec<Stamped> = {
  key: STAMPED_KEY,
  empty: () => ({}),
  parse(raw) {
    try {
      return { ok: true, value: JSON.parse(raw) as Stamped };
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
  countDifferences: (a, b) => new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))).size,
};

describe('times from outside are never trusted beyond now (issue 19)', () => {
  const NOW = Date.UTC(2026, 11, 7, 8);
  const FUTURE = '2099-01-01T00:00:00.000Z';
  let time = NOW;
  const openStamped = (storage: Storage) => {
    const doc = createPersistedDocument(stampedCodec, { storage, now: () => time });
    opened.push(doc as unknown as PersistedDocument<Entries>);
    return doc;
  };
  const put = (k: string, v: string) => (doc: Stamped) => ({ ...doc, [k]: { v, at: new Date((time += 1000)).toISOString() } });
  const stampedValues = (doc: { $document: { get(): Stamped } }) => Object.fromEntries(Object.entries(doc.$document.get()).map(([k, e]) => [k, e.v]));

  it('clampFutureTimes moves only time fields (`at`, `…At`) that are ahead, returns the value itself when none is, and counts only a real clock error', () => {
    const value = { rounds: [{ startedAt: FUTURE, at: '2026-01-01T00:00:00.000Z', text: FUTURE, answers: { '1a': { at: new Date(NOW + 5).toISOString() } } }], untouched: { at: '2020-01-01T00:00:00.000Z' } };
    const { value: clamped, changed } = clampFutureTimes(value, NOW);
    const now = new Date(NOW).toISOString();
    expect(clamped.rounds[0]).toEqual({ startedAt: now, at: '2026-01-01T00:00:00.000Z', text: FUTURE, answers: { '1a': { at: now } } });
    // 5 ms ahead is this machine's own ordering of quick changes: moved, not reported as a wrong clock.
    expect(changed).toBe(1);
    expect(clamped.untouched).toEqual(value.untouched);
    expect(value.rounds[0]!.startedAt).toBe(FUTURE);
    const nothing = { a: { at: '2020-01-01T00:00:00.000Z' } };
    expect(clampFutureTimes(nothing, NOW)).toEqual({ value: nothing, changed: 0 });
  });

  it('a stored document from a clock in 2099: clamped on opening, written back, said, and a later change wins', () => {
    time = NOW;
    const storage = new ControlledStorage();
    storage.setItem(STAMPED_KEY, JSON.stringify({ x: { v: 'from 2099', at: FUTURE } }));
    const page = openStamped(storage);
    expect(page.$status.get()).toEqual({ state: 'saved', unsaved: 0, futureTimes: 1 });
    expect(JSON.parse(storage.getItem(STAMPED_KEY)!).x.at).toBe(new Date(NOW).toISOString());
    page.update(put('x', 'later'));
    expect(stampedValues(openStamped(storage))).toEqual({ x: 'later' });
  });

  it('another tab’s write from a clock in 2099: clamped when it arrives, so this tab’s next change wins in both', () => {
    time = NOW;
    const storage = new ControlledStorage();
    const tabA = openStamped(storage);
    const tabB = openStamped(storage);
    tabA.update(put('x', 'A'));
    time += 1000;
    storage.setItem(STAMPED_KEY, JSON.stringify({ x: { v: 'wrong clock', at: FUTURE } }));
    announceChange(storage, STAMPED_KEY);
    expect(stampedValues(tabA)).toEqual({ x: 'wrong clock' });
    expect(tabA.$status.get().futureTimes).toBe(1);
    tabB.update(put('x', 'B'));
    announceChange(storage, STAMPED_KEY);
    expect(stampedValues(tabA)).toEqual({ x: 'B' });
    expect(JSON.parse(storage.getItem(STAMPED_KEY)!).x.v).toBe('B');
  });

  it('an import (replace) from a clock in 2099 is stored with its times set to now', () => {
    time = NOW;
    const storage = new ControlledStorage();
    const page = openStamped(storage);
    expect(page.replace({ x: { v: 'imported', at: FUTURE } })).toBe(true);
    expect(JSON.parse(storage.getItem(STAMPED_KEY)!).x.at).toBe(new Date(NOW).toISOString());
    expect(page.$status.get().futureTimes).toBe(1);
    page.update(put('x', 'later'));
    expect(stampedValues(page)).toEqual({ x: 'later' });
  });

  it('the tally benefits too: a ballot corrected in 2099 by another tab does not outrank a later correction here', () => {
    time = NOW;
    const storage = new ControlledStorage();
    const created = createCount(emptyTally(), { id: 'c1', unit: 'Chi bộ 1', period: { year: 2026 }, now: new Date(NOW - 60_000), members: [{ id: 'm1', name: 'Nguyễn Văn A' }] });
    if (!created.ok) throw new Error('count not created');
    const applied = (result: ReturnType<typeof addBallot>) => {
      if (!result.ok) throw new Error(`tally action refused: ${result.problem}`);
      return result.document;
    };
    const entered = applied(addBallot(created.document, 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: new Date(NOW - 30_000) }));
    const openTally = () => {
      const tab = createPersistedDocument(tallyCodec, { storage, now: () => time });
      opened.push(tab as unknown as PersistedDocument<Entries>);
      return tab;
    };
    const tabA = openTally();
    const tabB = openTally();
    tabA.replace(entered);
    announceChange(storage, tallyCodec.key);
    // A third tab, its clock in 2099, corrects the ballot.
    storage.setItem(tallyCodec.key, tallyCodec.serialize(applied(correctBallot(entered, 'c1', 'b1', ['2a'], new Date(FUTURE)))));
    announceChange(storage, tallyCodec.key);
    expect(tabA.$document.get().counts.c1!.ballots.b1!.marked).toEqual(['2a']);
    // Later, tab A corrects it again; then tab B enters another ballot.
    time += 1000;
    tabA.update((doc: TallyDocument) => applied(correctBallot(doc, 'c1', 'b1', ['3a'], new Date(time))));
    announceChange(storage, tallyCodec.key);
    time += 1000;
    tabB.update((doc: TallyDocument) => applied(addBallot(doc, 'c1', { id: 'b2', memberId: 'm1', marked: [], now: new Date(time) })));
    announceChange(storage, tallyCodec.key);
    const parsed = tallyCodec.parse(storage.getItem(tallyCodec.key)!);
    expect(parsed.ok && parsed.value.counts.c1!.ballots.b1!.marked).toEqual(['3a']);
    for (const tab of [tabA, tabB]) expect(tab.$document.get().counts.c1!.ballots.b1!.marked).toEqual(['3a']);
  });
});

describe('erase (issue 19)', () => {
  it('while not saving ("memory-only"), removes what was stored before and keeps not saving', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.update(set('a', '1'));
    page.setMemoryOnly(true);
    page.update(set('b', '1'));
    expect(page.eraseWithOutcome()).toEqual({ ok: true, documentLeft: false, setAsideLeft: 0, unknown: false });
    expect(storage.getItem(KEY)).toBeNull();
    expect(values(page)).toEqual({});
    expect(page.$status.get().state).toBe('memory-only');
    page.update(set('c', '1'));
    expect(storage.length).toBe(0);
  });

  it('says what is left when the browser refuses to remove, read back from storage (not trusted from removeItem)', () => {
    const storage = new ControlledStorage();
    storage.setItem(`${setAsidePrefix(KEY)}2026-01-01T00:00:00.000Z`, '{broken');
    const page = open(storage);
    page.update(set('a', '1'));
    storage.removeItem = () => undefined;
    expect(page.eraseWithOutcome()).toEqual({ ok: false, documentLeft: true, setAsideLeft: 1, unknown: false });
    expect(page.erase()).toBe(false);
  });

  it('cannot say anything is gone when storage cannot even be read', () => {
    const page = open(null);
    page.update(set('a', '1'));
    expect(page.eraseWithOutcome()).toEqual({ ok: false, documentLeft: false, setAsideLeft: 0, unknown: true });
    expect(values(page)).toEqual({});
  });
});
