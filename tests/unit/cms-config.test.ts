// Parity between the CMS and the build, both ways: every field, enum option and requirement of the content
// schemas appears in the generated Decap configuration, and what the CMS writes passes the schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { buildCmsConfig, DATE_WIDGET, NUMBER_WIDGET, type CmsCollection, type CmsField, type ResultsTableShape } from '../../src/cms/config.ts';
import { gitHostOrigins } from '../../src/cms/git-host.ts';
import { columnIssue } from '../../src/schemas/columns.ts';
import { document } from '../../src/schemas/documents.ts';
import { handbookPart } from '../../src/schemas/handbook.ts';
import { source } from '../../src/schemas/common.ts';
import { cellRequired, chartKinds, columnKinds, resultsTable } from '../../src/schemas/results.ts';
import { projectRoot } from '../../support/build.ts';
import { columnIds, columns, documentStatuses, documentTypes, issuerLevels } from '../../src/lib/vocabulary.ts';

// The results tables as the build reads them: one file per table in content/ket-qua/, named by its id.
const resultsDir = join(projectRoot, 'content', 'ket-qua');
const resultsFiles = readdirSync(resultsDir).filter((file) => file.endsWith('.yaml'));
const resultsRaw = Object.fromEntries(resultsFiles.map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(resultsDir, file), 'utf8'))]));
const results: ResultsTableShape[] = Object.entries(resultsRaw).map(([id, raw]) => ({ id, ...resultsTable.parse(raw) }));

