import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeTotals, itemIdsOf, seenManifestations, shareOf } from '../../src/lib/tally/results.ts';
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
});
