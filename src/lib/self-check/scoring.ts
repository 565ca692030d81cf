// Counting answers and comparing rounds of the self-check. Pure: no DOM, no Astro.
import type { Group, ItemScope } from '../vocabulary.ts';
import { NOT_APPLICABLE, type Answer, type Round } from './document.ts';

/** A self-check item as the page gives it. */
export interface CheckItem {
  id: string;
  text: string;
  /** Only some members are concerned: the others answer "Không thuộc diện". */
  appliesTo?: ItemScope;
  /** Day (yyyy-mm-dd) the current wording took effect. */
  wordingSince?: string;
}

/** What the self-check needs of a manifestation (a subset of the content collection's entry). */
export interface CheckManifestation {
  number: number;
  group: Group;
  numberInGroup: number;
  shortName: string;
  items: CheckItem[];
}

export interface MarkedManifestation {
  number: number;
  /** Ids of the items answered "Có". */
  yesItems: string[];
}

export interface Summary {
  answered: number;
  /** Answered "Không thuộc diện": answered, but neither Có nor Không. */
  notApplicable: number;
  total: number;
  /** Item ids in page order that have no answer yet. */
  unanswered: string[];
  /** Manifestations with at least one "Có", in page order. */
  marked: MarkedManifestation[];
}

type Answers = Record<string, Answer | undefined>;

/** The item's answer; "Không thuộc diện" counts only where the item offers it (else the item is asked again). */
function answerTo(item: CheckItem, answers: Answers): Answer | undefined {
  const answer = answers[item.id];
  return answer === NOT_APPLICABLE && !item.appliesTo ? undefined : answer;
}

/** Counts only the items present in the data; answers to ids no longer there are kept but not counted. */
export function summarise(manifestations: CheckManifestation[], answers: Answers): Summary {
  const unanswered: string[] = [];
  const marked: MarkedManifestation[] = [];
  let answered = 0;
  let notApplicable = 0;
  let total = 0;
  for (const m of manifestations) {
    const yesItems: string[] = [];
    for (const item of m.items) {
      total += 1;
      const answer = answerTo(item, answers);
      if (answer === undefined) {
        unanswered.push(item.id);
        continue;
      }
      answered += 1;
      if (answer === 'co') yesItems.push(item.id);
      if (answer === NOT_APPLICABLE) notApplicable += 1;
    }
    if (yesItems.length > 0) marked.push({ number: m.number, yesItems });
  }
  return { answered, notApplicable, total, unanswered, marked };
}

export interface RoundComparison {
  /** Marked in this round, not in the previous one. */
  appeared: number[];
  /** Marked in the previous round; in this round every item is answered, none "Có" ("Không" or "Không thuộc diện"). */
  wentAway: number[];
  /** Marked in both rounds. */
  remained: number[];
  /** Marked in the previous round; in this round not all items are answered yet, none "Có". */
  undecided: number[];
}

export function compareRounds(manifestations: CheckManifestation[], previous: Answers, current: Answers): RoundComparison {
  const result: RoundComparison = { appeared: [], wentAway: [], remained: [], undecided: [] };
  for (const m of manifestations) {
    const before = m.items.some((item) => answerTo(item, previous) === 'co');
    const now = m.items.some((item) => answerTo(item, current) === 'co');
    const allAnswered = m.items.every((item) => answerTo(item, current) !== undefined);
    if (now && before) result.remained.push(m.number);
    else if (now) result.appeared.push(m.number);
    else if (before && allAnswered) result.wentAway.push(m.number);
    else if (before) result.undecided.push(m.number);
  }
  return result;
}

/** A manifestation's place in the task list: none of its items answered, some, or all. */
export type TaskState = 'chua-lam' | 'dang-lam' | 'da-xong';

export function taskStates(manifestations: CheckManifestation[], answers: Answers): Map<number, TaskState> {
  const states = new Map<number, TaskState>();
  for (const m of manifestations) {
    const answered = m.items.filter((item) => answerTo(item, answers) !== undefined).length;
    states.set(m.number, answered === 0 ? 'chua-lam' : answered === m.items.length ? 'da-xong' : 'dang-lam');
  }
  return states;
}

/** The instant a wording took effect: the start of its day in Vietnam time (UTC+7, no daylight saving). */
export function wordingStart(day: string): string {
  return new Date(`${day}T00:00:00+07:00`).toISOString();
}

/** Items of a round answered before their current wording took effect, in page order. */
export function rewordedItems(manifestations: CheckManifestation[], round: Round): CheckItem[] {
  return manifestations.flatMap((m) =>
    m.items.filter((item) => {
      // Item ids come from the data ("4a"), never a name every object has.
      const entry = round.answers[item.id];
      return item.wordingSince && entry && entry.at < wordingStart(item.wordingSince);
    }),
  );
}
