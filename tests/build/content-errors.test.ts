import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../../support/build.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Copies the real content to a temporary folder, lets the test break one file, and builds from it. */
function buildWithBrokenContent(relativeFile: string, breakIt: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  const contentDir = join(dir, 'content');
  cpSync(resolve(projectRoot, 'content'), contentDir, { recursive: true });
  const file = join(contentDir, relativeFile);
  const before = readFileSync(file, 'utf8');
  const after = breakIt(before);
  expect(after, 'the fixture edit must change the file').not.toBe(before);
  writeFileSync(file, after);
  return { file, ...buildSite({ CONTENT_DIR: contentDir, SITE_OUT_DIR: join(dir, 'dist'), SITE_CACHE_DIR: join(dir, 'cache') }) };
}

describe('a malformed content file fails the build, naming the file and the field', () => {
  it('rejects an impossible document date', () => {
    const result = buildWithBrokenContent('van-ban/nghi-quyet-04-nq-tw.mdx', (text) =>
      text.replace(/^date: .*$/m, 'date: 30/02/2017'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(result.file);
    expect(result.output).toMatch(/date: "30\/02\/2017" is not a real date/);
  });

  it('rejects a column issue published off its column day without a reason', () => {
    const result = buildWithBrokenContent('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', (text) =>
      text.replace(/^date: (\d+)\//m, 'date: 11/'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(result.file);
    expect(result.output).toMatch(/date: column di-tich appears on day 10/);
  });

  it('rejects a Gương sáng issue published off the 26th without a reason', () => {
    const result = buildWithBrokenContent('chuyen-muc/guong-sang/so-01-bai-mau-nguoi-tot-viec-tot-khu-pho.mdx', (text) =>
      text.replace(/^date: (\d+)\//m, 'date: 10/'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(result.file);
    expect(result.output).toMatch(/date: column guong-sang appears on day 26/);
  });

  it('rejects an issue filed in another column’s folder than its column field says', () => {
    const result = buildWithBrokenContent('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', (text) =>
      text.replace(/^column: di-tich$/m, 'column: guong-sang\noffDayReason: Thử nghiệm.'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/so-01-dia-dao-phu-tho-hoa\.mdx: column "guong-sang" but the file is in content\/chuyen-muc\/di-tich\//);
  });

  it('rejects a document whose related slug names no document', () => {
    const result = buildWithBrokenContent('van-ban/quyet-dinh-99-qd-tw.mdx', (text) =>
      text.replace(/^related:\n/m, 'related:\n  - khong-co-van-ban-nay\n'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/quyet-dinh-99-qd-tw\.mdx: related document "khong-co-van-ban-nay" does not exist/);
  });

  it('rejects a manifestation whose items are not three', () => {
    const result = buildWithBrokenContent('bieu-hien/manifestations.yaml', (text) => text.replace(/\n\s+- id: 4c\n\s+text: .*/, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(result.file);
    expect(result.output).toMatch(/items/);
  });
});
