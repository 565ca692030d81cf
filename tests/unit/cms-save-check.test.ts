// What the CMS does with what an editor types and saves: dates and numbers read the Vietnamese way (src/cms/typed-values.ts),
// the build's schema told in Vietnamese on the field (src/cms/save-check.ts), the entry cleaned before Decap writes it
// (src/cms/admin-start.ts), and the local backend's merge that keeps a file's untouched lines (scripts/cms-backend.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS } from 'immutable';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readTypedDate, readTypedNumber, shareProblem, typedNumberText } from '../../src/cms/typed-values.ts';
import { entryKindOfPath, entryProblems } from '../../src/cms/save-check.ts';
import { mergeForSave } from '../../scripts/cms-backend.ts';
import { projectRoot } from '../../support/build.ts';

describe('dates typed in the CMS', () => {
  it('reads day/month/year with or without leading zeros, with / . or -', () => {
    for (const typed of ['26/12/2026', '26.12.2026', '26-12-2026', ' 26 / 12 / 2026 ']) {
      expect(readTypedDate(typed)).toEqual({ ok: true, value: { text: '26/12/2026', iso: '2026-12-26' } });
    }
    expect(readTypedDate('1/2/2027')).toEqual({ ok: true, value: { text: '01/02/2027', iso: '2027-02-01' } });
    expect(readTypedDate('29/2/2028')).toMatchObject({ ok: true });
  });

  it('refuses a day that does not exist, and a date in another order, in Vietnamese', () => {
    expect(readTypedDate('31/02/2027')).toEqual({ ok: false, message: '31/02/2027 không phải là một ngày có thật.' });
    expect(readTypedDate('29/02/2027')).toMatchObject({ ok: false });
    // The mm/dd/yyyy an English browser shows: 12/26/2026 has no 26th month.
    expect(readTypedDate('12/26/2026')).toMatchObject({ ok: false, message: expect.stringContaining('không phải là một ngày có thật') });
    expect(readTypedDate('2026-12-26')).toMatchObject({ ok: false, message: expect.stringContaining('ngày/tháng/năm') });
    expect(readTypedDate('26/12/26')).toMatchObject({ ok: false });
  });
});

describe('numbers typed in the CMS', () => {
  it('reads a decimal comma and thousands dots', () => {
    expect(readTypedNumber('0,25', { whole: false })).toEqual({ ok: true, value: 0.25 });
    expect(readTypedNumber('1.234', { whole: true })).toEqual({ ok: true, value: 1234 });
    expect(readTypedNumber('12.926', { whole: true })).toEqual({ ok: true, value: 12926 });
    expect(readTypedNumber('1.234,5', { whole: false })).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedNumber('7178', { whole: true })).toEqual({ ok: true, value: 7178 });
    expect(typedNumberText(0.25)).toBe('0,25');
    expect(typedNumberText(7178)).toBe('7178');
  });

  it('refuses what it cannot read for sure, saying why', () => {
    // "025" is what Decap's own box made of "0,25".
    expect(readTypedNumber('1.83', { whole: false })).toMatchObject({ ok: false, message: expect.stringContaining('dấu phẩy') });
    expect(readTypedNumber('0,5', { whole: true })).toMatchObject({ ok: false, message: expect.stringContaining('số nguyên') });
    expect(readTypedNumber('-1', { whole: true })).toMatchObject({ ok: false });
    expect(readTypedNumber('abc', { whole: true })).toMatchObject({ ok: false });
  });

  it('flags a share that does not match its count in a table of shares of its total', () => {
    const table = parse(readFileSync(join(projectRoot, 'content', 'ket-qua', 'hai-long-hanh-chinh-2018.yaml'), 'utf8')) as { rows: Array<Record<string, unknown>> };
    const columns = { count: 'so', share: 'tyle' };
    expect(table.rows.map((_, index) => shareProblem(table.rows, columns, index))).toEqual([undefined, undefined, undefined]);
    const wrong = table.rows.map((row, index) => (index === 2 ? { ...row, tyle: 25 } : row));
    expect(shareProblem(wrong, columns, 2)).toMatch(/^Tỷ lệ 25,00% không khớp với số 32 trên tổng 12.989/);
    // Shares of another base (the members surveyed): never flagged.
    const survey = parse(readFileSync(join(projectRoot, 'content', 'ket-qua', 'khao-sat-bieu-hien.yaml'), 'utf8')) as { rows: Array<Record<string, unknown>> };
    expect(survey.rows.map((_, index) => shareProblem(survey.rows, columns, index))).toEqual([undefined, undefined, undefined]);
  });
});

