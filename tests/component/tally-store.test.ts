// The tally's store over a stored document with damaged entries: the good counts kept, the whole text set aside.
import { describe, expect, it } from 'vitest';
import { $recovered, initTally, TALLY_SET_ASIDE_PREFIX, TALLY_STORAGE_KEY } from '../../src/stores/tally.ts';
import { activeBallots, addBallot, createCount, emptyTally, serializeTally } from '../../src/lib/tally/count.ts';
import { ControlledStorage } from './storage-doubles.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));

function storedWithOneBadBallot(): string {
  const created = createCount(emptyTally(), { id: 'c1', unit: 'Chi bộ 1', period: { year: 2026 }, now: t(0), members: [{ id: 'm1', name: 'Nguyễn Văn An' }] });
  if (!created.ok) throw new Error(created.problem);
  let doc = created.document;
  for (const [id, marked] of [['b1', ['1a']], ['b2', ['2a']]] as const) {
    const added = addBallot(doc, 'c1', { id, memberId: 'm1', marked, now: t(1) });
    if (!added.ok) throw new Error(added.problem);
    doc = added.document;
  }
  const value = JSON.parse(serializeTally(doc));
  value.counts.c1.ballots.b2.marked = 'not a list';
  return JSON.stringify(value);
}

describe('a stored tally with a damaged entry', () => {
  it('keeps every good count, copies the whole stored text aside, and says how many entries it could not read', () => {
    const raw = storedWithOneBadBallot();
    const storage = new ControlledStorage();
    storage.setItem(TALLY_STORAGE_KEY, raw);
    const store = initTally({ storage, now: () => t(5).getTime() });
    expect(activeBallots(store.$document.get().counts.c1!).map((b) => b.id)).toEqual(['b1']);
    expect($recovered.get()).toEqual({ setAsideKey: `${TALLY_SET_ASIDE_PREFIX}${t(5).toISOString()}`, dropped: 1 });
    expect(store.readSetAside($recovered.get()!.setAsideKey)).toBe(raw);
    expect(store.setAsideKeys()).toEqual([$recovered.get()!.setAsideKey]);
    expect(store.$status.get().state).toBe('saved');
    store.dispose();
  });

  it('touches nothing when the copy cannot be made', () => {
    const raw = storedWithOneBadBallot();
    const storage = new ControlledStorage();
    storage.setItem(TALLY_STORAGE_KEY, raw);
    storage.refuse();
    const store = initTally({ storage });
    expect($recovered.get()).toBeUndefined();
    expect(store.$status.get().state).toBe('damaged');
    expect(storage.getItem(TALLY_STORAGE_KEY)).toBe(raw);
    store.dispose();
  });
});
