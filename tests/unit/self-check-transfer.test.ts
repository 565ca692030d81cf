import { describe, expect, it } from 'vitest';
import { emptyDocument, setAnswer, setNote } from '../../src/lib/self-check/document.ts';
import { MAX_IMPORT_BYTES, exportFileName, exportText, importSizeProblem, keepKnownEntries, parseImport } from '../../src/lib/self-check/transfer.ts';
import { contentCount } from '../../src/lib/self-check/document.ts';
import type { CheckManifestation } from '../../src/lib/self-check/scoring.ts';

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

describe('what an import keeps', () => {
  const manifestations: CheckManifestation[] = [
    { number: 1, group: 'A', numberInGroup: 1, shortName: 'Một', items: ['1a', '1b', '1c'].map((id) => ({ id, text: id })) },
    { number: 12, group: 'B', numberInGroup: 3, shortName: 'Mười hai', items: [{ id: '12a', text: '12a', appliesTo: 'declarant' }, { id: '12b', text: '12b' }, { id: '12c', text: '12c' }] },
  ];

  it('keeps answers to known items and notes of known manifestations, and counts what it drops', () => {
    let doc = setAnswer(emptyDocument(), '1a', 'co', now);
    for (const id of ['constructor', '99z', '2a']) doc = setAnswer(doc, id, 'khong', now);
    doc = setAnswer(doc, '12a', 'khong-thuoc-dien', now);
    doc = setAnswer(doc, '12b', 'khong-thuoc-dien', now);
    doc = setNote(setNote(setNote(doc, 1, 'Giữ', now), 99, 'Lạc', now), 2, '', now);
    const kept = keepKnownEntries(doc, manifestations);
    expect(contentCount(kept.document)).toEqual({ rounds: 1, answers: 2, notes: 1 });
    expect(kept.droppedAnswers).toBe(4); // constructor, 99z, 2a (not among these), 12b (no such choice)
    // An erased note (empty) is not counted as one left out.
    expect(kept.droppedNotes).toBe(1);
  });
});
