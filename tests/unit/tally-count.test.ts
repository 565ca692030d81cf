import { describe, expect, it } from 'vitest';
import {
  activeBallots,
  activeMembers,
  addBallot,
  correctBallot,
  countTallyDifferences,
  createCount,
  emptyTally,
  mergeTallies,
  parseMemberList,
  parseTally,
  periodFromInput,
  removeBallot,
  removeCount,
  removeMember,
  serializeTally,
  setConclusion,
  undoStep,
  type Applied,
  type TallyDocument,
} from '../../src/lib/tally/count.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));

function started(): TallyDocument {
  const created = createCount(emptyTally(), {
    id: 'c1',
    unit: '  Chi bộ  Khu phố 3 ',
    period: { year: 2026, half: 2 },
    now: t(0),
    members: [
      { id: 'm1', name: 'Nguyễn  Văn An' },
      { id: 'm2', name: 'Trần Thị Bình' },
    ],
  });
  if (!created.ok) throw new Error('not created');
  return created.document;
}

function ok(applied: Applied): Extract<Applied, { ok: true }> {
  if (!applied.ok) throw new Error(applied.problem);
  return applied;
}

describe('what a user types', () => {
  it('takes a four-digit year from 1990 to 2200 and refuses everything else, so nothing unreadable is stored', () => {
    expect(periodFromInput('2026', '2')).toEqual({ ok: true, period: { year: 2026, half: 2 } });
    expect(periodFromInput(' 2026 ', '0')).toEqual({ ok: true, period: { year: 2026 } });
    for (const typed of ['', '3000', '2026.5', '-1', '1e3', '20 26', '０２０２６', '1989', 'abcd', '02026']) {
      expect(periodFromInput(typed, '2'), typed).toEqual({ ok: false, problem: 'year' });
    }
    // The document layer refuses them too, whatever reaches it.
    for (const period of [{ year: Number.NaN }, { year: 3000 }, { year: 2026.5 }, { year: -1 }, { year: 2026, half: 3 as 1 }]) {
      expect(createCount(emptyTally(), { id: 'c1', unit: 'Chi bộ', period, now: t(0) })).toMatchObject({ ok: false, problem: 'period' });
    }
  });

  it('reads back any chi bộ or member name that can be typed', () => {
    for (const name of ['Chi bộ "Khu phố" 3', 'Chi bộ \\ 4 </script>', 'Tổ 5 \u0000 \uD800', 'x'.repeat(5000), 'Chi bộ 🇻🇳']) {
      const created = createCount(emptyTally(), { id: 'c1', unit: name, period: { year: 2026 }, now: t(0), members: [{ id: 'm1', name }] });
      if (!created.ok) throw new Error(created.problem);
      const read = parseTally(serializeTally(created.document));
      expect(read, name).toMatchObject({ ok: true, dropped: 0 });
    }
  });

  it('reads a pasted member list: one a line, numbering dropped, each name once', () => {
    expect(parseMemberList('1. Nguyễn Văn An\n2) Trần  Thị Bình\n\n  nguyễn văn an \r\nLê Văn Cường')).toEqual({
      names: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
      repeated: ['nguyễn văn an'],
    });
  });
});

