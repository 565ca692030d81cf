import { describe, expect, it } from 'vitest';
import { emptyDocument, setAnswer, setNote } from '../../src/lib/self-check/document.ts';
import { MAX_IMPORT_BYTES, exportFileName, exportText, importSizeProblem, parseImport } from '../../src/lib/self-check/transfer.ts';

const now = new Date(2026, 10, 26, 10, 0);

describe('export and import', () => {
  it('names the file after the local day', () => {
    expect(exportFileName(now)).toBe('tu-kiem-tra-2026-11-26.json');
  });

  it('imports its own export exactly', () => {
    const doc = setNote(setAnswer(emptyDocument(), '3b', 'co', now), 3, 'Học lại.', now);
    expect(parseImport(exportText(doc))).toEqual({ ok: true, document: doc });
  });

  it('accepts a file saved with a byte-order mark', () => {
    const doc = setAnswer(emptyDocument(), '1a', 'co', now);
    expect(parseImport(`\uFEFF${exportText(doc)}`)).toEqual({ ok: true, document: doc });
  });

  it.each([
    ['an empty file', '  \n', 'empty'],
    ['a damaged file', '{"kind":"nq4-tu-kiem-tra","schemaVersion":2,"rou', 'not-json'],
    ['another JSON file', '{"type":"FeatureCollection"}', 'not-self-check'],
    ['a newer version', '{"kind":"nq4-tu-kiem-tra","schemaVersion":99,"rounds":[]}', 'newer-version'],
    ['an oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
  ])('refuses %s', (_label, text, problem) => {
    expect(parseImport(text)).toMatchObject({ ok: false, problem });
  });
});

describe('the size check before reading', () => {
  it('refuses a file larger than a real backup by its size alone', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(importSizeProblem(2_000)).toBeUndefined();
  });
});
