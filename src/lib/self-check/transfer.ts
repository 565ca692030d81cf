// Export to and import from a JSON file. Pure: no DOM, no Astro.
import { calendarDateOf, toIsoDate } from '../dates.ts';
import { parseDocument, type ParseResult, type SelfCheckDocument } from './document.ts';

/** A real export is a few kilobytes; anything far larger is not ours. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult = ParseResult | { ok: false; problem: 'empty' | 'too-large'; detail: string };

export function exportFileName(now: Date): string {
  return `tu-kiem-tra-${toIsoDate(calendarDateOf(now))}.json`;
}

/** Indented so a member can open the file and read it. */
export function exportText(doc: SelfCheckDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', detail: `${text.length} characters` };
  // A byte-order mark from some editors would break JSON.parse.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty', detail: 'the file is empty' };
  return parseDocument(body);
}
