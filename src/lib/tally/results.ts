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
