// The Decap CMS configuration, generated from the content schemas the build validates with: the field names,
// which are required, the options of every choice, number ranges and the dd/mm/yyyy date all come from
// src/schemas, so what the CMS accepts the build accepts. Only the Vietnamese words editors read are in labels.ts.
import type { z } from 'astro/zod';
import { columnIssue } from '../schemas/columns.ts';
import { vietnameseDate } from '../schemas/common.ts';
import { document } from '../schemas/documents.ts';
import { handbookPart } from '../schemas/handbook.ts';
import { cellRequired, resultsTable, type ResultsColumn } from '../schemas/results.ts';
import { columnLabels, documentStatusLabels, documentTypeLabels, issuerLevelLabels } from '../ui/labels.ts';
import { columnIds, type ColumnId } from '../lib/vocabulary.ts';
import { describeObject, type FieldType, type SchemaField } from './schema-fields.ts';
import {
  bodyText,
  issueHint,
  columnFieldText,
  documentFieldText,
  handbookFieldText,
  resultsChartLabels,
  resultsColumnKindLabels,
  resultsFieldText,
  sourceFieldText,
  type FieldText,
} from './labels.ts';

/** The CMS's own widgets (registered by src/cms/admin-start.ts): dates and numbers typed the Vietnamese way. */
export const DATE_WIDGET = 'ngay';
export const NUMBER_WIDGET = 'so';
/** Where uploaded images go, and the address the built site serves them at. */
export const MEDIA_FOLDER = 'public/media';
export const PUBLIC_MEDIA_FOLDER = '/media';
export const DEFAULT_LOCAL_BACKEND_PORT = 8081;

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };
export type CmsFile = { name: string; label: string; file: string; fields: CmsField[] };
/** A folder collection has `fields`; a file collection has `files`, each with its own fields. */
export type CmsCollection = Record<string, unknown> & { name: string; label: string; fields?: CmsField[]; files?: CmsFile[] };
export interface CmsConfig {
  locale: string;
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: Record<string, unknown>;
  collections: CmsCollection[];
}

export const backendNames = ['github', 'gitlab', 'gitea'] as const;

export interface CmsEnvironment {
  /** CMS_BACKEND: the git host the production CMS writes to. */
  CMS_BACKEND?: string;
  /** CMS_REPO: "owner/name" of the repository. */
  CMS_REPO?: string;
  /** CMS_BRANCH: the branch published from (default main). */
  CMS_BRANCH?: string;
  /** CMS_BASE_URL, CMS_AUTH_ENDPOINT: the OAuth server (GitHub) or the host (GitLab, Gitea). */
  CMS_BASE_URL?: string;
  CMS_AUTH_ENDPOINT?: string;
  /** CMS_API_ROOT: API of a self-hosted GitLab or Gitea, e.g. https://git.example.vn/api/v1 */
  CMS_API_ROOT?: string;
  /** CMS_APP_ID: OAuth application id (GitLab PKCE, Gitea). */
  CMS_APP_ID?: string;
  /** DECAP_SERVER_PORT: port of the local backend (decap-server) in development. */
  DECAP_SERVER_PORT?: string;
  [name: string]: string | undefined;
}