const config = buildCmsConfig({ env: {}, development: false, results });
const collection = (name: string): CmsCollection & { fields: CmsField[] } => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no CMS collection ${name}`);
  // A file collection (the results) has no fields of its own: each of its files has.
  return { ...found, fields: found.fields ?? [] };
};
const field = (fields: CmsField[], name: string): CmsField => {
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(`no CMS field ${name}`);
  return found;
};
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
const optionValues = (f: CmsField) => (f.options as { value: unknown }[]).map((o) => o.value);

const collections: [string, z.ZodType][] = [
  ...columnIds.map((id): [string, z.ZodType] => [id, columnIssue]),
  ['van-ban', document],
  ['cam-nang', handbookPart],
];

describe('CMS configuration: every schema field, option and requirement is there', () => {
  it.each(collections)('collection %s has exactly the schema fields, plus the body', (name, schema) => {
    const names = collection(name).fields.map((f) => f.name);
    expect(names).toEqual([...Object.keys(shapeOf(schema)), 'body']);
  });

  it.each(collections)('collection %s requires exactly the fields the schema cannot do without', (name, schema) => {
    for (const [key, fieldSchema] of Object.entries(shapeOf(schema))) {
      // A field the schema rejects when missing (no default, not optional) must be required by the CMS.
      // Except the last-change day, which the local backend writes on every save (scripts/cms-backend.ts).
      const schemaRequires = key !== 'updated' && !fieldSchema.safeParse(undefined).success;
      expect({ key, required: field(collection(name).fields, key).required }).toEqual({ key, required: schemaRequires });
    }
  });

  it('offers the document types, statuses and issuer levels of the vocabulary, in its order', () => {
    const fields = collection('van-ban').fields;
    expect(optionValues(field(fields, 'type'))).toEqual([...documentTypes]);
    expect(optionValues(field(fields, 'status'))).toEqual([...documentStatuses]);
    expect(optionValues(field(fields, 'issuerLevel'))).toEqual([...issuerLevels]);
    expect(field(fields, 'status').default).toBe(shapeOf(document).status!.parse(undefined));
  });

  it('has one collection per column, writing its folder and fixing its column', () => {
    for (const id of columnIds) {
      const c = collection(id);
      expect(c.folder).toBe(`content/chuyen-muc/${id}`);
      expect(field(c.fields, 'column')).toMatchObject({ widget: 'hidden', default: id });
      expect(field(c.fields, 'date').hint).toContain(`ngày ${columns[id].day} hằng tháng`);
    }
  });

  it('edits every date in the CMS\'s own dd/mm/yyyy box, and leaves the last-change day to the local backend', () => {
    for (const [name, schema] of collections) {
      // Decap's date picker (mm/dd/yyyy and "UTC" on an English browser) is never used.
      if ('date' in shapeOf(schema)) expect(field(collection(name).fields, 'date')).toMatchObject({ widget: DATE_WIDGET, default: '' });
      expect(field(collection(name).fields, 'updated')).toMatchObject({ widget: 'hidden', required: false });
    }
    expect(JSON.stringify(config)).not.toMatch(/"datetime"|picker_utc/);
  });

  it('proposes the next issue number of each column', () => {
    const proposed = buildCmsConfig({ env: {}, development: false, nextIssues: { 'di-tich': 3 } });
    const issue = field(proposed.collections.find((c) => c.name === 'di-tich')!.fields!, 'issue');
    expect(issue).toMatchObject({ default: 3 });
    expect(issue.hint).toContain('Số đề xuất cho kỳ mới: 3.');
  });

  it('names new files only from fields every entry has, so a draft gets a proper address', () => {
    for (const c of config.collections.filter((c) => typeof c.slug === 'string')) {
      const used = [...String(c.slug).matchAll(/{{(?:fields\.)?(\w+)( \| default\('[^']+'\))?}}/g)];
      expect(used.length, c.name).toBeGreaterThan(0);
      // A field an entry may leave blank needs a default in the template, or the file name would be "so--x".
      for (const [, name, fallback] of used) expect(field(c.fields ?? [], name!).required || Boolean(fallback), `${c.name}: {{${name}}}`).toBe(true);
    }
  });

  it('offers drafts as the "Bản nháp" toggle, and leaves a column issue\'s number and date to the save check', () => {
    for (const id of columnIds) {
      expect(field(collection(id).fields, 'draft')).toMatchObject({ widget: 'boolean', label: 'Bản nháp', default: false });
      expect(field(collection(id).fields, 'issue').required).toBe(false);
      expect(field(collection(id).fields, 'date').required).toBe(false);
    }
    expect(JSON.stringify(config)).not.toMatch(/sample|Bài mẫu/);
  });

  it('keeps the schema number ranges (issue ≥ 1, year 1930–2100, handbook parts 1–3)', () => {
    expect(field(collection('di-tich').fields, 'issue')).toMatchObject({ widget: NUMBER_WIDGET, value_type: 'int', min: 1 });
    expect(field(collection('van-ban').fields, 'year')).toMatchObject({ min: 1930, max: 2100 });
    expect(field(collection('cam-nang').fields, 'part')).toMatchObject({ min: 1, max: 3 });
    expect(shapeOf(handbookPart).part!.safeParse(4).success).toBe(false);
  });

  it('edits sources as a list with the source schema fields', () => {
    for (const name of [...columnIds, 'van-ban']) {
      const sources = field(collection(name).fields, 'sources');
      expect(sources.widget).toBe('list');
      expect((sources.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual(
        Object.entries(shapeOf(source)).map(([key, s]) => [key, !s.safeParse(undefined).success]),
      );
    }
  });

  it('chooses related documents among existing documents by their file name', () => {
    expect(field(collection('van-ban').fields, 'related')).toMatchObject({
      widget: 'relation', collection: 'van-ban', value_field: '{{slug}}', multiple: true, required: false,
    });
  });

  it('names every field in Vietnamese', () => {
    for (const c of config.collections) {
      const all = [...(c.fields ?? []), ...(c.files ?? []).flatMap((file) => file.fields)];
      const nested = all.flatMap((f) => [f, ...((f.fields as CmsField[] | undefined) ?? [])]);
      // Unlabelled fields fall back to their code name (src/cms/config.ts): every label must differ from it.
      for (const f of nested) expect(f.label, `${c.name}.${f.name}`).not.toMatch(new RegExp(`(^|\\.)${f.name}$`));
    }
    expect(config.locale).toBe('vi');
  });
});

describe('CMS configuration: the published results, one file per table', () => {
  const resultsCollection = collection('ket-qua');
  const files = resultsCollection.files ?? [];
  const fileOf = (id: string) => {
    const found = files.find((f) => f.name === id);
    if (!found) throw new Error(`no CMS file for table ${id}`);
    return found;
  };
  const tableShape = shapeOf(resultsTable);
  const columnShape = shapeOf((tableShape.columns as unknown as { element: z.ZodType }).element);

  it('lists every table of content/ket-qua/ as the file it is, and offers no new or deleted table', () => {
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(files.map((f) => f.name).sort()).toEqual(results.map((t) => t.id).sort());
    for (const table of results) expect(fileOf(table.id)).toMatchObject({ file: `content/ket-qua/${table.id}.yaml`, label: table.title });
    expect(resultsCollection).toMatchObject({ format: 'yaml', create: false, delete: false });
    // Decap refuses a collection with both, or with an empty list of fields.
    expect(config.collections.find((c) => c.name === 'ket-qua')).not.toHaveProperty('fields');
  });

  it.each(results.map((t) => [t.id]))('table %s: the CMS has exactly the schema fields, required as the schema requires them', (id) => {
    const fields = fileOf(id).fields;
    expect(fields.map((f) => f.name)).toEqual(Object.keys(tableShape));
    for (const [key, fieldSchema] of Object.entries(tableShape)) {
      expect({ key, required: field(fields, key).required }).toEqual({ key, required: key !== 'updated' && !fieldSchema.safeParse(undefined).success });
    }
    // The enums, with the schema's options: the chart, and each column's kind.
    expect(optionValues(field(fields, 'chart'))).toEqual([...chartKinds]);
    expect(field(fields, 'chart').default).toBe(tableShape.chart!.parse(undefined));
    const columnsField = field(fields, 'columns');
    expect((columnsField.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual(Object.keys(columnShape).map((k) => [k, true]));
    expect(optionValues(field(columnsField.fields as CmsField[], 'kind'))).toEqual([...columnKinds]);
    // Columns are renamed here, never added, removed or re-keyed: their keys tie them to the rows' cells.
    expect(columnsField).toMatchObject({ allow_add: false, allow_remove: false, allow_reorder: false });
    expect(field(columnsField.fields as CmsField[], 'key').widget).toBe('hidden');
  });

  it.each(results.map((t) => [t.id]))('table %s: a row has one field per column, a number for figures, required as the schema requires', (id) => {
    const table = results.find((t) => t.id === id)!;
    const chartKey = field(fileOf(id).fields, 'chartKey');
    expect(optionValues(chartKey)).toEqual(table.columns.filter((c) => c.kind !== 'text').map((c) => c.key));
    const rowFields = field(fileOf(id).fields, 'rows').fields as CmsField[];
    expect(rowFields.map((f) => f.name)).toEqual(table.columns.map((c) => c.key));
    for (const column of table.columns) {
      const f = field(rowFields, column.key);
      expect(f.label).toBe(column.label);
      expect(f.widget).toBe(column.kind === 'text' ? 'string' : NUMBER_WIDGET);
      if (column.kind !== 'text') expect(f.value_type).toBe(column.kind === 'percent' ? 'float' : 'int');
      expect(f.required).toBe(cellRequired(table, column.key));
    }
    // Both ways: the schema accepts a row with only the cells the CMS requires, and refuses one without any of them.
    const raw = resultsRaw[id] as Record<string, any>;
    const firstRow = raw.rows[0] as Record<string, unknown>;
    const requiredOnly = Object.fromEntries(rowFields.filter((f) => f.required).map((f) => [f.name, firstRow[f.name]]));
    expect(resultsTable.safeParse({ ...raw, rows: [requiredOnly] }).error).toBeUndefined();
    for (const f of rowFields.filter((f) => f.required)) {
      const { [f.name]: _left, ...without } = requiredOnly;
      expect(resultsTable.safeParse({ ...raw, rows: [without] }).success, `${id}: row without ${f.name}`).toBe(false);
    }
    // A number column refuses text typed into it (the CMS's number widget cannot write any).
    for (const f of rowFields.filter((f) => f.widget === NUMBER_WIDGET)) {
      expect(resultsTable.safeParse({ ...raw, rows: [{ ...requiredOnly, [f.name]: '1,5' }] }).success, `${id}.${f.name}`).toBe(false);
    }
  });

  it('accepts a table as Decap writes it: fields in the configuration\'s order, a blank cell left out, the save day', () => {
    const raw = resultsRaw['dang-vien-2019'] as Record<string, any>;
    const order = fileOf('dang-vien-2019').fields.map((f) => f.name);
    const written = stringify(Object.fromEntries(order.filter((k) => k in raw).map((k) => [k, k === 'updated' ? '27/11/2026' : raw[k]])));
    const result = resultsTable.safeParse(parse(written));
    expect(result.error).toBeUndefined();
    // The district's row has no figure for chi bộ (the source gives none): the cell is left out, not invented.
    expect(result.data?.rows[0]).not.toHaveProperty('chi_bo');
  });

  it('names the file and the field when a table is wrong', () => {
    const raw = resultsRaw['khao-sat-bieu-hien'] as Record<string, any>;
    const error = resultsTable.safeParse({ ...raw, rows: [{ dot: 'Cuối năm 2018', so: 20 }] }).error;
    expect(error?.issues.map((issue) => issue.path.join('.'))).toContain('rows.0.tyle');
  });
});

describe('CMS backend and media', () => {
  it('serves uploads from a folder the build publishes', () => {
    expect(config.media_folder).toBe('public/media');
    expect(config.public_folder).toBe('/media');
  });

  it('uses the local backend only in development', () => {
    expect(config.local_backend).toBeUndefined();
    expect(buildCmsConfig({ env: { DECAP_SERVER_PORT: '8099' }, development: true }).local_backend).toEqual({
      url: 'http://localhost:8099/api/v1',
    });
  });

  it('chooses the production git host by environment variables, and refuses an unknown one', () => {
    const gitea = buildCmsConfig({
      env: { CMS_BACKEND: 'gitea', CMS_REPO: 'dangbo/trang', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'abc' },
      development: false,
    });
    expect(gitea.backend).toMatchObject({ name: 'gitea', repo: 'dangbo/trang', branch: 'main', api_root: 'https://git.example.vn/api/v1', app_id: 'abc' });
    expect(buildCmsConfig({ env: { CMS_BACKEND: 'gitlab', CMS_APP_ID: 'x' }, development: false }).backend).toMatchObject({ auth_type: 'pkce' });
    expect(() => buildCmsConfig({ env: { CMS_BACKEND: 'svn' }, development: false })).toThrow(/CMS_BACKEND/);
  });

  it('lets /admin/ connect to its own origin and the chosen git host only', () => {
    expect(gitHostOrigins({})).toEqual(['https://api.github.com']);
    expect(gitHostOrigins({ CMS_BACKEND: 'gitea', CMS_API_ROOT: 'https://git.example.vn/api/v1' })).toEqual(['https://git.example.vn']);
  });
});

// What Decap writes: YAML front matter from the field values, then the body (decap-cms-core's frontmatter format).
function decapFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data)}---\n${body}\n`;
}

