import { describe, expect, it } from 'vitest';
import { compareRounds, rewordedItems, summarise, taskStates, wordingStart, type CheckManifestation } from '../../src/lib/self-check/scoring.ts';
import { newRound, type Round } from '../../src/lib/self-check/document.ts';

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

describe('“Không thuộc diện” (items that concern only some members)', () => {
  const scoped: CheckManifestation[] = [
    {
      number: 12,
      group: 'B',
      numberInGroup: 3,
      shortName: 'Mười hai',
      items: [{ ...item('12a'), appliesTo: 'declarant' }, { ...item('12b'), appliesTo: 'office-holder' }, item('12c')],
    },
  ];

  it('counts as answered, neither Có nor Không', () => {
    const summary = summarise(scoped, { '12a': 'khong-thuoc-dien', '12b': 'khong-thuoc-dien', '12c': 'khong' });
    expect(summary).toMatchObject({ answered: 3, notApplicable: 2, total: 3, unanswered: [], marked: [] });
    expect(taskStates(scoped, { '12a': 'khong-thuoc-dien', '12b': 'khong-thuoc-dien', '12c': 'khong' }).get(12)).toBe('da-xong');
  });

  it('on an item that does not offer it, leaves the item unanswered (it is asked again)', () => {
    const summary = summarise(scoped, { '12c': 'khong-thuoc-dien' });
    expect(summary).toMatchObject({ answered: 0, notApplicable: 0, unanswered: ['12a', '12b', '12c'] });
  });

  it('a manifestation marked before, now answered Không and Không thuộc diện, went away', () => {
    expect(compareRounds(scoped, { '12c': 'co' }, { '12a': 'khong-thuoc-dien', '12b': 'khong', '12c': 'khong' })).toEqual({ appeared: [], wentAway: [12], remained: [], undecided: [] });
  });
});

describe('items reworded since a round was answered', () => {
  const reworded: CheckManifestation[] = [
    {
      number: 4,
      group: 'A',
      numberInGroup: 4,
      shortName: 'Bốn',
      items: [{ ...item('4a'), wordingSince: '2026-12-10' }, item('4b'), { ...item('4c'), wordingSince: '2026-12-10' }],
    },
  ];
  const roundWith = (answers: Record<string, string>): Round => ({
    ...newRound({ year: 2026 }, new Date('2026-01-01T00:00:00Z')),
    answers: Object.fromEntries(Object.entries(answers).map(([id, at]) => [id, { answer: 'co', at }])),
  });

  it('takes effect at the start of its day in Vietnam time', () => {
    expect(wordingStart('2026-12-10')).toBe('2026-12-09T17:00:00.000Z');
  });

  it('lists items answered before their wording took effect; not those answered after, unanswered or never reworded', () => {
    const round = roundWith({ '4a': '2026-12-09T16:59:59.000Z', '4b': '2025-01-01T00:00:00.000Z', '4c': '2026-12-09T17:00:00.000Z' });
    expect(rewordedItems(reworded, round).map((i) => i.id)).toEqual(['4a']);
    expect(rewordedItems(reworded, roundWith({}))).toEqual([]);
  });
});
