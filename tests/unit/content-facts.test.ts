// The facts issues 9 and 23 found wrong, checked in the content files and page sources against the brief.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../support/build.ts';
import { NOT_YET_KNOWN, SHORT_NAMES_NOTE, documentStatusLabels, footerMarks, provenanceLabels } from '../../src/ui/labels.ts';
import { document } from '../../src/schemas/documents.ts';
import { manifestation } from '../../src/schemas/manifestations.ts';
import { loadManifestations, readManifestationsYaml } from '../../support/manifestations-data.ts';

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

// Issue 23: what a committee would strike out, checked in the content files and the pages' sources.
const pageSource = (path: string) => readFileSync(join(projectRoot, 'src', path), 'utf8');
/** A content file's body with its line breaks folded, so a phrase wrapped over two lines is found. */
const prose = (path: string) => mdx(path).body.replace(/\s+/g, ' ');
const readerText = [
  ...allText,
  ...filesUnder(join(projectRoot, 'src/pages'))
    .concat(filesUnder(join(projectRoot, 'src/components')))
    .filter((file) => file.endsWith('.astro') && !/admin|self-check|tu-kiem-tra|kiem-phieu|tim-kiem/.test(file))
    .map((file) => ({ file: relative(projectRoot, file), text: readFileSync(file, 'utf8') })),
];

describe('overclaims and altered meanings (issue 23)', () => {
  it('gives the plan\'s focus areas the article\'s words: kết nạp, thanh tra, công khai tài sản', () => {
    const body = prose('van-ban/ke-hoach-thuc-hien-nghi-quyet-trung-uong-4.mdx');
    expect(body).toContain('kết nạp, quản lý đảng viên hoàn thành nghĩa vụ quân sự trở về');
    expect(body).not.toMatch(/tiếp nhận/);
    expect(body).toMatch(/2\. Thanh tra, kiểm tra công vụ/);
    expect(body).toContain('kê khai, công khai tài sản');
  });

  it('has the core group of 02-PA/BCĐ propose what to say, not how to handle, with the article\'s members', () => {
    const body = prose('van-ban/phuong-an-02-pa-bcd.mdx');
    expect(body).toContain('đề xuất nội dung thực hiện đấu tranh, phản bác');
    expect(body).not.toMatch(/xử lý|thủ trưởng|phòng, ban/);
    expect(body).toContain('ban, ngành, đoàn thể: lãnh đạo đơn vị và một chuyên viên');
  });

  it('says "phương pháp giám sát", never "phương thức"', () => {
    for (const { file, text } of readerText) expect(text, file).not.toMatch(/phương thức giám sát/i);
    expect(mdx('cam-nang/phan-3.mdx').data.title).toContain('phương pháp giám sát');
  });

  it('leaves the conclusion to the chi ủy in handbook part 1, not to a resident watching a cadre', () => {
    const body = prose('cam-nang/phan-1.mdx');
    expect(body).not.toMatch(/biểu hiện đã xuất hiện/);
    expect(body).toContain('Chỉ chi ủy');
    expect(body).toContain('ban công tác mặt trận khu phố');
  });

  it('claims no link between the survey plan and the 81-item form', () => {
    expect(prose('van-ban/ke-hoach-khao-sat-chat-luong-sinh-hoat-chi-bo.mdx')).not.toMatch(/khác với phiếu/);
  });

  it('keeps the results page\'s list of manifestations open, calls none a "nhóm", and titles it with period and source', () => {
    const page = pageSource('pages/ket-qua/index.astro');
    expect(page).not.toMatch(/được nhận diện là:|nhóm biểu hiện/);
    expect(page).toContain('được nhận diện như:');
    expect(page).toMatch(/title="Kết quả thực hiện 2017 – 6\/2019"/);
    expect(page).toContain('Tạp chí Xây dựng Đảng ngày 30/04/2020');
  });

  it('says what each central document\'s metadata rests on, not "nhiều nguồn" for all', () => {
    const body = prose('trang/ve-noi-dung.mdx');
    expect(body).not.toMatch(/các văn bản Trung ương được đối chiếu với nhiều nguồn/);
    expect(body).toContain('người ký chỉ theo một nguồn là Báo Kiến thức');
    expect(body).toContain('tên và ngày ban hành chỉ theo một nguồn là Báo Đại Đoàn Kết');
  });

  it('no longer claims every item names a concrete act', () => {
    expect(prose('trang/ve-noi-dung.mdx')).not.toMatch(/Mỗi nội dung nêu một việc làm cụ thể/);
  });

  it('names Tăng Hữu Phong as Phó Bí thư Thường trực "khi đó"', () => {
    for (const { file, text } of readerText.filter((f) => f.text.includes('Tăng Hữu Phong'))) {
      expect(text, file).toMatch(/Tăng Hữu Phong,\s+khi đó là Phó Bí thư Thường trực/);
    }
  });

  it('promises a column date only for an issue already scheduled', () => {
    const home = pageSource('pages/index.astro');
    expect(home).toContain('chuyên mục ra vào ngày {c.day} hằng tháng');
    expect(home).not.toMatch(/nextColumnDay/);
  });
});

