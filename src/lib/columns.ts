// Which column issues are published, in what order, and when a column's next issue is due.
// Pure: the caller passes "today" (siteToday in lib/dates) so tests can fix the clock.

/** The shape of a columnIssues collection entry, as far as scheduling and ordering need it. */
export interface IssueListing {
  /** Collection id such as "di-tich/so-01-dia-dao-phu-tho-hoa". */
  id: string;
  data: {
    /** Absent only on drafts. */
    issue?: number;
    /** ISO "yyyy-mm-dd"; absent only on drafts. */
    date?: string;
    draft?: boolean;
  };
}

/** A listing that is not a draft: it has its number and its date. */
export type DatedListing<T extends IssueListing> = T & { data: { issue: number; date: string } };

export interface PublicationOptions {
  /** ISO "yyyy-mm-dd" from siteToday(). */
  today: string;
  /** True in `npm run dev`: drafts and issues dated later are shown to editors as previews. */
  preview?: boolean;
}

/** Is this issue public? A draft never is; a dated issue is from its date on. Previews show everything. */
export function isPublished(issue: IssueListing, { today, preview = false }: PublicationOptions): boolean {
  if (preview) return true;
  if (issue.data.draft) return false;
  return issue.data.date !== undefined && issue.data.date <= today;
}

/** The issues that pages, feeds and the home page may show: the one decision of what is published. */
export function published<T extends IssueListing>(issues: readonly T[], options: PublicationOptions): T[] {
  return issues.filter((issue) => isPublished(issue, options));
}

/** True when the issue is dated after today (only previews show such an issue). */
export function isScheduled(issue: IssueListing, today: string): boolean {
  return !issue.data.draft && issue.data.date !== undefined && issue.data.date > today;
}

/** The issue's URL slug: its file name, without the column folder. */
export function issueSlug(id: string): string {
  return id.split('/').pop()!;
}

function isDated<T extends IssueListing>(issue: T): issue is DatedListing<T> {
  return !issue.data.draft && issue.data.date !== undefined && issue.data.issue !== undefined;
}

/** Newest first; on the same date the higher issue number first. Drafts are left out (see draftsOf). */
export function sortIssues<T extends IssueListing>(issues: readonly T[]): DatedListing<T>[] {
  return issues
    .filter(isDated)
    .sort((a, b) => (a.data.date === b.data.date ? b.data.issue - a.data.issue : a.data.date < b.data.date ? 1 : -1));
}

/** Drafts, by file name: they have no number or date to sort by. */
export function draftsOf<T extends IssueListing>(issues: readonly T[]): T[] {
  return issues.filter((issue) => issue.data.draft).sort((a, b) => a.id.localeCompare(b.id));
}

export interface IssueYear<T> {
  year: number;
  issues: T[];
}

/** The archive: years newest first, each with its issues newest first. */
export function groupIssuesByYear<T extends IssueListing>(issues: readonly T[]): IssueYear<DatedListing<T>>[] {
  const years = new Map<number, DatedListing<T>[]>();
  for (const issue of sortIssues(issues)) {
    const year = Number(issue.data.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), issue]);
  }
  return [...years].map(([year, list]) => ({ year, issues: list }));
}

/** The issue to feature for a column on the home page: its newest issue among those given. */
export function featuredIssue<T extends IssueListing>(issues: readonly T[]): DatedListing<T> | undefined {
  return sortIssues(issues)[0];
}

/**
 * When a column with nothing published yet expects its first issue: the earliest issue already scheduled, or
 * undefined when none is (then only the column's day of the month may be announced, never a date).
 */
export function firstIssueDue(issues: readonly IssueListing[], today: string): string | undefined {
  return issues
    .filter((issue) => isScheduled(issue, today))
    .map((issue) => issue.data.date!)
    .sort()[0];
}
