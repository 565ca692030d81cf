import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KIND,
  SCHEMA_VERSION,
  currentRound,
  emptyDocument,
  mergeDocuments,
  newRound,
  parseDocument,
  serializeDocument,
  setAnswer,
  setNote,
  startRound,
  validateDocument,
} from '../../src/lib/self-check/document.ts';

const jan = new Date('2026-01-15T08:00:00Z');
const feb = new Date('2026-02-20T09:30:00Z');

describe('the self-check document', () => {
  it('starts with one round for the current year and no answers', () => {
    const doc = emptyDocument(jan);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.rounds).toHaveLength(1);
    expect(currentRound(doc).period).toEqual({ year: 2026 });
    expect(currentRound(doc).answers).toEqual({});
  });

  it('records an answer in the current round with its time, leaving the original untouched', () => {
    const doc = emptyDocument(jan);
    const answered = setAnswer(doc, '4a', 'co', feb);
    expect(currentRound(answered).answers).toEqual({ '4a': 'co' });
    expect(currentRound(answered).updatedAt).toBe(feb.toISOString());
    expect(currentRound(answered).startedAt).toBe(jan.toISOString());
    expect(currentRound(doc).answers).toEqual({});
  });

  it('keeps a note and removes it again when emptied', () => {
    const withNote = setNote(emptyDocument(jan), 4, 'Sinh hoạt chi bộ đủ, đúng giờ.', feb);
    expect(currentRound(withNote).notes).toEqual({ '4': 'Sinh hoạt chi bộ đủ, đúng giờ.' });
    expect(currentRound(setNote(withNote, 4, '', feb)).notes).toEqual({});
  });

  it('starts a new round that answers afresh while the earlier round keeps its answers', () => {
    const first = setAnswer(emptyDocument(jan), '4a', 'co', jan);
    const result = startRound(first, { year: 2026, half: 2 }, feb);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const second = setAnswer(result.document, '4a', 'khong', feb);
    expect(second.rounds.map((r) => r.answers['4a'])).toEqual(['co', 'khong']);
    expect(currentRound(second).period).toEqual({ year: 2026, half: 2 });
  });

  it('refuses a second round for a period that already has one', () => {
    expect(startRound(emptyDocument(jan), { year: 2026 }, feb)).toEqual({ ok: false, problem: 'period-exists' });
  });

  it('reads back exactly what it wrote, including answers to ids the data no longer has', () => {
    let doc = setAnswer(emptyDocument(jan), '4a', 'co', jan);
    doc = setAnswer(doc, '28z', 'khong', jan);
    doc = setNote(doc, 4, 'Ghi chú', feb);
    const parsed = parseDocument(serializeDocument(doc));
    expect(parsed).toEqual({ ok: true, document: doc });
  });
});

describe('validation', () => {
  const valid = () => JSON.parse(serializeDocument(setAnswer(emptyDocument(jan), '1a', 'co', jan))) as Record<string, unknown>;

  it('calls text that is not JSON not-json', () => {
    expect(parseDocument('{"kind": "nq4-tu')).toMatchObject({ ok: false, problem: 'not-json' });
  });

  it('calls JSON from elsewhere not-self-check', () => {
    expect(parseDocument('{"name":"something else"}')).toMatchObject({ ok: false, problem: 'not-self-check' });
    expect(parseDocument('[1,2,3]')).toMatchObject({ ok: false, problem: 'not-self-check' });
  });

  it('recognises a newer schema version and reports it', () => {
    expect(validateDocument({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
      ok: false,
      problem: 'newer-version',
      version: SCHEMA_VERSION + 1,
    });
  });

  it.each([
    ['an answer other than co/khong', (d: any) => (d.rounds[0].answers['1a'] = 'maybe')],
    ['no rounds', (d: any) => (d.rounds = [])],
    ['a period without a year', (d: any) => (d.rounds[0].period = { half: 1 })],
    ['a half other than 1 or 2', (d: any) => (d.rounds[0].period = { year: 2026, half: 3 })],
    ['a broken timestamp', (d: any) => (d.rounds[0].updatedAt = 'hôm qua')],
    ['a note that is not text', (d: any) => (d.rounds[0].notes = { '4': 42 })],
    ['two rounds for one period', (d: any) => d.rounds.push({ ...d.rounds[0] })],
    ['a missing schema version', (d: any) => delete d.schemaVersion],
  ])('rejects a document with %s as invalid', (_label, damage) => {
    const doc = valid();
    damage(doc);
    expect(validateDocument(doc)).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('migration', () => {
  it('turns a version 1 document (one assessment, no rounds) into one round, keeping every answer and note', () => {
    const version1 = {
      kind: DOCUMENT_KIND,
      schemaVersion: 1,
      year: 2025,
      startedAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-02T00:00:00.000Z',
      answers: { '1a': 'co', '1b': 'khong', '99x': 'co' },
      notes: { '1': 'Đọc lại Nghị quyết.' },
    };
    const result = parseDocument(JSON.stringify(version1));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      document: {
        kind: DOCUMENT_KIND,
        schemaVersion: 2,
        rounds: [
          {
            period: { year: 2025 },
            startedAt: '2025-03-01T00:00:00.000Z',
            updatedAt: '2025-03-02T00:00:00.000Z',
            answers: { '1a': 'co', '1b': 'khong', '99x': 'co' },
            notes: { '1': 'Đọc lại Nghị quyết.' },
          },
        ],
      },
    });
  });

  it('rejects a version 1 document whose answers are damaged instead of migrating garbage', () => {
    const broken = { kind: DOCUMENT_KIND, schemaVersion: 1, year: 2025, startedAt: 'x', updatedAt: 'y', answers: {}, notes: {} };
    expect(validateDocument(broken)).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('merging a copy written by another tab', () => {
  const base = setAnswer(emptyDocument(jan), '1a', 'co', jan);

  it('keeps an answer this tab wrote that the other tab had not seen, and takes the other tab’s answers', () => {
    const mine = setAnswer(base, '5a', 'co', feb);
    const theirs = setAnswer(setAnswer(base, '6a', 'khong', feb), '1a', 'khong', feb);
    const merged = mergeDocuments(theirs, mine);
    expect(currentRound(merged).answers).toEqual({ '1a': 'khong', '5a': 'co', '6a': 'khong' });
  });

  it('keeps notes from both and a round only this tab has started', () => {
    const started = startRound(setNote(base, 1, 'Của tôi', feb), { year: 2026, half: 2 }, feb);
    if (!started.ok) throw new Error('round not started');
    const theirs = setNote(base, 2, 'Của tab kia', feb);
    const merged = mergeDocuments(theirs, setAnswer(started.document, '3a', 'co', feb));
    expect(merged.rounds.map((r) => r.period)).toEqual([{ year: 2026 }, { year: 2026, half: 2 }]);
    expect(merged.rounds[0]!.notes).toEqual({ '1': 'Của tôi', '2': 'Của tab kia' });
  });

  it('takes another tab’s import as it is when this tab holds only an untouched round', () => {
    const imported = setAnswer({ ...emptyDocument(jan), rounds: [newRound({ year: 2025 }, jan)] }, '9b', 'khong', jan);
    expect(mergeDocuments(imported, emptyDocument(feb))).toEqual(imported);
  });

  it('changes nothing when the other tab already holds everything', () => {
    const theirs = setAnswer(base, '2b', 'co', feb);
    expect(mergeDocuments(theirs, base)).toEqual(theirs);
  });
});
