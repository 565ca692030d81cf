// The đảng bộ's figures: members surveyed and members the chi ủy concluded, per chi bộ and added up; the file holds no name.
import { describe, expect, it } from 'vitest';
import { addBallot, createCount, emptyTally, setConclusion, type TallyDocument } from '../../src/lib/tally/count.ts';
import {
  addFigures,
  compareFigures,
  countFigures,
  csvText,
  FIGURES_FILE_KEYS,
  figuresFileName,
  figuresFileText,
  makeFiguresFile,
  readFiguresFile,
  type Figures,
} from '../../src/lib/tally/figures.ts';
import { makeTotalsFile, totalsFileText } from '../../src/lib/tally/transfer.ts';
import { computeTotals } from '../../src/lib/tally/results.ts';
import { formatPercent } from '../../src/lib/numbers.ts';
import { catalogue } from './tally-fixture.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

/** Four members; An: 1a, 1a 2b; Bình: none; Cường: 3c; Dung: no ballot. */
function counted(): TallyDocument {
  const created = createCount(emptyTally(), {
    id: 'c1',
    unit: 'Chi bộ Khu phố 3',
    period: { year: 2026, half: 2 },
    now: t(0),
    members: NAMES.map((name, index) => ({ id: `m${index + 1}`, name })),
  });
  if (!created.ok) throw new Error(created.problem);
  let doc = created.document;
  const ballots: [string, string[]][] = [['m1', ['1a']], ['m1', ['1a', '2b']], ['m2', []], ['m2', []], ['m3', ['3c']]];
  ballots.forEach(([memberId, marked], index) => {
    const added = addBallot(doc, 'c1', { id: `b${index}`, memberId, marked, now: t(index + 1) });
    if (!added.ok) throw new Error(added.problem);
    doc = added.document;
  });
  return doc;
}

function conclude(doc: TallyDocument, memberId: string, manifestations: number[]): TallyDocument {
  const done = setConclusion(doc, 'c1', memberId, { metOn: '2026-12-03', decided: true, manifestations, note: `Ghi chú về ${NAMES[0]}` }, t(30));
  if (!done.ok) throw new Error(done.problem);
  return done.document;
}

describe('a chi bộ’s figures', () => {
  it('wait for the chi ủy’s conclusion about every member with marks; the tool does not conclude', () => {
    const doc = counted();
    expect(countFigures(catalogue, doc.counts.c1!)).toEqual({ ok: false, problem: 'awaiting', awaiting: 2 });
    expect(countFigures(catalogue, conclude(doc, 'm1', [1]).counts.c1!)).toEqual({ ok: false, problem: 'awaiting', awaiting: 1 });
  });

  it('count members concluded, of members surveyed; "none" is a conclusion too', () => {
    // By hand: surveyed = An, Bình, Cường (Dung has no ballot) = 3; concluded: An (1, 2) = 1; Cường concluded none.
    const doc = conclude(conclude(counted(), 'm1', [1, 2]), 'm3', []);
    expect(countFigures(catalogue, doc.counts.c1!)).toEqual({
      ok: true,
      figures: { membersSurveyed: 3, membersConcluded: 1, byManifestation: { '1': 1, '2': 1, '3': 0 } },
    });
  });
});

