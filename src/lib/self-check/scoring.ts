// Counting answers and comparing rounds of the self-check. Pure: no DOM, no Astro.
import type { Group } from '../vocabulary.ts';
import type { Answer } from './document.ts';

/** What the self-check needs of a manifestation (a subset of the content collection's entry). */
export interface CheckManifestation {
  number: number;
  group: Group;
  numberInGroup: number;
  shortName: string;
  items: { id: string; text: string }[];
}

export interface MarkedManifestation {
  number: number;
  /** Ids of the items answered "Có". */
  yesItems: string[];
}

export interface Summary {
  answered: number;
  total: number;
  /** Item ids in page order that have no answer yet. */
  unanswered: string[];
  /** Manifestations with at least one "Có", in page order. */
  marked: MarkedManifestation[];
}

type Answers = Record<string, Answer | undefined>;

/** Counts only the items present in the data; answers to ids no longer there are kept but not counted. */
export function summarise(manifestations: CheckManifestation[], answers: Answers): Summary {
  const unanswered: string[] = [];
  const marked: MarkedManifestation[] = [];
  let answered = 0;
  let total = 0;
  for (const m of manifestations) {
    const yesItems: string[] = [];
    for (const item of m.items) {
      total += 1;
      const answer = answers[item.id];
      if (answer === undefined) {
        unanswered.push(item.id);
        continue;
      }
      answered += 1;
      if (answer === 'co') yesItems.push(item.id);
    }
    if (yesItems.length > 0) marked.push({ number: m.number, yesItems });
  }
  return { answered, total, unanswered, marked };
}

export interface RoundComparison {
  /** Marked in this round, not in the previous one. */
  appeared: number[];
  /** Marked in the previous round; in this round every item is answered "Không". */
  wentAway: number[];
  /** Marked in both rounds. */
  remained: number[];
  /** Marked in the previous round; in this round not all items are answered yet, none "Có". */
  undecided: number[];
}

export function compareRounds(manifestations: CheckManifestation[], previous: Answers, current: Answers): RoundComparison {
  const result: RoundComparison = { appeared: [], wentAway: [], remained: [], undecided: [] };
  for (const m of manifestations) {
    const before = m.items.some((item) => previous[item.id] === 'co');
    const now = m.items.some((item) => current[item.id] === 'co');
    const allNo = m.items.every((item) => current[item.id] === 'khong');
    if (now && before) result.remained.push(m.number);
    else if (now) result.appeared.push(m.number);
    else if (before && allNo) result.wentAway.push(m.number);
    else if (before) result.undecided.push(m.number);
  }
  return result;
}

/** A manifestation's place in the task list: none of its items answered, some, or all. */
export type TaskState = 'chua-lam' | 'dang-lam' | 'da-xong';

export function taskStates(manifestations: CheckManifestation[], answers: Answers): Map<number, TaskState> {
  const states = new Map<number, TaskState>();
  for (const m of manifestations) {
    const answered = m.items.filter((item) => answers[item.id] !== undefined).length;
    states.set(m.number, answered === 0 ? 'chua-lam' : answered === m.items.length ? 'da-xong' : 'dang-lam');
  }
  return states;
}