/** A value the CMS widget would produce for this field. */
function widgetValue(f: CmsField, columnDay: number): unknown {
  switch (f.widget) {
    case 'hidden':
      // The last-change day, written by the local backend on save (scripts/cms-backend.ts).
      if (f.name === 'updated') return '26/11/2026';
      return f.default;
    case 'boolean':
      return f.default;
    case DATE_WIDGET:
      return `${String(columnDay).padStart(2, '0')}/12/2026`;
    case NUMBER_WIDGET:
      return f.min ?? 1;
    case 'select':
      return optionValues(f)[0];
    case 'relation':
      return ['nghi-quyet-04-nq-tw'];
    case 'list':
      return [entryFrom(f.fields as CmsField[], columnDay, 'all')];
    default:
      return Array.isArray(f.pattern) && String(f.pattern[0]).includes('https') ? 'https://example.vn/van-ban' : 'Chữ mẫu có dấu';
  }
}

function entryFrom(fields: CmsField[], columnDay: number, which: 'all' | 'required'): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.name === 'body' || f.name === 'offDayReason') continue;
    if (which === 'required' && f.required === false && f.widget !== 'boolean' && f.widget !== 'hidden') continue;
    data[f.name] = widgetValue(f, columnDay);
  }
  return data;
}

function frontmatterOf(file: string): Record<string, unknown> {
  return parseFrontmatter(file).frontmatter as Record<string, unknown>;
}

