// What editors type in the CMS, read as Vietnamese write it: dates day/month/year (any browser locale), numbers with
// a decimal comma and "." between thousands. Whether a date is real is src/lib/dates.ts's rule, the build's own.
import { formatVietnameseDate, parseVietnameseDate, toIsoDate } from '../lib/dates.ts';
import { typedValueText } from './labels.ts';

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

// Day, month, year with /, . or - between them; leading zeros optional.
const TYPED_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** "26.12.2026", "1-2-2027", "26/12/2026" → "26/12/2026" (the form content is written in) and its ISO day. */
export function readTypedDate(text: string): Reading<{ text: string; iso: string }> {
  const trimmed = text.trim();
  const match = TYPED_DATE.exec(trimmed);
  if (!match) return { ok: false, message: typedValueText.dateForm(trimmed) };
  const parsed = parseVietnameseDate(`${match[1]}/${match[2]}/${match[3]}`);
  if (!parsed) return { ok: false, message: typedValueText.dateNotReal(trimmed) };
  return { ok: true, value: { text: formatVietnameseDate(parsed), iso: toIsoDate(parsed) } };
}

const WHOLE = /^\d{1,3}(?:\.\d{3})+$|^\d+$/;
const DECIMAL = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/;

/**
 * "0,25" → 0.25; "1.234" → 1234; "1.234,5" → 1234.5; "7178" → 7178. A dot followed by other than three digits
 * ("1.83") is refused rather than guessed: it may be an English decimal point or a mistyped thousand.
 */
export function readTypedNumber(text: string, options: { whole: boolean }): Reading<number> {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: false, message: typedValueText.numberEmpty };
  if (/^[-−]/.test(trimmed)) return { ok: false, message: typedValueText.numberNegative };
  if (WHOLE.test(trimmed)) return { ok: true, value: Number(trimmed.replace(/\./g, '')) };
  const decimal = DECIMAL.exec(trimmed);
  if (decimal) {
    if (options.whole) return { ok: false, message: typedValueText.numberWhole(trimmed) };
    return { ok: true, value: Number(`${decimal[1]!.replace(/\./g, '')}.${decimal[2]}`) };
  }
  if (/^\d+\.\d+$/.test(trimmed)) return { ok: false, message: typedValueText.numberDot(trimmed) };
  return { ok: false, message: typedValueText.numberForm(trimmed) };
}

/** A stored number as the editor reads and types it: 0.25 → "0,25", 7178 → "7178" (no thousands dot to retype). */
export function typedNumberText(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === undefined || value === null ? '' : String(value);
  return String(value).replace('.', ',');
}

export interface ShareColumns {
  /** The column of counts. */
  count: string;
  /** The column of shares, in percent points, of the counts' total. */
  share: string;
}

/**
 * Whether a share written in a row disagrees with its count. The tables do not say what a share is a share of:
 * a table is taken to give shares of its own total when every other row's share is its count's share of the
 * total, to two decimals (the rounding the sources publish); then a row whose share is off is named.
 * Returns the message for the row, or undefined.
 */
export function shareProblem(rows: ReadonlyArray<Record<string, unknown>>, columns: ShareColumns, index: number): string | undefined {
  const counted = rows.filter((row) => typeof row[columns.count] === 'number' && typeof row[columns.share] === 'number');
  const row = rows[index];
  if (!row || counted.length < 3 || !counted.includes(row)) return undefined;
  const total = counted.reduce((sum, each) => sum + (each[columns.count] as number), 0);
  if (total <= 0) return undefined;
  const expected = (each: Record<string, unknown>) => ((each[columns.count] as number) / total) * 100;
  const fits = (each: Record<string, unknown>) => Math.abs(expected(each) - (each[columns.share] as number)) <= 0.0051;
  if (fits(row) || !counted.filter((each) => each !== row).every(fits)) return undefined;
  return typedValueText.shareMismatch(row[columns.share] as number, row[columns.count] as number, total, expected(row));
}
