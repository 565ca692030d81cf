// Export to and import from a JSON file. Pure: no DOM, no Astro.
import { calendarDateOf, toIsoDate } from '../dates.ts';
import { parseDocument, serializeDocument, type ParseResult, type SelfCheckDocument } from './document.ts';

/** A real export is a few kilobytes; anything far larger is not ours. Checked on the file's size before reading it. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult = ParseResult | { ok: false; problem: 'empty' | 'too-large'; detail: string };

export function exportFileName(now: Date): string {
  return `tu-kiem-tra-${toIsoDate(calendarDateOf(now))}.json`;
}

/** Indented so a member can open the file and read it. */
export function exportText(doc: SelfCheckDocument): string {
  return `${serializeDocument(doc, 2)}\n`;
}

/** Refuses a file by its size alone, before anything reads it. */
export function importSizeProblem(bytes: number): ImportResult | undefined {
  return bytes > MAX_IMPORT_BYTES ? { ok: false, problem: 'too-large', detail: `${bytes} bytes` } : undefined;
}

export function parseImport(text: string): ImportResult {
  const tooLarge = importSizeProblem(text.length);
  if (tooLarge) return tooLarge;
  // A byte-order mark from some editors would break JSON.parse.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty', detail: 'the file is empty' };
  return parseDocument(body);
}