describe('the file a chi bộ sends', () => {
  const doc = conclude(conclude(counted(), 'm1', [1, 2]), 'm3', [3]);
  const figures = countFigures(catalogue, doc.counts.c1!);
  if (!figures.ok) throw new Error(figures.problem);
  const file = makeFiguresFile('Chi bộ Khu phố 3', { year: 2026, half: 2 }, figures.figures, t(40));
  const text = figuresFileText(file);

  it('holds only the chi bộ, the period, members surveyed, members concluded and per manifestation: no name, no ballot', () => {
    expect(Object.keys(JSON.parse(text))).toEqual([...FIGURES_FILE_KEYS]);
    expect(JSON.parse(text)).toEqual({
      kind: 'nq4-kiem-phieu-tong-hop',
      formatVersion: 2,
      unit: 'Chi bộ Khu phố 3',
      period: { year: 2026, half: 2 },
      exportedOn: '2026-12-07',
      membersSurveyed: 3,
      membersConcluded: 2,
      byManifestation: { '1': 1, '2': 1, '3': 1 },
      checksum: file.checksum,
    });
    for (const name of [...NAMES, 'Ghi chú', '2026-12-03', 'marked', '1a']) expect(text).not.toContain(name);
    expect(figuresFileName(file)).toBe('so-lieu-chi-bo-khu-pho-3-2026-2.json');
  });

  it('cannot carry a name even when handed an object with more fields', () => {
    const sneaky = { ...figures.figures, names: NAMES, byManifestation: { ...figures.figures.byManifestation } } as Figures;
    expect(figuresFileText(makeFiguresFile('Chi bộ Khu phố 3', { year: 2026, half: 2 }, sneaky, t(40)))).not.toContain(NAMES[0]);
  });

  it('reads back what it writes, and refuses a changed figure, impossible figures, an added field and a ballots file', () => {
    const read = (body: string) => readFiguresFile(body, catalogue);
    expect(read(text)).toEqual({ ok: true, file });
    expect(read(JSON.stringify({ ...file, membersSurveyed: 4 }))).toMatchObject({ ok: false, problem: 'checksum' });
    expect(read(JSON.stringify({ ...file, membersConcluded: 4 }))).toMatchObject({ ok: false, problem: 'inconsistent' });
    expect(read(JSON.stringify({ ...file, byManifestation: { ...file.byManifestation, '2': 3 } }))).toMatchObject({ ok: false, problem: 'inconsistent' });
    expect(read(JSON.stringify({ ...file, members: NAMES }))).toMatchObject({ ok: false, problem: 'invalid' });
    const ballotsFile = makeTotalsFile('Chi bộ Khu phố 3', { year: 2026, half: 2 }, computeTotals(catalogue, [{ marked: ['1a'] }]), t(40));
    expect(read(totalsFileText(ballotsFile))).toMatchObject({ ok: false, problem: 'ballots-file' });
    expect(read(JSON.stringify({ ...file, formatVersion: 3 }))).toMatchObject({ ok: false, problem: 'newer' });
  });
});

describe('adding up', () => {
  it('gives members and shares by chi bộ and overall, equal to a hand computation', () => {
    const a: Figures = { membersSurveyed: 8, membersConcluded: 1, byManifestation: { '1': 1, '2': 0, '3': 0 } };
    const b: Figures = { membersSurveyed: 12, membersConcluded: 2, byManifestation: { '1': 1, '2': 1, '3': 1 } };
    const c: Figures = { membersSurveyed: 20, membersConcluded: 0, byManifestation: { '1': 0, '2': 0, '3': 0 } };
    // By hand: 40 surveyed, 3 concluded = 7,50 %; manifestation 1: 2 members (5,00 %), 2: 1, 3: 1.
    const sum = addFigures(catalogue, [a, b, c]);
    expect(sum).toEqual({ membersSurveyed: 40, membersConcluded: 3, byManifestation: { '1': 2, '2': 1, '3': 1 } });
    // Earlier round: 2 of 40 = 5 %: +1 member, +2,5 points.
    const comparison = compareFigures(sum, { membersSurveyed: 40, membersConcluded: 2, byManifestation: { '1': 2, '2': 0, '3': 0 } });
    expect(comparison.concludedChange).toBe(1);
    expect(formatPercent(comparison.shareChange!)).toBe('2,50%');
    expect(comparison.byManifestation).toEqual([
      { number: 1, earlier: 2, now: 2, change: 0 },
      { number: 2, earlier: 0, now: 1, change: 1 },
      { number: 3, earlier: 0, now: 1, change: 1 },
    ]);
  });
});

describe('the add-up saved as CSV', () => {
  it('quotes cells that hold a separator, a quote or a line break, and starts with a BOM', () => {
    expect(csvText([['Chi bộ "A", khu 1', '8'], ['Toàn đảng bộ', '23,08%']])).toBe('\uFEFF"Chi bộ ""A"", khu 1",8\r\nToàn đảng bộ,"23,08%"\r\n');
  });
});