describe('count document', () => {
  it('starts a count with its member list and refuses the same chi bộ and period twice, or no name', () => {
    const doc = started();
    expect(doc.counts.c1!.unit).toBe('Chi bộ Khu phố 3');
    expect(activeMembers(doc.counts.c1!).map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(createCount(doc, { id: 'c2', unit: 'chi bộ khu phố 3', period: { year: 2026, half: 2 }, now: t(1) })).toEqual({ ok: false, problem: 'exists', existingId: 'c1' });
    expect(createCount(doc, { id: 'c2', unit: ' ', period: { year: 2026 }, now: t(1) })).toEqual({ ok: false, problem: 'no-unit' });
    expect(createCount(doc, { id: 'c2', unit: 'Chi bộ Khu phố 3', period: { year: 2026, half: 1 }, now: t(1) }).ok).toBe(true);
  });

  it('enters ballots about a member, corrects and removes them; undo puts each back', () => {
    let doc = started();
    const first = ok(addBallot(doc, 'c1', { id: 'b1', memberId: 'm1', marked: ['3c', '1a', '1a'], now: t(1) }));
    doc = first.document;
    doc = ok(addBallot(doc, 'c1', { id: 'b0', memberId: 'm2', marked: [], now: t(2) })).document;
    expect(activeBallots(doc.counts.c1!, 'm1').map((b) => [b.id, b.marked])).toEqual([['b1', ['1a', '3c']]]);
    expect(addBallot(doc, 'c1', { id: 'b9', memberId: 'nobody', marked: [], now: t(2) })).toEqual({ ok: false, problem: 'no-member' });
    const corrected = ok(correctBallot(doc, 'c1', 'b1', ['14b', '2a'], t(3)));
    const undone = undoStep(corrected.document, corrected.undo, t(4));
    if (!undone.ok) throw new Error(undone.problem);
    expect(activeBallots(undone.document.counts.c1!)[0]!.marked).toEqual(['1a', '3c']);

    const removed = ok(removeBallot(undone.document, 'c1', 'b0', t(5)));
    expect(activeBallots(removed.document.counts.c1!)).toHaveLength(1);
    const back = undoStep(removed.document, removed.undo, t(6));
    expect(back.ok && activeBallots(back.document.counts.c1!)).toHaveLength(2);
    // Undoing an addition leaves a tombstone, so another tab's copy cannot bring the ballot back.
    const afterUndoAdd = undoStep(doc, first.undo, t(7));
    expect(afterUndoAdd.ok && activeBallots(afterUndoAdd.document.counts.c1!).map((b) => b.id)).toEqual(['b0']);
  });

  it('refuses, without throwing, to correct or remove a ballot already removed (another tab, a double click)', () => {
    const doc = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    const removed = ok(removeBallot(doc, 'c1', 'b1', t(2))).document;
    expect(removeBallot(removed, 'c1', 'b1', t(3))).toEqual({ ok: false, problem: 'gone' });
    expect(correctBallot(removed, 'c1', 'b1', ['2a'], t(3))).toEqual({ ok: false, problem: 'gone' });
    expect(correctBallot(removed, 'nope', 'b1', ['2a'], t(3))).toEqual({ ok: false, problem: 'gone' });
  });

  it('does not undo over another tab’s later correction of the same ballot', () => {
    const base = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) }));
    // Tab B corrects the ballot; tab A then receives it by merge and presses "Hoàn tác".
    const tabB = ok(correctBallot(base.document, 'c1', 'b1', ['1b'], t(2))).document;
    const inA = mergeTallies(base.document, tabB);
    expect(undoStep(inA, base.undo, t(3))).toEqual({ ok: false, problem: 'changed' });
    expect(activeBallots(inA.counts.c1!)[0]!.marked).toEqual(['1b']);
  });

  it('keeps a member with ballots on the list, and forgets names and ballots of an erased count', () => {
    const doc = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    expect(removeMember(doc, 'c1', 'm1', t(2))).toEqual({ ok: false, problem: 'has-ballots' });
    expect(removeMember(doc, 'c1', 'm2', t(2)).ok).toBe(true);
    const erased = removeCount(doc, 'c1', t(3));
    expect(serializeTally(erased)).not.toMatch(/Nguyễn|Trần|Khu phố|1a/);
    // Another tab's older copy does not bring anything back.
    expect(serializeTally(mergeTallies(doc, erased))).toBe(serializeTally(erased));
    expect(serializeTally(mergeTallies(erased, doc))).toBe(serializeTally(erased));
  });

  it('records the chi ủy’s steps: a conclusion needs the day the chi ủy met the member', () => {
    const doc = started();
    expect(setConclusion(doc, 'c1', 'm1', { metOn: '', decided: true, manifestations: [1], note: '' }, t(1))).toEqual({ ok: false, problem: 'not-met' });
    expect(setConclusion(doc, 'c1', 'm1', { metOn: '2026-02-30', decided: false, manifestations: [], note: '' }, t(1))).toEqual({ ok: false, problem: 'date' });
    const done = setConclusion(doc, 'c1', 'm1', { metOn: '2026-12-03', decided: true, manifestations: [3, 1, 3], note: ' Đã nghe giải trình ' }, t(1));
    expect(done.ok && done.document.counts.c1!.conclusions.m1).toEqual({
      memberId: 'm1',
      metOn: '2026-12-03',
      decided: true,
      manifestations: [1, 3],
      note: 'Đã nghe giải trình',
      updatedAt: t(1).toISOString(),
    });
  });

  it('merges two tabs entry by entry: each side’s new ballots kept, the later change to one ballot wins', () => {
    const base = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    const tabA = ok(correctBallot(ok(addBallot(base, 'c1', { id: 'a1', memberId: 'm1', marked: ['2a'], now: t(2) })).document, 'c1', 'b1', ['1b'], t(5))).document;
    const tabB = ok(removeBallot(ok(addBallot(base, 'c1', { id: 'x1', memberId: 'm2', marked: [], now: t(3) })).document, 'c1', 'b1', t(4))).document;
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
});