describe('the build\'s schema, told on the field in Vietnamese', () => {
  const ready = { column: 'di-tich', issue: 5, date: '10/01/2027', title: 'Tiêu đề', subject: 'Di tích', summary: 'Tóm tắt.', sources: [{ name: 'Báo Nhân Dân' }], updated: '27/11/2026', draft: false };
  const kind = entryKindOfPath('content/chuyen-muc/di-tich/x.mdx')!;

  it('accepts what the build accepts', () => {
    expect(entryProblems(kind, ready)).toEqual([]);
  });

  it('names the field and says what to do, in Vietnamese, for each rule of a column issue', () => {
    const said = (data: Record<string, unknown>) => entryProblems(kind, data).map((p) => `${p.field}|${p.where}: ${p.message}`);
    expect(said({ ...ready, date: '31/02/2027' })).toEqual(['date|Ngày đăng: 31/02/2027 không phải là một ngày có thật (ghi theo dạng ngày/tháng/năm, ví dụ 26/12/2026).']);
    expect(said({ ...ready, date: '11/01/2027' })).toEqual(['date|Ngày đăng: Chuyên mục ra ngày 10 hằng tháng: đồng chí chọn ngày 10, hoặc ghi “Lý do đăng khác ngày”.']);
    expect(said({ ...ready, date: '10/11/2026' })).toEqual([expect.stringMatching(/^date\|Ngày đăng: Ngày đăng không được trước ngày 26\/11\/2026/)]);
    expect(said({ ...ready, draft: true })).toEqual([
      'issue|Số kỳ: Bản nháp chưa có số kỳ: đồng chí để trống ô này, hoặc tắt “Bản nháp” để hẹn ngày đăng.',
      'date|Ngày đăng: Bản nháp chưa có ngày đăng: đồng chí để trống ô này, hoặc tắt “Bản nháp” để hẹn ngày đăng.',
    ]);
    expect(said({ ...ready, sources: [] })).toEqual(['sources|Nguồn: Bài sắp đăng cần ghi ít nhất một nguồn; bài chưa xong thì bật “Bản nháp”.']);
    expect(said({ ...ready, title: undefined })).toEqual(['title|Tiêu đề: Chưa điền ô này.']);
    expect(said({ ...ready, sources: [{ name: 'Báo', url: 'nhandan' }] })).toEqual(['sources|Nguồn, mục 1, Địa chỉ: Cần một địa chỉ web đầy đủ, bắt đầu bằng https://']);
  });

  it('never shows the schema\'s English', () => {
    const data = { ...ready, issue: 0, column: 'khac', date: 'x', updated: '01/01/2020', title: 'e\u0301' };
    const problems = entryProblems(kind, data);
    expect(problems.length).toBeGreaterThan(3);
    for (const problem of problems) expect(problem.message).not.toMatch(/Invalid|expected|received|must| the | is /);
    const table = entryKindOfPath('content/ket-qua/khao-sat-bieu-hien.yaml')!;
    const raw = parse(readFileSync(join(projectRoot, 'content', 'ket-qua', 'khao-sat-bieu-hien.yaml'), 'utf8')) as { rows: Array<Record<string, unknown>> };
    const bad = { ...raw, rows: [{ ...raw.rows[0], tyle: '1,83' }] };
    expect(entryProblems(table, bad).map((p) => `${p.where}: ${p.message}`)).toEqual(['Dòng số liệu, dòng 1, Tỷ lệ theo số đảng viên được khảo sát: Ô này ghi số; để trống nếu nguồn không nêu số.']);
  });
});

