import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/lib/tally/results.ts';
import { addTotalsFile, fnv1a, makeTotalsFile, totalsFileName, totalsFileText, type TotalsFile } from '../../src/lib/tally/transfer.ts';
import { ballots, catalogue } from './tally-fixture.ts';

const now = new Date(Date.UTC(2026, 10, 27, 9));
const totals = computeTotals(catalogue, ballots.map((marked) => ({ marked })));
const file = makeTotalsFile('Chi bộ Khu phố 3', { year: 2026, half: 2 }, totals, now);

// The earlier format, kept so a count of anonymous ballots can still be exported as it was.
describe('totals file of an anonymous count', () => {
  it('holds totals only: no ballot, no timestamp finer than the day', () => {
    const text = totalsFileText(file);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(
      ['ballots', 'byItem', 'byManifestation', 'checksum', 'exportedOn', 'formatVersion', 'kind', 'period', 'unit', 'withAny'].sort(),
    );
    expect(text).not.toMatch(/marked|createdAt|T\d\d:/);
    expect(file.exportedOn).toBe('2026-11-27');
    expect(totalsFileName(file)).toBe('kiem-phieu-chi-bo-khu-pho-3-2026-2.json');
  });

  it('checksums with FNV-1a', () => {
    // Published test vectors of 32-bit FNV-1a.
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('adds chi bộ of one period, each once', () => {
    const other = makeTotalsFile('Chi bộ Khu phố 4', { year: 2026, half: 2 }, totals, now);
    let files: TotalsFile[] = [];
    for (const next of [file, other]) {
      const added = addTotalsFile(files, next);
      if (!added.ok) throw new Error(added.problem);
      files = added.files;
    }
    expect(files).toHaveLength(2);
    expect(addTotalsFile(files, file)).toEqual({ ok: false, problem: 'same-unit', identical: true, unit: 'Chi bộ Khu phố 3' });
    const renamedCase = makeTotalsFile('chi bộ khu  phố 3', { year: 2026, half: 2 }, computeTotals(catalogue, []), now);
    expect(addTotalsFile(files, renamedCase)).toEqual({ ok: false, problem: 'same-unit', identical: false, unit: 'Chi bộ Khu phố 3' });
    const earlier = makeTotalsFile('Chi bộ Khu phố 5', { year: 2026, half: 1 }, totals, now);
    expect(addTotalsFile(files, earlier)).toEqual({ ok: false, problem: 'other-period', period: { year: 2026, half: 1 }, expected: { year: 2026, half: 2 } });
  });
});
