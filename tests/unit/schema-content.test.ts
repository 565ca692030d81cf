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
    const file = 'chuyen-muc/guong-sang/so-01-bai-mau-nguoi-tot-viec-tot-khu-pho.mdx';
    const offDay = frontmatter(file, (text) => text.replace(/^date: (\d+)\//m, 'date: 10/'));
    expect(problems(columnIssue.safeParse(offDay))).toEqual(['date: column guong-sang appears on day 26; give offDayReason for day 10']);
    const withReason = frontmatter(file, (text) => text.replace(/^date: (\d+)\//m, 'offDayReason: Ngày 26 là ngày nghỉ lễ.\ndate: 10/'));
    expect(problems(columnIssue.safeParse(withReason))).toEqual([]);
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
