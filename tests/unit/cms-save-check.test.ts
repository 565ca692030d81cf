// The save check of /admin/ (src/cms/admin-setup.js, run by Decap before it writes a file), run here against
// Decap's own data structure (Immutable maps): it refuses what the schema refuses and writes what the schema accepts.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { describe, expect, it } from 'vitest';
import { columnIssue } from '../../src/schemas/columns.ts';
import { document } from '../../src/schemas/documents.ts';
import { resultsTable } from '../../src/schemas/results.ts';
import { columnIds, columns } from '../../src/lib/vocabulary.ts';

type Entry = ImmutableMap<string, unknown>;
const script = readFileSync(new URL('../../src/cms/admin-setup.js', import.meta.url), 'utf8');

/** Runs admin-setup.js with a stand-in for Decap's CMS global and returns its preSave handler. */
function loadSaveCheck(): (entry: Entry) => Entry {
  let handler: ((event: { entry: Entry }) => Entry) | undefined;
  const CMS = {
    registerPreviewStyle() {},
    registerPreviewTemplate() {},
    getLocale: () => ({ collection: { collectionTop: {} } }),
    registerEventListener(listener: { name: string; handler: typeof handler }) {
      if (listener.name === 'preSave') handler = listener.handler;
    },
  };
  const SITE = { columnNames: {}, columnDays: Object.fromEntries(columnIds.map((id) => [id, columns[id].day])), previewStyle: '' };
  runInNewContext(script, { CMS, SITE, h: () => null });
  if (!handler) throw new Error('admin-setup.js registered no preSave handler');
  return (entry) => handler!({ entry });
}

const save = loadSaveCheck();
const entry = (collection: string, data: Record<string, unknown>) => fromJS({ collection, data }) as Entry;
const saved = (collection: string, data: Record<string, unknown>) =>
  (save(entry(collection, data)) as unknown as { toJS(): Record<string, unknown> }).toJS();

const draft = { column: 'di-tich', issue: '', date: '', title: 'Tiêu đề', subject: 'Di tích', summary: 'Tóm tắt.', updated: '26/11/2026', draft: true };
const ready = { ...draft, issue: 5, date: '10/01/2027', sources: [{ name: 'Báo Nhân Dân' }], draft: false };

describe('the /admin/ save check', () => {
  it('writes a draft without its blank number and date, dated today, and the schema accepts it', () => {
    const data = saved('di-tich', draft);
    expect(data).not.toHaveProperty('issue');
    expect(data).not.toHaveProperty('date');
    expect(data.updated).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(columnIssue.safeParse(data).error).toBeUndefined();
  });

  it('writes an issue scheduled for a later 10th, which the schema accepts', () => {
    expect(columnIssue.safeParse(saved('di-tich', ready)).error).toBeUndefined();
  });

  it('refuses, in Vietnamese, what the schema refuses', () => {
    expect(() => save(entry('di-tich', { ...draft, date: '10/12/2026' }))).toThrow(/Bản nháp chưa có số kỳ và ngày đăng/);
    expect(() => save(entry('di-tich', { ...ready, issue: '' }))).toThrow(/cần “Số kỳ” và “Ngày đăng”/);
    expect(() => save(entry('di-tich', { ...ready, date: '' }))).toThrow(/cần “Số kỳ” và “Ngày đăng”/);
    expect(() => save(entry('di-tich', { ...ready, date: '11/01/2027' }))).toThrow(/ra ngày 10 hằng tháng/);
    expect(() => save(entry('di-tich', { ...ready, sources: [] }))).toThrow(/ít nhất một nguồn/);
    for (const data of [{ ...draft, date: '10/12/2026' }, { ...ready, issue: undefined }, { ...ready, date: '11/01/2027' }, { ...ready, sources: [] }]) {
      expect(columnIssue.safeParse(data).success).toBe(false);
    }
  });

  it('leaves documents to their own fields, dropping blanks the schema would reject', () => {
    const data = saved('van-ban', {
      title: 'Quyết định thử', type: 'quyet-dinh', number: '', issuer: '', issuerLevel: 'trung-uong', date: '',
      summary: 'Trích yếu.', updated: '26/11/2026',
    });
    expect(data).not.toHaveProperty('issuer');
    expect(document.safeParse(data).error).toBeUndefined();
  });

  it('leaves out a results cell emptied in the form and a source\'s blank address, keeping the rows', () => {
    const data = saved('dang-vien-2019', {
      title: 'Đảng viên theo nhóm', description: 'Mô tả.', chart: 'bar', chartKey: 'dang_vien',
      columns: [{ key: 'nhom', label: 'Nhóm', kind: 'text' }, { key: 'chi_bo', label: 'Chi bộ', kind: 'number' }, { key: 'dang_vien', label: 'Đảng viên', kind: 'number' }],
      rows: [{ nhom: 'Toàn Đảng bộ quận', chi_bo: '', dang_vien: 7178 }, { nhom: 'Các đảng bộ phường', chi_bo: 155, dang_vien: 5446 }],
      note: '', updated: '27/11/2026',
    });
    expect(data.rows).toEqual([{ nhom: 'Toàn Đảng bộ quận', dang_vien: 7178 }, { nhom: 'Các đảng bộ phường', chi_bo: 155, dang_vien: 5446 }]);
    expect(data).not.toHaveProperty('note');
    expect(resultsTable.safeParse(data).error).toBeUndefined();
    const issue = saved('di-tich', { ...ready, sources: [{ name: 'Báo Nhân Dân', url: '', date: '' }] });
    expect(issue.sources).toEqual([{ name: 'Báo Nhân Dân' }]);
    expect(columnIssue.safeParse(issue).error).toBeUndefined();
  });
});
