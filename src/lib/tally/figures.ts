// The đảng bộ's figures, as /ket-qua/ publishes them: members surveyed, members the chi ủy concluded to show
// manifestations, and per manifestation the members concluded — never ballots, never raw marks, never a name.
// The file a chi bộ sends, reading such files, adding them up and comparing rounds. Pure: no DOM, no Astro.
import { calendarDateOf, toIsoDate } from '../dates.ts';
import type { Count, Period } from './count.ts';
import { readPeriod } from './count.ts';
import { membersAwaitingConclusion, memberResults, shareOf, type TallyManifestation } from './results.ts';
import { fnv1a, MAX_TOTALS_BYTES, TOTALS_KIND, unitFileName } from './transfer.ts';

/** Format 1 of the same kind counted anonymous ballots; format 2 counts members. */
export const FIGURES_FORMAT_VERSION = 2;

export interface Figures {
  /** Members on the list with at least one ballot about them. */
  membersSurveyed: number;
  /** Members the chi ủy concluded to show at least one manifestation. */
  membersConcluded: number;
  /** Keyed by manifestation number ("4"): members the chi ủy concluded to show it. */
  byManifestation: Record<string, number>;
}

/** Everything the file holds: numbers, the chi bộ and the period. There is no field a name could go in. */
export interface FiguresFile extends Figures {
  kind: typeof TOTALS_KIND;
  formatVersion: typeof FIGURES_FORMAT_VERSION;
  unit: string;
  period: Period;
  /** The day of the export, "2026-12-07". */
  exportedOn: string;
  /** FNV-1a of the canonical figures: a changed or truncated figure no longer matches. Not a signature. */
  checksum: string;
}

export const FIGURES_FILE_KEYS = ['kind', 'formatVersion', 'unit', 'period', 'exportedOn', 'membersSurveyed', 'membersConcluded', 'byManifestation', 'checksum'] as const;

export type CountFiguresResult =
  | { ok: true; figures: Figures }
  /** `awaiting`: members with marks the chi ủy has not concluded about; the figures would be incomplete. */
  | { ok: false; problem: 'no-ballots' } | { ok: false; problem: 'awaiting'; awaiting: number };

function zeroByManifestation(catalogue: readonly TallyManifestation[]): Record<string, number> {
  return Object.fromEntries(catalogue.map((m) => [String(m.number), 0]));
}

/** The chi bộ's figures from its count; only once the chi ủy has concluded about every member with marks. */
export function countFigures(catalogue: readonly TallyManifestation[], count: Count): CountFiguresResult {
  const results = memberResults(catalogue, count).filter((result) => result.totals.ballots > 0);
  if (results.length === 0) return { ok: false, problem: 'no-ballots' };
  const awaiting = membersAwaitingConclusion(results).length;
  if (awaiting > 0) return { ok: false, problem: 'awaiting', awaiting };
  const byManifestation = zeroByManifestation(catalogue);
  let membersConcluded = 0;
  for (const { totals, conclusion } of results) {
    // Marks decide whom the chi ủy meets; a conclusion about a member with no marks is not counted.
    if (totals.withAny === 0 || !conclusion?.decided) continue;
    const numbers = conclusion.manifestations.map(String).filter((key) => key in byManifestation);
    if (numbers.length === 0) continue;
    membersConcluded += 1;
    for (const key of numbers) byManifestation[key]! += 1;
  }
  return { ok: true, figures: { membersSurveyed: results.length, membersConcluded, byManifestation } };
}

function canonical(unit: string, period: Period, figures: Figures): string {
  const entries = Object.keys(figures.byManifestation)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => `${key}=${figures.byManifestation[key]}`)
    .join(',');
  return [unit.normalize('NFC'), period.year, period.half ?? 0, figures.membersSurveyed, figures.membersConcluded, entries].join('|');
}

/** Built field by field from numbers: nothing of the count but its chi bộ and period reaches the file. */
export function makeFiguresFile(unit: string, period: Period, figures: Figures, now: Date): FiguresFile {
  const byManifestation: Record<string, number> = {};
  for (const [key, value] of Object.entries(figures.byManifestation)) byManifestation[key] = Number(value);
  const clean: Figures = { membersSurveyed: Number(figures.membersSurveyed), membersConcluded: Number(figures.membersConcluded), byManifestation };
  const name = unit.normalize('NFC');
  const when = period.half ? { year: period.year, half: period.half } : { year: period.year };
  return {
    kind: TOTALS_KIND,
    formatVersion: FIGURES_FORMAT_VERSION,
    unit: name,
    period: when,
    exportedOn: toIsoDate(calendarDateOf(now)),
    ...clean,
    checksum: fnv1a(canonical(name, when, clean)),
  };
}

/** Indented, so the đảng bộ can open it and read the figures. */
export function figuresFileText(file: FiguresFile): string {
  const ordered = Object.fromEntries(FIGURES_FILE_KEYS.map((key) => [key, file[key]]));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** "so-lieu-chi-bo-khu-pho-3-2026-2.json". */
export function figuresFileName(file: { unit: string; period: Period }): string {
  return unitFileName('so-lieu', file);
}

/** What makes figures impossible (English, for the detail line), or an empty list. */
export function figuresProblems(catalogue: readonly TallyManifestation[], figures: Figures): string[] {
  const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!isCount(figures.membersSurveyed) || !isCount(figures.membersConcluded)) return ['member counts must be whole numbers ≥ 0'];
  const problems: string[] = [];
  if (figures.membersSurveyed === 0) problems.push('no member surveyed');
  if (figures.membersConcluded > figures.membersSurveyed) problems.push(`concluded ${figures.membersConcluded} > surveyed ${figures.membersSurveyed}`);
  const expected = new Set(catalogue.map((m) => String(m.number)));
  let sum = 0;
  for (const key of expected) {
    const value = figures.byManifestation[key];
    if (!isCount(value)) {
      problems.push(`manifestation ${key} has no count`);
      continue;
    }
    if (value > figures.membersConcluded) problems.push(`manifestation ${key}: ${value} > concluded ${figures.membersConcluded}`);
    sum += value;
  }
  if (sum < figures.membersConcluded) problems.push(`the manifestations add up to ${sum} < concluded ${figures.membersConcluded}`);
  for (const key of Object.keys(figures.byManifestation)) if (!expected.has(key)) problems.push(`unknown manifestation ${key}`);
  return problems;
}