describe('a save writes only the change', () => {
  const path = 'content/ket-qua/khao-sat-bieu-hien.yaml';
  const original = readFileSync(join(projectRoot, path), 'utf8');
  // How Decap writes the table: its own YAML, block style, no comment, fields in the configuration's order.
  const asDecap = (data: unknown) => stringify(data);
  const lines = (a: string, b: string) => {
    const [x, y] = [a.split('\n'), b.split('\n')];
    return { removed: x.filter((line) => !y.includes(line)), added: y.filter((line) => !x.includes(line)) };
  };

  it('leaves a file saved unchanged byte for byte, even on another day', () => {
    expect(asDecap(parse(original))).not.toBe(original);
    expect(mergeForSave(original, asDecap(parse(original)), path, '07/12/2026')).toBe(original);
  });

  it('changes one cell on its own line, keeping the comment and the table\'s layout; the last-change day follows', () => {
    const data = parse(original) as { rows: Array<Record<string, unknown>> };
    data.rows[2]!.tyle = 0.25;
    const merged = mergeForSave(original, asDecap(data), path, '07/12/2026');
    expect(lines(original, merged)).toEqual({
      removed: ['  - { dot: Cuối năm 2018, so: 20, tyle: 0.31 }', 'updated: 27/11/2026'],
      added: ['  - { dot: Cuối năm 2018, so: 20, tyle: 0.25 }', 'updated: 07/12/2026'],
    });
    // A second change the same day is one line.
    const again = parse(merged) as { rows: Array<Record<string, unknown>> };
    again.rows[0]!.so = 117;
    expect(lines(merged, mergeForSave(merged, asDecap(again), path, '07/12/2026'))).toEqual({
      removed: ['  - { dot: 6 tháng cuối năm 2017, so: 116, tyle: 1.83 }'],
      added: ['  - { dot: 6 tháng cuối năm 2017, so: 117, tyle: 1.83 }'],
    });
  });

  it('adds a row as one line like its neighbours', () => {
    const data = parse(original) as { rows: Array<Record<string, unknown>> };
    data.rows.push({ dot: 'Năm 2019', so: 12, tyle: 0.2 });
    const merged = mergeForSave(original, asDecap(data), path, '27/11/2026');
    expect(lines(original, merged)).toEqual({ removed: [], added: ['  - { dot: Năm 2019, so: 12, tyle: 0.2 }'] });
  });

  it('keeps an MDX file\'s frontmatter lines and body when only a field changes', () => {
    const mdx = 'content/van-ban/quyet-dinh-99-qd-tw.mdx';
    const text = readFileSync(join(projectRoot, mdx), 'utf8');
    const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text)!;
    const data = parse(match[1]!) as Record<string, unknown>;
    // Decap: fields reordered, a blank the file leaves out written as false, the body without its first blank line.
    const decap = (fields: Record<string, unknown>) => `---\n${stringify({ hasFullText: false, ...fields })}---\n${match[2]!.trimStart()}`;
    // A save day unlike the file's own "updated", so the stamp shows as a changed line.
    const saveDay = data.updated === '31/12/2026' ? '30/12/2026' : '31/12/2026';
    expect(mergeForSave(text, decap(data), mdx, saveDay)).toBe(text);
    const changed = mergeForSave(text, decap({ ...data, signer: 'Người ký thử' }), mdx, saveDay);
    const diff = lines(text, changed);
    expect(diff.added).toEqual(expect.arrayContaining([`updated: ${saveDay}`]));
    expect(diff.added.filter((line) => !line.startsWith('updated:'))).toEqual([data.signer === undefined ? 'signer: Người ký thử' : 'signer: Người ký thử']);
    expect(changed.endsWith(match[2]!)).toBe(true);
  });
});

describe('the entry Decap writes', () => {
  it('leaves out blanks at every depth and writes text in NFC', async () => {
    // admin-start.ts runs in the browser; its cleaning is a plain function over Decap's Immutable data.
    (globalThis as { window?: unknown }).window ??= { fetch: globalThis.fetch };
    (globalThis as { document?: unknown }).document ??= { addEventListener() {} };
    const { cleanedData } = await import('../../src/cms/admin-start.ts');
    const data = fromJS({ title: 'Ðe\u0301', date: '', sources: [{ name: 'Báo', url: '' }], rows: [{ a: 'x', b: '' }] });
    expect((cleanedData(data) as { toJS(): unknown }).toJS()).toEqual({ title: 'Ðé', sources: [{ name: 'Báo' }], rows: [{ a: 'x' }] });
  });
});

