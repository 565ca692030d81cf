// Shared by the tally's browser tests.
import { expect } from 'vitest';

/** Pages in a PDF Chromium printed. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** expect.poll with room for a busy two-core machine. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 50 });