export type FiguresReadProblem = 'empty' | 'too-large' | 'not-json' | 'not-figures' | 'ballots-file' | 'newer' | 'invalid' | 'checksum' | 'inconsistent';

export type FiguresReadResult = { ok: true; file: FiguresFile } | { ok: false; problem: FiguresReadProblem; detail: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a file a chi bộ exported, checking its checksum and that its figures can be real. */
export function readFiguresFile(text: string, catalogue: readonly TallyManifestation[]): FiguresReadResult {
  if (text.length > MAX_TOTALS_BYTES) return { ok: false, problem: 'too-large', detail: `${text.length} characters` };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty', detail: 'the file is empty' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: String(error) };
  }
  if (!isRecord(value) || value.kind !== TOTALS_KIND) return { ok: false, problem: 'not-figures', detail: `kind is not ${TOTALS_KIND}` };
  if (value.formatVersion === 1) return { ok: false, problem: 'ballots-file', detail: 'format 1 counts ballots, not members' };
  if (typeof value.formatVersion !== 'number') return { ok: false, problem: 'invalid', detail: 'formatVersion is missing' };
  if (value.formatVersion > FIGURES_FORMAT_VERSION) return { ok: false, problem: 'newer', detail: `format ${value.formatVersion}` };
  const period = readPeriod(value.period);
  const byManifestation = value.byManifestation;
  if (typeof value.unit !== 'string' || value.unit.trim() === '' || !period || !isRecord(byManifestation)) {
    return { ok: false, problem: 'invalid', detail: 'unit, period or counts missing' };
  }
  if (typeof value.checksum !== 'string' || typeof value.exportedOn !== 'string') return { ok: false, problem: 'invalid', detail: 'checksum or exportedOn missing' };
  const extra = Object.keys(value).filter((key) => !(FIGURES_FILE_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) return { ok: false, problem: 'invalid', detail: `unexpected fields ${extra.join(', ')}` };
  const figures: Figures = {
    membersSurveyed: value.membersSurveyed as number,
    membersConcluded: value.membersConcluded as number,
    byManifestation: byManifestation as Record<string, number>,
  };
  const problems = figuresProblems(catalogue, figures);
  if (problems.length > 0) return { ok: false, problem: 'inconsistent', detail: problems.join('; ') };
  const unit = value.unit.normalize('NFC');
  if (fnv1a(canonical(unit, period, figures)) !== value.checksum) return { ok: false, problem: 'checksum', detail: 'the checksum does not match the figures' };
  return {
    ok: true,
    file: { kind: TOTALS_KIND, formatVersion: FIGURES_FORMAT_VERSION, unit, period, exportedOn: value.exportedOn, ...figures, checksum: value.checksum },
  };
}

/** Adds the figures of several chi bộ (disjoint sets of members). */
export function addFigures(catalogue: readonly TallyManifestation[], parts: readonly Figures[]): Figures {
  const sum: Figures = { membersSurveyed: 0, membersConcluded: 0, byManifestation: zeroByManifestation(catalogue) };
  for (const part of parts) {
    sum.membersSurveyed += part.membersSurveyed;
    sum.membersConcluded += part.membersConcluded;
    for (const key of Object.keys(sum.byManifestation)) sum.byManifestation[key]! += part.byManifestation[key] ?? 0;
  }
  return sum;
}

export interface FiguresComparison {
  concludedChange: number;
  /** Change of the share of members surveyed, in percent points. */
  shareChange: number | null;
  byManifestation: { number: number; earlier: number; now: number; change: number }[];
}

/** Compares a round with an earlier one, as /ket-qua/ compares the district's rounds. */
export function compareFigures(now: Figures, earlier: Figures): FiguresComparison {
  const shareNow = shareOf(now.membersConcluded, now.membersSurveyed);
  const shareEarlier = shareOf(earlier.membersConcluded, earlier.membersSurveyed);
  const keys = new Set([...Object.keys(now.byManifestation), ...Object.keys(earlier.byManifestation)]);
  const byManifestation = [...keys]
    .map((key) => {
      const a = earlier.byManifestation[key] ?? 0;
      const b = now.byManifestation[key] ?? 0;
      return { number: Number(key), earlier: a, now: b, change: b - a };
    })
    .filter((row) => row.earlier > 0 || row.now > 0)
    .sort((a, b) => a.number - b.number);
  return {
    concludedChange: now.membersConcluded - earlier.membersConcluded,
    shareChange: shareNow === null || shareEarlier === null ? null : shareNow - shareEarlier,
    byManifestation,
  };
}

/** One cell of a CSV line: quoted when it holds a separator, a quote or a line break. */
function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text (comma-separated, CRLF, a BOM so spreadsheet programs read the diacritics). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
