import { afterEach, describe, expect, it } from 'vitest';
import {
  draftsOf,
  featuredIssue,
  firstIssueDue,
  groupIssuesByYear,
  isPublished,
  issueSlug,
  published,
  sortIssues,
} from '../../src/lib/columns.ts';
import { siteToday } from '../../src/lib/dates.ts';
import { columnIssue } from '../../src/schemas/columns.ts';

const issue = (id: string, issueNumber: number, date: string) => ({ id, data: { issue: issueNumber, date } });
const draft = (id: string) => ({ id, data: { draft: true } });

describe('column issue order', () => {
  const issues = [issue('di-tich/a', 1, '2026-12-10'), issue('di-tich/c', 3, '2027-02-10'), issue('di-tich/b', 2, '2027-01-10')];

  it('lists issues newest first and leaves drafts out of the dated order', () => {
    expect(sortIssues([...issues, draft('di-tich/nhap')]).map((i) => i.data.issue)).toEqual([3, 2, 1]);
    expect(draftsOf([...issues, draft('di-tich/nhap')]).map((i) => i.id)).toEqual(['di-tich/nhap']);
  });

  it('archives by year, newest year first', () => {
    expect(groupIssuesByYear(issues).map((y) => [y.year, y.issues.map((i) => i.data.issue)])).toEqual([
      [2027, [3, 2]],
      [2026, [1]],
    ]);
  });

  it('uses the file name as the slug', () => {
    expect(issueSlug('guong-sang/nhap-khung-bai')).toBe('nhap-khung-bai');
  });
});

describe('what is published (fixed clock)', () => {
  const issues = [issue('di-tich/a', 1, '2026-12-10'), issue('di-tich/b', 2, '2027-01-10'), draft('di-tich/nhap')];

  it('publishes nothing dated after today and never a draft', () => {
    expect(published(issues, { today: '2026-11-27' })).toEqual([]);
    expect(published(issues, { today: '2026-12-09' })).toEqual([]);
    expect(published(issues, { today: '2026-12-10' }).map((i) => i.id)).toEqual(['di-tich/a']);
    expect(published(issues, { today: '2027-01-10' }).map((i) => i.id)).toEqual(['di-tich/a', 'di-tich/b']);
    expect(isPublished(draft('x'), { today: '2099-01-01' })).toBe(false);
  });

  it('shows drafts and later issues only in preview (npm run dev)', () => {
    expect(published(issues, { today: '2026-11-27', preview: true })).toHaveLength(3);
  });

  it('features the newest published issue of a column, and nothing when none is published', () => {
    expect(featuredIssue(published(issues, { today: '2027-01-10' }))!.id).toBe('di-tich/b');
    expect(featuredIssue(published(issues, { today: '2026-11-27' }))).toBeUndefined();
  });

  it('says when a column with nothing published expects its first issue', () => {
    // The earliest scheduled issue when there is one …
    expect(firstIssueDue(issues, '2026-11-27')).toBe('2026-12-10');
    // … otherwise no date at all: a draft promises nothing.
    expect(firstIssueDue([draft('guong-sang/nhap')], '2026-11-27')).toBeUndefined();
  });
});

describe('the build clock', () => {
  it('takes today in Vietnam time, or SITE_NOW when given', () => {
    expect(siteToday(new Date('2026-11-26T18:30:00Z'))).toBe('2026-11-27');
    expect(siteToday(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-26');
    expect(siteToday(new Date('2026-11-26T16:00:00Z'), '2027-01-10')).toBe('2027-01-10');
  });

  it('refuses a SITE_NOW that is not a real yyyy-mm-dd date', () => {
    expect(() => siteToday(new Date(), '10/01/2027')).toThrow(/SITE_NOW/);
    expect(() => siteToday(new Date(), '2027-02-30')).toThrow(/SITE_NOW/);
  });
});

describe('column issue schema', () => {
  const saved = process.env.SITE_NOW;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_NOW;
    else process.env.SITE_NOW = saved;
  });
  const base = { title: 'Tiêu đề', subject: 'Chủ đề', summary: 'Tóm tắt', updated: '27/11/2026', sources: [{ name: 'Báo Nhân Dân' }] };
  const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    result.error?.issues.map((i) => i.path.join('.')) ?? [];

  it('accepts a Gương sáng issue on the 26th and rejects one on another day without a reason', () => {
    expect(columnIssue.safeParse({ ...base, issue: 1, column: 'guong-sang', date: '26/12/2026' }).success).toBe(true);
    const offDay = columnIssue.safeParse({ ...base, issue: 1, column: 'guong-sang', date: '25/12/2026' });
    expect(offDay.success).toBe(false);
    expect(offDay.error!.issues[0]!.message).toMatch(/guong-sang appears on day 26/);
    expect(columnIssue.safeParse({ ...base, issue: 1, column: 'guong-sang', date: '25/12/2026', offDayReason: 'Ngày 26 trùng ngày nghỉ lễ' }).success).toBe(true);
  });

  it('rejects a Di tích issue on the 26th', () => {
    expect(columnIssue.safeParse({ ...base, issue: 1, column: 'di-tich', date: '26/12/2026' }).success).toBe(false);
  });

  it('requires issue number, date and sources on an issue that is not a draft, naming each field', () => {
    expect(fields(columnIssue.safeParse({ ...base, column: 'di-tich', sources: [] }))).toEqual(expect.arrayContaining(['issue', 'date', 'sources']));
  });

  it('accepts a draft with no number, date or sources, and refuses a dated or numbered draft', () => {
    expect(columnIssue.safeParse({ ...base, column: 'di-tich', draft: true, sources: [] }).success).toBe(true);
    expect(fields(columnIssue.safeParse({ ...base, column: 'di-tich', draft: true, issue: 3, date: '10/12/2026' }))).toEqual(['issue', 'date']);
  });

  it('refuses a publication date before the content existed (26/11/2026)', () => {
    expect(fields(columnIssue.safeParse({ ...base, issue: 1, column: 'di-tich', date: '10/09/2026' }))).toEqual(['date']);
  });

  it('checks "updated": not before the content existed, not after today', () => {
    process.env.SITE_NOW = '2026-11-27';
    const ok = { ...base, issue: 1, column: 'di-tich', date: '10/12/2026' };
    expect(columnIssue.safeParse(ok).success).toBe(true);
    expect(fields(columnIssue.safeParse({ ...ok, updated: '25/11/2026' }))).toEqual(['updated']);
    expect(fields(columnIssue.safeParse({ ...ok, updated: '28/11/2026' }))).toEqual(['updated']);
    expect(fields(columnIssue.safeParse({ ...ok, updated: undefined }))).toEqual(['updated']);
  });
});
