import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KIND,
  SCHEMA_VERSION,
  currentRound,
  emptyDocument,
  answersOf,
  contentCount,
  countDifferences,
  hasOverlongWord,
  mergeDocuments,
  noteOf,
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
  it('starts with no round; its current round is a fresh one for the current year', () => {
    const doc = emptyDocument();
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.rounds).toEqual([]);
    expect(currentRound(doc, jan).period).toEqual({ year: 2026 });
    expect(currentRound(doc, jan).answers).toEqual({});
  });

  it('records an answer in the current round with its time, leaving the original untouched', () => {
    const doc = setAnswer(emptyDocument(), '1a', 'khong', jan);
    const answered = setAnswer(doc, '4a', 'co', feb);
    expect(answersOf(currentRound(answered))).toEqual({ '1a': 'khong', '4a': 'co' });
    expect(currentRound(answered).answers['4a']).toEqual({ answer: 'co', at: feb.toISOString() });
    expect(currentRound(answered).updatedAt).toBe(feb.toISOString());
    expect(currentRound(answered).startedAt).toBe(jan.toISOString());
    expect(answersOf(currentRound(doc))).toEqual({ '1a': 'khong' });
  });

  it('keeps a note, and keeps its erasure with the time it was erased', () => {
    const withNote = setNote(emptyDocument(), 4, 'Sinh hoạt chi bộ đủ, đúng giờ.', jan);
    expect(noteOf(currentRound(withNote), 4)).toBe('Sinh hoạt chi bộ đủ, đúng giờ.');
    const erased = setNote(withNote, 4, '', feb);
    expect(noteOf(currentRound(erased), 4)).toBe('');
    expect(currentRound(erased).notes['4']).toEqual({ text: '', at: feb.toISOString() });
    expect(contentCount(erased)).toEqual({ rounds: 1, answers: 0, notes: 0 });
  });

  it('starts a new round that answers afresh while the earlier round keeps its answers', () => {
    const first = setAnswer(emptyDocument(), '4a', 'co', jan);
    const result = startRound(first, { year: 2026, half: 2 }, feb);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const second = setAnswer(result.document, '4a', 'khong', feb);
    expect(second.rounds.map((r) => r.answers['4a']?.answer)).toEqual(['co', 'khong']);
    expect(currentRound(second).period).toEqual({ year: 2026, half: 2 });
  });

  it('keeps the implicit round of the current year when a new round starts before any answer', () => {
    const result = startRound(emptyDocument(), { year: 2025 }, jan);
    expect(result.ok && result.document.rounds.map((r) => r.period)).toEqual([{ year: 2026 }, { year: 2025 }]);
  });

  it('refuses a second round for a period that already has one', () => {
    const doc = setAnswer(emptyDocument(), '1a', 'co', jan);
    expect(startRound(doc, { year: 2026 }, feb)).toEqual({ ok: false, problem: 'period-exists' });
  });

  it('reads back exactly what it wrote, including answers to ids the data no longer has', () => {
    let doc = setAnswer(emptyDocument(), '4a', 'co', jan);
    doc = setAnswer(doc, '28z', 'khong', jan);
    doc = setNote(doc, 4, 'Ghi chú', feb);
    const parsed = parseDocument(serializeDocument(doc));
    expect(parsed).toEqual({ ok: true, document: doc });
  });

  it('writes equal documents as equal text, whatever order their entries were made in', () => {
    const one = setAnswer(setAnswer(emptyDocument(), '1a', 'co', jan), '2a', 'co', jan);
    const two = setAnswer(setAnswer(emptyDocument(), '2a', 'co', jan), '1a', 'co', jan);
    expect(serializeDocument(one)).toBe(serializeDocument(two));
  });
});