/** The production backend, chosen by environment variables. */
export function cmsBackend(env: CmsEnvironment): Record<string, unknown> {
  const name = env.CMS_BACKEND ?? 'github';
  if (!(backendNames as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND must be one of ${backendNames.join(', ')}; got "${name}"`);
  }
  const backend: Record<string, unknown> = { name, branch: env.CMS_BRANCH ?? 'main' };
  if (env.CMS_REPO) backend.repo = env.CMS_REPO;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    if (name === 'gitlab') backend.auth_type = 'pkce';
  }
  backend.commit_messages = {
    create: 'Tạo {{collection}} “{{slug}}”',
    update: 'Sửa {{collection}} “{{slug}}”',
    delete: 'Xóa {{collection}} “{{slug}}”',
    uploadMedia: 'Tải lên “{{path}}”',
    deleteMedia: 'Xóa “{{path}}”',
  };
  return backend;
}

interface FieldOverrides {
  text: Record<string, FieldText>;
  /** Fields set by the collection itself (the column of a column folder). */
  fixed?: Record<string, string>;
  /** Per field name, the widget settings that replace the derived ones (e.g. a relation). */
  widgets?: Record<string, Partial<CmsField>>;
  /** Labels of a field's options, by option value. */
  optionLabels?: Record<string, Record<string, string>>;
}

const multiLineFields = new Set(['summary', 'description', 'note', 'offDayReason']);
/** The day of the file's last change, written by the local backend on save. */
const lastChangeFields = new Set(['updated']);

function cmsField(field: SchemaField, overrides: FieldOverrides, path: string): CmsField {
  // A field added to a schema without a label here still reaches the CMS (under its code name), so the build keeps
  // working; tests/unit/cms-config.test.ts fails until src/cms/labels.ts names it in Vietnamese.
  const text = overrides.text[field.name] ?? { label: `${path}${field.name}` };
  const base: CmsField = { name: field.name, label: text.label, widget: 'string', required: field.required };
  if (text.hint) base.hint = text.hint;
  if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) base.default = field.default;
  // The local backend (scripts/cms-backend.ts) writes the day of each real change, in Vietnam: nothing to type.
  if (lastChangeFields.has(field.name)) return { name: field.name, label: text.label, widget: 'hidden', required: false };
  const fixed = overrides.fixed?.[field.name];
  if (fixed !== undefined) return { name: field.name, label: text.label, widget: 'hidden', default: fixed, required: true };
  const widget = overrides.widgets?.[field.name];
  if (widget) return { ...base, ...widget } as CmsField;
  return { ...base, ...widgetFor(field, field.type, overrides, text) } as CmsField;
}

function widgetFor(field: SchemaField, type: FieldType, overrides: FieldOverrides, text: FieldText): Partial<CmsField> {
  switch (type.kind) {
    case 'text':
      if (type.format === 'url') return { widget: 'string', pattern: ['^https?://\\S+$', 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://'] };
      return { widget: multiLineFields.has(field.name) ? 'text' : 'string' };
    case 'date':
      // The CMS's own date box (src/cms/admin-start.ts): dd/mm/yyyy typed as Vietnamese write it, on any browser
      // locale, checked as a real day on the field; it writes the string "10/12/2026" that vietnameseDate reads.
      return { widget: DATE_WIDGET, default: '' };
    case 'number': {
      // The CMS's own number box: "0,25" and "1.234" read the Vietnamese way (Decap's box turned "0,25" into 25).
      const settings: Partial<CmsField> = { widget: NUMBER_WIDGET, value_type: type.int ? 'int' : 'float' };
      if (type.min !== undefined) settings.min = type.min;
      if (type.max !== undefined && type.max < Number.MAX_SAFE_INTEGER) settings.max = type.max;
      return settings;
    }
    case 'boolean':
      // Always write true or false: a required boolean left untouched would otherwise be missing.
      return { widget: 'boolean', default: field.default ?? false };
    case 'enum': {
      if (type.options.every((option) => typeof option === 'number')) {
        const numbers = type.options as number[];
        return { widget: NUMBER_WIDGET, value_type: 'int', min: Math.min(...numbers), max: Math.max(...numbers) };
      }
      const labels = overrides.optionLabels?.[field.name] ?? {};
      return {
        widget: 'select',
        options: type.options.map((value) => ({ label: labels[String(value)] ?? String(value), value })),
      };
    }
    case 'list':
      if (type.item.kind === 'object') {
        const nested = nestedText(field.name);
        return {
          widget: 'list',
          label_singular: text.label.toLowerCase(),
          collapsed: false,
          summary: `{{fields.${type.item.fields[0]!.name}}}`,
          fields: type.item.fields.map((inner) => cmsField(inner, { ...overrides, text: nested, widgets: {}, fixed: {} }, `${field.name}.`)),
        };
      }
      return { widget: 'list' };
    case 'object':
      return { widget: 'object', fields: type.fields.map((inner) => cmsField(inner, overrides, `${field.name}.`)) };
    case 'record':
      throw new Error(`CMS: field ${field.name} (a record) needs an explicit widget`);
  }
}

function nestedText(listName: string): Record<string, FieldText> {
  if (listName === 'sources') return sourceFieldText;
  if (listName === 'columns') return resultsFieldText.columnFields;
  throw new Error(`CMS: no labels for the items of list "${listName}"`);
}

const describe = (schema: z.ZodType) => describeObject(schema, { dateSchema: vietnameseDate });

const body: CmsField = { name: 'body', label: bodyText.label, hint: bodyText.hint, widget: 'markdown', required: false,
  // Images only: Decap's "Code Block" (English, and code has no place in an issue) is not offered.
  editor_components: ['image'],
  // The body is MDX: a brace would be read as code and fail the build.
  pattern: ['^[^{}]*$', 'Nội dung không được chứa dấu ngoặc nhọn { }'] };

function columnCollection(column: ColumnId, nextIssue: number | undefined): CmsCollection {
  const text = columnFieldText(column);
  // A new issue is offered the number after the column's highest (drafts have none).
  if (nextIssue !== undefined) text.issue = { ...text.issue!, hint: `${text.issue!.hint} ${issueHint(nextIssue)}` };
  return {
    name: column,
    label: columnLabels[column],
    label_singular: 'kỳ',
    folder: `content/chuyen-muc/${column}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // dinh-tan-phuoc: the address of the issue (accents removed by the slug settings). Decap names the file once, at
    // the first save, and a draft has no issue number yet: so the number is not part of it.
    slug: '{{subject}}',
    identifier_field: 'title',
    // A draft has neither number nor date: "Số … — Khung bài (bản nháp)".
    summary: "Số {{issue | default('…')}} — {{title}} ({{date | default('bản nháp')}})",
    sortable_fields: ['issue', 'date', 'title'],
    fields: [
      ...describe(columnIssue).map((field) => {
        const f = cmsField(field, { text, fixed: { column } }, '');
        return field.name === 'issue' && nextIssue !== undefined ? { ...f, default: nextIssue } : f;
      }),
      body,
    ],
  };
}

function documentCollection(): CmsCollection {
  return {
    name: 'van-ban',
    label: 'Văn bản',
    label_singular: 'văn bản',
    folder: 'content/van-ban',
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // quyet-dinh-99-qd-tw; a document whose number is not known gets quyet-dinh-chua-ro-so (Decap adds -1, -2 …).
    slug: "{{type}}-{{number | default('chua-ro-so')}}",
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'date'],
    fields: [
      ...describe(document).map((field) =>
        cmsField(field, {
          text: documentFieldText,
          optionLabels: { type: documentTypeLabels, status: documentStatusLabels, issuerLevel: issuerLevelLabels },
          widgets: {
            // Related documents are chosen among the existing ones; the file name is the slug the schema checks.
            related: {
              widget: 'relation',
              collection: 'van-ban',
              value_field: '{{slug}}',
              search_fields: ['title', 'number'],
              display_fields: ['title'],
              multiple: true,
              required: false,
            },
          },
        }, ''),
      ),
      body,
    ],
  };
}

