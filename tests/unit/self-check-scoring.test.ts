import { describe, expect, it } from 'vitest';
import { compareRounds, summarise, type CheckManifestation } from '../../src/lib/self-check/scoring.ts';

const item = (id: string) => ({ id, text: `Nội dung ${id}` });
const fixture: CheckManifestation[] = [
  { number: 1, group: 'A', numberInGroup: 1, shortName: 'Một', items: [item('1a'), item('1b'), item('1c')] },
  { number: 2, group: 'A', numberInGroup: 2, shortName: 'Hai', items: [item('2a'), item('2b'), item('2c')] },
  { number: 10, group: 'B', numberInGroup: 1, shortName: 'Mười', items: [item('10a'), item('10b'), item('10c')] },
];

describe('summarise', () => {
  it('counts answered items and lists the unanswered in page order', () => {
    const summary = summarise(fixture, { '1a': 'co', '2c': 'khong', '10b': 'khong' });
    expect(summary.answered).toBe(3);
    expect(summary.total).toBe(9);
    expect(summary.unanswered).toEqual(['1b', '1c', '2a', '2b', '10a', '10c']);
  });

  it('marks a manifestation with one or more "Có" and no other', () => {
    const summary = summarise(fixture, { '1a': 'co', '1c': 'co', '2a': 'khong', '10c': 'co' });
    expect(summary.marked).toEqual([
      { number: 1, yesItems: ['1a', '1c'] },
      { number: 10, yesItems: ['10c'] },
    ]);
  });

  it('ignores answers to ids the data no longer has', () => {
    const summary = summarise(fixture, { '27z': 'co' });
    expect(summary.answered).toBe(0);
    expect(summary.marked).toEqual([]);
  });
});

describe('compareRounds', () => {
  it('tells what appeared, went away, remained and is not yet decided', () => {
    const previous = { '1a': 'co', '2b': 'co', '10a': 'co' } as const;
    const current = {
      '1a': 'co',
      '2a': 'khong', '2b': 'khong', '2c': 'khong',
      '10a': 'khong',
    } as const;
    expect(compareRounds(fixture, previous, current)).toEqual({ appeared: [], wentAway: [2], remained: [1], undecided: [10] });
    expect(compareRounds(fixture, {}, { '10b': 'co' })).toEqual({ appeared: [10], wentAway: [], remained: [], undecided: [] });
  });
});
