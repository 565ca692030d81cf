// The facts issue 9 found wrong, checked in the content files against the brief (facts.md, verified.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../support/build.ts';
import { footerMarks } from '../../src/ui/labels.ts';
import { document } from '../../src/schemas/documents.ts';

const contentDir = join(projectRoot, 'content');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A content file's frontmatter (parsed) and body. */
function mdx(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(join(contentDir, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const allText = filesUnder(contentDir).map((file) => ({ file: relative(projectRoot, file), text: readFileSync(file, 'utf8') }));

describe('facts of the results page (facts.md, "Other figures")', () => {
  // One file per table, named by its id.
  const table = (id: string) => parse(readFileSync(join(contentDir, 'ket-qua', `${id}.yaml`), 'utf8')) as Record<string, any>;
  const results = readdirSync(join(contentDir, 'ket-qua')).map((file) => table(file.replace(/\.yaml$/, '')));
  const satisfaction = table('hai-long-hanh-chinh-2018');

  it('uses the published categories: hài lòng, bình thường, không hài lòng', () => {
    expect(satisfaction.rows.map((row: Record<string, unknown>) => row.muc)).toEqual(['Hài lòng', 'Bình thường', 'Không hài lòng']);
    expect(JSON.stringify(results)).not.toMatch(/chưa hài lòng/i);
  });

  it('names công chứng (not chứng thực) and keeps the list open-ended', () => {
    expect(satisfaction.note).toContain('công chứng');
    expect(satisfaction.note).not.toMatch(/chứng thực/);
    expect(satisfaction.note.trim().endsWith('…')).toBe(true);
  });

  it('says the files were judged by tổ chức, cá nhân', () => {
    expect(satisfaction.description).toContain('tổ chức, cá nhân');
  });

  it('calls the district inspection committee\'s supervision "giám sát chuyên đề"', () => {
    const ubkt = table('kiem-tra-ubkt');
    expect(ubkt.rows.filter((row: Record<string, string>) => String(row.viec).startsWith('Giám sát')).map((row: Record<string, string>) => row.viec)).toEqual([
      'Giám sát chuyên đề tổ chức đảng',
      'Giám sát chuyên đề đảng viên',
    ]);
  });
});

describe('documents (facts.md and verified.md)', () => {
  it('gives Quy định 1374-QĐ/TU its quoted title: quy trình "giải quyết" thông tin phản ánh', () => {
    const { data, body } = mdx('van-ban/quy-dinh-1374-qd-tu.mdx');
    expect(data.title).toContain('quy trình giải quyết thông tin phản ánh liên quan đến các tập thể, cá nhân suy thoái');
    expect(`${data.title} ${data.summary} ${body}`).not.toMatch(/xử lý thông tin/);
    expect(mdx('cam-nang/phan-3.mdx').body).not.toMatch(/xử lý thông tin phản ánh/);
  });

  it('records Quy định 08-QĐi/TW as verified.md does', () => {
    const { data, body } = mdx('van-ban/quy-dinh-08-qdi-tw.mdx');
    expect(data).toMatchObject({
      number: '08-QĐi/TW',
      date: '25/10/2018',
      issuer: 'Ban Chấp hành Trung ương Đảng',
      signer: 'Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng',
      title:
        'Quy định trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương',
    });
    // Quyết định 99 (2017) came before it and cannot cover it; no source ties it to the district's bản cam kết.
    expect(body).not.toMatch(/99-QĐ\/TW|bản cam kết/);
    expect(data.related).not.toContain('quyet-dinh-99-qd-tw');
  });

  it('records Quy định 124-QĐ/TW with its full title and date, and no issuer the source does not state', () => {
    const { data } = mdx('van-ban/quy-dinh-124-qd-tw.mdx');
    expect(data).toMatchObject({
      number: '124-QĐ/TW',
      date: '02/02/2018',
      title:
        'Quy định về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên',
    });
    expect(data.issuer).toBeUndefined();
  });

  it('names no issuer for Phương án 02-PA/BCĐ, in its metadata or its text', () => {
    const { data, body } = mdx('van-ban/phuong-an-02-pa-bcd.mdx');
    expect(data.issuer).toBeUndefined();
    expect(data.signer).toBeUndefined();
    expect(body).not.toMatch(/ban chỉ đạo/i);
    expect(body).toContain('không nêu tên cơ quan ban hành');
  });

  it('accepts a document without an issuer (shown "chưa cập nhật") but not one with an empty issuer', () => {
    const base = { title: 'Văn bản', type: 'cong-van', issuerLevel: 'quan', summary: 'Trích yếu.', updated: '27/11/2026' };
    expect(document.safeParse(base).success).toBe(true);
    expect(document.safeParse({ ...base, issuer: '' }).success).toBe(false);
  });

  it('claims nothing about documents nobody here has read', () => {
    for (const { file, text } of allText.filter((f) => f.file.includes('van-ban/'))) {
      expect(text, file).not.toMatch(/lưu giữ|thuộc hồ sơ|đều nhằm thực hiện|Nhờ vậy/);
    }
  });
});

describe('the handbook (facts.md, "The handbook")', () => {
  it('never says the handbook names five contents of supervision: its list is open-ended', () => {
    for (const { file, text } of allText) expect(text, file).not.toMatch(/năm nội dung giám sát/i);
    expect(mdx('cam-nang/phan-3.mdx').body).toContain('danh sách của cẩm nang không dừng ở đó');
  });

  it('labels the site\'s own advice "Gợi ý của Ban biên tập" in parts 2 and 3', () => {
    for (const part of ['phan-2', 'phan-3']) expect(mdx(`cam-nang/${part}.mdx`).body, part).toContain('<EditorAdvice>');
  });
});

describe('the committee\'s voice in every content file', () => {
  it('never addresses the member as "bạn" nor speaks as "chúng tôi"', () => {
    for (const { file, text } of allText) {
      expect(text, file).not.toMatch(/(^|[^\p{L}])bạn(?![\p{L}])/iu);
      expect(text, file).not.toMatch(/chúng tôi|trang này biên soạn|người ta\b|photocopy/i);
    }
  });

  it('is Unicode NFC throughout', () => {
    for (const { file, text } of allText) expect(text === text.normalize('NFC'), file).toBe(true);
  });
});

describe('footer marks (site configuration)', () => {
  const empty = { governingBody: '', responsible: '', address: '', contact: '' };

  it('shows no mark that is not configured', () => {
    expect(footerMarks(empty)).toEqual([]);
  });

  it('shows each configured mark under its label, in order', () => {
    expect(footerMarks({ ...empty, responsible: 'Ban Tuyên giáo', contact: '028 0000 0000' })).toEqual([
      { label: 'Chịu trách nhiệm nội dung', value: 'Ban Tuyên giáo' },
      { label: 'Liên hệ', value: '028 0000 0000' },
    ]);
  });
});
