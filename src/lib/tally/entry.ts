// Reading a ballot typed on the keyboard: the ids of the items marked "Có", e.g. "1a 3c 14b". Pure: no DOM, no Astro.
// Separators: spaces, commas, semicolons, "+". "4ab" is short for "4a 4b". "0" alone is a ballot with no "Có".
import { compareItemIds } from './count.ts';

export type EntryProblemKind = 'format' | 'unknown' | 'duplicate';

export interface EntryProblem {
  kind: EntryProblemKind;
  token: string;
  /** Vietnamese, shown under the field as the group types. */
  message: string;
}

export interface ParsedEntry {
  /** Valid ids, in the ballot's order, each once. */
  ids: string[];
  problems: EntryProblem[];
  /** The text is "0": a ballot with no "Có". */
  none: boolean;
  /** Nothing typed. */
  empty: boolean;
  /** A last token still being typed ("14" before its letter): not yet a problem, but not yet an id either. */
  pending?: string;
}

const TOKEN = /^(\d{1,2})([a-z]+)$/;
const NONE_WORDS = new Set(['0', 'khong', 'không']);

function rangeText(knownIds: readonly string[]): string {
  const sorted = [...knownIds].sort(compareItemIds);
  return sorted.length > 0 ? `${sorted[0]} đến ${sorted[sorted.length - 1]}` : 'không có nội dung nào';
}

/**
 * Reads the typed text against the ids the ballot has. With `final` false (while typing), a trailing
 * number without its letter is reported as `pending` instead of as a problem.
 */
export function parseEntry(text: string, knownIds: readonly string[], final = false): ParsedEntry {
  const known = new Set(knownIds);
  const normalised = text.normalize('NFC').toLocaleLowerCase('vi');
  const tokens = normalised.split(/[\s,;+]+/).filter((token) => token !== '');
  const result: ParsedEntry = { ids: [], problems: [], none: false, empty: tokens.length === 0 };
  if (tokens.length === 1 && NONE_WORDS.has(tokens[0]!)) return { ...result, none: true };
  const endsOpen = !/[\s,;+]$/.test(normalised);
  const seen = new Set<string>();
  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    const match = TOKEN.exec(token);
    if (!match) {
      if (!final && isLast && endsOpen && /^\d{1,2}$/.test(token)) {
        result.pending = token;
        return;
      }
      result.problems.push({
        kind: 'format',
        token,
        message: `“${token}” không đúng dạng mã nội dung: số thứ tự biểu hiện rồi chữ cái, ví dụ 14b.`,
      });
      return;
    }
    const [, number, letters] = match as unknown as [string, string, string];
    for (const letter of letters) {
      const id = `${Number(number)}${letter}`;
      if (!known.has(id)) {
        result.problems.push({ kind: 'unknown', token: id, message: `Phiếu không có nội dung “${id}” (chỉ có ${rangeText(knownIds)}).` });
      } else if (seen.has(id)) {
        result.problems.push({ kind: 'duplicate', token: id, message: `“${id}” được gõ hai lần.` });
      } else {
        seen.add(id);
        result.ids.push(id);
      }
    }
  });
  result.ids.sort(compareItemIds);
  return result;
}

/** The ids of a ballot as the group would type them: "1a 3c 14b", or "0" for none. */
export function formatEntry(ids: readonly string[]): string {
  return ids.length === 0 ? '0' : [...ids].sort(compareItemIds).join(' ');
}
