// The self-check store over the generic layer: the four ways answers used to be lost, and what still works.
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, answersOf, currentRound, noteOf, parseDocument, type SelfCheckDocument } from '../../src/lib/self-check/document.ts';
import { openSelfCheckStore, type SelfCheckStore } from '../../src/stores/self-check.ts';
import type { CheckManifestation } from '../../src/lib/self-check/scoring.ts';
import { ControlledStorage, announceChange } from './storage-doubles.ts';

/** 27 manifestations of three items each, ids as on the page (1a … 27c); 12a concerns asset declarants only. */
const manifestations: CheckManifestation[] = Array.from({ length: 27 }, (_, index) => ({
  number: index + 1,
  group: index < 9 ? 'A' : index < 18 ? 'B' : 'C',
  numberInGroup: (index % 9) + 1,
  shortName: `Biểu hiện ${index + 1}`,
  items: ['a', 'b', 'c'].map((letter) => ({ id: `${index + 1}${letter}`, text: `Nội dung ${index + 1}${letter}.`, ...(index === 11 && letter === 'a' ? { appliesTo: 'declarant' as const } : {}) })),
}));

const opened: SelfCheckStore[] = [];
let clock = Date.UTC(2026, 10, 27, 8);
function open(storage: Storage | null, options: { memoryOnly?: boolean } = {}): SelfCheckStore {
  // One clock for every tab, moving a millisecond per reading: changes are ordered as they are made.
  const store = openSelfCheckStore({ storage, now: () => (clock += 1), ...options });
  opened.push(store);
  return store;
}
const answers = (store: SelfCheckStore) => answersOf(currentRound(store.$document.get()));
function stored(storage: Storage): SelfCheckDocument {
  const parsed = parseDocument(storage.getItem(STORAGE_KEY) ?? 'null');
  if (!parsed.ok) throw new Error(`stored value unreadable: ${parsed.problem}`);
  return parsed.document;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.dispose();
});

describe('nothing lost: the four cases of the issue', () => {
  it('1. storage that fills during a session keeps every unsaved answer, says how many, and saves them when it can', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.actions.answer('1a', 'co');
    storage.refuseAfter(0);
    page.actions.answer('1b', 'khong');
    page.actions.answer('1c', 'co');
    page.actions.answer('2a', 'co');
    expect(answers(page)).toEqual({ '1a': 'co', '1b': 'khong', '1c': 'co', '2a': 'co' });
    expect(page.$status.get()).toMatchObject({ state: 'unsaved', unsaved: 3 });
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '1a': 'co' });
    storage.accept();
    window.dispatchEvent(new Event('pagehide'));
    expect(page.$status.get()).toMatchObject({ state: 'saved', unsaved: 0 });
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '1a': 'co', '1b': 'khong', '1c': 'co', '2a': 'co' });
  });

  it('2. an import that storage refuses leaves the stored document and the page as they were', async () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.actions.answer('4a', 'co');
    page.actions.writeNote(4, 'Cam kết');
    const before = storage.getItem(STORAGE_KEY);
    const file = page.actions.readImport(
      JSON.stringify({ kind: 'nq4-tu-kiem-tra', schemaVersion: 2, rounds: [{ period: { year: 2025 }, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', answers: { '9b': 'khong' }, notes: {} }] }),
      manifestations,
    );
    if (!file.ok) throw new Error('backup not read');
    storage.refuse();
    expect(page.actions.replaceWith(file.document)).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(answers(page)).toEqual({ '4a': 'co' });
    storage.accept();
    expect(page.actions.replaceWith(file.document)).toBe(true);
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '9b': 'khong' });
  });

  it('3. a note erased while another tab is open stays erased in both', () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.actions.writeNote(4, 'Cam kết riêng');
    announceChange(storage, STORAGE_KEY);
    expect(noteOf(currentRound(tabB.$document.get()), 4)).toBe('Cam kết riêng');
    tabA.actions.writeNote(4, '');
    // tabB answers something before hearing of the erasure: its old copy of the note must not win.
    tabB.actions.answer('1a', 'co');
    announceChange(storage, STORAGE_KEY);
    for (const tab of [tabA, tabB]) expect(noteOf(currentRound(tab.$document.get()), 4)).toBe('');
    expect(noteOf(currentRound(stored(storage)), 4)).toBe('');
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '1a': 'co' });
  });

  it('4. the same answers changed back to back in two tabs end as the last change made', () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.actions.answer('5a', 'co');
    tabB.actions.answer('5a', 'khong'); // before tabB heard of tabA's change
    tabA.actions.answer('6a', 'khong');
    tabB.actions.answer('6a', 'co');
    tabA.actions.answer('7a', 'co');
    announceChange(storage, STORAGE_KEY);
    const expected = { '5a': 'khong', '6a': 'co', '7a': 'co' };
    expect(answers(tabA)).toEqual(expected);
    expect(answers(tabB)).toEqual(expected);
    expect(answersOf(currentRound(stored(storage)))).toEqual(expected);
  });
});