describe('provenance (issue 23)', () => {
  it('calls no source only "một trang hỏi đáp tổng hợp" or "một cổng thông tin" without saying its name was not recorded', () => {
    const sources = loadManifestations().flatMap((m) => m.sources);
    for (const source of sources.filter((s) => !s.url)) expect(source.name, source.name).toContain('chưa ghi lại tên và địa chỉ');
  });

  it('says "theo … bản công khai" on every label of wording not compared with the official text', () => {
    for (const status of ['nguyen-van', 'nguyen-van-mot-nguon', 'trich-doan'] as const) {
      expect(provenanceLabels[status], status).toMatch(/theo (ít nhất hai|một)? ?bản công khai/);
    }
  });

  it('marks the short names as the editors\' once, above each list of manifestations', () => {
    expect(SHORT_NAMES_NOTE).toContain('do Ban biên tập đặt');
    expect(pageSource('components/manifestations/ManifestationList.astro')).toContain('{SHORT_NAMES_NOTE}');
  });

  it('titles handbook part 3\'s headings that hold only editors\' advice as such', () => {
    const { body } = mdx('cam-nang/phan-3.mdx');
    expect(body).toContain('## Nguyên tắc giám sát: gợi ý của Ban biên tập');
    expect(body).toContain('## Phương pháp giám sát: gợi ý của Ban biên tập');
  });

  it('does not title the print copy as the printed handbook', () => {
    expect(pageSource('pages/cam-nang/ban-in/index.astro')).not.toMatch(/<h1>\{HANDBOOK_TITLE\}<\/h1>/);
  });

  it('does not call a portal\'s home page "bản chính thức", nor say it twice on a document page', () => {
    for (const { file, text } of allText.filter((f) => f.file.includes('van-ban/'))) {
      expect(text, file).not.toMatch(/## Xem toàn văn chính thức/);
    }
    expect(pageSource('pages/van-ban/[slug].astro')).toMatch(/official\.pathname !== '\/'/);
  });

  it('quotes inside a quotation with «…» outside', () => {
    for (const { file, text } of readerText) {
      for (const paragraph of text.split(/\n\s*\n/)) {
        let depth = 0;
        let deepest = 0;
        for (const ch of paragraph) {
          depth += ch === '“' ? 1 : ch === '”' ? -1 : 0;
          deepest = Math.max(deepest, depth);
        }
        expect(deepest, `${file}: ${paragraph.slice(0, 80)}`).toBeLessThan(2);
      }
    }
  });
});

describe('the committee\'s voice (issue 23)', () => {
  it('never has "Trang này" act, nor says "Như tên gọi"', () => {
    for (const { file, text } of readerText) {
      expect(text, file).not.toMatch(/như tên gọi|trang này (không tóm tắt|dẫn|trình bày|đánh số|gộp)|trang không (ghi|lưu|gửi|dùng)/i);
    }
  });

  it('keeps the privacy page in plain words and sends IT staff to the technical page', () => {
    const privacy = pageSource('pages/rieng-tu/index.astro');
    expect(privacy).not.toMatch(/<code>|JSON|localStorage|connect-src|\btab\b|extension|Content Security Policy/);
    expect(privacy).toContain('href={paths.privacyTechnical}');
    expect(pageSource('pages/rieng-tu/ky-thuat/index.astro')).toContain("connect-src 'none'");
  });

  it('describes the counting tool as issue 20 builds it: named members, names kept in this browser, none in the file', () => {
    for (const text of [pageSource('pages/rieng-tu/index.astro'), prose('trang/ve-noi-dung.mdx'), pageSource('pages/index.astro')].map((t) => t.replace(/\s+/g, ' '))) {
      expect(text).toMatch(/không có họ tên/);
    }
    expect(pageSource('pages/rieng-tu/index.astro')).not.toMatch(/không có ô ghi họ tên/);
  });

  it('drops the footer\'s technical claim and keeps its link to the privacy page', () => {
    const footer = pageSource('components/SiteFooter.astro');
    expect(footer).not.toMatch(/cookie|tài nguyên/);
    expect(footer).toContain('href={paths.privacy}');
  });

  it('writes "chưa cập nhật" the same way in every cell', () => {
    expect(documentStatusLabels['chua-cap-nhat']).toBe(NOT_YET_KNOWN);
  });
});

describe('the 81 items (issue 23)', () => {
  const items = new Map(loadManifestations().flatMap((m) => m.items.map((item) => [item.id, { ...item, updated: m.updated }] as const)));
  const text = (id: string) => items.get(id)!.text;

  it('asks about crimes as "Trong kỳ qua, tôi đã …", not "có lúc"', () => {
    for (const id of ['24a', '24b', '24c', '16a', '17a', '12c', '18b']) expect(text(id), id).toMatch(/^Trong kỳ qua, tôi đã /);
  });

  it('asks about what a member says or does, not what they think, where the manifestation allows', () => {
    for (const id of ['2a', '2b', '3a', '10c', '19b', '20a', '20b', '23a', '23b']) {
      expect(text(id), id).not.toMatch(/cho rằng|nghĩ rằng|tán thành việc|ganh tị khi/);
    }
  });

  it('fixes the mismatched items', () => {
    expect(text('8b')).toMatch(/chức danh/);
    expect(text('18c')).not.toMatch(/mê tín/);
    expect(text('25b')).toMatch(/chia sẻ .*phiến diện, một chiều/);
    expect(text('6c')).not.toMatch(/yêu cầu người khác/);
    expect(text('12b')).not.toMatch(/không giải thích được/);
  });

  it('covers what manifestations 4, 5 and 11 name and the old items missed', () => {
    const of = (n: number) => ['a', 'b', 'c'].map((letter) => text(`${n}${letter}`)).join(' ');
    for (const phrase of ['phấn đấu', 'gương mẫu']) expect(of(4), phrase).toContain(phrase);
    for (const phrase of ['nhận kỷ luật', 'nịnh bợ']) expect(of(5), phrase).toContain(phrase);
    for (const phrase of ['bè', 'phái', 'mất đoàn kết']) expect(of(11), phrase).toContain(phrase);
  });

  it('words the leading items neutrally', () => {
    expect(text('21b')).not.toMatch(/quá mức sự thật/);
    for (const id of ['26a', '26b']) expect(text(id), id).not.toMatch(/lệch lạc/);
    expect(text('27a')).not.toMatch(/quá khích/);
    expect(text('2c')).not.toMatch(/sai trái/);
  });

  it('scopes the items for office holders and declarants, and dates every changed wording no later than its record', () => {
    for (const id of ['12a', '12b', '12c']) expect(items.get(id)!.appliesTo, id).toBe('declarant');
    for (const id of ['16a', '16b', '16c', '17a']) expect(items.get(id)!.appliesTo, id).toBe('office-holder');
    const iso = (d: string) => d.split('/').reverse().join('-');
    for (const item of items.values()) {
      if (item.wordingSince) expect(iso(item.wordingSince) <= iso(item.updated), item.id).toBe(true);
    }
    for (const id of ['8b', '18c', '25b', '24a']) expect(items.get(id)!.wordingSince, id).toBeDefined();
  });

  it('accepts either opening in the schema and names both when refusing another', () => {
    const record = (readManifestationsYaml() as Array<{ items: { text: string }[] }>)[23]!;
    const withText = (t: string) => ({ ...record, items: record.items.map((item, i) => (i === 0 ? { ...item, text: t } : item)) });
    expect(manifestation.safeParse(withText('Trong kỳ qua, tôi đã làm một việc.')).success).toBe(true);
    const refused = manifestation.safeParse(withText('Tôi đã làm một việc.'));
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error?.issues)).toMatch(/Tôi có lúc .*Trong kỳ qua, tôi đã /);
  });
});
