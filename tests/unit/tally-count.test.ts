import { describe, expect, it } from 'vitest';
import {
  activeBallots,
  addBallot,
  correctBallot,
  countTallyDifferences,
  createCount,
  emptyTally,
  mergeTallies,
  parseTally,
  removeBallot,
  serializeTally,
  undoStep,
  type TallyDocument,
} from '../../src/lib/tally/count.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));

function started(): TallyDocument {
  const created = createCount(emptyTally(), { id: 'c1', unit: '  Chi bộ  Khu phố 3 ', period: { year: 2026, half: 2 }, now: t(0) });
  if (!created.ok) throw new Error('not created');
  return created.document;
}

describe('count document', () => {
  it('starts a count with a tidied chi bộ name and refuses the same chi bộ and period twice, or no name', () => {
    const doc = started();
    expect(doc.counts.c1!.unit).toBe('Chi bộ Khu phố 3');
    expect(createCount(doc, { id: 'c2', unit: 'chi bộ khu phố 3', period: { year: 2026, half: 2 }, now: t(1) })).toEqual({ ok: false, problem: 'exists', existingId: 'c1' });
    expect(createCount(doc, { id: 'c2', unit: ' ', period: { year: 2026 }, now: t(1) })).toEqual({ ok: false, problem: 'no-unit' });
    expect(createCount(doc, { id: 'c2', unit: 'Chi bộ Khu phố 3', period: { year: 2026, half: 1 }, now: t(1) }).ok).toBe(true);
  });

  it('adds, corrects and removes ballots, keeping their order of entry; undo puts each back', () => {
    let doc = started();
    const first = addBallot(doc, 'c1', { id: 'b1', marked: ['3c', '1a', '1a'], now: t(1) });
    doc = first.document;
    doc = addBallot(doc, 'c1', { id: 'b0', marked: [], now: t(2) }).document;
    expect(activeBallots(doc.counts.c1!).map((b) => [b.id, b.marked])).toEqual([
      ['b1', ['1a', '3c']],
      ['b0', []],
    ]);
    const corrected = correctBallot(doc, 'c1', 'b1', ['14b', '2a'], t(3));
    expect(activeBallots(corrected.document.counts.c1!)[0]!.marked).toEqual(['2a', '14b']);
    const undone = undoStep(corrected.document, corrected.undo, t(4));
    expect(activeBallots(undone.counts.c1!)[0]!.marked).toEqual(['1a', '3c']);
    expect(undone.counts.c1!.ballots.b1!.updatedAt).toBe(t(4).toISOString());

    const removed = removeBallot(undone, 'c1', 'b0', t(5));
    expect(activeBallots(removed.document.counts.c1!)).toHaveLength(1);
    expect(removed.document.counts.c1!.ballots.b0!.removed).toBe(true);
    expect(activeBallots(undoStep(removed.document, removed.undo, t(6)).counts.c1!)).toHaveLength(2);

    // Undoing an addition leaves a tombstone, so another tab's copy cannot bring the ballot back.
    const afterUndoAdd = undoStep(doc, first.undo, t(7));
    expect(activeBallots(afterUndoAdd.counts.c1!).map((b) => b.id)).toEqual(['b0']);
    expect(afterUndoAdd.counts.c1!.ballots.b1!.removed).toBe(true);
  });

  it('merges two tabs entry by entry: each side’s new ballots kept, the later change to one ballot wins', () => {
    const base = addBallot(started(), 'c1', { id: 'b1', marked: ['1a'], now: t(1) }).document;
    const tabA = correctBallot(addBallot(base, 'c1', { id: 'a1', marked: ['2a'], now: t(2) }).document, 'c1', 'b1', ['1b'], t(5)).document;
    const tabB = removeBallot(addBallot(base, 'c1', { id: 'x1', marked: [], now: t(3) }).document, 'c1', 'b1', t(4)).document;
    const merged = mergeTallies(tabA, tabB);
    expect(activeBallots(merged.counts.c1!).map((b) => [b.id, b.marked])).toEqual([
      ['b1', ['1b']],
      ['a1', ['2a']],
      ['x1', []],
    ]);
    expect(mergeTallies(tabB, tabA)).toEqual(merged);
    expect(countTallyDifferences(tabA, merged)).toBe(1);
    expect(countTallyDifferences(tabB, merged)).toBe(2);
    expect(countTallyDifferences(merged, merged)).toBe(0);
  });

  it('reads back what it writes, and names a damaged or newer value', () => {
    const doc = addBallot(started(), 'c1', { id: 'b1', marked: ['1a'], now: t(1) }).document;
    expect(parseTally(serializeTally(doc))).toEqual({ ok: true, value: doc });
    expect(parseTally('{"kind":"nq4-kiem-phieu","schemaVersion":1,"counts":{"c1":')).toEqual({ ok: false, problem: 'damaged' });
    expect(parseTally(JSON.stringify({ ...doc, schemaVersion: 7 }))).toEqual({ ok: false, problem: 'newer' });
    const badItem = JSON.parse(serializeTally(doc));
    badItem.counts.c1.ballots.b1.marked = ['<script>'];
    expect(parseTally(JSON.stringify(badItem))).toEqual({ ok: false, problem: 'damaged' });
    expect(parseTally(JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 1 }))).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('stored text', () => {
  it('is the same for equal documents whatever order entries came in, as the storage layer requires', () => {
    const base = started();
    const a = addBallot(addBallot(base, 'c1', { id: 'b1', marked: ['1a'], now: t(1) }).document, 'c1', { id: 'b2', marked: [], now: t(2) }).document;
    const b = addBallot(addBallot(base, 'c1', { id: 'b2', marked: [], now: t(2) }).document, 'c1', { id: 'b1', marked: ['1a'], now: t(1) }).document;
    expect(serializeTally(a)).toBe(serializeTally(b));
    expect(serializeTally(mergeTallies(a, b))).toBe(serializeTally(mergeTallies(b, a)));
  });
});
