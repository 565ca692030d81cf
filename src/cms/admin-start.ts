// Runs in /admin/ before Decap CMS starts (index.astro loads Decap after it and lets this module start it): the
// CMS's own date and number boxes, which read what an editor types the Vietnamese way and say on the field what is
// wrong (with the build's own schema, src/cms/save-check.ts); the cleaning of an entry before it is saved; and the
// local backend's refusals shown as the plain Vietnamese sentence they are.
import { formatIsoDate, siteToday } from '../lib/dates.ts';
import { DATE_WIDGET, NUMBER_WIDGET } from './config.ts';
import { editorPhrases } from './labels.ts';
import { entryKindOfCollection, entryProblems } from './save-check.ts';
import { readTypedDate, readTypedNumber, shareProblem, typedNumberText } from './typed-values.ts';

/** The parts of Decap's globals used here (Decap bundles React and Immutable; their types are not loaded). */
interface Immutable {
  get(key: string): unknown;
  toJS(): unknown;
}
interface ControlProps {
  value: unknown;
  field: Immutable;
  entry: Immutable;
  getEntry?: () => Immutable;
  forID: string;
  classNameWrapper: string;
  parentIds?: string[];
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}
interface Control {
  props: ControlProps;
  state: { text: string };
  setState(state: { text: string }): void;
}
type Validity = true | { error: { type: string; parentIds?: string[]; message: string } };
interface DecapGlobal {
  init(): void;
  registerWidget(name: string, control: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable & { set(k: string, v: unknown): Immutable } }) => unknown }): void;
  getLocale(locale: string): Record<string, unknown>;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
    h?: (type: string, props: Record<string, unknown>, ...children: unknown[]) => unknown;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

// Decap waits for this module: the widgets below must exist before the first form is drawn.
window.CMS_MANUAL_INIT = true;
// The schemas read process.env.SITE_NOW when they check a last-change day; a browser has no process.
(globalThis as { process?: unknown }).process ??= { env: {} };

const today = () => formatIsoDate(siteToday(new Date()));
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * An entry's data as it is saved: blank values left out at every depth (Decap writes "date: ''" for an empty
 * optional field), text in Unicode NFC (the schema refuses other forms, which some keyboards type). Works on plain
 * data and on Decap's Immutable maps and lists alike (a list has push, a map does not).
 */
export function cleanedData(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (!value || typeof value !== 'object') return value;
  const immutable = value as { map?: unknown; push?: unknown; filter?: unknown };
  if (typeof immutable.map === 'function' && typeof immutable.filter === 'function' && !Array.isArray(value)) {
    const collection = value as { map(f: (v: unknown) => unknown): unknown; filter(f: (v: unknown) => boolean): { map(f: (v: unknown) => unknown): unknown } };
    if (typeof immutable.push === 'function') return collection.map(cleanedData);
    return collection.filter((inner) => !isBlank(inner)).map(cleanedData);
  }
  if (Array.isArray(value)) return value.map(cleanedData);
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => !isBlank(inner)).map(([key, inner]) => [key, cleanedData(inner)]));
}

function entryOf(props: ControlProps): Immutable {
  return props.getEntry ? props.getEntry() : props.entry;
}

function refusal(props: ControlProps, message: string): Validity {
  // "PRESENCE" makes Decap refuse the save with its message bar too, not only mark the field.
  return { error: { type: 'PRESENCE', parentIds: props.parentIds ?? [], message } };
}

/** The build's schema on the whole entry, keeping what it says about this field (a top-level field of an entry). */
function schemaVerdict(props: ControlProps, value: unknown): Validity {
  const entry = entryOf(props);
  const kind = entryKindOfCollection(String(entry.get('collection')));
  const name = String(props.field.get('name'));
  if (!kind || kind.kind === 'results') return true;
  const data = { ...(cleanedData(entry.get('data') && (entry.get('data') as Immutable).toJS()) as Record<string, unknown>) };
  if (!(name in data) && isBlank(value)) delete data[name];
  else data[name] = value;
  data.updated = today();
  const problem = entryProblems(kind, data).find((p) => p.field === name);
  return problem ? refusal(props, problem.message) : true;
}

function inputProps(control: Control, onText: (text: string) => void, onLeave: () => void, extra: Record<string, unknown>) {
  const { props } = control;
  return {
    id: props.forID,
    className: props.classNameWrapper,
    type: 'text',
    autoComplete: 'off',
    value: control.state.text,
    onChange: (event: { target: { value: string } }) => onText(event.target.value),
    onFocus: props.setActiveStyle,
    onBlur: () => {
      props.setInactiveStyle();
      onLeave();
    },
    ...extra,
  };
}