describe('validation', () => {
  const valid = () => JSON.parse(serializeDocument(setAnswer(emptyDocument(), '1a', 'co', jan))) as Record<string, unknown>;

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
    ['rounds that are not a list', (d: any) => (d.rounds = {})],
    ['an answer without its time', (d: any) => (d.rounds[0].answers['1a'] = { answer: 'co' })],
    ['a bare answer in version 3', (d: any) => (d.rounds[0].answers['1a'] = 'co')],
    ['a period without a year', (d: any) => (d.rounds[0].period = { half: 1 })],
    ['a half other than 1 or 2', (d: any) => (d.rounds[0].period = { year: 2026, half: 3 })],
    ['a broken timestamp', (d: any) => (d.rounds[0].updatedAt = 'hôm qua')],
    ['a note that is not text', (d: any) => (d.rounds[0].notes = { '4': { text: 42, at: '2026-01-01T00:00:00.000Z' } })],
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
    const at = '2025-03-02T00:00:00.000Z';
    expect(parseDocument(JSON.stringify(version1))).toEqual({
      ok: true,
      migratedFrom: 1,
      document: {
        kind: DOCUMENT_KIND,
        schemaVersion: SCHEMA_VERSION,
        rounds: [
          {
            period: { year: 2025 },
            startedAt: '2025-03-01T00:00:00.000Z',
            updatedAt: at,
            answers: { '1a': { answer: 'co', at }, '1b': { answer: 'khong', at }, '99x': { answer: 'co', at } },
            notes: { '1': { text: 'Đọc lại Nghị quyết.', at } },
          },
        ],
      },
    });
  });

  it('stamps each answer and note of a version 2 document with its round’s last change', () => {
    const version2 = {
      kind: DOCUMENT_KIND,
      schemaVersion: 2,
      rounds: [
        { period: { year: 2025 }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-05T00:00:00.000Z', answers: { '4a': 'co' }, notes: {} },
        { period: { year: 2026, half: 1 }, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', answers: { '4a': 'khong' }, notes: { '4': 'Đã sửa.' } },
      ],
      storageNoticeSeenAt: '2025-01-01T00:00:00.000Z',
    };
    const result = parseDocument(JSON.stringify(version2));
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    expect(result.document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.document.storageNoticeSeenAt).toBe('2025-01-01T00:00:00.000Z');
    expect(result.document.rounds[0]!.answers).toEqual({ '4a': { answer: 'co', at: '2025-01-05T00:00:00.000Z' } });
    expect(result.document.rounds[1]!.notes).toEqual({ '4': { text: 'Đã sửa.', at: '2026-02-01T00:00:00.000Z' } });
  });

  it.each([
    ['version 1', { kind: DOCUMENT_KIND, schemaVersion: 1, year: 2025, startedAt: 'x', updatedAt: 'y', answers: {}, notes: {} }],
    ['version 2', { kind: DOCUMENT_KIND, schemaVersion: 2, rounds: [{ period: { year: 2025 }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', answers: { '1a': 'maybe' }, notes: {} }] }],
  ])('rejects a damaged %s document instead of migrating garbage', (_label, broken) => {
    expect(validateDocument(broken)).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('merging two copies (another tab’s and this one’s)', () => {
  const t = (minute: number) => new Date(Date.UTC(2026, 0, 15, 8, minute));
  const base = setAnswer(emptyDocument(), '1a', 'co', t(0));

  it('keeps, for each answer, the one changed last, whichever copy holds it', () => {
    const mine = setAnswer(setAnswer(base, '5a', 'co', t(1)), '1a', 'khong', t(3));
    const theirs = setAnswer(setAnswer(base, '6a', 'khong', t(2)), '1a', 'co', t(2));
    const expected = { '1a': 'khong', '5a': 'co', '6a': 'khong' };
    expect(answersOf(currentRound(mergeDocuments(mine, theirs)))).toEqual(expected);
    expect(answersOf(currentRound(mergeDocuments(theirs, mine)))).toEqual(expected);
    expect(serializeDocument(mergeDocuments(mine, theirs))).toBe(serializeDocument(mergeDocuments(theirs, mine)));
  });

  it('lets a note’s later erasure win over the older text in the other copy', () => {
    const written = setNote(base, 4, 'Cam kết', t(1));
    const erased = setNote(written, 4, '', t(2));
    expect(noteOf(currentRound(mergeDocuments(written, erased)), 4)).toBe('');
    expect(noteOf(currentRound(mergeDocuments(erased, written)), 4)).toBe('');
    // …and a note written again after the erasure wins in turn.
    const rewritten = setNote(written, 4, 'Cam kết mới', t(3));
    expect(noteOf(currentRound(mergeDocuments(erased, rewritten)), 4)).toBe('Cam kết mới');
  });

  it('keeps notes from both and a round only one copy has started', () => {
    const started = startRound(setNote(base, 1, 'Của tôi', t(1)), { year: 2026, half: 2 }, t(2));
    if (!started.ok) throw new Error('round not started');
    const theirs = setNote(base, 2, 'Của tab kia', t(1));
    const merged = mergeDocuments(setAnswer(started.document, '3a', 'co', t(3)), theirs);
    expect(merged.rounds.map((r) => r.period)).toEqual([{ year: 2026 }, { year: 2026, half: 2 }]);
    expect(noteOf(merged.rounds[0]!, 1)).toBe('Của tôi');
    expect(noteOf(merged.rounds[0]!, 2)).toBe('Của tab kia');
  });

  it('takes an import whole, keeping only what the other copy changed after it', () => {
    const imported = { ...setAnswer({ ...emptyDocument(), rounds: [newRound({ year: 2025 }, t(0))] }, '9b', 'khong', t(0)), replacedAt: t(5).toISOString() };
    const before = setNote(setAnswer(base, '2a', 'co', t(4)), 3, 'Cũ', t(4));
    expect(mergeDocuments(before, imported)).toEqual(imported);
    expect(mergeDocuments(imported, before)).toEqual(imported);
    const after = setAnswer(before, '7c', 'co', t(6));
    const merged = mergeDocuments(after, imported);
    expect(merged.rounds.map((r) => r.period)).toEqual([{ year: 2025 }, { year: 2026 }]);
    expect(answersOf(merged.rounds[1]!)).toEqual({ '7c': 'co' });
  });

  it('changes nothing when one copy already holds everything, and counts the entries that differ', () => {
    const theirs = setAnswer(base, '2b', 'co', t(1));
    expect(mergeDocuments(base, theirs)).toEqual(theirs);
    expect(countDifferences(theirs, theirs)).toBe(0);
    expect(countDifferences(setNote(setAnswer(theirs, '3c', 'co', t(2)), 3, 'x', t(2)), theirs)).toBe(2);
    expect(countDifferences(theirs, emptyDocument())).toBe(2);
  });
});

describe('“Không thuộc diện” (issue 23)', () => {
  const at = new Date('2026-03-01T00:00:00Z');

  it('is kept as an answer, written and read back, and merged like any other', () => {
    const doc = setAnswer(setAnswer(emptyDocument(), '12a', 'khong-thuoc-dien', at), '12b', 'co', at);
    const parsed = parseDocument(serializeDocument(doc));
    expect(parsed).toEqual({ ok: true, document: doc });
    const later = setAnswer(doc, '12a', 'co', new Date('2026-03-02T00:00:00Z'));
    expect(answersOf(currentRound(mergeDocuments(doc, later)))).toEqual({ '12a': 'co', '12b': 'co' });
  });

  it('is written as version 4 only when it is used, so a page that knows version 3 still reads every other document', () => {
    const plain = setAnswer(emptyDocument(), '1a', 'co', at);
    expect(JSON.parse(serializeDocument(plain)).schemaVersion).toBe(3);
    expect(JSON.parse(serializeDocument(setAnswer(plain, '12a', 'khong-thuoc-dien', at))).schemaVersion).toBe(4);
  });

  it('reads a version 3 document (from before the answer existed) as it is, not as a migration', () => {
    const version3 = serializeDocument(setAnswer(emptyDocument(), '4a', 'khong', at));
    const parsed = parseDocument(version3);
    expect(parsed.ok && parsed.migratedFrom).toBe(undefined);
    expect(parsed.ok && answersOf(currentRound(parsed.document))).toEqual({ '4a': 'khong' });
  });
});

describe('times', () => {
  it('reads any time the format allows in one form, so times from a file compare rightly with the page’s own', () => {
    const text = JSON.stringify({
      kind: DOCUMENT_KIND,
      schemaVersion: 3,
      rounds: [{ period: { year: 2026 }, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', answers: { '1a': { answer: 'co', at: '2026-01-02T07:00:00+07:00' } }, notes: {} }],
    });
    const parsed = parseDocument(text);
    expect(parsed.ok && parsed.document.rounds[0]!.answers['1a']!.at).toBe('2026-01-02T00:00:00.000Z');
  });

  it('merges an answer to an id named like a property of every object ("constructor") as a plain answer', () => {
    const mine = setAnswer(emptyDocument(), 'constructor', 'co', new Date('2026-01-01T00:00:00Z'));
    const theirs = setAnswer(emptyDocument(), '1a', 'khong', new Date('2026-01-01T00:00:00Z'));
    expect(answersOf(currentRound(mergeDocuments(theirs, mine)))).toEqual({ '1a': 'khong', constructor: 'co' });
  });
});

describe('hasOverlongWord', () => {
  it('finds a run of 200 letters without a space, and nothing in ordinary text of any length', () => {
    expect(hasOverlongWord('Đảng'.repeat(50))).toBe(true);
    expect(hasOverlongWord(`Cam kết ${'x'.repeat(199)} sửa`)).toBe(false);
    expect(hasOverlongWord('Sinh hoạt chi bộ đủ, đúng giờ. '.repeat(20_000))).toBe(false);
  });
});
