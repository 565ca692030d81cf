// Export to and import from a JSON file. Pure: no DOM, no Astro.
import { calendarDateOf, toIsoDate } from '../dates.ts';
import { NOT_APPLICABLE, parseDocument, serializeDocument, type ParseResult, type Round, type SelfCheckDocument } from './document.ts';
import type { CheckManifestation } from './scoring.ts';

/** A real export is a few kilobytes; anything far larger is not ours. Checked on the file's size before reading it. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult = ParseResult | { ok: false; problem: 'empty' | 'too-large'; detail: string };
type TooLarge = { ok: false; problem: 'too-large'; detail: string };

export function exportFileName(now: Date): string {
  return `tu-kiem-tra-${toIsoDate(calendarDateOf(now))}.json`;
}

/** Indented so a member can open the file and read it. */
export function exportText(doc: SelfCheckDocument): string {
  return `${serializeDocument(doc, 2)}\n`;
}

/** Refuses a file by its size alone, before anything reads it. */
export function importSizeProblem(bytes: number): TooLarge | undefined {
  return bytes > MAX_IMPORT_BYTES ? { ok: false, problem: 'too-large', detail: `${bytes} bytes` } : undefined;
}

export function parseImport(text: string): ImportResult {
  const tooLarge = importSizeProblem(text.length);
  if (tooLarge) return tooLarge;
  // A byte-order mark from some editors would break JSON.parse.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty', detail: '' };
  return parseDocument(body);
}

/** What an import keeps of a file, and what it leaves out. */
export interface KeptImport {
  document: SelfCheckDocument;
  /** Answers to ids that are not among the self-check's items, or "Không thuộc diện" where an item has no such choice. */
  droppedAnswers: number;
  /** Notes (with text) for numbers that are not among the manifestations. */
  droppedNotes: number;
}

/**
 * Keeps only the answers and notes a file holds for this self-check's items and manifestations, so what the
 * member is told was restored is what was restored. (Stored documents keep every id: this is for files only.)
 */
export function keepKnownEntries(doc: SelfCheckDocument, manifestations: CheckManifestation[]): KeptImport {
  const items = new Map(manifestations.flatMap((m) => m.items.map((item) => [item.id, item] as const)));
  const numbers = new Set(manifestations.map((m) => String(m.number)));
  let droppedAnswers = 0;
  let droppedNotes = 0;
  const rounds = doc.rounds.map((round): Round => {
    const answers = Object.entries(round.answers).filter(([id, entry]) => {
      const item = items.get(id);
      const kept = item !== undefined && (entry.answer !== NOT_APPLICABLE || item.appliesTo !== undefined);
      if (!kept) droppedAnswers += 1;
      return kept;
    });
    const notes = Object.entries(round.notes).filter(([key, note]) => {
      const kept = numbers.has(key);
      if (!kept && note.text !== '') droppedNotes += 1;
      return kept;
    });
    return { ...round, answers: Object.fromEntries(answers), notes: Object.fromEntries(notes) };
  });
  return { document: { ...doc, rounds }, droppedAnswers, droppedNotes };
}
