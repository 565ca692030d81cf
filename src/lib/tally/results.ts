// What ballots add up to: ballots, ballots with at least one "Có", and how many ballots marked each manifestation
// and each item — for the ballots about one member, or for an anonymous count of an earlier version. Pure.
import { activeBallots, activeMembers, compareItemIds, type Conclusion, type Count, type Member } from './count.ts';

/** What the tally needs of a manifestation (a subset of the content collection's entry). */
export interface TallyManifestation {
  number: number;
  shortName: string;
  items: { id: string }[];
}

export interface Totals {
  ballots: number;
  /** Ballots with at least one "Có". */
  withAny: number;
  /** Keyed by manifestation number ("4"): ballots that marked at least one of its items. */
  byManifestation: Record<string, number>;
  /** Keyed by item id ("4a"): ballots that marked it. */
  byItem: Record<string, number>;
}

export function itemIdsOf(catalogue: readonly TallyManifestation[]): string[] {
  return catalogue.flatMap((m) => m.items.map((item) => item.id)).sort(compareItemIds);
}

function zeroTotals(catalogue: readonly TallyManifestation[]): Totals {
  const byManifestation: Record<string, number> = {};
  const byItem: Record<string, number> = {};
  for (const m of catalogue) {
    byManifestation[String(m.number)] = 0;
    for (const item of m.items) byItem[item.id] = 0;
  }
  return { ballots: 0, withAny: 0, byManifestation, byItem };
}

/** Totals of ballots; ids not on the ballot (none are accepted at entry) are not counted. */
export function computeTotals(catalogue: readonly TallyManifestation[], ballots: readonly { marked: readonly string[] }[]): Totals {
  const totals = zeroTotals(catalogue);
  const manifestationOf = new Map(catalogue.flatMap((m) => m.items.map((item) => [item.id, String(m.number)] as const)));
  for (const ballot of ballots) {
    totals.ballots += 1;
    const known = ballot.marked.filter((id) => manifestationOf.has(id));
    if (known.length > 0) totals.withAny += 1;
    for (const id of new Set(known)) totals.byItem[id]! += 1;
    for (const number of new Set(known.map((id) => manifestationOf.get(id)!))) totals.byManifestation[number]! += 1;
  }
  return totals;
}

/** Share in percent points; null when nothing was counted. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

export interface SeenManifestation {
  number: number;
  shortName: string;
  ballots: number;
}

/** Manifestations marked on at least one ballot, in the resolution's order. */
export function seenManifestations(catalogue: readonly TallyManifestation[], totals: Totals): SeenManifestation[] {
  return [...catalogue]
    .sort((a, b) => a.number - b.number)
    .map((m) => ({ number: m.number, shortName: m.shortName, ballots: totals.byManifestation[String(m.number)] ?? 0 }))
    .filter((m) => m.ballots > 0);
}

/** Adds totals of disjoint sets of ballots (several chi bộ). */
export function addTotals(catalogue: readonly TallyManifestation[], parts: readonly Totals[]): Totals {
  const sum = zeroTotals(catalogue);
  for (const part of parts) {
    sum.ballots += part.ballots;
    sum.withAny += part.withAny;
    for (const key of Object.keys(sum.byManifestation)) sum.byManifestation[key]! += part.byManifestation[key] ?? 0;
    for (const key of Object.keys(sum.byItem)) sum.byItem[key]! += part.byItem[key] ?? 0;
  }
  return sum;
}

export interface Comparison {
  /** Change in ballots with at least one "Có" (members shown to have manifestations). */
  withAnyChange: number;
  /** Change of the share, in percent points; null when either round counted nothing. */
  shareChange: number | null;
  /** Per manifestation number, the change in ballots marking it (only those present in either round). */
  byManifestation: { number: number; earlier: number; now: number; change: number }[];
}

