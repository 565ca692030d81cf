// Schema rules checked on the content's own files, parsed with the Zod schemas directly: no site build needed.
// (A full build still proves, once, in tests/build/content-errors.test.ts, that a refusal fails the build.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { columnIssue } from '../../src/schemas/columns.ts';
import { document } from '../../src/schemas/documents.ts';
import { manifestation } from '../../src/schemas/manifestations.ts';

function frontmatter(file: string, edit?: (text: string) => string): unknown {
  const text = readFileSync(`content/${file}`, 'utf8');
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
  if (!block) throw new Error(`${file} has no frontmatter`);
  const edited = edit ? edit(block) : block;
  if (edit) expect(edited, 'the fixture edit must change the file').not.toBe(block);
  return parseYaml(edited);
}

/** "field: message" of every issue, as the build prints them. */
function problems(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('document schema', () => {
  it('accepts the real document', () => {
    expect(problems(document.safeParse(frontmatter('van-ban/nghi-quyet-04-nq-tw.mdx')))).toEqual([]);
  });

  it('rejects an impossible date, naming the field', () => {
    const data = frontmatter('van-ban/nghi-quyet-04-nq-tw.mdx', (text) => text.replace(/^date: .*$/m, 'date: 30/02/2017'));
    expect(problems(document.safeParse(data))).toEqual(['date: "30/02/2017" is not a real date in the form dd/mm/yyyy']);
  });
});

describe('column issue schema', () => {
  it('rejects a Di tích issue published off the 10th without a reason', () => {
    const data = frontmatter('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', (text) => text.replace(/^date: (\d+)\//m, 'date: 11/'));
    expect(problems(columnIssue.safeParse(data))).toEqual(['date: column di-tich appears on day 10; give offDayReason for day 11']);
  });

  it('rejects a Gương sáng issue published off the 26th without a reason, and accepts it with one', () => {
    // The Gương sáng issues are drafts without a date: a published Di tích issue moved to that column stands in.
    const file = 'chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx';
    const offDay = frontmatter(file, (text) => text.replace(/^column: di-tich$/m, 'column: guong-sang'));
    expect(problems(columnIssue.safeParse(offDay))).toEqual(['date: column guong-sang appears on day 26; give offDayReason for day 10']);
    const withReason = frontmatter(file, (text) =>
      text.replace(/^column: di-tich$/m, 'column: guong-sang\noffDayReason: Ngày 26 là ngày nghỉ lễ.'),
    );
    expect(problems(columnIssue.safeParse(withReason))).toEqual([]);
  });

  it('rejects an issue that is not a draft but has no issue number or date, naming both fields', () => {
    const data = frontmatter('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', (text) =>
      text.replace(/^issue: .*\n/m, '').replace(/^date: .*\n/m, ''),
    );
    const found = problems(columnIssue.safeParse(data));
    expect(found).toContain('issue: an issue that is not a draft needs its issue number');
    expect(found).toContain('date: an issue that is not a draft needs its publication date (dd/mm/yyyy)');
  });

  it('rejects a draft that carries a date, and accepts the real drafts', () => {
    const file = 'chuyen-muc/guong-sang/nhap-giup-do-nguoi-kho-khan.mdx';
    expect(problems(columnIssue.safeParse(frontmatter(file)))).toEqual([]);
    const dated = frontmatter(file, (text) => text.replace(/^draft: true$/m, 'draft: true\ndate: 26/12/2026'));
    expect(problems(columnIssue.safeParse(dated))).toEqual(['date: a draft has no date']);
  });

  it('rejects a last-update date in the future', () => {
    const data = frontmatter('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', (text) =>
      text.replace(/^updated: .*$/m, 'updated: 01/01/2099'),
    );
    expect(problems(columnIssue.safeParse(data)).join('\n')).toMatch(/^updated: updated 2099-01-01 is in the future/);
  });
});

describe('manifestation schema', () => {
  const all = parseYaml(readFileSync('content/bieu-hien/manifestations.yaml', 'utf8')) as Array<Record<string, unknown>>;
  const fourth = all.find((entry) => entry.number === 4)!;

  it('accepts every real manifestation', () => {
    expect(all).toHaveLength(27);
    for (const entry of all) expect(problems(manifestation.safeParse(entry)), String(entry.id)).toEqual([]);
  });

  it('rejects a manifestation whose items are not three', () => {
    const twoItems = { ...fourth, items: (fourth.items as unknown[]).slice(0, 2) };
    expect(problems(manifestation.safeParse(twoItems)).join('\n')).toMatch(/^items: /);
  });
});