describe('what already worked', () => {
  it('starts a new round and refuses a second one for the same period', () => {
    const page = open(new ControlledStorage());
    page.actions.answer('4a', 'co');
    expect(page.actions.beginRound({ year: 2026, half: 2 })).toBe(true);
    expect(page.actions.beginRound({ year: 2026, half: 2 })).toBe(false);
    expect(page.$document.get().rounds.map((r) => r.period)).toEqual([{ year: 2026 }, { year: 2026, half: 2 }]);
  });

  it('exports what an import reads back, and an import reaches another open tab whole', async () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabB.actions.answer('8a', 'co');
    announceChange(storage, STORAGE_KEY);
    const other = open(new ControlledStorage());
    other.actions.answer('9b', 'khong');
    const file = tabA.actions.readImport(other.actions.exportDocument().text, manifestations);
    if (!file.ok) throw new Error('export not read');
    expect(tabA.actions.replaceWith(file.document)).toBe(true);
    announceChange(storage, STORAGE_KEY);
    expect(answers(tabB)).toEqual({ '9b': 'khong' });
    expect(answers(tabA)).toEqual({ '9b': 'khong' });
  });

  it('"Làm mà không lưu" writes nothing at all', () => {
    const storage = new ControlledStorage();
    const page = open(storage, { memoryOnly: true });
    page.actions.answer('1a', 'co');
    page.actions.writeNote(1, 'x');
    page.actions.acknowledgeStorageNotice();
    page.actions.flush();
    expect(storage.writes).toBe(0);
    expect(storage.length).toBe(0);
  });

  it('erases the document and every set-aside copy', () => {
    const storage = new ControlledStorage();
    storage.setItem(STORAGE_KEY, '{damaged');
    const page = open(storage);
    expect(page.actions.setAsideKeys()).toHaveLength(1);
    page.actions.answer('1a', 'co');
    expect(page.actions.eraseAll()).toEqual({ ok: true, documentLeft: false, setAsideLeft: 0, unknown: false });
    expect(storage.length).toBe(0);
    expect(answers(page)).toEqual({});
  });
});

/** A backup file's text: one round of 2026 with these answers and notes (at a given time). */
const backup = (answers: Record<string, string>, notes: Record<string, string> = {}, at = '2026-06-01T00:00:00.000Z') =>
  JSON.stringify({
    kind: 'nq4-tu-kiem-tra',
    schemaVersion: 3,
    rounds: [
      {
        period: { year: 2026 },
        startedAt: at,
        updatedAt: at,
        answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer, at }])),
        notes: Object.fromEntries(Object.entries(notes).map(([key, text]) => [key, { text, at }])),
      },
    ],
  });