function handbookCollection(): CmsCollection {
  return {
    name: 'cam-nang',
    label: 'Cẩm nang giám sát',
    label_singular: 'phần',
    folder: 'content/cam-nang',
    extension: 'mdx',
    format: 'frontmatter',
    // The handbook has exactly three parts: edit them, never add or remove one.
    create: false,
    delete: false,
    summary: 'Phần {{part}}: {{title}}',
    fields: [...describe(handbookPart).map((field) => cmsField(field, { text: handbookFieldText }, '')), body],
  };
}

/** What the CMS needs to know of one results table: its file name and its columns. */
export interface ResultsTableShape {
  id: string;
  title: string;
  chart: string;
  chartKey?: string | undefined;
  columns: ResultsColumn[];
}

/** The row fields of one results table: one per column, a number widget for figures. */
export function resultsRowFields(table: ResultsTableShape): CmsField[] {
  return table.columns.map((column): CmsField => {
    const required = cellRequired(table, column.key);
    const field: CmsField = { name: column.key, label: column.label, widget: 'string', required };
    if (column.kind === 'text') return field;
    return {
      ...field,
      widget: NUMBER_WIDGET,
      value_type: column.kind === 'percent' ? 'float' : 'int',
      min: 0,
      // A share is checked against its count where the table gives both (src/cms/typed-values.ts shareProblem).
      ...(column.kind === 'percent' ? { percent: true, count_field: table.columns.find((c) => c.kind === 'number')?.key } : {}),
      ...(required ? {} : { hint: resultsFieldText.blankCellHint }),
    };
  });
}