describe('what the local backend refuses before the build would', () => {
  it('a resolution without its number or date, which its page needs', async () => {
    const { saveProblems } = await import('../../scripts/cms-backend.ts');
    const path = 'content/van-ban/nghi-quyet-04-nq-tw.mdx';
    const text = readFileSync(join(projectRoot, path), 'utf8');
    expect(await saveProblems(projectRoot, path, text)).toEqual([]);
    expect(await saveProblems(projectRoot, path, text.replace(/\nnumber: [^\n]*/, ''))).toEqual([expect.stringContaining('trang Nghị quyết cần cả hai')]);
  });

  it('a script link in a body, told with the line of the body the editor sees', async () => {
    const { saveProblems } = await import('../../scripts/cms-backend.ts');
    const path = 'content/van-ban/quyet-dinh-99-qd-tw.mdx';
    const text = readFileSync(join(projectRoot, path), 'utf8');
    const problems = await saveProblems(projectRoot, path, text.replace(/\n---\n/, '\n---\n[x](javascript:alert(1))\n\n'));
    expect(problems).toEqual([expect.stringMatching(/^Nội dung, dòng 1: .*javascript:/)]);
    // Only the body's line: not the file's line the build prints as well.
    expect(problems[0]).not.toMatch(/\(dòng \d+\)/);
  });

  it('deleting a document another one relates to, or the resolution', async () => {
    const { deleteProblems } = await import('../../scripts/cms-backend.ts');
    expect(await deleteProblems(projectRoot, ['content/van-ban/cong-van-huong-dan-ban-cam-ket.mdx'])).toEqual([
      expect.stringMatching(/^Văn bản “.+” nêu “cong-van-huong-dan-ban-cam-ket” là văn bản liên quan/),
    ]);
    expect(await deleteProblems(projectRoot, ['content/van-ban/nghi-quyet-04-nq-tw.mdx'])).toContain('Trang Nghị quyết dùng văn bản Nghị quyết 04-NQ/TW; không xóa được văn bản này.');
    expect(await deleteProblems(projectRoot, ['content/chuyen-muc/di-tich/nhap-khung-bai-dia-chi-do.mdx'])).toEqual([]);
  });

  it('any path outside the folders the CMS edits', async () => {
    const { editablePaths, refusedPath } = await import('../../scripts/cms-backend.ts');
    const { buildCmsConfig } = await import('../../src/cms/config.ts');
    const paths = editablePaths(buildCmsConfig({ env: {}, development: true, results: [{ id: 'dang-vien-2019', title: 'x', chart: 'none', columns: [{ key: 'a', label: 'A', kind: 'text' }] }] }));
    const read = (path: string) => refusedPath(paths, 'getEntry', { path });
    for (const path of ['.git/config', 'src/pages/x.astro', 'content/../package.json', '/etc/passwd', 'content/van-ban/.hidden.mdx', 'content/van-ban/x.astro', 'content/ket-qua/khac.yaml', 'content/bieu-hien/manifestations.yaml']) {
      expect(read(path), path).toMatch(/nằm ngoài các thư mục/);
    }
    for (const path of ['content/van-ban/x.mdx', 'content/chuyen-muc/di-tich/x.mdx', 'content/ket-qua/dang-vien-2019.yaml', 'public/media/anh.jpg']) expect(read(path), path).toBeUndefined();
    expect(refusedPath(paths, 'entriesByFolder', { folder: 'src' })).toMatch(/nằm ngoài/);
    expect(refusedPath(paths, 'persistEntry', { entry: { path: 'content/van-ban/x.mdx', newPath: 'scripts/x.mjs' }, assets: [] })).toMatch(/nằm ngoài/);
    expect(refusedPath(paths, 'persistEntry', { entry: { path: 'content/van-ban/x.mdx' }, assets: [{ path: 'src/x.ts' }] })).toMatch(/nằm ngoài/);
    expect(refusedPath(paths, 'unpublishedEntries', {})).toBe('Trang quản trị không làm việc này.');
  });
});