describe('issue 19: erase, times from outside, what an import keeps', () => {
  it('“Xóa dữ liệu” while “Làm mà không lưu” is on removes what was stored before, and keeps not saving', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.actions.answer('1a', 'co');
    page.actions.writeNote(1, 'Riêng tư');
    page.actions.setMemoryOnly(true);
    page.actions.answer('1b', 'co');
    expect(page.actions.eraseAll().ok).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(answers(page)).toEqual({});
    expect(page.$status.get().state).toBe('memory-only');
    page.actions.answer('2a', 'khong');
    expect(storage.length).toBe(0);
    // A new page of the same browser finds nothing.
    expect(answers(open(storage))).toEqual({});
  });

  it('an erase the browser refuses says what is left: never “erased” while the answers are still stored', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.actions.answer('1a', 'co');
    page.actions.setMemoryOnly(true);
    storage.removeItem = () => undefined; // removal "succeeds" but nothing goes
    expect(page.actions.eraseAll()).toEqual({ ok: false, documentLeft: true, setAsideLeft: 0, unknown: false });
  });

  it('an import keeps only answers to the 81 items and notes of the 27 manifestations, and says what it left out', () => {
    const page = open(new ControlledStorage());
    const file = page.actions.readImport(backup({ '4a': 'co', constructor: 'co', '99z': 'khong', '5b': 'khong-thuoc-dien', '12a': 'khong-thuoc-dien' }, { '4': 'Giữ', '99': 'Lạc' }), manifestations);
    if (!file.ok) throw new Error('backup not read');
    expect(answersOf(currentRound(file.document))).toEqual({ '4a': 'co', '12a': 'khong-thuoc-dien' });
    // "Không thuộc diện" is kept only where the item offers it (5b does not).
    expect(file.droppedAnswers).toBe(3);
    expect(file.droppedNotes).toBe(1);
    expect(page.actions.replaceWith(file.document)).toBe(true);
    expect(answers(page)).toEqual({ '4a': 'co', '12a': 'khong-thuoc-dien' });
  });

  it('an import from a clock in 2099: its times become now, so a later change in another tab wins', () => {
    const storage = new ControlledStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    const file = tabA.actions.readImport(backup({ '4a': 'co', '4b': 'co' }, { '4': 'Cũ' }, '2099-01-01T00:00:00.000Z'), manifestations);
    if (!file.ok) throw new Error('backup not read');
    expect(file.futureTimes).toBe(5); // startedAt, updatedAt, two answers, one note
    expect(tabA.actions.replaceWith(file.document)).toBe(true);
    announceChange(storage, STORAGE_KEY);
    expect(answers(tabB)).toEqual({ '4a': 'co', '4b': 'co' });
    tabB.actions.answer('4a', 'khong');
    tabB.actions.writeNote(4, 'Mới');
    announceChange(storage, STORAGE_KEY);
    for (const tab of [tabA, tabB]) {
      expect(answers(tab)).toEqual({ '4a': 'khong', '4b': 'co' });
      expect(noteOf(currentRound(tab.$document.get()), 4)).toBe('Mới');
    }
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '4a': 'khong', '4b': 'co' });
  });

  it('a stored document from a clock in 2099 (written by another tab or an older page): clamped on opening, said, and a later change wins', () => {
    const storage = new ControlledStorage();
    storage.setItem(STORAGE_KEY, backup({ '6a': 'co' }, {}, '2099-05-05T00:00:00.000Z'));
    const page = open(storage);
    expect(page.$status.get().futureTimes).toBe(3);
    expect(stored(storage).rounds[0]!.answers['6a']!.at < '2027').toBe(true);
    page.actions.answer('6a', 'khong');
    announceChange(storage, STORAGE_KEY);
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '6a': 'khong' });
    expect(answers(open(storage))).toEqual({ '6a': 'khong' });
  });

  it('another tab’s write from a clock in 2099 does not make this tab’s later change revert', () => {
    const storage = new ControlledStorage();
    const page = open(storage);
    page.actions.answer('7a', 'co');
    storage.setItem(STORAGE_KEY, backup({ '7a': 'khong' }, {}, '2099-05-05T00:00:00.000Z'));
    announceChange(storage, STORAGE_KEY);
    expect(answers(page)).toEqual({ '7a': 'khong' });
    expect(page.$status.get().futureTimes).toBe(3);
    page.actions.answer('7a', 'co');
    expect(answers(page)).toEqual({ '7a': 'co' });
    expect(answersOf(currentRound(stored(storage)))).toEqual({ '7a': 'co' });
  });
});