/** Compares a round with an earlier one, as /ket-qua/ compares the district's rounds. */
export function compareTotals(now: Totals, earlier: Totals): Comparison {
  const shareNow = shareOf(now.withAny, now.ballots);
  const shareEarlier = shareOf(earlier.withAny, earlier.ballots);
  const numbers = new Set([...Object.keys(now.byManifestation), ...Object.keys(earlier.byManifestation)]);
  const byManifestation = [...numbers]
    .map((key) => {
      const a = earlier.byManifestation[key] ?? 0;
      const b = now.byManifestation[key] ?? 0;
      return { number: Number(key), earlier: a, now: b, change: b - a };
    })
    .filter((row) => row.earlier > 0 || row.now > 0)
    .sort((a, b) => a.number - b.number);
  return {
    withAnyChange: now.withAny - earlier.withAny,
    shareChange: shareNow === null || shareEarlier === null ? null : shareNow - shareEarlier,
    byManifestation,
  };
}

export type TotalsProblem = string;

/**
 * Checks that totals could have come from real ballots of this catalogue; returns what is wrong
 * (English, for the detail line), or an empty list. Catches hand-edited or truncated files.
 */
export function totalsProblems(catalogue: readonly TallyManifestation[], totals: Totals): TotalsProblem[] {
  const problems: string[] = [];
  const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!isCount(totals.ballots) || !isCount(totals.withAny)) return ['ballots and withAny must be whole numbers ≥ 0'];
  if (totals.withAny > totals.ballots) problems.push(`withAny ${totals.withAny} > ballots ${totals.ballots}`);
  let manifestationSum = 0;
  let manifestationMax = 0;
  for (const m of catalogue) {
    const key = String(m.number);
    const value = totals.byManifestation[key];
    if (!isCount(value)) {
      problems.push(`manifestation ${key} has no count`);
      continue;
    }
    const items = m.items.map((item) => totals.byItem[item.id]);
    if (!items.every(isCount)) {
      problems.push(`an item of manifestation ${key} has no count`);
      continue;
    }
    const itemCounts = items as number[];
    if (value < Math.max(...itemCounts)) problems.push(`manifestation ${key}: ${value} < an item's ${Math.max(...itemCounts)}`);
    if (value > itemCounts.reduce((a, b) => a + b, 0)) problems.push(`manifestation ${key}: ${value} > the sum of its items`);
    manifestationSum += value;
    manifestationMax = Math.max(manifestationMax, value);
  }
  if (manifestationMax > totals.withAny) problems.push(`a manifestation counts ${manifestationMax} > withAny ${totals.withAny}`);
  if (totals.withAny > manifestationSum) problems.push(`withAny ${totals.withAny} > the sum over manifestations ${manifestationSum}`);
  const expectedKeys = new Set([...catalogue.map((m) => String(m.number)), ...itemIdsOf(catalogue)]);
  for (const key of [...Object.keys(totals.byManifestation), ...Object.keys(totals.byItem)]) {
    if (!expectedKeys.has(key)) problems.push(`unknown entry ${key}`);
  }
  return problems;
}

// --- Per member (a count whose ballots name the member assessed) ---


export interface MemberResult {
  member: Member;
  /** Totals of the ballots about this member: `ballots` received, `withAny` with at least one "Có". */
  totals: Totals;
  /** The chi ủy's steps so far; undefined while none is recorded. */
  conclusion?: Conclusion;
}

/** Each member on the list with the totals of the ballots about them, in the list's order. */
export function memberResults(catalogue: readonly TallyManifestation[], count: Count): MemberResult[] {
  return activeMembers(count).map((member) => {
    const result: MemberResult = { member, totals: computeTotals(catalogue, activeBallots(count, member.id)) };
    const conclusion = count.conclusions[member.id];
    if (conclusion) result.conclusion = conclusion;
    return result;
  });
}

/** Members whose ballots carry a "Có": the chi ủy meets each of them before concluding. */
export function membersWithMarks(results: readonly MemberResult[]): MemberResult[] {
  return results.filter((result) => result.totals.withAny > 0);
}

/** Members with marks the chi ủy has not concluded about yet. */
export function membersAwaitingConclusion(results: readonly MemberResult[]): MemberResult[] {
  return membersWithMarks(results).filter((result) => !result.conclusion?.decided);
}
