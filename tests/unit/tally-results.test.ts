import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addTotals, compareTotals, computeTotals, itemIdsOf, seenManifestations, shareOf, totalsProblems } from '../../src/lib/tally/results.ts';
import { formatPercent } from '../../src/lib/numbers.ts';
import { ballots, catalogue, expected } from './tally-fixture.ts';

const totals = computeTotals(catalogue, ballots.map((marked) => ({ marked })));

describe('results of a count', () => {
  it('equal the figures worked out by hand', () => {
    expect(totals).toEqual({ ballots: expected.ballots, withAny: expected.withAny, byItem: expected.byItem, byManifestation: expected.byManifestation });
    expect(formatPercent(shareOf(totals.withAny, totals.ballots)!)).toBe(expected.share);
    expect(seenManifestations(catalogue, totals).map((m) => [m.number, m.ballots])).toEqual([
      [1, 3],
      [2, 2],
      [3, 2],
    ]);
  });

  it('has no share before any ballot, and zero for every item', () => {
    const none = computeTotals(catalogue, []);
    expect(shareOf(none.withAny, none.ballots)).toBeNull();
    expect(Object.values(none.byItem)).toEqual(Array(9).fill(0));
  });

  it('covers the 81 items of the real ballot', () => {
    const data = parse(readFileSync('content/bieu-hien/manifestations.yaml', 'utf8'));
    const ids = itemIdsOf(data);
    expect(ids).toHaveLength(81);
    expect(ids.slice(0, 4)).toEqual(['1a', '1b', '1c', '2a']);
    expect(ids.at(-1)).toBe('27c');
  });

  it('finds totals that no set of ballots could give', () => {
    expect(totalsProblems(catalogue, totals)).toEqual([]);
    expect(totalsProblems(catalogue, { ...totals, withAny: 7 })).toContain('withAny 7 > ballots 6');
    expect(totalsProblems(catalogue, { ...totals, byManifestation: { ...totals.byManifestation, '1': 1 } })).toContain('manifestation 1: 1 < an item\'s 2');
    expect(totalsProblems(catalogue, { ...totals, byManifestation: { ...totals.byManifestation, '3': 3 } })).toContain('manifestation 3: 3 > the sum of its items');
    expect(totalsProblems(catalogue, { ...totals, withAny: 1 }).some((p) => p.includes('> withAny 1'))).toBe(true);
    expect(totalsProblems(catalogue, { ...totals, byItem: { ...totals.byItem, '1a': -1 } })).not.toEqual([]);
  });

  it('adds up chi bộ and compares with an earlier round', () => {
    const twice = addTotals(catalogue, [totals, totals]);
    expect(twice.ballots).toBe(12);
    expect(twice.byItem['3c']).toBe(4);
    const earlier = computeTotals(catalogue, [{ marked: ['1a'] }, { marked: [] }, { marked: [] }, { marked: [] }]);
    // Earlier: 1 of 4 = 25 %; now 4 of 6 = 66,67 %: +3 members, +41,67 points.
    const comparison = compareTotals(totals, earlier);
    expect(comparison.withAnyChange).toBe(3);
    expect(formatPercent(comparison.shareChange!)).toBe('41,67%');
    expect(comparison.byManifestation).toEqual([
      { number: 1, earlier: 1, now: 3, change: 2 },
      { number: 2, earlier: 0, now: 2, change: 2 },
      { number: 3, earlier: 0, now: 2, change: 2 },
    ]);
  });
});
