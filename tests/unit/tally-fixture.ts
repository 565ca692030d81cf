// A small ballot of three manifestations and six ballots, with every figure worked out by hand below.
import type { TallyManifestation } from '../../src/lib/tally/results.ts';

export const catalogue: TallyManifestation[] = [1, 2, 3].map((number) => ({
  number,
  shortName: `Biểu hiện ${number}`,
  items: ['a', 'b', 'c'].map((letter) => ({ id: `${number}${letter}` })),
}));

export const ballots: string[][] = [
  ['1a', '3c'], // B1
  [], // B2
  ['1a', '1b'], // B3
  ['2c'], // B4
  [], // B5
  ['1c', '2a', '3c'], // B6
];

// By hand: six ballots; B1, B3, B4, B6 carry a "Có" → 4, 4/6 = 66,67 %.
// Items: 1a in B1, B3 → 2; 1b in B3 → 1; 1c in B6 → 1; 2a in B6 → 1; 2c in B4 → 1; 3c in B1, B6 → 2; others 0.
// Manifestations: 1 in B1, B3, B6 → 3 (B3 marks two of its items but counts once); 2 in B4, B6 → 2; 3 in B1, B6 → 2.
export const expected = {
  ballots: 6,
  withAny: 4,
  share: '66,67%',
  byItem: { '1a': 2, '1b': 1, '1c': 1, '2a': 1, '2b': 0, '2c': 1, '3a': 0, '3b': 0, '3c': 2 },
  byManifestation: { '1': 3, '2': 2, '3': 2 },
};
