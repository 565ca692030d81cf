// The totals file of an anonymous count (format 1, entered before ballots named a member): kept so such a count
// can still be exported as it was. The member-based file is figures.ts. Pure: no DOM, no Astro.
import { calendarDateOf, toIsoDate } from '../dates.ts';
import { samePeriod } from '../self-check/document.ts';
import type { Totals } from './results.ts';
import { unitKey, type Period } from './count.ts';

export const TOTALS_KIND = 'nq4-kiem-phieu-tong-hop';
export const TOTALS_FORMAT_VERSION = 1;
/** A real file is a few kilobytes. */
export const MAX_TOTALS_BYTES = 200_000;

export interface TotalsFile extends Totals {
  kind: typeof TOTALS_KIND;
  formatVersion: typeof TOTALS_FORMAT_VERSION;
  unit: string;
  period: Period;
  /** The day of the export, "2026-11-27". */
  exportedOn: string;
  /** FNV-1a of the canonical totals: a changed or truncated figure no longer matches. Not a signature. */
  checksum: string;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function canonical(file: Omit<TotalsFile, 'checksum' | 'kind' | 'formatVersion' | 'exportedOn'>): string {
  const sortedEntries = (record: Record<string, number>) =>
    Object.keys(record)
      .sort()
      .map((key) => `${key}=${record[key]}`)
      .join(',');
  return [
    file.unit.normalize('NFC'),
    file.period.year,
    file.period.half ?? 0,
    file.ballots,
    file.withAny,
    sortedEntries(file.byManifestation),
    sortedEntries(file.byItem),
  ].join('|');
}

export function makeTotalsFile(unit: string, period: Period, totals: Totals, now: Date): TotalsFile {
  const body = { unit: unit.normalize('NFC'), period, ...totals };
  return {
    kind: TOTALS_KIND,
    formatVersion: TOTALS_FORMAT_VERSION,
    unit: body.unit,
    period,
    exportedOn: toIsoDate(calendarDateOf(now)),
    ballots: totals.ballots,
    withAny: totals.withAny,
    byManifestation: totals.byManifestation,
    byItem: totals.byItem,
    checksum: fnv1a(canonical(body)),
  };
}

/** Indented, so the đảng bộ can open it and read the figures. */
export function totalsFileText(file: TotalsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** An ASCII file name for a chi bộ's file of a period: "<prefix>-chi-bo-khu-pho-3-2026-2.json". */
export function unitFileName(prefix: string, file: { unit: string; period: Period }): string {
  const slug = file.unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${prefix}-${slug || 'chi-bo'}-${file.period.year}${file.period.half ? `-${file.period.half}` : ''}.json`;
}

/** "kiem-phieu-chi-bo-khu-pho-3-2026-2.json". */
export function totalsFileName(file: TotalsFile): string {
  return unitFileName('kiem-phieu', file);
}

export type AddFileResult<F = TotalsFile> =
  | { ok: true; files: F[] }
  | { ok: false; problem: 'other-period'; period: Period; expected: Period }
  | { ok: false; problem: 'same-unit'; identical: boolean; unit: string };

/** Adds a chi bộ's file to those already imported: one period, each chi bộ once. */
export function addTotalsFile<F extends { unit: string; period: Period; checksum: string }>(files: readonly F[], next: F): AddFileResult<F> {
  const first = files[0];
  if (first && !samePeriod(first.period, next.period)) return { ok: false, problem: 'other-period', period: next.period, expected: first.period };
  const twin = files.find((file) => unitKey(file.unit) === unitKey(next.unit));
  if (twin) return { ok: false, problem: 'same-unit', identical: twin.checksum === next.checksum, unit: twin.unit };
  return { ok: true, files: [...files, next] };
}
