import { describe, expect, it } from 'vitest';
import { featuredIssue, groupIssuesByYear, issueSlug, sortIssues } from '../../src/lib/columns.ts';
import { columnIssue } from '../../src/schemas/columns.ts';

const issue = (id: string, issueNumber: number, date: string) => ({ id, data: { issue: issueNumber, date } });

describe('column issue order', () => {
  const issues = [issue('di-tich/a', 1, '2025-12-10'), issue('di-tich/c', 3, '2026-02-10'), issue('di-tich/b', 2, '2026-01-10')];

  it('lists issues newest first', () => {
    expect(sortIssues(issues).map((i) => i.data.issue)).toEqual([3, 2, 1]);
  });

  it('archives by year, newest year first', () => {
    expect(groupIssuesByYear(issues).map((y) => [y.year, y.issues.map((i) => i.data.issue)])).toEqual([
      [2026, [3, 2]],
      [2025, [1]],
    ]);
  });

  it('uses the file name as the slug', () => {
    expect(issueSlug('guong-sang/so-01-bai-mau')).toBe('so-01-bai-mau');
  });
});

describe('column issue schema', () => {
  const base = { issue: 1, title: 'Bài mẫu', subject: 'Mẫu', summary: 'Mẫu', sample: true };

  it('accepts a Gương sáng issue on the 26th and rejects one on another day without a reason', () => {
    expect(columnIssue.safeParse({ ...base, column: 'guong-sang', date: '26/10/2026' }).success).toBe(true);
    const offDay = columnIssue.safeParse({ ...base, column: 'guong-sang', date: '25/10/2026' });
    expect(offDay.success).toBe(false);
    expect(offDay.error!.issues[0]!.message).toMatch(/guong-sang appears on day 26/);
    expect(columnIssue.safeParse({ ...base, column: 'guong-sang', date: '25/10/2026', offDayReason: 'Ngày 26 trùng ngày nghỉ lễ' }).success).toBe(true);
  });

  it('rejects a Di tích issue on the 26th', () => {
    expect(columnIssue.safeParse({ ...base, column: 'di-tich', date: '26/10/2026' }).success).toBe(false);
  });

  it('requires sources for an issue that is not a sample', () => {
    const result = columnIssue.safeParse({ ...base, column: 'di-tich', date: '10/10/2026', sample: false });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('sources');
  });
});

describe('featuredIssue', () => {
  const withSample = (id: string, issueNumber: number, date: string, sample: boolean) => ({ id, data: { issue: issueNumber, date, sample } });

  it('features the newest verified issue even when a newer sample exists', () => {
    const issues = [withSample('a', 1, '2026-09-10', false), withSample('b', 2, '2026-10-10', false), withSample('c', 3, '2026-11-10', true)];
    expect(featuredIssue(issues)!.id).toBe('b');
  });

  it('falls back to the newest sample when a column has only samples, and to nothing when it is empty', () => {
    expect(featuredIssue([withSample('a', 1, '2026-08-26', true), withSample('b', 2, '2026-09-26', true)])!.id).toBe('b');
    expect(featuredIssue([])).toBeUndefined();
  });
});