describe('a file saved from the CMS passes the build', () => {
  // As Decap 3.16 writes it through /admin/ (npm run cms): fields in the configuration's order, blank ones left
  // out and "updated" set to the day of the save by admin-setup.js.
  const savedByDecap = `---
column: di-tich
issue: 4
date: 10/12/2026
title: Nhà truyền thống thử nghiệm
subject: Nhà truyền thống Phường Thử
summary: Một bài thử viết từ giao diện quản trị.
sources:
  - name: Báo Nhân Dân
updated: 26/11/2026
draft: false
---
Đoạn nội dung đầu tiên của bài.
`;
  // A draft saved from the CMS: no number, no date, no source yet.
  const draftByDecap = `---
column: guong-sang
title: Người đảng viên thử nghiệm
subject: Đồng chí Nguyễn Văn Thử
summary: Bài đang viết dở.
updated: 26/11/2026
draft: true
---
Đoạn mở đầu.
`;
  // An issue scheduled for a later 10th: the build holds its page back until that day.
  const scheduledByDecap = savedByDecap.replace('issue: 4', 'issue: 5').replace('10/12/2026', '10/01/2027');

  it('accepts the column issue Decap wrote, with its date as the ISO day', () => {
    const result = columnIssue.safeParse(frontmatterOf(savedByDecap));
    expect(result.error).toBeUndefined();
    expect(result.data?.date).toBe('2026-12-10');
    expect(result.data?.updated).toBe('2026-11-26');
  });

  it('accepts a draft as Decap writes it, and an issue scheduled for a later 10th', () => {
    const draft = columnIssue.safeParse(frontmatterOf(draftByDecap));
    expect(draft.error).toBeUndefined();
    expect(draft.data).toMatchObject({ draft: true, sources: [] });
    expect(draft.data?.issue).toBeUndefined();
    const scheduled = columnIssue.safeParse(frontmatterOf(scheduledByDecap));
    expect(scheduled.error).toBeUndefined();
    expect(scheduled.data).toMatchObject({ draft: false, issue: 5, date: '2027-01-10' });
  });

  it('rejects what the CMS save check refuses: a draft with a number or date, an issue without them', () => {
    const draft = frontmatterOf(draftByDecap);
    expect(columnIssue.safeParse({ ...draft, date: '26/12/2026' }).success).toBe(false);
    expect(columnIssue.safeParse({ ...draft, issue: 3 }).success).toBe(false);
    const { issue: _issue, ...withoutNumber } = frontmatterOf(savedByDecap);
    expect(columnIssue.safeParse(withoutNumber).success).toBe(false);
    const { date: _date, ...withoutDate } = frontmatterOf(savedByDecap);
    expect(columnIssue.safeParse(withoutDate).success).toBe(false);
    expect(columnIssue.safeParse({ ...draft, draft: false, issue: 6, date: '10/02/2027' }).success).toBe(false);
  });

  it.each(collections)('accepts a %s entry with every field the CMS offers filled in', (name, schema) => {
    const day = (columns as Record<string, { day: number }>)[name]?.day ?? 15;
    const file = decapFile(entryFrom(collection(name).fields, day, 'all'), '## Mục một\n\nNội dung.');
    const result = schema.safeParse(frontmatterOf(file));
    expect(result.error).toBeUndefined();
  });

  it.each(collections)('accepts a %s entry with only the fields the CMS requires', (name, schema) => {
    const day = (columns as Record<string, { day: number }>)[name]?.day ?? 15;
    const data = entryFrom(collection(name).fields, day, 'required');
    // The rule across fields the CMS checks on save (admin-setup.js): an issue that is not a draft has its number,
    // date and a source; with only the required fields it is a draft.
    if (name in columns) data.draft = true;
    const result = schema.safeParse(frontmatterOf(decapFile(data, 'Nội dung.')));
    expect(result.error).toBeUndefined();
  });

  it('rejects what the CMS would refuse: a missing required field, an option not offered, an ISO date', () => {
    const good = frontmatterOf(savedByDecap);
    const { title: _title, ...withoutTitle } = good;
    expect(columnIssue.safeParse(withoutTitle).success).toBe(false);
    expect(columnIssue.safeParse({ ...good, column: 'khac' }).success).toBe(false);
    expect(columnIssue.safeParse(frontmatterOf(savedByDecap.replace('10/12/2026', '2026-12-10'))).success).toBe(false);
  });
});