describe('stored text', () => {
  it('reads back what it writes, and names a damaged or newer value', () => {
    const doc = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    expect(parseTally(serializeTally(doc))).toEqual({ ok: true, value: doc, dropped: 0 });
    expect(parseTally('{"kind":"nq4-kiem-phieu","schemaVersion":2,"counts":{"c1":')).toEqual({ ok: false, problem: 'damaged' });
    expect(parseTally(JSON.stringify({ ...doc, schemaVersion: 7 }))).toEqual({ ok: false, problem: 'newer' });
    expect(parseTally(JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 1 }))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('recovers a damaged document entry by entry: the good counts, members and ballots stay', () => {
    let doc = ok(addBallot(started(), 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    doc = ok(addBallot(doc, 'c1', { id: 'b2', memberId: 'm2', marked: ['2a'], now: t(2) })).document;
    const second = createCount(doc, { id: 'c2', unit: 'Chi bộ 4', period: { year: 2026 }, now: t(3) });
    if (!second.ok) throw new Error(second.problem);
    const stored = JSON.parse(serializeTally(second.document));
    stored.counts.c1.ballots.b2.marked = ['<script>'];
    stored.counts.c2.period = { year: 3000 };
    const read = parseTally(JSON.stringify(stored));
    if (!read.ok) throw new Error(read.problem);
    expect(read.dropped).toBe(2);
    expect(Object.keys(read.value.counts)).toEqual(['c1']);
    expect(activeBallots(read.value.counts.c1!).map((b) => b.id)).toEqual(['b1']);
    expect(activeMembers(read.value.counts.c1!)).toHaveLength(2);
  });

  it('migrates a count of anonymous ballots (schema 1): every ballot kept, marked as entered the earlier way', () => {
    const v1 = {
      kind: 'nq4-kiem-phieu',
      schemaVersion: 1,
      counts: {
        c1: {
          id: 'c1',
          unit: 'Chi bộ Khu phố 3',
          period: { year: 2026, half: 1 },
          members: 'Nguyễn Văn A\nTrần Thị B',
          createdAt: t(0).toISOString(),
          updatedAt: t(0).toISOString(),
          ballots: {
            b1: { id: 'b1', marked: ['1a', '3c'], createdAt: t(1).toISOString(), updatedAt: t(1).toISOString() },
            b2: { id: 'b2', marked: [], createdAt: t(2).toISOString(), updatedAt: t(2).toISOString() },
          },
        },
      },
    };
    const read = parseTally(JSON.stringify(v1));
    if (!read.ok) throw new Error(read.problem);
    expect(read).toMatchObject({ migrated: true, dropped: 0 });
    const count = read.value.counts.c1!;
    expect(count).toMatchObject({ legacy: true, group: 'Nguyễn Văn A\nTrần Thị B', unit: 'Chi bộ Khu phố 3' });
    expect(activeBallots(count).map((b) => [b.id, b.marked, b.memberId])).toEqual([
      ['b1', ['1a', '3c'], undefined],
      ['b2', [], undefined],
    ]);
    // Written back in the current format, it reads the same.
    expect(parseTally(serializeTally(read.value))).toEqual({ ok: true, value: read.value, dropped: 0 });
  });

  it('is the same for equal documents whatever order entries came in, as the storage layer requires', () => {
    const base = started();
    const a = ok(addBallot(ok(addBallot(base, 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document, 'c1', { id: 'b2', memberId: 'm2', marked: [], now: t(2) })).document;
    const b = ok(addBallot(ok(addBallot(base, 'c1', { id: 'b2', memberId: 'm2', marked: [], now: t(2) })).document, 'c1', { id: 'b1', memberId: 'm1', marked: ['1a'], now: t(1) })).document;
    expect(serializeTally(a)).toBe(serializeTally(b));
    expect(serializeTally(mergeTallies(a, b))).toBe(serializeTally(mergeTallies(b, a)));
  });
});