function registerWidgets(CMS: DecapGlobal, h: NonNullable<Window['h']>, createClass: NonNullable<Window['createClass']>) {
  // A date typed day/month/year: the stored value is "26/12/2026" once it reads as a real day, the typed text until then.
  const DateControl = createClass({
    getInitialState(this: Control) {
      return { text: isBlank(this.props.value) ? '' : String(this.props.value) };
    },
    isValid(this: Control): Validity {
      const value = this.props.value;
      if (!isBlank(value)) {
        const read = readTypedDate(String(value));
        if (!read.ok) return refusal(this.props, read.message);
      }
      return schemaVerdict(this.props, isBlank(value) ? undefined : value);
    },
    render(this: Control) {
      const change = (text: string) => {
        this.setState({ text });
        const read = readTypedDate(text);
        this.props.onChange(read.ok ? read.value.text : text.trim() === '' ? '' : text);
      };
      const leave = () => {
        const read = readTypedDate(this.state.text);
        if (read.ok) this.setState({ text: read.value.text });
      };
      return h('input', inputProps(this, change, leave, { inputMode: 'numeric', placeholder: 'ngày/tháng/năm', maxLength: 12 }));
    },
  });

  // A number typed with a decimal comma: the stored value is the number once it reads as one, the typed text until then.
  const NumberControl = createClass({
    getInitialState(this: Control) {
      return { text: typedNumberText(this.props.value) };
    },
    isValid(this: Control): Validity {
      const { value, field } = this.props;
      if (isBlank(value)) return schemaVerdict(this.props, undefined);
      if (typeof value === 'string') {
        const read = readTypedNumber(value, { whole: field.get('value_type') === 'int' });
        if (!read.ok) return refusal(this.props, read.message);
      }
      if (field.get('percent') && typeof value === 'number' && field.get('count_field')) {
        const data = (entryOf(this.props).get('data') as Immutable).toJS() as { rows?: Array<Record<string, unknown>> };
        const rows = data.rows ?? [];
        const share = String(field.get('name'));
        for (const [index, row] of rows.entries()) {
          if (row[share] !== value) continue;
          const problem = shareProblem(rows, { count: String(field.get('count_field')), share }, index);
          if (problem) return refusal(this.props, problem);
        }
      }
      return schemaVerdict(this.props, value);
    },
    render(this: Control) {
      const whole = this.props.field.get('value_type') === 'int';
      const change = (text: string) => {
        this.setState({ text });
        if (text.trim() === '') return this.props.onChange('');
        const read = readTypedNumber(text, { whole });
        this.props.onChange(read.ok ? read.value : text);
      };
      return h('input', inputProps(this, change, () => {}, { inputMode: whole ? 'numeric' : 'decimal' }));
    },
  });

  CMS.registerWidget(DATE_WIDGET, DateControl);
  CMS.registerWidget(NUMBER_WIDGET, NumberControl);

  // Decap's own image component with its English words ("Image", "Alt Text", "Title") said in Vietnamese; the same
  // Markdown it reads and writes (![mô tả](địa chỉ "chú thích")), registered under its id so it replaces Decap's.
  type Image = { alt?: string; image?: string; title?: string };
  CMS.registerEditorComponent({
    id: 'image',
    label: editorPhrases.image.label,
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: (match: string[] | null) => match && { image: match[2], alt: match[1], title: match[4] },
    toBlock: ({ alt, image, title }: Image) => `![${alt || ''}](${image || ''}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`,
    toPreview: ({ alt, image, title }: Image, getAsset: (path: string | undefined, field: unknown) => unknown, fields?: Array<{ get(k: string): unknown }>) =>
      h('img', { src: getAsset(image, fields?.find((f) => f.get('widget') === 'image')) || '', alt: alt || '', title: title || '' }),
    fields: [
      { label: editorPhrases.image.label, name: 'image', widget: 'image', media_library: { allow_multiple: false } },
      { label: editorPhrases.image.alt, name: 'alt' },
      { label: editorPhrases.image.title, name: 'title' },
    ],
  });
}

/** What the local backend refuses, and a backend that does not answer, become the sentence the message bar shows. */
function tellBackendRefusals() {
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/\/api\/v1$/.test(url)) return fetchOriginal(input, init);
    let response: Response;
    try {
      response = await fetchOriginal(input, init);
    } catch {
      // A plain string, not an Error: Decap shows it as it is, without "Error:" or "TypeError:".
      throw editorPhrases.backendDown;
    }
    if (!response.ok) {
      const body = (await response.clone().json().catch(() => null)) as { error?: unknown } | null;
      if (typeof body?.error === 'string') throw body.error;
    }
    return response;
  };
}

function replacePhrases(target: Record<string, unknown>, phrases: Record<string, unknown>) {
  for (const [key, value] of Object.entries(phrases)) {
    if (typeof value === 'string') target[key] = value;
    else replacePhrases((target[key] ??= {}) as Record<string, unknown>, value as Record<string, unknown>);
  }
}

function start() {
  const { CMS, h, createClass } = window;
  if (!CMS || !h || !createClass) return;
  registerWidgets(CMS, h, createClass);
  // The local backend dates the save and runs the build's checks; here only what Decap itself would write wrong.
  CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => cleanedData(entry.get('data')) });
  replacePhrases(CMS.getLocale('vi'), editorPhrases.locale);
  tellBackendRefusals();
  CMS.init();
}

document.addEventListener('DOMContentLoaded', start);