/**
 * The published results: one file per table (content/ket-qua/<id>.yaml), so each table's rows are edited with that
 * table's own fields. Editors change figures, labels and rows; a new table or column is a developer's change (a
 * new file, then the CMS lists it), so the columns' keys and kinds are shown but cannot be added or removed.
 */
function resultsCollection(tables: ResultsTableShape[]): CmsCollection {
  const describeFields = describe(resultsTable);
  return {
    name: 'ket-qua',
    label: 'Kết quả thực hiện',
    label_singular: 'bảng',
    extension: 'yaml',
    format: 'yaml',
    create: false,
    delete: false,
    files: tables.map((table) => ({
      name: table.id,
      label: table.title,
      file: `content/ket-qua/${table.id}.yaml`,
      fields: describeFields.map((schemaField) => {
        const f = cmsField(schemaField, {
          text: resultsFieldText.fields,
          optionLabels: { chart: resultsChartLabels, kind: resultsColumnKindLabels },
          widgets: {
            chartKey: {
              widget: 'select',
              required: false,
              options: table.columns.filter((c) => c.kind !== 'text').map((c) => ({ label: c.label, value: c.key })),
            },
            rows: {
              widget: 'list',
              label_singular: 'dòng',
              collapsed: false,
              summary: `{{fields.${table.columns[0]!.key}}}`,
              fields: resultsRowFields(table),
            },
          },
        }, '');
        if (f.name !== 'columns') return f;
        // A column's key ties it to the rows' cells: shown to nobody, kept as written; no column added or removed here.
        const inner = (f.fields as CmsField[]).map((c) => (c.name === 'key' ? { ...c, widget: 'hidden' } : c));
        return { ...f, fields: inner, allow_add: false, allow_remove: false, allow_reorder: false, collapsed: true, summary: '{{fields.label}}' };
      }),
    })),
  };
}

/** The whole configuration. `development` adds the local backend that `npm run cms` starts. */
export function buildCmsConfig(options: {
  env: CmsEnvironment;
  development: boolean;
  siteUrl?: string;
  /** The tables of content/ket-qua/, as the build read them. */
  results?: ResultsTableShape[];
  /** Per column, the number its next issue takes (one more than its highest). */
  nextIssues?: Partial<Record<ColumnId, number>>;
}): CmsConfig {
  const { env, development, siteUrl, results = [], nextIssues = {} } = options;
  const config: CmsConfig = {
    locale: 'vi',
    backend: cmsBackend(env),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_MEDIA_FOLDER,
    // Vietnamese titles become ASCII file names: "Đình Tân Phước" → dinh-tan-phuoc.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...columnIds.map((column) => columnCollection(column, nextIssues[column])), documentCollection(), handbookCollection(), resultsCollection(results)],
  };
  if (development) {
    const port = Number(env.DECAP_SERVER_PORT ?? DEFAULT_LOCAL_BACKEND_PORT);
    config.local_backend = { url: `http://localhost:${port}/api/v1` };
  }
  if (siteUrl) {
    config.site_url = siteUrl;
    config.display_url = siteUrl;
  }
  return config;
}
