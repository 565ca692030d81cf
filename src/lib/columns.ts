// Ordering of column issues for the column pages, the home page and the feeds.

/** The shape of a columnIssues collection entry, as far as ordering needs it. */
export interface IssueListing {
  /** Collection id such as "di-tich/so-01-dia-dao-phu-tho-hoa". */
  id: string;
  data: {
    issue: number;
    sample?: boolean;
    /** ISO "yyyy-mm-dd". */
    date: string;
  };
}

/** The issue's URL slug: its file name, without the column folder. */
export function issueSlug(id: string): string {
  return id.split('/').pop()!;
}

/** Newest first; on the same date the higher issue number first. */
export function sortIssues<T extends IssueListing>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => (a.data.date === b.data.date ? b.data.issue - a.data.issue : a.data.date < b.data.date ? 1 : -1));
}

export interface IssueYear<T> {
  year: number;
  issues: T[];
}

/** The archive: years newest first, each with its issues newest first. */
export function groupIssuesByYear<T extends IssueListing>(issues: readonly T[]): IssueYear<T>[] {
  const years = new Map<number, T[]>();
  for (const issue of sortIssues(issues)) {
    const year = Number(issue.data.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), issue]);
  }
  return [...years].map(([year, list]) => ({ year, issues: list }));
}

/** The issue to feature for a column: its newest verified issue, or its newest sample when it has nothing else. */
export function featuredIssue<T extends IssueListing>(issues: readonly T[]): T | undefined {
  const sorted = sortIssues(issues);
  return sorted.find((issue) => !issue.data.sample) ?? sorted[0];
}
